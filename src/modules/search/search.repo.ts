// The SQL of public job search, and only here. Every query reads job_search (migration 0100: one
// narrow row per published job, indexes job_search_*), joining jobs only for the page's own rows.
// Never decides what a query means: it gets filters and boosts already worked out by the service.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../shared/db/db.ts';
import { BOUND, type Counted, PAY_EDGES, payBand, payCubeable, searchPayRepo } from './search-pay.repo.ts';

/** One required idea: the job's role is one of `roles`, or its text matches `tsquery`. */
export interface TextGroup {
  roles: string[];
  /** A to_tsquery('simple', ...) expression built from sanitised words only (see search-plan.ts). */
  tsquery?: string;
  /** 'head': title, role, company and skills only (search_head); 'all': the whole document. */
  field: 'head' | 'all';
  /**
   * A tsquery of the concept and role tokens a job's own title or skills carry when they express this
   * group (migration 0900): the job matches when its picked role is in `roles` OR its words say so.
   */
  tokens?: string;
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
  /** Roles the seeker named by their own name, inside a concept that takes more roles. */
  named?: string[];
  shifts?: string[];
  /** Roles that fit the asked-for voice / non-voice process. */
  roles?: string[];
  languages?: string[];
  /** Title evidence: a tsquery of concept tokens (the job's title expresses the concept asked for). */
  titled?: string;
  /** The roles the concepts asked for name: a job picked as one of them ranks above its title alone. */
  picked?: string[];
  /** Words unknown to the vocabulary in an otherwise understood query: they rank, never filter. */
  words?: string;
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
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const distanceSql = (lat: string, lng: string) =>
  `(12742 * asin(sqrt(power(sin(radians(j.lat - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(j.lat)) * power(sin(radians(j.lng - ${lng}) / 2), 2))))`;

/** One role is an equality, so (role, rank_key) can serve the page in order; several, a set. */
function roleIn(roles: string[], p: Params): string {
  return roles.length === 1 ? `j.role = ${p.add(roles[0])}` : `j.role = ANY(${p.add(roles)}::text[])`;
}

/**
 * A group's match. `roleOnly` is the part the facet cubes can count (they keep the role, not the
 * words): the rest, jobs whose own words express the concept under another role, is counted apart
 * (extraMatch).
 */
function groupMatch(g: TextGroup, p: Params, roleOnly = false): string {
  // A concept the vocabulary knows ("call centre" -> a set of roles) is a structured filter on the
  // role (an index range read, countable from the cubes) OR the job's own concept tokens (GIN on
  // search_head): a KYC job filed under "Back office executive" is still a KYC job.
  if (g.roles.length) {
    if (roleOnly || !g.tokens) return roleIn(g.roles, p);
    return `(${roleIn(g.roles, p)} OR j.search_head @@ ${p.add(g.tokens)}::tsquery)`;
  }
  if (g.tsquery && g.tokens)
    return `j.search_head @@ (to_tsquery('simple', ${p.add(g.tsquery)}) || ${p.add(g.tokens)}::tsquery)`;
  // A word the vocabulary does not know may sit in a description: that is only in jobs.search_vector
  // (jobs_live_search_idx); everything else reads the narrow job_search row.
  if (g.tsquery && g.field === 'head') return `j.search_head @@ to_tsquery('simple', ${p.add(g.tsquery)})`;
  if (g.tsquery)
    return `j.id IN (SELECT d.id FROM jobs d WHERE d.status = 'published' AND d.search_vector @@ to_tsquery('simple', ${p.add(g.tsquery)}))`;
  return 'true';
}

/** Which jobs a where clause reads: live ones (the search), every row (the facet cube), or expired rows not yet swept. */
type Liveness = 'live' | 'any' | 'expired';

export function whereClause(f: SearchFilters, p: Params, live: Liveness = 'live'): string {
  // job_search holds live jobs only, but one may have expired since the last sweep (search_expire):
  // expiry is checked here.
  const w: string[] = [];
  if (live === 'live') w.push(`j.expires_at > now()`);
  if (live === 'expired') w.push(`j.expires_at <= now()`);
  if (f.groups?.length) {
    // The cubes and the expired rows subtracted from them count by role alone; see extraMatch.
    const each = f.groups.map((g) => groupMatch(g, p, live !== 'live'));
    w.push(f.anyGroup ? `(${each.join(' OR ')})` : each.join(' AND '));
  }
  if (f.city) w.push(`j.city = ${p.add(f.city)}`);
  if (f.locality && !f.near) w.push(`j.locality = ${p.add(f.locality)}`);
  if (f.near) {
    // A bounding box first (index-friendly), then the exact great-circle distance.
    const dLat = f.near.radiusKm / 111.0;
    const dLng = f.near.radiusKm / (111.0 * Math.cos((f.near.lat * Math.PI) / 180));
    // The box is read from the GiST index job_search_point_idx (migration 0711).
    w.push(
      `point(j.lng, j.lat) <@ box(point(${p.add(f.near.lng - dLng)}, ${p.add(f.near.lat - dLat)}), point(${p.add(f.near.lng + dLng)}, ${p.add(f.near.lat + dLat)}))`,
    );
    w.push(`${distanceSql(p.add(f.near.lat), p.add(f.near.lng))} <= ${p.add(f.near.radiusKm)}`);
  }
  if (f.category) w.push(`j.category = ${p.add(f.category)}`);
  if (f.roles?.length) w.push(roleIn(f.roles, p));
  if (f.sector) w.push(`j.sector = ${p.add(f.sector)}`);
  if (f.industry) w.push(`j.industry = ${p.add(f.industry)}`);
  if (f.work_mode) w.push(`j.work_mode = ${p.add(f.work_mode)}`);
  if (f.shift) w.push(`j.shift = ${p.add(f.shift)}`);
  // A pay floor keeps the jobs whose posted minimum is at least it; undisclosed pay never matches.
  if (f.salary_min !== undefined) w.push(`j.salary_min >= ${p.add(f.salary_min)}`);
  if (f.experience_max !== undefined) w.push(`j.experience_min <= ${p.add(f.experience_max)}`);
  if (f.education_rank !== undefined) w.push(`j.education_rank <= ${p.add(f.education_rank)}`);
  if (f.company_id) w.push(`j.company_id = ${p.add(f.company_id)}`);
  if (f.language) w.push(`j.languages @> ${p.add(JSON.stringify([{ language: f.language }]))}::jsonb`);
  return w.length ? w.join(' AND ') : 'true';
}

/**
 * The live jobs f matches that the cubes do not count: matched by their own words (concept tokens)
 * but not by their picked role. Counted row by row beside the cube sum: a GIN read of the tokens,
 * a handful of jobs per concept. undefined when every group is matched by role alone.
 */
function extraMatch(f: SearchFilters, p: Params): string | undefined {
  const worded = (f.groups ?? []).filter((g) => g.roles.length && g.tokens);
  if (!worded.length) return undefined;
  const byWords = worded.map(
    (g) => `(j.search_head @@ ${p.add(g.tokens)}::tsquery AND NOT ${roleIn(g.roles, p)})`,
  );
  return `${whereClause(f, p)} AND (${byWords.join(' OR ')})`;
}

/** Filters the facet cube (job_search_facets) can answer: its columns only, concepts as role sets. */
export function cubeable(f: SearchFilters): boolean {
  return (
    !f.near &&
    !f.locality &&
    f.salary_min === undefined &&
    !f.language &&
    !f.company_id &&
    !f.sector &&
    (f.groups ?? []).every((g) => g.roles.length > 0)
  );
}

/**
 * Filters the point cube (job_search_point_facets, migration 0713) can answer: the first cube's plus
 * a place (near a point, or in a locality), since it keeps each cell's locality and point.
 */
export function pointCubeable(f: SearchFilters): boolean {
  return cubeable({ ...f, near: undefined, locality: undefined });
}

/*
 * Relevance, best first, as one number: tier * 2^34 + rank_key (float8, exact below 2^53).
 * rank_key (migration 0710) is the job's static worth in seconds: when it was posted, plus 3 days
 * for a disclosed salary and 3 for a verified employer, minus 30 days while the employer has been
 * asked to re-confirm it. It never changes with the clock, so it is stored and indexed.
 * tier orders what the seeker asked for above that, in the order a seeker judges a list:
 * 1024 x the words unknown to the vocabulary that the job's title, role, company or skills carry
 *        (the rest matched only in the description); with "any word" relaxation, every idea matched;
 *        a concept ("call centre") is a role filter, so every match already is that kind of job
 * +  4 x the soft wishes met, as bits, the seeker's own wishes first: a word the vocabulary does
 *        not know in an otherwise understood query 128 (it ranks, never filters), the asked-for shift
 *        64, language 32; then what the posting says of itself: title evidence 16 (its title expresses
 *        the concept asked for, migration 0900), the picked role agrees 8 (with the title: surest;
 *        without: below a title that says it), the role the seeker named by its own name 4
 *        ("reconciliation executive" before accounts assistants), voice / non-voice 2
 *        (they reorder, never hide)
 * +  1 x closeness to the searched place: within 2 km 3, 5 km 2, 10 km 1.
 * Without unknown words, place or relaxation the tier takes a handful of values known up front, so
 * the service reads each tier's rows in rank_key order from an index and stops after one page
 * (page() below, "tier parts"); otherwise the matches are few enough to score one by one.
 */
const TIER = 17179869184; // 2^34 seconds, ~544 years: rank_key never reaches it
/** One required word in the title outweighs every wish (4 x 254) and the distance band (3). */
const WORD_TIER = 1024;

const TITLED_BIT = 16;
const PICKED_BIT = 8;

function boostConditions(page: PageRequest, p: Params): { bit: number; sql: string }[] {
  const b = page.boosts;
  const out: { bit: number; sql: string }[] = [];
  // A wish the seeker typed (a word, a shift, a language) outranks what the posting says of itself.
  if (b?.words) out.push({ bit: 128, sql: `j.search_head @@ to_tsquery('simple', ${p.add(b.words)})` });
  if (b?.shifts?.length) out.push({ bit: 64, sql: `j.shift = ANY(${p.add(b.shifts)}::text[])` });
  if (b?.titled) out.push({ bit: TITLED_BIT, sql: `j.search_head @@ ${p.add(b.titled)}::tsquery` });
  if (b?.picked?.length) out.push({ bit: PICKED_BIT, sql: roleIn(b.picked, p) });
  if (b?.named?.length) out.push({ bit: 4, sql: `j.role = ANY(${p.add(b.named)}::text[])` });
  if (b?.roles?.length) out.push({ bit: 2, sql: `j.role = ANY(${p.add(b.roles)}::text[])` });
  if (b?.languages?.length)
    out.push({
      bit: 32,
      sql: `(${b.languages.map((language) => `j.languages @> ${p.add(JSON.stringify([{ language }]))}::jsonb`).join(' OR ')})`,
    });
  return out;
}

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
    default:
      return `((${tierExpression(f, page, p, distance)})::float8 * ${TIER} + j.rank_key)`;
  }
}

