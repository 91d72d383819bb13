// The SQL of public job search, and only here. Every query reads job_search (migration 0100: one
// narrow row per published job, indexes job_search_*), joining jobs only for the page's own rows.
// Never decides what a query means: it gets filters and boosts already worked out by the service.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../db/db.ts';

/** One required idea: the job's role is one of `roles`, or its text matches `tsquery`. */
export interface TextGroup {
  roles: string[];
  /** A to_tsquery('simple', ...) expression built from sanitised words only (see search-plan.ts). */
  tsquery?: string;
  /** 'head': title, role, company and skills only (search_head); 'all': the whole document. */
  field: 'head' | 'all';
}

export interface SearchFilters {
  groups?: TextGroup[];
  /** Relaxed search: any group may match instead of every group. */
  anyGroup?: boolean;
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

/** Things a job need not have, but ranks higher with (from words like "night shift", "voice"). */
export interface Boosts {
  shifts?: string[];
  /** Roles that fit the asked-for voice / non-voice process. */
  roles?: string[];
  languages?: string[];
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
  boosts?: Boosts;
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

export type Facets = Record<
  'city' | 'work_mode' | 'category' | 'industry' | 'shift' | 'education',
  Record<string, number>
>;

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

function groupMatch(g: TextGroup, p: Params): string {
  const parts: string[] = [];
  if (g.roles.length) parts.push(`j.role = ANY(${p.add(g.roles)}::text[])`);
  // A word the vocabulary does not know may sit in a description: that is only in jobs.search_vector
  // (jobs_live_search_idx); everything else reads the narrow job_search row.
  if (g.tsquery && g.field === 'head')
    parts.push(`j.search_head @@ to_tsquery('simple', ${p.add(g.tsquery)})`);
  else if (g.tsquery)
    parts.push(
      `j.id IN (SELECT d.id FROM jobs d WHERE d.status = 'published' AND d.search_vector @@ to_tsquery('simple', ${p.add(g.tsquery)}))`,
    );
  return parts.length ? `(${parts.join(' OR ')})` : 'true';
}

function whereClause(f: SearchFilters, p: Params): string {
  // job_search holds published jobs only; expiry is checked here.
  const w = [`j.expires_at > now()`];
  if (f.groups?.length) {
    const each = f.groups.map((g) => groupMatch(g, p));
    w.push(f.anyGroup ? `(${each.join(' OR ')})` : each.join(' AND '));
  }
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
 * Relevance, best first. A seeker judges a list by "is this my kind of job" first, then "can I get
 * there", then "is it still open", then "is it honest", so the terms are weighted in that order:
 *   text match: ts_rank_cd over the inline head of the document (title A > role/company/skills B;
 *     the TOASTed description would cost a read per candidate), plus 0.4 for each asked-for idea the job's role itself is (a "telecaller"
 *     job beats a job that mentions telecalling), plus 1 per idea matched when any idea may match
 * + closeness to the searched place (up to 0.4, halving every ~3.5 km)
 * + freshness (up to 0.3, halving every ~10 days, measured from the frozen refTime)
 * + 0.1 when the salary is disclosed, + 0.1 when the employer is verified
 * + soft wishes from the words: 0.15 for an asked-for shift, 0.1 for voice / non-voice, 0.1 for a
 *   language. They reorder, never hide.
 * Without words, place or wishes, every job ties on text and place, so the service sorts by
 * recency instead (an index scan rather than scoring every live job).
 */
function sortExpression(f: SearchFilters, page: PageRequest, p: Params, distance: string | null): string {
  switch (page.sort) {
    case 'recent':
      // Whole microseconds: exact in a JS number (< 2^53), so the cursor never rounds.
      return `(extract(epoch FROM j.posted_at) * 1000000)::bigint`;
    case 'salary':
      return `coalesce(j.salary_max, -1)::float8`;
    case 'distance':
      return distance ?? '0::float8';
    default: {
      const terms: string[] = [];
      const groups = f.groups ?? [];
      const tsqueries = groups.flatMap((g) => (g.tsquery ? [`(${g.tsquery})`] : []));
      if (tsqueries.length)
        terms.push(`ts_rank_cd(j.search_head, to_tsquery('simple', ${p.add(tsqueries.join(' | '))}), 1)`);
      for (const g of groups) {
        if (g.roles.length)
          terms.push(`CASE WHEN j.role = ANY(${p.add(g.roles)}::text[]) THEN 0.4 ELSE 0 END`);
        if (f.anyGroup) terms.push(`CASE WHEN ${groupMatch(g, p)} THEN 1 ELSE 0 END`);
      }
      const ref = p.add(page.refTime);
      terms.push(
        `0.3 * exp(-greatest(extract(epoch FROM (${ref}::timestamptz - j.posted_at)), 0) / 1296000.0)`,
      );
      if (distance) terms.push(`0.4 * exp(-${distance} / 5.0)`);
      terms.push('CASE WHEN j.salary_max IS NOT NULL THEN 0.1 ELSE 0 END');
      terms.push('CASE WHEN j.verified THEN 0.1 ELSE 0 END');
      const b = page.boosts;
      if (b?.shifts?.length)
        terms.push(`CASE WHEN j.shift = ANY(${p.add(b.shifts)}::text[]) THEN 0.15 ELSE 0 END`);
      if (b?.roles?.length)
        terms.push(`CASE WHEN j.role = ANY(${p.add(b.roles)}::text[]) THEN 0.1 ELSE 0 END`);
      for (const language of b?.languages ?? [])
        terms.push(
          `CASE WHEN j.languages @> ${p.add(JSON.stringify([{ language }]))}::jsonb THEN 0.1 ELSE 0 END`,
        );
      return `(${terms.join(' + ')})::float8`;
    }
  }
}

const FACET_SQL = (where: string) => `
  SELECT j.city AS city_name, j.work_mode, j.category, j.industry, j.shift, j.education_min,
         GROUPING(j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min) AS g,
         count(*)::int AS n
    FROM job_search j
   WHERE ${where}
   GROUP BY GROUPING SETS ((j.city), (j.work_mode), (j.category), (j.industry), (j.shift), (j.education_min), ())`;

interface FacetRow {
  city_name: string | null;
  work_mode: string | null;
  category: string | null;
  industry: string | null;
  shift: string | null;
  education_min: string | null;
  g: number;
  n: number;
}

function foldFacets(rows: FacetRow[]): { total: number; facets: Facets } {
  const facets: Facets = { city: {}, work_mode: {}, category: {}, industry: {}, shift: {}, education: {} };
  let total = 0;
  for (const r of rows) {
    if (r.g === 63) total = r.n;
    else if (r.city_name !== null) facets.city[r.city_name] = r.n;
    else if (r.work_mode !== null) facets.work_mode[r.work_mode] = r.n;
    else if (r.category !== null) facets.category[r.category] = r.n;
    else if (r.industry !== null) facets.industry[r.industry] = r.n;
    else if (r.shift !== null) facets.shift[r.shift] = r.n;
    else if (r.education_min !== null) facets.education[r.education_min] = r.n;
  }
  return { total, facets };
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
    const sql = `
      SELECT j.id, x.title, j.company_id, c.name AS company_name, j.verified AS company_verified,
             j.category, j.role, j.city, ci.name AS city_name, j.locality, l.name AS locality_name,
             x.salary_min, j.salary_max, j.work_mode, j.shift, j.experience_min, j.education_min, j.posted_at,
             ${distance ?? 'NULL::float8'} AS distance_km,
             ${sortExpr} AS sort_value
        FROM job_search j
        JOIN jobs x ON x.id = j.id
        JOIN companies c ON c.id = j.company_id
        JOIN cities ci ON ci.slug = j.city
        JOIN localities l ON l.city = j.city AND l.slug = j.locality
       WHERE ${where} ${keyset}
       ORDER BY ${order}
       LIMIT ${p.add(page.limit + 1)}`;
    return (await q.query<SearchRow>(sql, p.values)).rows;
  },

