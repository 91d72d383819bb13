// The pieces every search query is built from: the filter and page types, the WHERE clause, the
// cube lattice and the facet fold. Pure SQL text and parameters, no I/O; search.repo.ts (pages and
// counts) and search-pay.repo.ts (pay floors) assemble and run them.
import { SqlParams } from '../../shared/db/sql.ts';

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
  /** Posted in the last this many days. */
  posted_within?: number;
  /** Only jobs of employers whose documents were checked. */
  verified_only?: boolean;
  /**
   * Within a commute (issue #21): the job's (city, locality) is one of these, read from the stored
   * commute_times by the commute module; a job whose shift ends while no train runs needs a cab.
   */
  commute?: CommuteReach;
}

/** The localities reachable from a commute origin and their door-to-door minutes, parallel arrays. */
export interface CommuteReach {
  cities: string[];
  localities: string[];
  minutes: number[];
  /** Shifts that end while no suburban train runs: a job on one counts only with the cab perk. */
  lateShifts: string[];
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
  /**
   * Tsqueries of what the seeker's words ask for beside the job they named, one per thing asked: an
   * industry ('#industry_banking'), how hiring happens ('+@walk_in'). They rank with `words`, never filter.
   */
  wishes?: string[];
  /** A fresher asked: jobs whose title or text ask for experience (and welcome no freshers) rank last. */
  fresher?: boolean;
  /** The pay typed, a little above the floor it became: jobs paying it in full rank first. */
  payAt?: number;
}

export type SortKey = 'relevance' | 'recent' | 'salary' | 'distance' | 'commute';