/** Relevance pages that can be read tier by tier from the rank indexes (see the ranking comment). */
function tierParts(f: SearchFilters, page: PageRequest): boolean {
  return (
    page.sort === 'relevance' &&
    (!page.origin || byPoints(f)) &&
    !f.anyGroup &&
    (f.groups ?? []).every((g) => g.roles.length > 0)
  );
}

/** Place searches read point by point (pageByTiers with an origin, pageByDistance): see points(). */
function byPoints(f: SearchFilters): boolean {
  return Boolean(f.near || f.locality) && (f.groups ?? []).every((g) => g.roles.length > 0);
}

interface Point {
  lat: number;
  lng: number;
  /** Distance from the origin, computed by the same expression as a job's distance_km. */
  d: number;
}

/**
 * The points (a job takes its locality's coordinates) holding jobs that match f, nearest first,
 * from the point cube: a few dozen rows even for a 10 km circle round Mumbai's busiest locality.
 */
async function points(
  q: Queryable,
  f: SearchFilters,
  origin: { lat: number; lng: number },
): Promise<Point[]> {
  const p = new Params();
  if (!pointCubeable(f)) return payPoints(q, f, origin);
  const where = whereClause(f, p, 'any');
  const extra = extraMatch(f, p);
  const d = distanceSql(p.add(origin.lat), p.add(origin.lng));
  // Jobs matched by their own words under another role sit on points the cube does not list.
  const extraPoints = extra ? `UNION SELECT j.lat, j.lng FROM job_search j WHERE ${extra}` : '';
  const { rows } = await q.query<Point>(
    `SELECT j.lat, j.lng, ${d} AS d
       FROM (SELECT j.lat, j.lng
               FROM ${cubeTable(f)} j
              WHERE ${where}
              GROUP BY j.lat, j.lng
             HAVING sum(j.n) > 0
             ${extraPoints}) j
      ORDER BY 3, 1, 2`,
    p.values,
  );
  return rows.map((r) => ({ lat: Number(r.lat), lng: Number(r.lng), d: Number(r.d) }));
}

