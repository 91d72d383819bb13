// Counts of the searches the facet cubes of search.repo.ts cannot answer: a pay floor (from the pay
// cubes of migration 0920), and anything else (words, language, company...) counted row by row up to
// a bound. Must never decide what a search means, nor read a page of results.
//
// Why (issue #15): at a million jobs, a search with a pay floor and a city or circle counted every
// match (tens of thousands of rows: 90-1,100 ms alone, seconds under load). Now:
// - A floor on a band edge (PAY_EDGES: 10k, 12k, 15k, 18k, 20k, 25k, 30k, 40k; or 0) is a sum of the
//   pay cubes' cells of the bands at and above it: exact, a few thousand cells at most.
// - A floor inside a band (16,500) sums the bands above it, and counts the jobs of its own band that
//   are at or above the floor one by one when the cube says that band holds at most BOUND matches
//   (exact); past that, the band's cells are scaled by the part of the band above the floor and the
//   answer says `total_is_estimate`.
// - Other searches the cubes cannot answer count their first BOUND + 1 matches: at most BOUND is the
//   exact count; past it the total is the planner's estimate (never less than BOUND + 1), the facets
//   the sample's scaled to it, and the answer says `total_is_estimate`.
import type { Queryable } from '../../shared/db/db.ts';
import {
  FACET_SQL,
  type FacetRow,
  type Facets,
  foldFacets,
  Params,
  type SearchFilters,
  whereClause,
} from './search-sql.ts';

/** Lower edges of pay bands 2..9 (INR a month); band 0 is undisclosed pay, band 1 is under 10k. */
export const PAY_EDGES = [10000, 12000, 15000, 18000, 20000, 25000, 30000, 40000] as const;
/** Up to this many matches a count is exact; past it, it may be an estimate (and says so). */
export const BOUND = 1000;

export interface Counted {
  total: number;
  facets: Facets;
  estimate?: boolean;
}

/** The band a posted minimum falls in, as job_pay_band() (migration 0920) computes it. */
export function payBand(salaryMin: number): number {
  return 1 + PAY_EDGES.filter((e) => e <= salaryMin).length;
}

/** A band's [low, high) in rupees; the top band is open, taken as twice its edge for an estimate. */
function bandRange(band: number): [number, number] {
  const low = band === 1 ? 0 : PAY_EDGES[band - 2]!;
  const high = band <= PAY_EDGES.length ? PAY_EDGES[band - 1]! : low * 2;
  return [low, high];
}

/** The lower edge of the band a floor falls in: the same search on it counts at least as many jobs,
 * summed from cells alone. */
export function bandFloor(floor: number): number {
  return bandRange(payBand(floor))[0];
}

/** Searches the pay cubes answer: a floor, with only place, role/concept and category filters beside. */
export function payCubeable(f: SearchFilters): boolean {
  return (
    f.salary_min !== undefined &&
    // The pay cubes keep no locality list nor the cab: a commute with a floor counts as below.
    !f.commute &&
    !f.language &&
    !f.company_id &&
    !f.sector &&
    !f.industry &&
    !f.work_mode &&
    !f.shift &&
    f.experience_max === undefined &&
    f.education_rank === undefined &&
    f.posted_within === undefined &&
    !f.verified_only &&
    (f.groups ?? []).every((g) => g.roles.length > 0)
  );
}

interface PayRow {
  part: boolean;
  facet: string;
  value: string | null;
  city: string | null;
  category: string | null;
  g: number;
  n: number;
  n1: number | null;
}

const emptyFacets = (): Facets => ({
  city: {},
  work_mode: {},
  category: {},
  industry: {},
  shift: {},
  education: {},
});

/** Adds b (times `scale`, rounded) into a. */
function addCounts(a: Counted, b: Counted, scale = 1): void {
  a.total += Math.round(b.total * scale);
  for (const k of Object.keys(a.facets) as (keyof Facets)[])
    for (const [v, n] of Object.entries(b.facets[k])) {
      const sum = (a.facets[k][v] ?? 0) + Math.round(n * scale);
      if (sum > 0) a.facets[k][v] = sum;
    }
}