export interface PageRequest {
  sort: SortKey;
  limit: number;
  /** Frozen "now" for freshness scoring, so relevance scores stay stable across pages. */
  refTime: string;
  after?: { value: number | string; id: number };
  /** Origin for distance, from `near` or a searched locality. */
  origin?: { lat: number; lng: number };
  boosts?: Boosts;
  /**
   * Up to how many matches a relevance page sorts them all at once instead of reading tier by tier
   * (search.repo.ts, FEW). Only tests set it, to hold both ways of reading to the same order.
   */
  fewBound?: number;
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

/** Collects positional parameters while SQL text is assembled (the kernel's one builder). */
export class Params extends SqlParams {}

/** A job's stored commute minutes from the searched origin (9999 when not reachable). */
export function commuteMinutesSql(c: CommuteReach, p: Params): string {
  return `coalesce((SELECT u.m FROM unnest(${p.add(c.cities)}::text[], ${p.add(c.localities)}::text[], ${p.add(c.minutes)}::int[]) AS u(c, l, m) WHERE u.c = j.city AND u.l = j.locality), 9999)`;
}

/** A job on a shift that ends while no train runs is within a commute only with the cab perk. */
export function commuteCabSql(c: CommuteReach, p: Params): string | undefined {
  return c.lateShifts.length
    ? `(j.shift <> ALL(${p.add(c.lateShifts)}::text[]) OR EXISTS (SELECT 1 FROM jobs x WHERE x.id = j.id AND 'cab' = ANY(x.perks)))`
    : undefined;
}

export const distanceSql = (lat: string, lng: string) =>
  `(12742 * asin(sqrt(power(sin(radians(j.lat - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(j.lat)) * power(sin(radians(j.lng - ${lng}) / 2), 2))))`;

/** One role is an equality, so (role, rank_key) can serve the page in order; several, a set. */
export function roleIn(roles: string[], p: Params): string {
  return roles.length === 1 ? `j.role = ${p.add(roles[0])}` : `j.role = ANY(${p.add(roles)}::text[])`;
}

/** The tokens of a tsquery of title tokens ("'#call_centre' | '~telecaller'", conceptTokens). */
export function tokenList(tsquery: string): string[] {
  return [...tsquery.matchAll(/'([#~][a-z0-9_-]+)'/g)].map((m) => m[1]!);
}

/**
 * Jobs whose title carries one of `tokens` (a tsquery of title tokens) while their role is none of
 * `roles`: "search_head @@ tokens AND NOT role = ANY(roles)", read from job_search_lent_idx (migration
 * 1620) as the title tokens paired with every other role, so only the mismatched jobs are read, not
 * every job whose title carries the tokens.
 */
export function lentMatch(tokens: string, roles: readonly string[], p: Params): string {
  return `job_lent_tokens(j.search_head, j.role) && ARRAY(SELECT t || '@' || r.slug FROM unnest(${p.add(tokenList(tokens))}::text[]) t CROSS JOIN roles r WHERE r.slug <> ALL(${p.add([...roles])}::text[]))`;
}

/**
 * A group's match. `roleOnly` is the part the facet cubes can count (they keep the role, not the
 * words): the rest, jobs whose own words express the concept under another role, is counted apart
 * (extraMatch).
 */
export function groupMatch(g: TextGroup, p: Params, roleOnly = false): string {
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
export type Liveness = 'live' | 'any' | 'expired';

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
  if (f.commute) {
    w.push(
      `(j.city, j.locality) IN (SELECT c, l FROM unnest(${p.add(f.commute.cities)}::text[], ${p.add(f.commute.localities)}::text[]) AS u(c, l))`,
    );
    const cab = commuteCabSql(f.commute, p);
    if (cab) w.push(cab);
  }
  if (f.posted_within !== undefined)
    w.push(`j.posted_at >= now() - make_interval(days => ${p.add(f.posted_within)}::int)`);
  if (f.verified_only) w.push('j.verified');
  return w.length ? w.join(' AND ') : 'true';
}

/**
 * The live jobs f matches that the cubes do not count: matched by their own words (concept tokens)
 * but not by their picked role. Counted row by row beside the cube sum: a GIN read of the tokens,
 * a handful of jobs per concept. undefined when every group is matched by role alone.
 */
export function extraMatch(f: SearchFilters, p: Params): string | undefined {
  const worded = (f.groups ?? []).filter((g) => g.roles.length && g.tokens);
  if (!worded.length) return undefined;
  const byWords = worded.map((g) => lentMatch(g.tokens!, g.roles, p));
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
    !f.commute &&
    // The cubes keep neither the posting date nor the employer's badge: those count row by row.
    f.posted_within === undefined &&
    !f.verified_only &&
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
 * The cube lattice (migrations 0710, 0713-0715): each cube keeps some of the columns a filter may
 * test, and fewer columns mean fewer cells to sum. Cheapest first; the first whose columns cover f
 * answers it. Place searches need a point cube (locality, lat, lng).
 */
export const CUBES = [
  { table: 'job_search_facets_coarse', point: false, role: false, experience: false },
  { table: 'job_search_role_facets', point: false, role: true, experience: false },
  { table: 'job_search_facets', point: false, role: true, experience: true },
  { table: 'job_search_point_facets_coarse', point: true, role: false, experience: false },
  { table: 'job_search_role_point_facets', point: true, role: true, experience: false },
  { table: 'job_search_point_facets', point: true, role: true, experience: true },
] as const;

/** The smallest cube that answers f's counts (and lists its points), if one does. */
export function cubeTable(f: SearchFilters): string | undefined {
  const point = !cubeable(f);
  if (point && !pointCubeable(f)) return undefined;
  const role = Boolean(f.roles?.length || f.groups?.length);
  const experience = f.experience_max !== undefined;
  return CUBES.find((c) => c.point === point && (c.role || !role) && (c.experience || !experience))?.table;
}

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
    f.commute ? [f.commute.cities, f.commute.localities, f.commute.minutes, f.commute.lateShifts] : null,
    f.posted_within,
    f.verified_only ?? false,
  ];
}

/** The columns of a result row, and the joins that bring the title, company, city and locality names. */
export const SELECT_ROW = (distance: string | null) => `
      SELECT j.id, x.title, j.company_id, c.name AS company_name, j.verified AS company_verified,
             j.category, j.role, j.city, ci.name AS city_name, j.locality, l.name AS locality_name,
             x.salary_min, j.salary_max, j.work_mode, j.shift, j.experience_min, j.education_min, j.posted_at,
             ${distance ?? 'NULL::float8'} AS distance_km`;
export const JOIN_ROW = `
        JOIN jobs x ON x.id = j.id
        JOIN companies c ON c.id = j.company_id
        JOIN cities ci ON ci.slug = j.city
        JOIN localities l ON l.city = j.city AND l.slug = j.locality`;