/**
 * The points of a place search the point cubes cannot list exactly (a pay floor, experience, language,
 * company...), from the pay point cube (migration 0920): a circle's points come from
 * job_search_pay_points, each then an index range of the cube. Only the cube's own columns (place,
 * role, category, pay band from the floor's own up) narrow the list, so a point may be listed with no
 * matching job: its page read finds nothing there, which only costs the read (and its jobs are
 * read in rank order, so the read stops at its first match).
 */
async function payPoints(
  q: Queryable,
  f: SearchFilters,
  origin: { lat: number; lng: number },
): Promise<Point[]> {
  const p = new Params();
  const d = distanceSql(p.add(origin.lat), p.add(origin.lng));
  const listed: SearchFilters = {
    groups: f.groups,
    anyGroup: f.anyGroup,
    roles: f.roles,
    category: f.category,
    city: f.city,
    // With a radius, a locality is the circle's centre, not a filter.
    locality: f.near ? undefined : f.locality,
  };
  const rest = whereClause(listed, p, 'any');
  const band = `j.pay_band >= ${p.add(payBand(f.salary_min ?? 0))} AND j.facet = 'work_mode'`;
  const sql = f.near
    ? `SELECT j.lat, j.lng, ${d} AS d
         FROM job_search_pay_points pt
         JOIN job_search_pay_point_cells j ON j.lat = pt.lat AND j.lng = pt.lng
        WHERE pt.n > 0 AND ${whereClause({ near: f.near }, p, 'any').replaceAll('j.', 'pt.')} AND ${rest} AND ${band}
        GROUP BY j.lat, j.lng HAVING sum(j.n) > 0 ORDER BY 3, 1, 2`
    : `SELECT j.lat, j.lng, ${d} AS d FROM job_search_pay_point_cells j WHERE ${rest} AND ${band}
        GROUP BY j.lat, j.lng HAVING sum(j.n) > 0 ORDER BY 3, 1, 2`;
  const { rows } = await q.query<Point>(sql, p.values);
  return rows.map((r) => ({ lat: Number(r.lat), lng: Number(r.lng), d: Number(r.d) }));
}

