// One held-out relevance evaluation (issue #15), shared by every frozen set (heldout/, heldout-v2/):
// checks the set's files against the checksums frozen in its test, posts ONLY its postings through
// the API on a fresh database, runs each query (q plus its params) through the API and scores the
// answers against the set's own graded rules: recall@20 for broad queries, precision@10 for narrow
// ones, nDCG@10 beside. If a figure drops, fix the design, never the set.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../src/shared/db/testing.ts';
import { loadGazetteer, loadTaxonomy } from '../../src/shared/reference/index.ts';
import { buildTestApp, employerWithCompany } from '../support/app.ts';
import {
  grade,
  gradedNdcgAt,
  gradedPrecisionAt,
  gradedRecallAt,
  type HeldoutPosting,
  type HeldoutQuery,
  type RuleContext,
} from './heldout-metrics.ts';

export interface HeldoutSet {
  /** How the output names the set ("held-out", "held-out v2"). */
  name: string;
  /** The set's folder, next to this file. */
  folder: string;
  /** SHA-256 of each frozen file, as its author published them. */
  checksums: Record<string, string>;
  floor: { broad: number; narrow: number };
  /**
   * Whether to print the weakest queries. Off for a set kept blind: reading its per-query misses
   * would turn it into a set the search was tuned on.
   */
  showMisses: boolean;
  /**
   * The engines it runs on (default both). Ranking is the same SQL on both, and the figures have
   * always been identical, so the bigger sets run on one engine each to keep `npm test` in its time
   * budget; engine parity of ranking is what relevance.test.ts and the search tests check on both.
   */
  engines?: readonly ('pglite' | 'postgres')[];
  /** The least a set holds (a held-out set: 400 postings, 40 queries; a development set may be smaller). */
  minimum?: { postings: number; queries: number };
  /** A development set only: print each weak query's first ten results with their grades. */
  showPages?: boolean;
}

