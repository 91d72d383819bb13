import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFor, describeFigures, evaluate, HELD_OUT_V4_URL, readHeldOut } from './labelled-set.ts';

// Frozen: the fourth held-out set, written on 7 Dec 2026 by an author who saw only the domain notes, the
// contract, the taxonomy and public scam advisories (heldout-v4/README.md, SOURCES.md), never the detector,
// its rules or the other sets. Never edit it, never train the learned model on it, never tune by reading
// its per-item results. Its checksum is the one the author shipped in heldout-v4/postings.sha256.
const FROZEN_SHA256 = 'd69b126678308dea0e55c8231d933b3ca8ad0101f1b5148fcb55584e2eba9f65';

describe('the fourth held-out set of postings (v4)', () => {
  it('is the frozen file: 339 postings, 126 scams, checksum unchanged', () => {
    const sha = createHash('sha256').update(readFileSync(HELD_OUT_V4_URL)).digest('hex');
    expect(sha).toBe(FROZEN_SHA256);
    const shipped = readFileSync(new URL('./heldout-v4/postings.sha256', import.meta.url), 'utf8');
    expect(shipped.split(/\s+/)[0]).toBe(FROZEN_SHA256);
    const postings = readHeldOut(HELD_OUT_V4_URL);
    expect(postings).toHaveLength(339);
    expect(postings.filter((posting) => posting.label === 'scam')).toHaveLength(126);
  });
});

// The blind headline, measured on the set's arrival (main ff329ee, before this session's trust work):
// caught 125/126 = 99.2%, held 121/126 = 96.0%, honest held or flagged 8/213 = 3.8%. After the trust4
// branch (denials read per clause, money paid by others, thresholds by cross-validation; built on our own
// dev5 set, never on this one), run once as aggregates: caught 124/126 = 98.4%, held 122/126 = 96.8%,
// honest 5/213 = 2.3% (the floor is <= 2%, at most 4/213: not met).
// Floors: what was reached.
const FLOOR = { caught: 124 / 126, held: 122 / 126, honestAccused: 5 / 213 };

describe('the detector on the fourth held-out set (v4)', () => {
  it('catches, holds and spares honest postings at least as well as the floors', () => {
    const figures = evaluate(readHeldOut(HELD_OUT_V4_URL), contextFor);
    console.log(describeFigures('held-out v4', figures));
    expect(figures.scams + figures.honest).toBe(339);
    expect(figures.caught / figures.scams).toBeGreaterThanOrEqual(FLOOR.caught);
    expect(figures.held / figures.scams).toBeGreaterThanOrEqual(FLOOR.held);
    expect(figures.honestAccused / figures.honest).toBeLessThanOrEqual(FLOOR.honestAccused);
  });
});
