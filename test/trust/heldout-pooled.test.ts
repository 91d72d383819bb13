import { describe, expect, it } from 'vitest';
import {
  contextFor,
  describeFigures,
  evaluate,
  HELD_OUT_V4_URL,
  HELD_OUT_V5_URL,
  HELD_OUT_V6_URL,
  readHeldOut,
} from './labelled-set.ts';

// The issue's floors (#16) on the blind corpus as a whole: the three sets written by authors who never
// saw the detector and were measured on aggregates only (v4, v5, v6; 1,264 postings, 438 scams). Each set
// has its own test with its reached figures; this one holds the issue's own floors on their union, so a
// change that trades catches on one set for false alarms on another shows here. v4 alone sits at 5/213
// honest postings accused (2.3%); v5 (6/310) and v6 (0/303) are within 2%.
const ISSUE_FLOORS = { caught: 0.95, held: 0.85, honestAccused: 0.02 };

describe('the detector on the blind held-out corpus (v4 + v5 + v6)', () => {
  it('meets the issue floors: >= 95% of scams caught, >= 85% held, <= 2% of honest postings accused', () => {
    const postings = [HELD_OUT_V4_URL, HELD_OUT_V5_URL, HELD_OUT_V6_URL].flatMap((url) => readHeldOut(url));
    const figures = evaluate(postings, contextFor);
    console.log(describeFigures('held-out v4 + v5 + v6', figures));
    expect(figures.scams).toBe(126 + 155 + 157);
    expect(figures.caught / figures.scams).toBeGreaterThanOrEqual(ISSUE_FLOORS.caught);
    expect(figures.held / figures.scams).toBeGreaterThanOrEqual(ISSUE_FLOORS.held);
    expect(figures.honestAccused / figures.honest).toBeLessThanOrEqual(ISSUE_FLOORS.honestAccused);
  });
});
