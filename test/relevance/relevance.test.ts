// The DEVELOPMENT relevance set (written alongside the parser, so it measures the parser against
// itself; the held-out set is heldout.test.ts). On a fixed seeded dataset every judged query in judgments.json is run through the
// search service, and the suite fails if mean recall@20 or nDCG@10 falls below the floors, which were
// set from an honest measurement (see README, Performance and quality).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommuteService } from '../../src/modules/commute/index.ts';
import { seedDemo } from '../../src/modules/demo/index.ts';
import { createSearchService } from '../../src/modules/search/index.ts';
import { createTaxonomyService } from '../../src/modules/taxonomy/index.ts';
import { forEachEngine } from '../../src/shared/db/testing.ts';
import { type JudgedJob, ndcgAt, type Rule, recallAt, relevantIds } from './metrics.ts';

// Measured 1.000 and 1.000 on both engines (67 queries) once a typo inside a known phrase ("bak
// office"), a named shift over a concept's implied ones and a named role over its concept's other
// roles were read (0.975 / 0.973 before); the floors leave room for small ranking shifts only.
const FLOOR = { recall20: 0.98, ndcg10: 0.98 };
const NOW = Date.parse('2026-11-20T12:00:00Z');

interface Judgments {
  sets: Record<string, string[]>;
  queries: { q: string; kind: string; relevant: Rule }[];
}
const judgments = JSON.parse(readFileSync(new URL('./judgments.json', import.meta.url), 'utf8')) as Judgments;

describe('the judged query set', () => {
  it('has at least 60 queries of every kind seekers type', () => {
    expect(judgments.queries.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(judgments.queries.map((q) => q.kind));
    for (const kind of [
      'english',
      'misspelled',
      'hinglish',
      'devanagari',
      'place',
      'education',
      'experience',
    ])
      expect(kinds).toContain(kind);
  });
});

forEachEngine('search relevance', ({ db }) => {
  let jobs: JudgedJob[] = [];
  const scores: { q: string; recall: number; ndcg: number; relevant: number }[] = [];

  beforeAll(async () => {
    await seedDemo(db(), { jobs: 2000, companies: 50, seekers: 10, seed: 20261124, now: NOW });
    // The dataset's clock is fixed; keep its live jobs open whatever day the suite runs.
    await db().query(
      `UPDATE jobs SET expires_at = now() + interval '10 days' WHERE status = 'published' AND expires_at > $1`,
      [new Date(NOW).toISOString()],
    );
    jobs = (
      await db().query<JudgedJob>(
        `SELECT id, role, category, city, lat, lng, education_rank, experience_min, work_mode, shift
           FROM jobs WHERE status = 'published' AND expires_at > now()`,
      )
    ).rows;
  }, 120_000);

  afterAll(() => {
    const weak = scores.filter((s) => s.recall < 1 || s.ndcg < 1);
    if (weak.length) console.info('queries below 1.0:', weak);
  });

  it(`finds the jobs a seeker means: mean recall@20 >= ${FLOOR.recall20}, nDCG@10 >= ${FLOOR.ndcg10}`, async () => {
    const search = createSearchService(db(), {
      taxonomy: createTaxonomyService(db()),
      commute: createCommuteService(db()),
      clock: () => new Date(NOW),
    });
    for (const { q, relevant: rule } of judgments.queries) {
      const relevant = relevantIds(rule, judgments.sets, jobs);
      expect(relevant.size, `no relevant job for '${q}': fix the rule`).toBeGreaterThan(0);
      const ranked = (await search.search({ q, limit: 20 })).items.map((i) => i.id);
      scores.push({
        q,
        recall: recallAt(20, ranked, relevant),
        ndcg: ndcgAt(10, ranked, relevant),
        relevant: relevant.size,
      });
    }
    const mean = (k: 'recall' | 'ndcg') => scores.reduce((s, x) => s + x[k], 0) / scores.length;
    console.info(
      `relevance: ${scores.length} queries, recall@20 ${mean('recall').toFixed(3)}, nDCG@10 ${mean('ndcg').toFixed(3)}`,
    );
    expect(mean('recall')).toBeGreaterThanOrEqual(FLOOR.recall20);
    expect(mean('ndcg')).toBeGreaterThanOrEqual(FLOOR.ndcg10);
  }, 120_000);
});
