// The SQL of public job search, and only here. Every query reads live jobs through the partial
// indexes of migration 0001 (jobs_live_*: status = 'published'); expiry is checked on top.
import type { Queryable } from '../../db/db.ts';

export interface SearchFilters {
  /** A to_tsquery('simple', ...) expression built from sanitised words only. */
  tsquery?: string;
  city?: string;
  locality?: string;
  near?: { lat: number; lng: number; radiusKm: number };
  category?: string;
  roles?: string[];
  sector?: string;
  industry?: string;
  work_mode?: string;
  shift?: string;
  salary_min?: number;
  experience_max?: number;
  education_rank?: number;
  language?: string;
  company_id?: string;
}

export type SortKey = 'relevance' | 'recent' | 'salary' | 'distance';

export interface PageRequest {
  sort: SortKey;
  limit: number;
  /** Frozen "now" for freshness scoring, so relevance scores stay stable across pages. */
  refTime: string;
  after?: { value: number | string; id: number };
  /** Origin for distance, from `near` or a searched locality. */
  origin?: { lat: number; lng: number };
}

export interface SearchRow {
  id: number;
  title: string;
  company_id: string;
  company_name: string;
  company_verified: boolean;
  category: string;
  role: string;
  city: string;
  city_name: string;
  locality: string;
  locality_name: string;
  salary_min: number | null;
  salary_max: number | null;
  work_mode: string;
  shift: string;
  experience_min: number;
  education_min: string;
  posted_at: Date;
  distance_km: number | null;
  sort_value: number | string;
  [key: string]: unknown;
}

/** Collects positional parameters while SQL text is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const distanceSql = (lat: string, lng: string) =>
  `(12742 * asin(sqrt(power(sin(radians(j.lat - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(j.lat)) * power(sin(radians(j.lng - ${lng}) / 2), 2))))`;

function whereClause(f: SearchFilters, p: Params): string {
  const w = [`j.status = 'published'`, `j.expires_at > now()`];
  if (f.tsquery) w.push(`j.search_vector @@ to_tsquery('simple', ${p.add(f.tsquery)})`);
  if (f.city) w.push(`j.city = ${p.add(f.city)}`);
  if (f.locality && !f.near) w.push(`j.locality = ${p.add(f.locality)}`);
  if (f.near) {
    // A bounding box first (index-friendly), then the exact great-circle distance.
    const dLat = f.near.radiusKm / 111.0;
    const dLng = f.near.radiusKm / (111.0 * Math.cos((f.near.lat * Math.PI) / 180));
    w.push(`j.lat BETWEEN ${p.add(f.near.lat - dLat)} AND ${p.add(f.near.lat + dLat)}`);
    w.push(`j.lng BETWEEN ${p.add(f.near.lng - dLng)} AND ${p.add(f.near.lng + dLng)}`);
    w.push(`${distanceSql(p.add(f.near.lat), p.add(f.near.lng))} <= ${p.add(f.near.radiusKm)}`);
  }
  if (f.category) w.push(`j.category = ${p.add(f.category)}`);
  if (f.roles?.length) w.push(`j.role = ANY(${p.add(f.roles)}::text[])`);
  if (f.sector) w.push(`j.sector = ${p.add(f.sector)}`);
  if (f.industry) w.push(`j.industry = ${p.add(f.industry)}`);
  if (f.work_mode) w.push(`j.work_mode = ${p.add(f.work_mode)}`);
  if (f.shift) w.push(`j.shift = ${p.add(f.shift)}`);
  if (f.salary_min !== undefined) w.push(`j.salary_max >= ${p.add(f.salary_min)}`);
  if (f.experience_max !== undefined) w.push(`j.experience_min <= ${p.add(f.experience_max)}`);
  if (f.education_rank !== undefined) w.push(`j.education_rank <= ${p.add(f.education_rank)}`);
  if (f.company_id) w.push(`j.company_id = ${p.add(f.company_id)}`);
  if (f.language) w.push(`j.languages @> ${p.add(JSON.stringify([{ language: f.language }]))}::jsonb`);
  return w.join(' AND ');
}

/*
 * Relevance, best first:
 *   text match (ts_rank_cd over the weighted document: title A > role/company/skills B > description C)
 * + closeness to the searched place (up to 0.3, halving every ~7 km)
 * + freshness (up to 0.3, halving every ~10 days, measured from the frozen refTime)
 * + 0.1 when the salary is disclosed, + 0.1 when the employer is verified.
 * The text term dominates when there is a query; without one, place and freshness decide.
 */
