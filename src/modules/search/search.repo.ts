// The SQL of public job search, and only here. Every query reads job_search (migration 0100: one
// narrow row per published job, indexes job_search_*), joining jobs only for the page's own rows.
// Never decides what a query means: it gets filters and boosts already worked out by the service.
import type { Queryable } from '../../shared/db/db.ts';
import { commuteCounts, commuteCubeable } from './search-commute.repo.ts';
import { type Counted, payCubeable, searchPayRepo } from './search-pay.repo.ts';
import { pageByDistance } from './search-points.repo.ts';
import {
  commuteMinutesSql,
  cubeTable,
  distanceSql,
  extraMatch,
  type FacetRow,
  foldFacets,
  groupMatch,
  JOIN_ROW,
  lentMatch,
  type PageRequest,
  Params,
  SELECT_ROW,
  type SearchFilters,
  type SearchRow,
  whereClause,
} from './search-sql.ts';
import {
  boostConditions,
  countWith,
  examinedCounts,
  pageByTiers,
  TIER,
  WORD_TIER,
} from './search-tiers.repo.ts';

function tierExpression(f: SearchFilters, page: PageRequest, p: Params, distance: string | null): string {
  const terms: string[] = [];
  for (const g of f.groups ?? []) {
    if (f.anyGroup) terms.push(`${WORD_TIER} * (${groupMatch(g, p)})::int`);
    else if (!g.roles.length && g.tsquery)
      terms.push(`${WORD_TIER} * (j.search_head @@ to_tsquery('simple', ${p.add(g.tsquery)}))::int`);
  }
  for (const c of boostConditions(page, p)) terms.push(`${c.bit * 4} * (${c.sql})::int`);
  if (distance)
    terms.push(
      `CASE WHEN ${distance} <= 2 THEN 3 WHEN ${distance} <= 5 THEN 2 WHEN ${distance} <= 10 THEN 1 ELSE 0 END`,
    );
  // Within a commute the travel time takes the place band: the shorter trip ranks first among
  // equally relevant jobs (door to door within 20 min 3, 35 min 2, 50 min 1).
  else if (f.commute) {
    const m = commuteMinutesSql(f.commute, p);
    terms.push(`CASE WHEN ${m} <= 20 THEN 3 WHEN ${m} <= 35 THEN 2 WHEN ${m} <= 50 THEN 1 ELSE 0 END`);
  }
  return terms.length ? terms.join(' + ') : '0';
}

function sortExpression(f: SearchFilters, page: PageRequest, p: Params, distance: string | null): string {
  switch (page.sort) {
    case 'recent':
      // Whole microseconds: exact in a JS number (< 2^53), so the cursor never rounds.
      return `(extract(epoch FROM j.posted_at) * 1000000)::bigint`;
    case 'salary':
      return `coalesce(j.salary_max, -1)::float8`;
    case 'distance':
      return distance ?? '0::float8';
    case 'commute':
      return f.commute ? `(${commuteMinutesSql(f.commute, p)})::float8` : '0::float8';
    default:
      return `((${tierExpression(f, page, p, distance)})::float8 * ${TIER} + j.rank_key)`;
  }
}

/** Relevance pages that can be read tier by tier from the rank indexes (see the ranking comment). */
function tierParts(f: SearchFilters, page: PageRequest): boolean {
  return (
    page.sort === 'relevance' &&
    // Within a commute, the reachable localities are the points (pageByTiers); with a circle too, not.
    (f.commute ? !page.origin && !f.near : !page.origin || byPoints(f)) &&
    !f.anyGroup &&
    (f.groups ?? []).every((g) => g.roles.length > 0)
  );
}

/** Place searches read point by point (pageByTiers with an origin, pageByDistance): see points(). */
function byPoints(f: SearchFilters): boolean {
  return Boolean(f.near || f.locality) && !f.commute && (f.groups ?? []).every((g) => g.roles.length > 0);
}

/**
 * Total and facets. Filters the cube answers (cubeable) sum job_search_facets cells and subtract the
 * rows that expired since the last sweep; a pay floor sums the pay cubes, and anything else (words,
 * language, company) counts its matches up to a bound (search-pay.repo.ts). The counts equal the
 * result's own unless `estimate` says otherwise.
 */
async function countFacets(q: Queryable, f: SearchFilters): Promise<Counted> {
  // Within a commute: the cells of the reachable localities (search-commute.repo.ts).
  if (commuteCubeable(f)) return commuteCounts(q, f);
  const p = new Params();
  const cube = cubeTable(f);
  // No cube: a pay floor from the pay cubes, anything else by testing a bounded number of jobs.
  if (!cube) return (payCubeable(f) ? undefined : await examinedCounts(q, f)) ?? searchPayRepo.counts(q, f);
  const sql = `
    WITH m AS (
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, j.n
        FROM ${cube} j WHERE ${whereClause(f, p, 'any')}
      UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, -1
        FROM job_search j WHERE ${whereClause(f, p, 'expired')}
      ${extras(f, p)})
    SELECT m.city AS city_name, m.work_mode, m.category, m.industry, m.shift, m.education_min,
           GROUPING(m.city, m.work_mode, m.category, m.industry, m.shift, m.education_min) AS g,
           sum(m.n)::int AS n
      FROM m
     GROUP BY GROUPING SETS ((m.city), (m.work_mode), (m.category), (m.industry), (m.shift), (m.education_min), ())
    HAVING sum(m.n) > 0`;
  return foldFacets((await q.query<FacetRow>(sql, p.values)).rows);
}

