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
import { createHash } from 'node:crypto';
import type { Queryable } from '../../shared/db/db.ts';
import type { Counted } from './search-pay.repo.ts';
import {
  commuteCabSql,
  cubeTable,
  extraMatch,
  type FacetRow,
  type Facets,
  facetKey,
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
  const extras = await extraCells(q, f);
  const usable = extras === 'unread' ? [] : extras;
  const counted = cellsCountable(f)
    ? await cellCounts(q, f, usable)
    : foldFacets((await q.query<FacetRow>(...commuteSql(f, true, usable))).rows);
  // Too many jobs to pass to find the few a concept's words add: the count by role, as "about".
  return extras === 'unread' ? { ...counted, estimate: true } : counted;
}

/**
 * The total alone, without the jobs matched by their words under another role: at least as many as
 * the cubes count by role, for choosing how a page is read (pageByTiers checks the bound as it
 * reads, so a low one only costs the other way of reading) and whether a relaxed variant finds any.
 */
export async function commuteTotal(q: Queryable, f: SearchFilters): Promise<number> {
  if (cellsCountable(f)) return (await cellCounts(q, f, undefined, true)).total;
  const { rows } = await q.query<{ n: number | null }>(...commuteSql(f, false, []));
  return rows[0]?.n ?? 0;
}

/**
 * The shifts job_search_commute_cells (migration 1630) counts only with a cab, as its
 * commute_cab_only_shifts() says; commute-counts.test.ts holds them equal to CAB_ONLY_SHIFTS.
 */
export const CELLS_CAB_ONLY_SHIFTS: readonly string[] = ['night', 'us'];

/**
 * Commute searches job_search_commute_cells (1630) counts: the commute and concepts (role sets) or
 * roles, nothing else beside. Any other filter is summed from the point cubes (commuteSql).
 */
export function cellsCountable(f: SearchFilters): boolean {
  const c = f.commute;
  if (!c || !commuteCubeable(f) || f.anyGroup) return false;
  const late = [...c.lateShifts].sort();
  if (late.length !== CELLS_CAB_ONLY_SHIFTS.length || late.some((s, i) => s !== CELLS_CAB_ONLY_SHIFTS[i]))
    return false;
  const rest: SearchFilters = { ...f, commute: undefined, groups: undefined, roles: undefined };
  return Object.values(rest).every((v) => v === undefined);
}

const FACET_OF: Record<string, keyof Facets> = {
  work_mode: 'work_mode',
  category: 'category',
  industry: 'industry',
  shift: 'shift',
  education_min: 'education',
};

/**
 * A commute's counts from job_search_commute_cells: its localities' rows of its roles (role '' when
 * it has none), summed by facet value, less the expired rows not yet swept, plus the jobs its
 * concept's words add under another role (extras, already read). The total is the work_mode facet's
 * sum: each job counts once under each facet. A few thousand rows where the point cubes gave
 * ~130,000 cells under GROUPING SETS for a broad concept (issue #21).
 */
async function cellCounts(
  q: Queryable,
  f: SearchFilters,
  extras: ExtraCell[] | undefined,
  totalOnly = false,
): Promise<Counted> {
  const c = f.commute!;
  const base: SearchFilters = { ...f, commute: undefined };
  const p = new Params();
  const roles = f.groups?.length || f.roles?.length ? whereClause(base, p, 'any') : `j.role = ''`;
  const places = `unnest(${p.add(c.cities)}::text[], ${p.add(c.localities)}::text[]) u(c, l)`;
  const expired = `SELECT j.city, v.facet, v.value, -1 AS n
        FROM job_search j
       CROSS JOIN LATERAL (VALUES ('work_mode', j.work_mode), ('category', j.category), ('industry', j.industry),
                                  ('shift', j.shift), ('education_min', j.education_min)) v(facet, value)
       WHERE ${whereClause(f, p, 'expired')}`;
  const cells = `SELECT j.city, j.facet, j.value, j.n
        FROM ${places} JOIN job_search_commute_cells j ON j.city = u.c AND j.locality = u.l
       WHERE ${roles}`;
  const sql = totalOnly
    ? `SELECT 'work_mode' AS facet, '' AS value, NULL AS city, coalesce(sum(m.n), 0)::int AS n
         FROM (${cells} AND j.facet = 'work_mode' UNION ALL ${expired} AND v.facet = 'work_mode') m`
    : `WITH m AS (${cells} UNION ALL ${expired})
       SELECT m.facet, m.value, NULL AS city, sum(m.n)::int AS n FROM m GROUP BY 1, 2
       UNION ALL
       SELECT 'city', NULL, m.city, sum(m.n)::int FROM m WHERE m.facet = 'work_mode' GROUP BY 3`;
  const { rows } = await q.query<{ facet: string; value: string | null; city: string | null; n: number }>(
    sql,
    p.values,
  );
  const facets: Facets = { city: {}, work_mode: {}, category: {}, industry: {}, shift: {}, education: {} };
  const add = (k: keyof Facets, v: string, n: number) => {
    facets[k][v] = (facets[k][v] ?? 0) + n;
  };
  for (const r of rows) {
    if (r.facet === 'city') add('city', r.city!, r.n);
    else if (FACET_OF[r.facet]) add(FACET_OF[r.facet]!, r.value ?? '', r.n);
  }
  if (extras?.length) {
    const reached = new Set(c.cities.map((city, i) => `${city}/${c.localities[i]}`));
    for (const x of extras) {
      if (!reached.has(`${x.city}/${x.locality}`)) continue;
      add('city', x.city, x.n);
      add('work_mode', x.work_mode, x.n);
      add('category', x.category, x.n);
      add('industry', x.industry, x.n);
      add('shift', x.shift, x.n);
      add('education', x.education_min, x.n);
    }
  }
  for (const values of Object.values(facets))
    for (const [v, n] of Object.entries(values)) if (n <= 0) delete values[v];
  const total = Object.values(facets.work_mode).reduce((s, n) => s + n, 0);
  return { total, facets };
}