/** The cube's rows folded into counts: full bands, and the band the floor falls inside. */
function foldPay(rows: PayRow[]): { full: Counted; part: Counted; partCities: string[] } {
  const full: Counted = { total: 0, facets: emptyFacets() };
  const part: Counted = { total: 0, facets: emptyFacets() };
  const partCities: string[] = [];
  for (const r of rows) {
    const into = r.part ? part : full;
    // g: GROUPING(value, city, category) as bits 4, 2, 1.
    if (r.g === 7) into.total = r.n1 ?? 0;
    else if (r.g === 3 && r.value !== null) {
      const key = r.facet === 'education' ? 'education' : (r.facet as keyof Facets);
      into.facets[key][r.value] = r.n;
    } else if (r.g === 5 && r.city !== null && r.n1) {
      into.facets.city[r.city] = r.n1;
      if (r.part) partCities.push(r.city);
    } else if (r.g === 6 && r.category !== null && r.n1) into.facets.category[r.category] = r.n1;
  }
  return { full, part, partCities };
}

/** Total and facets of a pay-floor search from the pay cubes (see the file comment). */
async function payCounts(q: Queryable, f: SearchFilters): Promise<Counted> {
  const floor = f.salary_min!;
  const band = payBand(floor);
  const edge = floor === bandRange(band)[0];
  const base: SearchFilters = { ...f, salary_min: undefined };
  const p = new Params();
  const from = p.add(band);
  const partBand = edge ? 'false' : `j.pay_band = ${from}`;
  let cells: string;
  if (base.near) {
    // The circle's points from job_search_pay_points (~100 rows), then each point's index range. With a
    // radius, a locality is the circle's centre, not a filter.
    const circle = whereClause({ near: base.near }, p, 'any').replaceAll('j.', 'pt.');
    cells = `SELECT j.city, j.category, j.facet, j.value, j.n, ${partBand} AS part
        FROM job_search_pay_points pt
        JOIN job_search_pay_point_cells j ON j.lat = pt.lat AND j.lng = pt.lng
       WHERE pt.n > 0 AND ${circle} AND ${whereClause({ ...base, near: undefined, locality: undefined }, p, 'any')}
         AND j.pay_band >= ${from}`;
  } else {
    const cube = base.locality ? 'job_search_pay_point_cells' : 'job_search_pay_city_cells';
    cells = `SELECT j.city, j.category, j.facet, j.value, j.n, ${partBand} AS part
        FROM ${cube} j WHERE ${whereClause(base, p, 'any')} AND j.pay_band >= ${from}`;
  }
  // Jobs that expired since the last sweep are still in the cells: subtracted, as in countFacets.
  const expired = `SELECT j.city, j.category, v.facet, v.value, -1, ${partBand}
        FROM job_search j
        CROSS JOIN LATERAL (VALUES ('work_mode', j.work_mode), ('shift', j.shift),
                                   ('education', j.education_min), ('industry', j.industry)) v(facet, value)
       WHERE ${whereClause(base, p, 'expired')} AND j.pay_band >= ${from}`;
  const sql = `
    WITH m (city, category, facet, value, n, part) AS (${cells} UNION ALL ${expired})
    SELECT m.part, min(m.facet) AS facet, m.value, m.city, m.category,
           GROUPING(m.value, m.city, m.category) AS g,
           sum(m.n)::int AS n, sum(m.n) FILTER (WHERE m.facet = 'work_mode')::int AS n1
      FROM m
     GROUP BY GROUPING SETS ((m.part, m.facet, m.value), (m.part, m.city), (m.part, m.category), (m.part))
    HAVING sum(m.n) > 0`;
  const { full, part, partCities } = foldPay((await q.query<PayRow>(sql, p.values)).rows);
  if (part.total === 0) return full;
  if (part.total > BOUND) {
    // Too many to count one by one: the part of the band at or above the floor, pro rata.
    const [low, high] = bandRange(band);
    addCounts(full, part, Math.max(0, high - floor) / (high - low));
    return { ...full, estimate: true };
  }
  // Few: count them, reaching them by (pay_band, city, role) from job_search_pay_idx.
  const pe = new Params();
  const where = `${whereClause(f, pe)} AND j.pay_band = ${pe.add(band)} AND j.city = ANY(${pe.add(partCities)}::text[])`;
  addCounts(full, foldFacets((await q.query<FacetRow>(FACET_SQL(where), pe.values)).rows));
  return full;
}