export function heldoutSuite(set: HeldoutSet): void {
  const file = (name: string) => readFileSync(new URL(`./${set.folder}/${name}`, import.meta.url));
  const postings = JSON.parse(file('postings.json').toString('utf8')) as HeldoutPosting[];
  const queries = JSON.parse(file('queries.json').toString('utf8')) as HeldoutQuery[];
  const ruleContext: RuleContext = {
    coords: new Map(
      loadGazetteer().cities.flatMap((c) =>
        c.localities.map((l) => [`${c.slug}/${l.slug}`, [l.lat, l.lng]] as [string, [number, number]]),
      ),
    ),
    educationRank: new Map(loadTaxonomy().education_levels.map((e) => [e.slug, e.rank])),
  };

  describe(`the ${set.name} set`, () => {
    it('is frozen: its files match the checksums its author published', () => {
      for (const [name, sum] of Object.entries(set.checksums))
        expect(createHash('sha256').update(file(name)).digest('hex'), name).toBe(sum);
    });
    it('judges every query against postings that exist', () => {
      expect(postings.length).toBeGreaterThanOrEqual(set.minimum?.postings ?? 400);
      expect(queries.length).toBeGreaterThanOrEqual(set.minimum?.queries ?? 40);
      for (const q of queries)
        expect(
          postings.some((p) => grade(q, p, ruleContext) === 2),
          q.id,
        ).toBe(true);
    });
  });

  forEachEngine(
    `${set.name} search relevance`,
    ({ db, engine }) => {
      let app: FastifyInstance;
      /** Postings by the job id the API gave them. */
      const byJob = new Map<number, HeldoutPosting>();
      let held = 0;

      beforeAll(async () => {
        app = await buildTestApp(db());
        // One employer per industry, so no employer posts hundreds of jobs; company names carry no
        // word a query could match.
        const employers = new Map<string, Awaited<ReturnType<typeof employerWithCompany>>>();
        let n = 0;
        for (const p of postings) {
          const industry = String(p.industry);
          let employer = employers.get(industry);
          if (!employer) {
            n += 1;
            employer = await employerWithCompany(app, {
              name: `Heldout Employer ${n}`,
              industry,
              city: p.city,
            });
            employers.set(industry, employer);
          }
          // Fields a set keeps for its own bookkeeping (v4: text_lang) are not the API's.
          const {
            id: _id,
            truth: _truth,
            company: _company,
            walk_in: _walkIn,
            text_lang: _lang,
            ...body
          } = p;
          // Sets name languages as slugs or as { slug, level } (v3); the API takes { language, level }.
          if (Array.isArray(body.languages))
            body.languages = body.languages.map((l: unknown) =>
              l && typeof l === 'object' && 'slug' in l
                ? { language: (l as { slug: string }).slug, level: (l as { level?: string }).level }
                : l,
            );
          // A posting may give only a minimum ("from ₹12,500"); the API takes both ends of a range or
          // neither, so it is posted with max = min (every rule reads the minimum only).
          if (body.salary_max === null && body.salary_min !== null) body.salary_max = body.salary_min;
          const res = await app.inject({
            method: 'POST',
            url: '/api/v1/jobs',
            headers: employer.auth,
            payload: { ...body, status: 'published' },
          });
          if (res.statusCode !== 201) throw new Error(`${p.id} was refused: ${res.body}`);
          const job = res.json<{ id: number; status: string }>();
          if (job.status !== 'published') held += 1;
          byJob.set(job.id, p);
        }
      }, 900_000);
      afterAll(() => app.close());

      it(`finds what seekers mean on postings nobody tuned it on: recall@20 (broad) >= ${set.floor.broad}, precision@10 (narrow) >= ${set.floor.narrow}`, async () => {
        const rows: { id: string; q: string; kind: string; score: number; ndcg: number; page: string }[] = [];
        for (const query of queries) {
          const params = new URLSearchParams({ q: query.q, limit: '20', ...query.params });
          const res = await app.inject({ method: 'GET', url: `/api/v1/jobs?${params}` });
          expect(res.statusCode, query.id).toBe(200);
          const ranked = res.json<{ items: { id: number }[] }>().items.map((i) => i.id);
          const grades = new Map<number, number>();
          for (const [jobId, posting] of byJob) grades.set(jobId, grade(query, posting, ruleContext));
          const score =
            query.kind === 'broad'
              ? gradedRecallAt(20, ranked, grades)
              : gradedPrecisionAt(10, ranked, grades);
          rows.push({
            id: query.id,
            q: query.q,
            kind: query.kind,
            score,
            ndcg: gradedNdcgAt(10, ranked, grades),
            page: ranked
              .slice(0, 10)
              .map((id) => `${byJob.get(id)?.id}:${grades.get(id)}`)
              .join(' '),
          });
        }
        const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
        const broad = mean(rows.filter((r) => r.kind === 'broad').map((r) => r.score));
        const narrow = mean(rows.filter((r) => r.kind === 'narrow').map((r) => r.score));
        const ndcg = mean(rows.map((r) => r.ndcg));
        const weak = !set.showMisses
          ? []
          : rows
              .filter((r) => r.score < 0.8 || (set.showPages && r.ndcg < 0.9))
              .map(
                (r) =>
                  `${r.id} ${r.q}: ${r.score.toFixed(2)}${set.showPages ? ` nDCG ${r.ndcg.toFixed(2)} [${r.page}]` : ''}`,
              );
        console.info(
          `${set.name} [${engine}]: ${rows.length} queries over ${byJob.size} postings (${held} held by screening), recall@20 (broad) ${broad.toFixed(3)}, precision@10 (narrow) ${narrow.toFixed(3)}, nDCG@10 ${ndcg.toFixed(3)}${weak.length ? `\nweakest: ${weak.join('\n')}` : ''}`,
        );
        expect(broad).toBeGreaterThanOrEqual(set.floor.broad);
        expect(narrow).toBeGreaterThanOrEqual(set.floor.narrow);
      }, 900_000);
    },
    set.engines,
  );
}