/**
 * The filters left to test on a point's jobs: the points were picked by the circle already (every job
 * on a point is as far as the point), and a box test would lead the planner off the point's index.
 */
function atPoints(f: SearchFilters): SearchFilters {
  return { ...f, near: undefined, locality: f.near ? undefined : f.locality };
}

/** The distance band of the relevance tier, as tierExpression's CASE computes it. */
const band = (d: number) => (d <= 2 ? 3 : d <= 5 ? 2 : d <= 10 ? 1 : 0);

/**
 * A page in distance order read point by point: one branch per distance (nearest first; points
 * at the very same distance share one), each that point's matching jobs by id from
 * job_search_point_id_idx with its own LIMIT; Append stops once the page is full. The order is
 * the plain query's (distance, id), so cursors are the same.
 */
async function pageByDistance(
  q: Queryable,
  f: SearchFilters,
  page: PageRequest & { origin: { lat: number; lng: number } },
): Promise<SearchRow[]> {
  const pts = await points(q, f, page.origin);
  const p = new Params();
  const where = whereClause(atPoints(f), p);
  const n = p.add(page.limit + 1);
  const after = page.after ? { d: Number(page.after.value), id: page.after.id } : undefined;
  const groups: { d: number; at: string[] }[] = [];
  for (const pt of pts) {
    if (after && pt.d < after.d) continue;
    const at = `(j.lat = ${p.add(pt.lat)}::float8 AND j.lng = ${p.add(pt.lng)}::float8)`;
    const last = groups[groups.length - 1];
    if (last && last.d === pt.d) last.at.push(at);
    else groups.push({ d: pt.d, at: [at] });
  }
  if (!groups.length) return [];
  const branches = groups.map((g) => {
    const key = after && g.d === after.d ? ` AND j.id > ${p.add(after.id)}::bigint` : '';
    return `(SELECT j.id, ${p.add(g.d)}::float8 AS sort_value
         FROM job_search j
        WHERE ${where} AND (${g.at.join(' OR ')})${key}
        ORDER BY j.id
        LIMIT ${n})`;
  });
  const distance = distanceSql(p.add(page.origin.lat), p.add(page.origin.lng));
  const sql = `${SELECT_ROW(distance)}, t.sort_value
      FROM (SELECT * FROM (${branches.join('\n UNION ALL ')}) u LIMIT ${n}) t
      JOIN job_search j ON j.id = t.id ${JOIN_ROW}
     ORDER BY t.sort_value ASC, t.id ASC`;
  return (await q.query<SearchRow>(sql, p.values)).rows;
}