/** The jobs a concept finds by their own words under another role, per locality and facet values. */
interface ExtraCell {
  city: string;
  locality: string;
  work_mode: string;
  category: string;
  industry: string;
  shift: string;
  education_min: string;
  n: number;
}

/** How long extra cells serve, at most, while no job changed (as the search caches). */
const EXTRAS_TTL_MS = 60_000;
/** Up to this many jobs matched by a concept's tokens, its extra jobs are read (and then shared). */
const EXTRAS_READ = 20_000;
const extrasCache = new Map<string, { generation: string; at: number; cells: Promise<ExtraCell[]> }>();

/**
 * extraMatch's jobs for a commute search, wherever they are: a GIN read of the concept's tokens that
 * passes every job the concept's roles already count (30,000 rows for "call centre" at 100k jobs,
 * 1-2 s on PGlite), the same for every origin and time limit. So they are read once per search
 * without its commute (and per cab rule) while search_generation (bumped by any change of a job or
 * company) stands, at most a minute, and summed over each commute's localities; concurrent searches
 * of one concept in this instance share one read. undefined: no group is matched by words.
 */
async function extraCells(q: Queryable, f: SearchFilters): Promise<ExtraCell[] | undefined | 'unread'> {
  const c = f.commute!;
  const base: SearchFilters = { ...f, commute: undefined };
  const probe = new Params();
  if (!extraMatch(base, probe)) return undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([facetKey(base), c.lateShifts]))
    .digest('base64url');
  // The generation, and which database it counts in (a test or bench process may hold several).
  const { rows } = await q.query<{ generation: string }>(
    `SELECT last_value::text || '@' || current_database() || '@' || pg_postmaster_start_time()::text AS generation
       FROM search_generation`,
  );
  const generation = rows[0]?.generation ?? '0';
  const hit = extrasCache.get(key);
  if (hit && hit.generation === generation && Date.now() - hit.at < EXTRAS_TTL_MS) return hit.cells;
  // The read passes every job the tokens match. Past EXTRAS_READ of them (the planner's estimate, as
  // boundedCounts does; "call centre" at 1M jobs: ~300,000, 0.5-1.8 s, past the 2 s cap under load)
  // the counts are the cubes' alone and say they are an estimate: the jobs the words add under
  // another role are a few in a hundred.
  const e = new Params();
  const tokens = (f.groups ?? [])
    .filter((g) => g.roles.length && g.tokens)
    .map((g) => `j.search_head @@ ${e.add(g.tokens)}::tsquery`);
  const plan = await q.query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM job_search j WHERE ${tokens.join(' OR ')}`,
    e.values,
  );
  const json = plan.rows[0]?.['QUERY PLAN'];
  const doc = (typeof json === 'string' ? JSON.parse(json) : json) as { Plan: { 'Plan Rows': number } }[];
  if ((doc[0]?.Plan['Plan Rows'] ?? 0) > EXTRAS_READ) return 'unread';
  const p = new Params();
  const cab = commuteCabSql(c, p);
  const where = `${extraMatch(base, p)}${cab ? ` AND ${cab}` : ''}`;
  const cells = q
    .query<ExtraCell>(
      `SELECT j.city, j.locality, j.work_mode, j.category, j.industry, j.shift, j.education_min, count(*)::int AS n
         FROM job_search j WHERE ${where}
        GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      p.values,
    )
    .then((r) => r.rows);
  if (extrasCache.size > 500) extrasCache.clear();
  extrasCache.set(key, { generation, at: Date.now(), cells });
  cells.catch(() => extrasCache.delete(key));
  return cells;
}

function commuteSql(f: SearchFilters, facets: boolean, extras: ExtraCell[] | undefined): [string, unknown[]] {
  const c = f.commute!;
  const base: SearchFilters = { ...f, commute: undefined };
  // The point cube that keeps every column base tests (a locality makes cubeTable pick a point cube).
  const cube = cubeTable({ ...base, locality: base.locality ?? '-' })!;
  const p = new Params();
  const cities = p.add(c.cities);
  const localities = p.add(c.localities);
  const places = `unnest(${cities}::text[], ${localities}::text[]) u(c, l)`;
  const cells = whereClause(base, p, 'any');
  const late = c.lateShifts.length
    ? `UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, -j.n
        FROM ${places} JOIN job_search_nocab_cells j ON j.city = u.c AND j.locality = u.l
       WHERE j.shift = ANY(${p.add(c.lateShifts)}::text[]) AND ${cells}`
    : '';
  const col = (k: keyof ExtraCell, type: string) => `${p.add((extras ?? []).map((e) => e[k]))}::${type}[]`;
  const extra = extras?.length
    ? `UNION ALL
      SELECT x.city, x.work_mode, x.category, x.industry, x.shift, x.education_min, x.n
        FROM unnest(${col('city', 'text')}, ${col('locality', 'text')}, ${col('work_mode', 'text')}, ${col('category', 'text')},
                    ${col('industry', 'text')}, ${col('shift', 'text')}, ${col('education_min', 'text')}, ${col('n', 'int')})
             x(city, locality, work_mode, category, industry, shift, education_min, n)
        JOIN ${places} ON x.city = u.c AND x.locality = u.l`
    : '';
  const sql = `
    WITH m AS (
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, j.n
        FROM ${places} JOIN ${cube} j ON j.city = u.c AND j.locality = u.l
       WHERE ${cells}
      ${late}
      UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, -1
        FROM job_search j WHERE ${whereClause(f, p, 'expired')}
      ${extra})
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
