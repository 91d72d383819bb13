import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV7_URL } from './development-sets.ts';
import { contextFor, describeFigures, evaluate, readHeldOut } from './labelled-set.ts';

// Development set dev7: our own postings (trust6 session), what honest small employers in Maharashtra
// write about money and contact, and quiet scams (dev7/README.md). Written and committed (4d064bb)
// before the detector scored them, then used to fix the rules, so these figures are in-sample. The honest
// figure for unseen postings is the next blind set (v6).
describe('development set dev7', () => {
  it('is the file its generator wrote: 302 postings, 106 scams', () => {
    const sha = createHash('sha256').update(readFileSync(DEV7_URL)).digest('hex');
    expect(sha).toBe('0bfe1ad4c23924427b40450ec644344c1ad39c1dabcdc6dad32e68f5196cce9f');
    const postings = readHeldOut(DEV7_URL);
    expect(postings).toHaveLength(302);
    expect(postings.filter((posting) => posting.label === 'scam')).toHaveLength(106);
  });

  // First measured (commit 4d064bb, the detector as it stood): caught 97/106, held 90/106, honest accused
  // 8/196 = 4.1%. After the money-direction fixes (rules) and retraining: the figures asserted here.
  it('keeps what the fixes reached: >= 97% caught, >= 95% held, at most 2 of 196 honest postings accused', () => {
    const figures = evaluate(readHeldOut(DEV7_URL), contextFor);
    console.log(describeFigures('dev7 (development, in-sample)', figures));
    expect(figures.caught / figures.scams).toBeGreaterThanOrEqual(0.97);
    expect(figures.held / figures.scams).toBeGreaterThanOrEqual(0.95);
    expect(figures.honestAccused).toBeLessThanOrEqual(2);
  });
});
