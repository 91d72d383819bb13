// Issue #21 at scale: the total and facets of a commute search are sums of cube cells over the
// reachable localities (search-commute.repo.ts, migration 1520), exact however many jobs match, and
// stay exact while jobs gain or lose the cab perk, close, and expire. Both engines.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { seedDemo } from '../demo/index.ts';
import { CAB_ONLY_SHIFTS } from './search.service.ts';
import { CELLS_CAB_ONLY_SHIFTS } from './search-commute.repo.ts';
import { BOUND } from './search-pay.repo.ts';

interface Result {
  items: { id: number; shift: string }[];
  total: number;
  total_is_estimate?: boolean;
  facets: Record<string, Record<string, number>>;
}

const FACET_COLUMNS = {
  work_mode: 'work_mode',
  shift: 'shift',
  education: 'education_min',
  industry: 'industry',
  category: 'category',
  city: 'ci.name',
} as const;

forEachEngine('commute counts from the cubes', ({ db }) => {
  let app: FastifyInstance;
  const get = async (qs: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/jobs?${qs}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Result>();
  };
  /** The true answer from the jobs table: live, in a locality reached in time, and not a late shift without a cab. */
  const truth = async (from: string, minutes: number, where = 'true') => {
    const live = `j.status = 'published' AND j.expires_at > now() AND ${where}
      AND (j.city, j.locality) IN (SELECT t.to_city, t.to_locality FROM commute_times t
                                    WHERE t.from_kind = 'station' AND t.from_slug = $1 AND t.minutes <= $2)
      AND (j.shift <> ALL($3::text[]) OR 'cab' = ANY(j.perks))`;
    const params = [from, minutes, [...CAB_ONLY_SHIFTS]];
    const facets: Record<string, Record<string, number>> = {};
    for (const [facet, column] of Object.entries(FACET_COLUMNS)) {
      const { rows } = await db().query<{ v: string; n: number }>(
        `SELECT ${column} AS v, count(*)::int AS n FROM jobs j JOIN cities ci ON ci.slug = j.city
          WHERE ${live} GROUP BY 1`,
        params,
      );
      facets[facet] = Object.fromEntries(rows.map((r) => [r.v, r.n]));
    }
    const { rows } = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs j WHERE ${live}`,
      params,
    );
    return { total: rows[0]!.n, facets };
  };
  const expectExact = async (qs: string, from: string, minutes: number, where?: string) => {
    const r = await get(qs);
    const t = await truth(from, minutes, where);
    expect(r.total_is_estimate, qs).toBeUndefined();
    expect(r.total, qs).toBe(t.total);
    expect(r.facets, qs).toEqual(t.facets);
    return r;
  };

  beforeAll(async () => {
    await seedDemo(db(), { jobs: 3000, companies: 12, seekers: 5, seed: 21 });
    app = await buildTestApp(db());
    await app.services.commute.ensureCurrent();
  }, 600_000);
  afterAll(() => app.close());

  it('counts a commute with more matches than any row-by-row bound exactly, facets included', async () => {
    const t = await truth('dadar', 180);
    // The point of the test: past BOUND matches, a row-by-row count could only estimate.
    expect(t.total).toBeGreaterThan(BOUND);
    await expectExact('commute_from=dadar&commute_max_min=180', 'dadar', 180);
    await expectExact(
      'commute_from=dadar&commute_max_min=180&category=customer_service',
      'dadar',
      180,
      `j.category = 'customer_service'`,
    );
    await expectExact(
      'commute_from=thane&commute_max_min=30&work_mode=onsite',
      'thane',
      30,
      `j.work_mode = 'onsite'`,
    );
  });

  it("a concept's total is its pages' jobs, those its words find under another role included, again from the shared read", async () => {
    for (const [qs, minutes] of [
      ['q=kyc', 180],
      ['q=kyc', 120],
      ['q=team%20leader', 180],
      ['q=call%20centre', 45],
      ['q=telecaller', 60],
    ] as const) {
      const base = `${qs}&commute_from=dadar&commute_max_min=${minutes}`;
      const ids: number[] = [];
      let page = (await app.inject({ method: 'GET', url: `/api/v1/jobs?${base}&limit=50` })).json<
        Result & { next_cursor: string | null }
      >();
      const first = page;
      for (;;) {
        ids.push(...page.items.map((i) => i.id));
        if (!page.next_cursor) break;
        page = (
          await app.inject({
            method: 'GET',
            url: `/api/v1/jobs?${base}&limit=50&cursor=${encodeURIComponent(page.next_cursor)}`,
          })
        ).json();
      }
      expect(ids.length, base).toBeGreaterThan(0);
      expect(first.total_is_estimate, base).toBeUndefined();
      expect(first.total, base).toBe(new Set(ids).size);
    }
  });

  it('a commute with a pay floor answers (it was a 500: the pay cubes keep no locality)', async () => {
    await expectExact(
      'commute_from=dadar&commute_max_min=45&salary_min=30000',
      'dadar',
      45,
      'j.salary_min >= 30000',
    );
  });

  it('stays exact while late-shift jobs lose and gain the cab, close, and expire', async () => {
    const late = [...CAB_ONLY_SHIFTS];
    const reach = `(j.city, j.locality) IN (SELECT to_city, to_locality FROM commute_times
                     WHERE from_kind = 'station' AND from_slug = 'dadar' AND minutes <= 180)`;
    const pick = async (cab: boolean) =>
      (
        await db().query<{ id: number }>(
          `SELECT j.id FROM jobs j WHERE j.status = 'published' AND j.expires_at > now() AND ${reach}
              AND j.shift = ANY($1::text[]) AND ('cab' = ANY(j.perks)) = $2 ORDER BY j.id LIMIT 2`,
          [late, cab],
        )
      ).rows.map((r) => Number(r.id));
    const withCab = await pick(true);
    const without = await pick(false);
    expect(withCab.length).toBe(2);
    expect(without.length).toBe(2);
    const before = (await get('commute_from=dadar&commute_max_min=180')).total;
    // The cab goes from two jobs and comes to two others: each edit moves the count by one.
    await db().query(`UPDATE jobs SET perks = array_remove(perks, 'cab') WHERE id = ANY($1::bigint[])`, [
      withCab,
    ]);
    await db().query(`UPDATE jobs SET perks = perks || '{cab}' WHERE id = $1`, [without[0]]);
    let r = await expectExact('commute_from=dadar&commute_max_min=180', 'dadar', 180);
    expect(r.total).toBe(before - 1);
    // A job that closes and one that expires (counted out before the sweep, and after it).
    await db().query(`UPDATE jobs SET status = 'closed' WHERE id = $1`, [without[0]]);
    await db().query(`UPDATE jobs SET perks = perks || '{cab}' WHERE id = $1`, [without[1]]);
    const { rows } = await db().query<{ id: number }>(
      `SELECT j.id FROM jobs j WHERE j.status = 'published' AND j.expires_at > now() AND ${reach}
          AND j.shift <> ALL($1::text[]) ORDER BY j.id LIMIT 1`,
      [late],
    );
    // Expired but not yet swept: job_search still holds it (and the cubes count it) until search_expire.
    await db().query(`UPDATE job_search SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      rows[0]!.id,
    ]);
    await db().exec('ALTER TABLE jobs DISABLE TRIGGER job_search_update_trg');
    await db().query(`UPDATE jobs SET expires_at = now() - interval '1 minute' WHERE id = $1`, [rows[0]!.id]);
    await db().exec('ALTER TABLE jobs ENABLE TRIGGER job_search_update_trg');
    r = await expectExact('commute_from=dadar&commute_max_min=180', 'dadar', 180);
    expect(r.total).toBe(before - 2);
    await app.services.search.expire();
    await expectExact('commute_from=dadar&commute_max_min=180', 'dadar', 180);
    // The cube itself equals a fresh count of live jobs without a cab.
    const { rows: diff } = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         (SELECT city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min, industry, n
            FROM job_search_nocab_cells WHERE n <> 0
          EXCEPT ALL
          SELECT j.city, j.locality, j.shift, j.role, j.category, j.work_mode, j.education_min, j.education_rank,
                 j.experience_min, j.industry, count(*)::int
            FROM job_search j JOIN jobs x ON x.id = j.id WHERE NOT ('cab' = ANY(x.perks)) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
         UNION ALL
         (SELECT j.city, j.locality, j.shift, j.role, j.category, j.work_mode, j.education_min, j.education_rank,
                 j.experience_min, j.industry, count(*)::int
            FROM job_search j JOIN jobs x ON x.id = j.id WHERE NOT ('cab' = ANY(x.perks)) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
          EXCEPT ALL
          SELECT city, locality, shift, role, category, work_mode, education_min, education_rank, experience_min, industry, n
            FROM job_search_nocab_cells WHERE n <> 0)) d`,
    );
    expect(diff[0]!.n).toBe(0);
    expect(await commuteCellsDrift()).toBe(0);
  });

  /** Rows of job_search_commute_cells (1630) that differ from a fresh count of the jobs a commute keeps. */
  const commuteCellsDrift = async () => {
    const fresh = `SELECT j.city, j.locality, r.role, v.facet, v.value, count(*)::int AS n
        FROM job_search j JOIN jobs x ON x.id = j.id
       CROSS JOIN LATERAL (VALUES (j.role), ('')) r(role)
       CROSS JOIN LATERAL (VALUES ('work_mode', j.work_mode), ('category', j.category), ('industry', j.industry),
                                  ('shift', j.shift), ('education_min', j.education_min)) v(facet, value)
       WHERE j.shift <> ALL($1::text[]) OR 'cab' = ANY(x.perks)
       GROUP BY 1, 2, 3, 4, 5`;
    const kept = 'SELECT city, locality, role, facet, value, n FROM job_search_commute_cells WHERE n <> 0';
    const { rows } = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ((${kept} EXCEPT ALL ${fresh}) UNION ALL (${fresh} EXCEPT ALL ${kept})) d`,
      [[...CAB_ONLY_SHIFTS]],
    );
    return rows[0]!.n;
  };

  it('the locality cube counts what a commute keeps, with the late shifts the search uses', async () => {
    // The cube (migration 1630) decides the cab rule in SQL: its shifts are the search's.
    const { rows } = await db().query<{ s: string[] }>('SELECT commute_cab_only_shifts() AS s');
    expect([...rows[0]!.s].sort()).toEqual([...CAB_ONLY_SHIFTS].sort());
    expect([...CELLS_CAB_ONLY_SHIFTS].sort()).toEqual([...CAB_ONLY_SHIFTS].sort());
    expect(await commuteCellsDrift()).toBe(0);
    // A job edited into a late shift without a cab, one closed: the cube still equals a fresh count.
    const { rows: some } = await db().query<{ id: number }>(
      `SELECT id FROM jobs WHERE status = 'published' AND expires_at > now() AND NOT ('cab' = ANY(perks))
          AND shift <> ALL($1::text[]) ORDER BY id LIMIT 2`,
      [[...CAB_ONLY_SHIFTS]],
    );
    await db().query(`UPDATE jobs SET shift = $2 WHERE id = $1`, [some[0]!.id, CAB_ONLY_SHIFTS[0]]);
    await db().query(`UPDATE jobs SET status = 'closed' WHERE id = $1`, [some[1]!.id]);
    expect(await commuteCellsDrift()).toBe(0);
    await expectExact('commute_from=dadar&commute_max_min=180', 'dadar', 180);
  });
});