const SELECT_ROW = (distance: string | null) => `
      SELECT j.id, x.title, j.company_id, c.name AS company_name, j.verified AS company_verified,
             j.category, j.role, j.city, ci.name AS city_name, j.locality, l.name AS locality_name,
             x.salary_min, j.salary_max, j.work_mode, j.shift, j.experience_min, j.education_min, j.posted_at,
             ${distance ?? 'NULL::float8'} AS distance_km`;
const JOIN_ROW = `
        JOIN jobs x ON x.id = j.id
        JOIN companies c ON c.id = j.company_id
        JOIN cities ci ON ci.slug = j.city
        JOIN localities l ON l.city = j.city AND l.slug = j.locality`;

export const FACET_SQL = (where: string) => `
  SELECT j.city AS city_name, j.work_mode, j.category, j.industry, j.shift, j.education_min,
         GROUPING(j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min) AS g,
         count(*)::int AS n
    FROM job_search j
   WHERE ${where}
   GROUP BY GROUPING SETS ((j.city), (j.work_mode), (j.category), (j.industry), (j.shift), (j.education_min), ())`;

export interface FacetRow {
  city_name: string | null;
  work_mode: string | null;
  category: string | null;
  industry: string | null;
  shift: string | null;
  education_min: string | null;
  g: number;
  n: number;
}