function sortExpression(f: SearchFilters, page: PageRequest, p: Params, distance: string | null): string {
  switch (page.sort) {
    case 'recent':
      return `extract(epoch FROM j.posted_at)::float8`;
    case 'salary':
      return `coalesce(j.salary_max, -1)::float8`;
    case 'distance':
      return distance ?? '0::float8';
    default: {
      const text = f.tsquery
        ? `ts_rank_cd(j.search_vector, to_tsquery('simple', ${p.add(f.tsquery)}), 1)`
        : '0';
      const ref = p.add(page.refTime);
      const fresh = `0.3 * exp(-greatest(extract(epoch FROM (${ref}::timestamptz - j.posted_at)), 0) / 1296000.0)`;
      const near = distance ? `+ 0.3 * exp(-${distance} / 10.0)` : '';
      return `(${text} + ${fresh} ${near}
        + CASE WHEN j.salary_max IS NOT NULL THEN 0.1 ELSE 0 END
        + CASE WHEN c.verified THEN 0.1 ELSE 0 END)::float8`;
    }
  }
}

export const searchRepo = {
  async page(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
    const p = new Params();
    const where = whereClause(f, p);
    const distance = page.origin ? distanceSql(p.add(page.origin.lat), p.add(page.origin.lng)) : null;
    const sortExpr = sortExpression(f, page, p, distance);
    // Distance ascends; every other key descends. Ties break on id the same way.
    const asc = page.sort === 'distance';
    let keyset = '';
    if (page.after) {
      const op = asc ? '>' : '<';
      keyset = `AND (${sortExpr}, j.id) ${op} (${p.add(page.after.value)}::float8, ${p.add(page.after.id)}::bigint)`;
    }
    const dir = asc ? 'ASC' : 'DESC';
    const sql = `
      SELECT j.id, j.title, j.company_id, c.name AS company_name, c.verified AS company_verified,
             j.category, j.role, j.city, ci.name AS city_name, j.locality, l.name AS locality_name,
             j.salary_min, j.salary_max, j.work_mode, j.shift, j.experience_min, j.education_min, j.posted_at,
             ${distance ?? 'NULL::float8'} AS distance_km,
             ${sortExpr} AS sort_value
        FROM jobs j
        JOIN companies c ON c.id = j.company_id
        JOIN cities ci ON ci.slug = j.city
        JOIN localities l ON l.city = j.city AND l.slug = j.locality
       WHERE ${where} ${keyset}
       ORDER BY sort_value ${dir}, j.id ${dir}
       LIMIT ${p.add(page.limit + 1)}`;
    return (await q.query<SearchRow>(sql, p.values)).rows;
  },

  /** Total and every facet in one pass over the filtered set (GROUPING SETS). */
  async facets(
    q: Queryable,
    f: SearchFilters,
  ): Promise<{ total: number; facets: Record<string, Record<string, number>> }> {
    const p = new Params();
    const where = whereClause(f, p);
    const { rows } = await q.query<{
      city_name: string | null;
      work_mode: string | null;
      category: string | null;
      industry: string | null;
      shift: string | null;
      education_min: string | null;
      g: number;
      n: number;
    }>(
      `SELECT ci.name AS city_name, j.work_mode, j.category, j.industry, j.shift, j.education_min,
              GROUPING(ci.name, j.work_mode, j.category, j.industry, j.shift, j.education_min) AS g,
              count(*)::int AS n
         FROM jobs j
         JOIN cities ci ON ci.slug = j.city
        WHERE ${where}
        GROUP BY GROUPING SETS ((ci.name), (j.work_mode), (j.category), (j.industry), (j.shift), (j.education_min), ())`,
      p.values,
    );
    const facets: Record<string, Record<string, number>> = {
      city: {},
      work_mode: {},
      category: {},
      industry: {},
      shift: {},
      education: {},
    };
    let total = 0;
    for (const r of rows) {
      if (r.g === 63) total = r.n;
      else if (r.city_name !== null) facets.city![r.city_name] = r.n;
      else if (r.work_mode !== null) facets.work_mode![r.work_mode] = r.n;
      else if (r.category !== null) facets.category![r.category] = r.n;
      else if (r.industry !== null) facets.industry![r.industry] = r.n;
      else if (r.shift !== null) facets.shift![r.shift] = r.n;
      else if (r.education_min !== null) facets.education![r.education_min] = r.n;
    }
    return { total, facets };
  },
};