/**
 * Only the total of a pay-floor search (payCubeable) whose floor is on a band edge: the sum of one
 * facet's cells (each job sits in exactly one work-mode cell) minus the jobs that expired since the
 * last sweep. For the bound a page reads by (search-tiers.repo.ts), which needs no facets: a fifth of
 * payCounts' cells and no GROUPING SETS. A floor inside a band: payCounts' total.
 */
async function payTotal(q: Queryable, f: SearchFilters): Promise<number> {
  const floor = f.salary_min!;
  const band = payBand(floor);
  if (floor !== bandRange(band)[0]) return (await payCounts(q, f)).total;
  const base: SearchFilters = { ...f, salary_min: undefined };
  const p = new Params();
  const from = p.add(band);
  let cells: string;
  if (base.near) {
    const circle = whereClause({ near: base.near }, p, 'any').replaceAll('j.', 'pt.');
    cells = `SELECT coalesce(sum(j.n), 0)
        FROM job_search_pay_points pt
        JOIN job_search_pay_point_cells j ON j.lat = pt.lat AND j.lng = pt.lng
       WHERE pt.n > 0 AND ${circle} AND ${whereClause({ ...base, near: undefined, locality: undefined }, p, 'any')}
         AND j.pay_band >= ${from} AND j.facet = 'work_mode'`;
  } else {
    const cube = base.locality ? 'job_search_pay_point_cells' : 'job_search_pay_city_cells';
    cells = `SELECT coalesce(sum(j.n), 0) FROM ${cube} j
       WHERE ${whereClause(base, p, 'any')} AND j.pay_band >= ${from} AND j.facet = 'work_mode'`;
  }
  const expired = `SELECT count(*) FROM job_search j WHERE ${whereClause(base, p, 'expired')} AND j.pay_band >= ${from}`;
  const { rows } = await q.query<{ n: number }>(`SELECT ((${cells}) - (${expired}))::int AS n`, p.values);
  return Math.max(0, rows[0]?.n ?? 0);
}

/**
 * Counts of a search no cube answers: the first BOUND + 1 matches are counted; past BOUND the total
 * is PostgreSQL's estimate (at least BOUND + 1) and the facets the sample's, scaled.
 */
async function boundedCounts(q: Queryable, f: SearchFilters): Promise<Counted> {
  const p = new Params();
  const where = whereClause(f, p);
  const sample = `(SELECT * FROM job_search j WHERE ${where} LIMIT ${BOUND + 1}) j`;
  const counted = foldFacets(
    (await q.query<FacetRow>(FACET_SQL('true').replace('job_search j', sample), p.values)).rows,
  );
  if (counted.total <= BOUND) return counted;
  const plan = await q.query<{ 'QUERY PLAN': unknown }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM job_search j WHERE ${where}`,
    p.values,
  );
  const json = plan.rows[0]?.['QUERY PLAN'];
  const doc = (typeof json === 'string' ? JSON.parse(json) : json) as { Plan: { 'Plan Rows': number } }[];
  const total = Math.max(BOUND + 1, Math.round(doc[0]?.Plan['Plan Rows'] ?? 0));
  const out: Counted = { total: 0, facets: emptyFacets(), estimate: true };
  addCounts(out, counted, total / counted.total);
  out.total = total;
  return out;
}

export const searchPayRepo = {
  /** Counts of a search the facet cubes cannot answer. */
  async counts(q: Queryable, f: SearchFilters): Promise<Counted> {
    return payCubeable(f) ? payCounts(q, f) : boundedCounts(q, f);
  },

  /** The total alone of a search the pay cubes answer (payCubeable). */
  total: payTotal,
};
