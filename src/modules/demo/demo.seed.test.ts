import { expect, it } from 'vitest';
import { forEachEngine } from '../../shared/db/testing.ts';
import { seedDemo } from './demo.seed.ts';

// The tables a search reads, and the cubes it sums: each must have planner statistics once seeding
// returns, or the first searches after `npm run seed` plan for empty tables.
const SEARCH_TABLES = [
  'jobs',
  'companies',
  'job_search',
  'job_search_facets',
  'job_search_point_facets_coarse',
  'job_search_pay_city_cells',
  'job_search_pay_point_cells',
];

forEachEngine('seeding leaves a database ready to serve', ({ db, engine }) => {
  it('the search tables are analysed when the seed returns', async () => {
    const started = new Date();
    await seedDemo(db(), { jobs: 400, companies: 5, seekers: 20, seed: 7 });
    const { rows } = await db().query<{ relname: string; reltuples: number }>(
      `SELECT relname, reltuples FROM pg_class WHERE relname = ANY($1::text[]) AND relkind = 'r' ORDER BY relname`,
      [SEARCH_TABLES],
    );
    expect(rows.map((r) => r.relname).sort()).toEqual([...SEARCH_TABLES].sort());
    // Migrations analyse the empty tables (reltuples 0); a bulk load alone leaves it there.
    for (const r of rows) expect(Number(r.reltuples), r.relname).toBeGreaterThan(0);
    if (engine === 'postgres') {
      // A manual ANALYZE after the load (autovacuum's would be last_autoanalyze).
      const stats = await db().query<{ relname: string; last_analyze: Date | null }>(
        `SELECT relname, last_analyze FROM pg_stat_user_tables WHERE relname = ANY($1::text[])`,
        [SEARCH_TABLES],
      );
      for (const s of stats.rows)
        expect(s.last_analyze?.getTime() ?? 0, s.relname).toBeGreaterThanOrEqual(started.getTime() - 1000);
    }
  });
});