export function foldFacets(rows: FacetRow[]): { total: number; facets: Facets } {
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

/**
 * A relevance page read tier by tier (see the ranking comment): one branch per tier value, best
 * first, each the filtered jobs of that tier in rank_key order with its own LIMIT, so PostgreSQL reads
 * a rank index and stops once the page is full; Append runs the branches in order and the outer LIMIT
 * stops it as soon as the better tiers filled the page. A cursor skips the tiers above its own.
 */
async function pageByTiers(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
  // With a place, the distance band joins the tier: each band's points come from the point cube.
  const pts = page.origin ? await points(q, f, page.origin) : undefined;
  const p = new Params();
  const where = whereClause(pts ? atPoints(f) : f, p);
  const conditions = boostConditions(page, p);
  const n = p.add(page.limit + 1);
  const payBands =
    f.salary_min === undefined
      ? []
      : Array.from(
          { length: PAY_EDGES.length + 2 - payBand(f.salary_min) },
          (_, i) => payBand(f.salary_min!) + i,
        );
  const afterTier = page.after ? Math.floor(Number(page.after.value) / TIER) : undefined;
  // A point's parameters are added only when a branch reads it: a parameter no statement text uses
  // has no type, and PostgreSQL refuses the statement (a cursor skips the tiers above its own).
  const bands: { band: number; pts: Point[] }[] = pts
    ? [3, 2, 1, 0]
        .map((b) => ({ band: b, pts: pts.filter((pt) => band(pt.d) === b) }))
        .filter((b) => b.pts.length > 0)
    : [{ band: 0, pts: [] }];
  const branches: string[] = [];
  // Every combination of the wishes met, as the tier bits, best first.
  const combos = Array.from({ length: 2 ** conditions.length }, (_, i) => i).sort((x, y) => {
    const bits = (m: number) => conditions.reduce((s, c, k) => s + (m & (1 << k) ? c.bit : 0), 0);
    return bits(y) - bits(x);
  });
  // A concept match is the picked role OR the title's tokens, so a branch with neither holds no
  // job; left in, PostgreSQL would walk a whole rank index to prove it empty.
  const either = [TITLED_BIT, PICKED_BIT].map((bit) => conditions.findIndex((c) => c.bit === bit));
  const impossible = (mask: number) => either.every((k) => k >= 0) && either.every((k) => !(mask & (1 << k)));
  for (const mask of combos) {
    if (impossible(mask)) continue;
    for (const b of bands) {
      const tier = conditions.reduce((s, c, k) => s + (mask & (1 << k) ? c.bit * 4 : 0), 0) + b.band;
      if (afterTier !== undefined && tier > afterTier) continue;
      const pred = conditions.map((c, k) => (mask & (1 << k) ? c.sql : `NOT ${c.sql}`));
      if (page.after && tier === afterTier) {
        const rank = Number(page.after.value) - tier * TIER;
        pred.push(`(j.rank_key, j.id) < (${p.add(rank)}::bigint, ${p.add(page.after.id)}::bigint)`);
      }
      const one = (extra: string[]) => `(SELECT j.id, j.rank_key
           FROM job_search j
          WHERE ${[where, ...pred, ...extra].join(' AND ')}
          ORDER BY j.rank_key DESC, j.id DESC
          LIMIT ${n})`;
      // With a pay floor, each pay band at or above it is its own rank-ordered range
      // (job_search_*pay_rank_idx, migration 0921), merged: a range with few jobs over the floor no
      // longer makes the read wade through every job of the city or point under it.
      const read = (extra: string) => {
        const more = extra ? [extra] : [];
        if (!payBands.length) return one(more);
        return `(SELECT b.id, b.rank_key FROM (${payBands.map((k) => one([...more, `j.pay_band = ${k}`])).join(' UNION ALL ')}) b
          ORDER BY b.rank_key DESC, b.id DESC
          LIMIT ${n})`;
      };
      const value = (alias: string) => `(${tier}::float8 * ${TIER} + ${alias}.rank_key) AS sort_value`;
      const at = b.pts.map((pt) => `j.lat = ${p.add(pt.lat)}::float8 AND j.lng = ${p.add(pt.lng)}::float8`);
      if (!at.length) {
        branches.push(`(SELECT r.id, ${value('r')} FROM ${read('')} r)`);
        continue;
      }
      // Each point's best from its range of job_search_point_rank_idx, merged: a few dozen reads.
      branches.push(`(SELECT r.id, ${value('r')}
           FROM (${at.map(read).join(' UNION ALL ')}) r
          ORDER BY r.rank_key DESC, r.id DESC
          LIMIT ${n})`);
    }
  }
  if (!branches.length) return [];
  const distance = page.origin ? distanceSql(p.add(page.origin.lat), p.add(page.origin.lng)) : null;
  const sql = `${SELECT_ROW(distance)}, t.sort_value
      FROM (SELECT * FROM (${branches.join('\n UNION ALL ')}) u LIMIT ${n}) t
      JOIN job_search j ON j.id = t.id ${JOIN_ROW}
     ORDER BY t.sort_value DESC, t.id DESC`;
  return (await q.query<SearchRow>(sql, p.values)).rows;
}

/**
 * The cube lattice (migrations 0710, 0713-0715): each cube keeps some of the columns a filter may
 * test, and fewer columns mean fewer cells to sum. Cheapest first; the first whose columns cover f
 * answers it. Place searches need a point cube (locality, lat, lng).
 */
const CUBES = [
  { table: 'job_search_facets_coarse', point: false, role: false, experience: false },
  { table: 'job_search_role_facets', point: false, role: true, experience: false },
  { table: 'job_search_facets', point: false, role: true, experience: true },
  { table: 'job_search_point_facets_coarse', point: true, role: false, experience: false },
  { table: 'job_search_role_point_facets', point: true, role: true, experience: false },
  { table: 'job_search_point_facets', point: true, role: true, experience: true },
] as const;

/** The smallest cube that answers f's counts (and lists its points), if one does. */
function cubeTable(f: SearchFilters): string | undefined {
  const point = !cubeable(f);
  if (point && !pointCubeable(f)) return undefined;
  const role = Boolean(f.roles?.length || f.groups?.length);
  const experience = f.experience_max !== undefined;
  return CUBES.find((c) => c.point === point && (c.role || !role) && (c.experience || !experience))?.table;
}

/**
 * Total and facets. Filters the cube answers (cubeable) sum job_search_facets cells and subtract the
 * rows that expired since the last sweep; a pay floor sums the pay cubes, and anything else (words,
 * language, company) counts its matches up to a bound (search-pay.repo.ts). The counts equal the
 * result's own unless `estimate` says otherwise.
 */
async function countFacets(q: Queryable, f: SearchFilters): Promise<Counted> {
  const p = new Params();
  const cube = cubeTable(f);
  if (!cube) return searchPayRepo.counts(q, f);
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

export const searchRepo = {
  async page(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
    if (tierParts(f, page)) return pageByTiers(q, f, page);
    if (page.sort === 'distance' && page.origin && byPoints(f))
      return pageByDistance(q, f, { ...page, origin: page.origin });
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
    const sql = `${SELECT_ROW(distance)}, ${sortExpr} AS sort_value
        FROM job_search j ${JOIN_ROW}
       WHERE ${where} ${keyset}
       ORDER BY ${order}
       LIMIT ${p.add(page.limit + 1)}`;
    return (await q.query<SearchRow>(sql, p.values)).rows;
  },

  /**
   * The counts of a filter set from search_counts, while no job changed and the entry is under a
   * minute old; otherwise its key and the generation to store fresh counts under (`facetsPut`).
   */
  async facetsCached(q: Queryable, f: SearchFilters): Promise<Counted | { key: string; generation: number }> {
    const key = createHash('sha256')
      .update(JSON.stringify(facetKey(f)))
      .digest('base64url');
    const cached = await q.query<{
      total: number | null;
      facets: Facets | null;
      estimate: boolean | null;
      generation: number;
    }>(
      `SELECT c.total, c.facets, c.total_is_estimate AS estimate, s.last_value AS generation
         FROM search_generation s
         LEFT JOIN search_counts c
           ON c.key = $1 AND c.generation = s.last_value AND c.computed_at > now() - interval '60 seconds'`,
      [key],
    );
    const hit = cached.rows[0];
    if (hit?.total != null && hit.facets)
      return { total: hit.total, facets: hit.facets, ...(hit.estimate ? { estimate: true } : {}) };
    return { key, generation: hit?.generation ?? 0 };
  },

  /**
   * Total and every facet in one pass over the filtered set (GROUPING SETS), so the counts are the
   * result's own. Cities come back as slugs (no join per counted row); the service names them.
   */
  countFacets,

  async facetsPut(q: Queryable, key: string, generation: number, counted: Counted): Promise<void> {
    await q.query(
      `INSERT INTO search_counts (key, generation, total, facets, total_is_estimate) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE
         SET generation = EXCLUDED.generation, total = EXCLUDED.total, facets = EXCLUDED.facets,
             total_is_estimate = EXCLUDED.total_is_estimate, computed_at = now()`,
      [key, generation, counted.total, JSON.stringify(counted.facets), counted.estimate === true],
    );
  },

  /** Counts only, uncached: for trying relaxed variants of a query that found nothing. Without a cube,
   * counting stops past BOUND matches: the caller asks only whether there are any. */
  async count(q: Queryable, f: SearchFilters): Promise<number> {
    const p = new Params();
    const cube = cubeTable(f);
    const extra = cube ? extraMatch(f, p) : undefined;
    const sql = cube
      ? `SELECT (SELECT coalesce(sum(n), 0) FROM ${cube} j WHERE ${whereClause(f, p, 'any')})::int
              - (SELECT count(*) FROM job_search j WHERE ${whereClause(f, p, 'expired')})::int
              ${extra ? `+ (SELECT count(*) FROM job_search j WHERE ${extra})::int` : ''} AS n`
      : `SELECT count(*)::int AS n FROM (SELECT 1 FROM job_search j WHERE ${whereClause(f, p)} LIMIT ${BOUND + 1}) j`;
    const { rows } = await q.query<{ n: number }>(sql, p.values);
    return rows[0]?.n ?? 0;
  },

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

/** Filters in a fixed key order, so the same search always hits the same cache entry. */
export function facetKey(f: SearchFilters): unknown[] {
  return [
    f.groups?.map((g) => [[...g.roles].sort(), g.tsquery ?? '', g.field, g.tokens ?? '']),
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
