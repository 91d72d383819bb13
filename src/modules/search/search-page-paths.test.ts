// A relevance page is read one of two ways (search.repo.ts, pageByTiers): every match sorted at once
// when the cubes say there are few, or tier by tier from the rank indexes when there are many. Both
// must give the same jobs in the same order, page after page, with or without a place and a floor.
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../../shared/db/testing.ts';
import { loadGazetteer } from '../../shared/reference/index.ts';
import { seedDemo } from '../demo/index.ts';
import { createTaxonomyService } from '../taxonomy/index.ts';
import { parseQuery } from './query-parser.ts';
import { searchRepo } from './search.repo.ts';
import { boostsFrom, groupToText } from './search-plan.ts';
import type { PageRequest, SearchFilters } from './search-sql.ts';

forEachEngine('relevance pages, read at once or tier by tier', ({ db }) => {
  let roles: { slug: string; name: string; voice: boolean }[];
  let place: { lat: number; lng: number };

  beforeAll(async () => {
    await seedDemo(db(), { jobs: 1500, companies: 12, seekers: 5, seed: 21 });
    roles = (await createTaxonomyService(db()).get()).roles;
    const { rows } = await db().query<{ lat: number; lng: number }>(
      `SELECT lat, lng FROM job_search GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    place = { lat: Number(rows[0]!.lat), lng: Number(rows[0]!.lng) };
  });

  /** Every page of a search, through cursors built as the service builds them. */
  async function walk(f: SearchFilters, base: Omit<PageRequest, 'limit' | 'refTime'>, fewBound: number) {
    const ids: number[] = [];
    let after: PageRequest['after'];
    for (let guard = 0; guard < 500; guard++) {
      const rows = await searchRepo.page(db(), f, {
        ...base,
        limit: 7,
        refTime: new Date().toISOString(),
        fewBound,
        ...(after ? { after } : {}),
      });
      ids.push(...rows.slice(0, 7).map((r) => Number(r.id)));
      if (rows.length <= 7) return ids;
      const last = rows[6]!;
      after = { value: Number(last.sort_value), id: Number(last.id) };
    }
    throw new Error('more pages than jobs');
  }

  it('gives the same jobs in the same order either way', async () => {
    const searches: { q: string; city?: string; near?: number; salary_min?: number }[] = [
      { q: 'call centre' },
      { q: 'bpo night shift' },
      { q: 'kyc executive', salary_min: 15000 },
      { q: 'telecaller hindi', city: 'mumbai', salary_min: 16500 },
      { q: 'back office', near: 10 },
      { q: 'customer support voice', near: 15, salary_min: 18000 },
      // A narrow concept: a title of a broader one lends its role ("Technical support" lends the
      // help desk role) but is no title evidence, so neither way shows such a job.
      { q: 'it helpdesk' },
      { q: 'kyc' },
    ];
    let compared = 0;
    for (const s of searches) {
      const parsed = parseQuery(s.q, loadGazetteer());
      const f: SearchFilters = {
        groups: parsed.groups.map(groupToText),
        ...(s.city ? { city: s.city } : {}),
        ...(s.salary_min ? { salary_min: s.salary_min } : {}),
        ...(s.near ? { near: { ...place, radiusKm: s.near } } : {}),
      };
      const base = {
        sort: 'relevance' as const,
        boosts: boostsFrom(parsed, roles),
        ...(s.near ? { origin: place } : {}),
      };
      const tiered = await walk(f, base, 0);
      const atOnce = await walk(f, base, 1_000_000);
      expect(atOnce, s.q).toEqual(tiered);
      expect(new Set(tiered).size, s.q).toBe(tiered.length);
      compared += tiered.length;
    }
    // Not a comparison of empty lists.
    expect(compared).toBeGreaterThan(100);
  });
});