  /**
   * Total and every facet in one pass over the filtered set (GROUPING SETS), so the counts are the
   * result's own. Cities come back as slugs (no join per counted row); the service names them. Served from search_counts while no job changed and the entry is under a minute old.
   */
  async facets(q: Queryable, f: SearchFilters): Promise<{ total: number; facets: Facets }> {
    const key = createHash('sha256')
      .update(JSON.stringify(facetKey(f)))
      .digest('base64url');
    const cached = await q.query<{ total: number | null; facets: Facets | null; generation: number }>(
      `SELECT c.total, c.facets, s.last_value AS generation
         FROM search_generation s
         LEFT JOIN search_counts c
           ON c.key = $1 AND c.generation = s.last_value AND c.computed_at > now() - interval '60 seconds'`,
      [key],
    );
    const hit = cached.rows[0];
    if (hit?.total != null && hit.facets) return { total: hit.total, facets: hit.facets };
    const p = new Params();
    const counted = foldFacets((await q.query<FacetRow>(FACET_SQL(whereClause(f, p)), p.values)).rows);
    await q.query(
      `INSERT INTO search_counts (key, generation, total, facets) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE
         SET generation = EXCLUDED.generation, total = EXCLUDED.total, facets = EXCLUDED.facets, computed_at = now()`,
      [key, hit?.generation ?? 0, counted.total, JSON.stringify(counted.facets)],
    );
    return counted;
  },

  /** Counts only, uncached: for trying relaxed variants of a query that found nothing. */
  async count(q: Queryable, f: SearchFilters): Promise<number> {
    const p = new Params();
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM job_search j WHERE ${whereClause(f, p)}`,
      p.values,
    );
    return rows[0]?.n ?? 0;
  },

  /** Old cache entries are dead weight; dropped now and then by a search that missed. */
  async pruneCounts(q: Queryable): Promise<void> {
    await q.query(`DELETE FROM search_counts WHERE computed_at < now() - interval '10 minutes'`);
    await q.query(`DELETE FROM search_pages WHERE computed_at < now() - interval '10 minutes'`);
  },
};

/** Filters in a fixed key order, so the same search always hits the same cache entry. */
export function facetKey(f: SearchFilters): unknown[] {
  return [
    f.groups?.map((g) => [[...g.roles].sort(), g.tsquery ?? '', g.field]),
    f.anyGroup ?? false,
    f.city,
    f.locality,
    f.near ? [f.near.lat, f.near.lng, f.near.radiusKm] : null,
    f.category,
    f.roles,
    f.sector,
    f.industry,
    f.work_mode,
    f.shift,
    f.salary_min,
    f.experience_max,
    f.education_rank,
    f.language,
    f.company_id,
  ];
}
