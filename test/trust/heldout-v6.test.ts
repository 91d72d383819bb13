import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFor, describeFigures, evaluate, HELD_OUT_V6_URL, readHeldOut } from './labelled-set.ts';

// Frozen: the sixth held-out set, written on 7 Dec 2026 (a later session) by a fourth author who saw only
// the domain notes, the contract, the taxonomy, the set's format and public scam advisories
// (heldout-v6/README.md, SOURCES.md: 52 pages), never the detector, its rules or the other sets. Never
// edit it, never train the learned model on it, never tune by reading its per-item results. Its checksum
// is the one the author shipped in heldout-v6/postings.sha256.
const FROZEN_SHA256 = '77911d3f26d86e260d9c9948ba20dc16ee1fd489fc9f9ecaf6a36a189617c2c1';

describe('the sixth held-out set of postings (v6)', () => {
  it('is the frozen file: 460 postings, 157 scams, checksum unchanged', () => {
    const sha = createHash('sha256').update(readFileSync(HELD_OUT_V6_URL)).digest('hex');
    expect(sha).toBe(FROZEN_SHA256);
    const shipped = readFileSync(new URL('./heldout-v6/postings.sha256', import.meta.url), 'utf8');
    expect(shipped.split(/\s+/)[0]).toBe(FROZEN_SHA256);
    const postings = readHeldOut(HELD_OUT_V6_URL);
    expect(postings).toHaveLength(460);
    expect(postings.filter((posting) => posting.label === 'scam')).toHaveLength(157);
  });
});

// The blind headline, the first run on arrival (main at b9e32d0 with the trust4 work, before trust6):
// caught 155/157 = 98.7%, held 146/157 = 93.0%, honest held or flagged 0/303 = 0.0% (all three within the
// issue's floors: >= 95%, >= 85%, <= 2%). Floors: what was reached.
const FLOOR = { caught: 155 / 157, held: 146 / 157, honestAccused: 0 / 303 };

describe('the detector on the sixth held-out set (v6)', () => {
  it('catches, holds and spares honest postings at least as well as the floors', () => {
    const figures = evaluate(readHeldOut(HELD_OUT_V6_URL), contextFor);
    console.log(describeFigures('held-out v6', figures));
    expect(figures.scams + figures.honest).toBe(460);
    expect(figures.caught / figures.scams).toBeGreaterThanOrEqual(FLOOR.caught);
    expect(figures.held / figures.scams).toBeGreaterThanOrEqual(FLOOR.held);
    expect(figures.honestAccused / figures.honest).toBeLessThanOrEqual(FLOOR.honestAccused);
  });
});
