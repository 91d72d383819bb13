import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFor, describeFigures, evaluate, HELD_OUT_URL, readHeldOut } from './labelled-set.ts';

// Frozen: written apart from the rules by an author who saw only the domain notes and public scam
// advisories (see heldout/README.md). Never edit it and never tune rules on its texts.
const FROZEN_SHA256 = '8fd70415fb0911383193d30d83a7dce7e578cb4dc1b823e4443d427a076e274a';

describe('the held-out set of postings', () => {
  it('is the frozen file: 266 postings, 115 scams, checksum unchanged', () => {
    const sha = createHash('sha256').update(readFileSync(HELD_OUT_URL)).digest('hex');
    expect(sha).toBe(FROZEN_SHA256);
    const postings = readHeldOut();
    expect(postings).toHaveLength(266);
    expect(postings.filter((posting) => posting.label === 'scam')).toHaveLength(115);
  });

  // Floors (issue #16): >= 95% of scams held or flagged, >= 85% held, <= 2% of honest postings accused.
  // Before the money-flow reading: 66.1% caught, 27.0% held, 4.6% of honest postings accused.
  it('holds or flags at least 95% of scams, holds at least 85%, and accuses at most 2% of honest postings', () => {
    const figures = evaluate(readHeldOut(), contextFor);
    console.log(describeFigures('held-out', figures));
    expect(figures.scams + figures.honest).toBe(266);
    expect(figures.caught / figures.scams).toBeGreaterThanOrEqual(0.95);
    expect(figures.held / figures.scams).toBeGreaterThanOrEqual(0.85);
    expect(figures.honestAccused / figures.honest).toBeLessThanOrEqual(0.02);
  });
});