/** The rows extraMatch adds to a cube sum, as one more branch of its UNION ALL ('' when none). */
function extras(f: SearchFilters, p: Params): string {
  const extra = extraMatch(f, p);
  return extra
    ? `UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, 1
        FROM job_search j WHERE ${extra}`
    : '';
}

/**
 * A concept page by pay (sort=salary, one concept, e.g. "telecaller"): as one read, PostgreSQL took
 * every job of the concept's roles and titles (a BitmapOr of tens of thousands at 1M jobs) and sorted
 * them for a page. Here each role is its own read in pay order from job_search_role_salary_idx (role,
 * pay DESC, id DESC), stopping after a page, and the jobs its words find under another role
 * (lentMatch, job_search_lent_idx) are one more; the page is the best of the merged reads. The same
 * jobs in the same order as the plain read (lent-tokens.test.ts). undefined for other searches.
 */
async function pageBySalaryPerRole(
  q: Queryable,
  f: SearchFilters,
  page: PageRequest,
): Promise<SearchRow[] | undefined> {
  const g = f.groups?.length === 1 ? f.groups[0]! : undefined;
  if (page.sort !== 'salary' || f.anyGroup || f.roles || !g?.roles.length || !g.tokens) return undefined;
  const p = new Params();
  const where = whereClause({ ...f, groups: undefined }, p);
  const distance = page.origin ? distanceSql(p.add(page.origin.lat), p.add(page.origin.lng)) : null;
  const pay = 'coalesce(j.salary_max, -1)::float8';
  const keyset = page.after
    ? `AND (${pay}, j.id) < (${p.add(page.after.value)}::float8, ${p.add(page.after.id)}::bigint)`
    : '';
  const n = p.add(page.limit + 1);
  const read = (test: string) => `(SELECT j.id, ${pay} AS sort_value
         FROM job_search j
        WHERE ${where} AND ${test} ${keyset}
        ORDER BY ${pay} DESC, j.id DESC
        LIMIT ${n})`;
  const reads = [
    ...g.roles.map((role) => read(`j.role = ${p.add(role)}`)),
    read(`j.search_head @@ ${p.add(g.tokens)}::tsquery AND ${lentMatch(g.tokens, g.roles, p)}`),
  ];
  const sql = `${SELECT_ROW(distance)}, t.sort_value
      FROM (SELECT u.id, u.sort_value FROM (${reads.join(' UNION ALL ')}) u
             ORDER BY u.sort_value DESC, u.id DESC
             LIMIT ${n}) t
      JOIN job_search j ON j.id = t.id ${JOIN_ROW}
     ORDER BY t.sort_value DESC, t.id DESC`;
  return (await q.query<SearchRow>(sql, p.values)).rows;
}

export const searchRepo = {
  async page(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
    if (tierParts(f, page)) return pageByTiers(q, f, page);
    if (page.sort === 'distance' && page.origin && byPoints(f))
      return pageByDistance(q, f, { ...page, origin: page.origin });
    const bySalary = await pageBySalaryPerRole(q, f, page);
    if (bySalary) return bySalary;
    const p = new Params();
    const where = whereClause(f, p);
    const distance = page.origin ? distanceSql(p.add(page.origin.lat), p.add(page.origin.lng)) : null;
    const sortExpr = sortExpression(f, page, p, distance);
    // Distance ascends; every other key descends. Ties break on id the same way.
    const asc = page.sort === 'distance' || page.sort === 'commute';
    let keyset = '';
    if (page.after && page.sort === 'recent') {
      // Compared on the raw columns, so jobs_live_recent_idx can seek straight to the next page.
      const at = `(timestamptz 'epoch' + ${p.add(page.after.value)}::bigint * interval '1 microsecond')`;
      keyset = `AND (j.posted_at, j.id) < (${at}, ${p.add(page.after.id)}::bigint)`;
    } else if (page.after) {
      const op = asc ? '>' : '<';
      keyset = `AND (${sortExpr}, j.id) ${op} (${p.add(page.after.value)}::float8, ${p.add(page.after.id)}::bigint)`;
    }
    const dir = asc ? 'ASC' : 'DESC';
    // sort=recent orders by the raw column so jobs_live_recent_idx serves it without a sort.
    const order =
      page.sort === 'recent' ? `j.posted_at ${dir}, j.id ${dir}` : `sort_value ${dir}, j.id ${dir}`;
    const sql = `${SELECT_ROW(distance)}, ${sortExpr} AS sort_value
        FROM job_search j ${JOIN_ROW}
       WHERE ${where} ${keyset}
       ORDER BY ${order}
       LIMIT ${p.add(page.limit + 1)}`;
    return (await q.query<SearchRow>(sql, p.values)).rows;
  },

  /**
   * Total and every facet in one pass over the filtered set (GROUPING SETS), so the counts are the
   * result's own. Cities come back as slugs (no join per counted row); the service names them.
   */
  countFacets,

  /** Counts only, uncached: for trying relaxed variants of a query that found nothing. Without a cube,
   * counting stops past BOUND matches: the caller asks only whether there are any. */
  count: countWith,

  /** Drops jobs that expired from job_search (and their facet cells); the server runs it every minute. */
  async expire(q: Queryable): Promise<number> {
    const { rows } = await q.query<{ n: number }>('SELECT search_expire() AS n');
    return rows[0]?.n ?? 0;
  },

  /** Old cache entries are dead weight; dropped now and then by a search that missed. */
  async pruneCounts(q: Queryable): Promise<void> {
    await q.query(`DELETE FROM search_counts WHERE computed_at < now() - interval '10 minutes'`);
    await q.query(`DELETE FROM search_pages WHERE computed_at < now() - interval '10 minutes'`);
    await q.query(`DELETE FROM search_responses WHERE computed_at < now() - interval '10 minutes'`);
  },
};
