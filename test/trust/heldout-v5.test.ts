import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFor, describeFigures, evaluate, HELD_OUT_V5_URL, readHeldOut } from './labelled-set.ts';

// Frozen: the fifth held-out set, written on 7 Dec 2026 by a third author who saw only the domain notes, the
// contract, the taxonomy and public scam advisories (heldout-v5/README.md, SOURCES.md), never the detector,
// its rules or the other sets. Never edit it, never train the learned model on it, never tune by reading
// its per-item results. Its checksum is the one the author shipped in heldout-v5/postings.sha256.
const FROZEN_SHA256 = '0bc65bd3c3a2db8ad6ef5868156d9bf1b0f41ed1d69a4ec599a0d65717563b1f';

describe('the fifth held-out set of postings (v5)', () => {
  it('is the frozen file: 465 postings, 155 scams, checksum unchanged', () => {
    const sha = createHash('sha256').update(readFileSync(HELD_OUT_V5_URL)).digest('hex');
    expect(sha).toBe(FROZEN_SHA256);
    const shipped = readFileSync(new URL('./heldout-v5/postings.sha256', import.meta.url), 'utf8');
    expect(shipped.split(/\s+/)[0]).toBe(FROZEN_SHA256);
    const postings = readHeldOut(HELD_OUT_V5_URL);
    expect(postings).toHaveLength(465);
    expect(postings.filter((posting) => posting.label === 'scam')).toHaveLength(155);
  });
});

// The blind headline, the first run on arrival (main with the trust4 work, before trust5):
// caught 148/155 = 95.5%, held 143/155 = 92.3%, honest held or flagged 6/310 = 1.9% (all three within the
// issue's floors: >= 95%, >= 85%, <= 2%). Floors: what was reached.
const FLOOR = { caught: 148 / 155, held: 143 / 155, honestAccused: 6 / 310 };

describe('the detector on the fifth held-out set (v5)', () => {
  it('catches, holds and spares honest postings at least as well as the floors', () => {
    const figures = evaluate(readHeldOut(HELD_OUT_V5_URL), contextFor);
    console.log(describeFigures('held-out v5', figures));
    expect(figures.scams + figures.honest).toBe(465);
    expect(figures.caught / figures.scams).toBeGreaterThanOrEqual(FLOOR.caught);
    expect(figures.held / figures.scams).toBeGreaterThanOrEqual(FLOOR.held);
    expect(figures.honestAccused / figures.honest).toBeLessThanOrEqual(FLOOR.honestAccused);
  });
});
