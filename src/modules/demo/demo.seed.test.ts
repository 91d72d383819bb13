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

// `deskhire seed` fills the search tables once at the end of a bulk load (migration 1300): what it
// leaves must be exactly what posting the same jobs one statement at a time leaves.
const CUBES: Record<string, string> = {
  job_search_facets:
    'role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry',
  job_search_point_facets:
    'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, experience_min, industry',
  job_search_facets_coarse: 'category, city, work_mode, shift, education_min, education_rank, industry',
  job_search_role_point_facets:
    'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry',
  job_search_pay_points: 'lat, lng',
};

forEachEngine('a bulk seed leaves the search tables as posting would', ({ db }) => {
  const shape = async () =>
    (
      await db().query<{ what: string }>(
        `SELECT 'index ' || indexname AS what FROM pg_indexes WHERE tablename IN ('jobs', 'job_search')
         UNION ALL SELECT 'trigger ' || tgname || ' ' || tgenabled::text FROM pg_trigger
          WHERE tgrelid IN ('jobs'::regclass, 'job_search'::regclass) AND NOT tgisinternal
         ORDER BY 1`,
      )
    ).rows.map((r) => r.what);
  const searchRows = async () =>
    (await db().query<{ row: string }>(`SELECT (s.*)::text AS row FROM job_search s ORDER BY id`)).rows.map(
      (r) => r.row,
    );

  it('job_search, every cube and the word list equal what the per-statement triggers write', async () => {
    const before = await shape();
    await seedDemo(db(), {
      jobs: 600,
      history: 50,
      companies: 6,
      seekers: 10,
      seed: 11,
      batch: 70,
      bulk: true,
      lanes: 3,
    });
    // Every index is back and every trigger on again.
    expect(await shape()).toEqual(before);
    const live = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE status = 'published' AND expires_at > now()`,
    );
    const bulk = await searchRows();
    expect(bulk).toHaveLength(live.rows[0]!.n);
    expect(bulk.length).toBeGreaterThan(400);
    for (const [cube, cols] of Object.entries(CUBES)) {
      const { rows } = await db().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (
           (SELECT ${cols}, n FROM ${cube} WHERE n <> 0
            EXCEPT ALL SELECT ${cols}, count(*)::int FROM job_search GROUP BY ${cols})
           UNION ALL
           (SELECT ${cols}, count(*)::int FROM job_search GROUP BY ${cols}
            EXCEPT ALL SELECT ${cols}, n FROM ${cube} WHERE n <> 0)) d`,
      );
      expect(rows[0]!.n, cube).toBe(0);
    }
    const missingWords = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT DISTINCT w FROM jobs, unnest(tsvector_to_array(search_vector)) AS w
          WHERE char_length(w) BETWEEN 3 AND 30 AND w !~ '[0-9]'
         EXCEPT SELECT word FROM search_words) d`,
    );
    expect(missingWords.rows[0]!.n).toBe(0);
    // The per-statement path writes the same rows: run it over every job and nothing changes.
    await db().query('DELETE FROM job_search');
    await db().query('UPDATE jobs SET updated_at = updated_at');
    expect(await searchRows()).toEqual(bulk);
  });

  it('a load that died half way is finished by the next start, and a second one is refused meanwhile', async () => {
    // The jobs of the test above are there.
    const before = await shape();
    await db().query('SELECT search_bulk_load_begin()');
    await expect(db().query('SELECT search_bulk_load_begin()')).rejects.toThrow(/bulk load of jobs is open/);
    // The loader got this far: jobs stored, not yet searchable.
    const cols = `company_id, title, description, category, role, sector, industry, city, locality, lat, lng,
      work_mode, shift, salary_min, salary_max, experience_min, experience_max, education_min, education_rank,
      languages, skills, perks, openings, status, posted_at, expires_at, created_at, updated_at,
      title_concepts, skill_concepts, concepts_version`;
    await db().query(`INSERT INTO jobs (${cols}) SELECT ${cols} FROM jobs`);
    const halfway = await db().query<{ live: number; searchable: number }>(
      `SELECT (SELECT count(*)::int FROM jobs WHERE status = 'published' AND expires_at > now()) AS live,
              (SELECT count(*)::int FROM job_search) AS searchable`,
    );
    expect(halfway.rows[0]!.searchable * 2).toBe(halfway.rows[0]!.live);
    const { rows } = await db().query<{ filled: string }>('SELECT search_bulk_load_end() AS filled');
    expect(Number(rows[0]!.filled)).toBeGreaterThan(20);
    expect(await shape()).toEqual(before);
    const counts = await db().query<{ live: number; searchable: number }>(
      `SELECT (SELECT count(*)::int FROM jobs WHERE status = 'published' AND expires_at > now()) AS live,
              (SELECT count(*)::int FROM job_search) AS searchable`,
    );
    expect(counts.rows[0]!.searchable).toBe(counts.rows[0]!.live);
    // Nothing open: finishing again does nothing.
    expect(
      Number(
        (await db().query<{ filled: string }>('SELECT search_bulk_load_end() AS filled')).rows[0]!.filled,
      ),
    ).toBe(0);
  });
});
