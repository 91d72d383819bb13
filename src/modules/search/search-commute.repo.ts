// The counts of a commute search (issue #21) as sums of cube cells, no row counting. Must never
// decide what a query means: it gets the reachable localities already read from commute_times.
//
// A commute keeps the jobs of its reachable localities, less the jobs whose shift ends while no
// train runs and whose company gives no cab (whereClause in search-sql.ts). Both are cube sums:
// the point cube's cells of those localities (the cubes keep city and locality), minus the cells of
// job_search_nocab_cells (migration 1520: live jobs without the cab perk) of those localities on
// the late shifts. As in countFacets, the rows that expired since the last sweep are subtracted and
// the jobs matched by their own words under another role (extraMatch, a GIN read) added. Before,
// a commute search counted its first 1,001 matches row by row (each late-shift one with a look into
// jobs for the cab): at 1M jobs that alone passed the 2 s cap under 16 clients.
import type { Queryable } from '../../shared/db/db.ts';
import type { Counted } from './search-pay.repo.ts';
import {
  cubeTable,
  extraMatch,
  type FacetRow,
  foldFacets,
  Params,
  pointCubeable,
  type SearchFilters,
  whereClause,
} from './search-sql.ts';

/** Commute searches the cubes count: no pay floor and no circle beside, only filters a point cube keeps. */
export function commuteCubeable(f: SearchFilters): boolean {
  return (
    f.commute !== undefined &&
    !f.near &&
    f.salary_min === undefined &&
    pointCubeable({ ...f, commute: undefined })
  );
}

/** Total and facets of a commute search from the cubes (see the file comment); exact. */
export async function commuteCounts(q: Queryable, f: SearchFilters): Promise<Counted> {
  return foldFacets((await q.query<FacetRow>(...commuteSql(f, true))).rows);
}

/** The total alone (how a page is read, a relaxed variant): the same cells, no facets. */
export async function commuteTotal(q: Queryable, f: SearchFilters): Promise<number> {
  const { rows } = await q.query<{ n: number | null }>(...commuteSql(f, false));
  return rows[0]?.n ?? 0;
}

function commuteSql(f: SearchFilters, facets: boolean): [string, unknown[]] {
  const c = f.commute!;
  const base: SearchFilters = { ...f, commute: undefined };
  // The point cube that keeps every column base tests (a locality makes cubeTable pick a point cube).
  const cube = cubeTable({ ...base, locality: base.locality ?? '-' })!;
  const p = new Params();
  const places = `unnest(${p.add(c.cities)}::text[], ${p.add(c.localities)}::text[]) u(c, l)`;
  const cells = whereClause(base, p, 'any');
  const late = c.lateShifts.length
    ? `UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, -j.n
        FROM ${places} JOIN job_search_nocab_cells j ON j.city = u.c AND j.locality = u.l
       WHERE j.shift = ANY(${p.add(c.lateShifts)}::text[]) AND ${cells}`
    : '';
  const extra = extraMatch(f, p);
  const sql = `
    WITH m AS (
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, j.n
        FROM ${places} JOIN ${cube} j ON j.city = u.c AND j.locality = u.l
       WHERE ${cells}
      ${late}
      UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, -1
        FROM job_search j WHERE ${whereClause(f, p, 'expired')}
      ${
        extra
          ? `UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, 1
        FROM job_search j WHERE ${extra}`
          : ''
      })
    ${
      facets
        ? `SELECT m.city AS city_name, m.work_mode, m.category, m.industry, m.shift, m.education_min,
           GROUPING(m.city, m.work_mode, m.category, m.industry, m.shift, m.education_min) AS g,
           sum(m.n)::int AS n
      FROM m
     GROUP BY GROUPING SETS ((m.city), (m.work_mode), (m.category), (m.industry), (m.shift), (m.education_min), ())
    HAVING sum(m.n) > 0`
        : 'SELECT sum(m.n)::int AS n FROM m'
    }`;
  return [sql, p.values];
}
