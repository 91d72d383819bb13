// SQL for candidate search over opted-in seeker profiles (candidate_search, 0840; the page's rows in
// full from seeker_profiles), and only that. Filters and ranking arrive already resolved
// (candidates.service.ts); this file never sees a phone number and never reads another module's tables.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';

export interface CandidateFilters {
  /** Each group is required: the seeker prefers one of `roles` or lists one of `skills`. */
  groups: { roles: string[]; skills: string[] }[];
  /** Explicit skills: the seeker lists every one. */
  skills: string[];
  city?: string;
  near?: { lat: number; lng: number; radiusKm: number; cells: number[] };
  experienceMin?: number;
  experienceMax?: number;
  educationRank?: number;
  /** Each language is required at one of `levels`. */
  languages: { language: string; levels: string[] }[];
  workMode?: string;
  /** Badge holders (from the skills service); undefined = no badge filter. */
  userIds?: string[];
}

export interface CandidateRanking {
  /** Skills that count towards the match score (explicit ones and those the words imply). */
  wantedSkills: string[];
  /** Roles the words imply (a preferred role among them scores). */
  wantedRoles: string[];
}

export interface CandidateRow {
  user_id: string;
  city: string | null;
  places: { slug: string; name: string; lat: number; lng: number }[];
  experience_years: number;
  education: string | null;
  languages: { language: string; level: string }[];
  skills: string[];
  roles: string[];
  work_modes: string[];
  availability: string | null;
  contact_consent: boolean;
  updated_at: Date;
  distance_km: number | null;
  skill_hits: number;
  role_hit: boolean;
  score: number;
  total: number;
}

/** One 0.1-degree cell key, the same formula as the seeker_place_cells() trigger (0740). */
export const cellOf = (lat: number, lng: number) => Math.floor(lat * 10) * 10000 + Math.floor(lng * 10);

/** Every cell a circle of `radiusKm` around (lat, lng) can touch. */
export function cellsAround(lat: number, lng: number, radiusKm: number): number[] {
  const dLat = radiusKm / 111.2;
  const dLng = radiusKm / (111.2 * Math.cos((lat * Math.PI) / 180));
  const cells: number[] = [];
  for (let a = Math.floor((lat - dLat) * 10); a <= Math.floor((lat + dLat) * 10); a++)
    for (let b = Math.floor((lng - dLng) * 10); b <= Math.floor((lng + dLng) * 10); b++)
      cells.push(a * 10000 + b);
  return cells;
}

/** Experience bands (least(experience_years, 5)) a range of years can reach. */
function bandsFor(f: CandidateFilters): number[] {
  const min = f.experienceMin ?? 0;
  const max = f.experienceMax ?? Number.POSITIVE_INFINITY;
  return [0, 1, 2, 3, 4, 5].filter((b) => (b < 5 ? b >= min && b <= max : max >= 5));
}

/**
 * The ranked page and the total, read from candidate_search (0840: opted-in profiles only, narrow).
 * Score (0-100): skills the employer wants 40 (share of them the seeker lists) + a wanted preferred
 * role 10, distance 20 (1 - d/radius), experience 10 (up to 5 years), freshness of the profile 20
 * (linear to zero at 90 days). Ties: newest profile first, then user_id.
 *
 * Two plans, one score expression (so both give the order the full pass gave):
 * - Banded, when the search has no words and no place (browse, city, skills, experience, education,
 *   language, work mode, badge): every matching row then has the same skill and role parts, so the
 *   score is a function of exp_band plus freshness, and freshness only falls as updated_at gets
 *   older. Inside one band the order is therefore (updated_at DESC, user_id), and the page is among
 *   the first offset+limit rows of each band: one UNION ALL branch a band, each reading
 *   candidate_search_band_idx (or candidate_search_city_idx) with its own LIMIT, early stop. The
 *   total of a browse (or a band-aligned experience range) sums candidate_search_bands; otherwise it
 *   counts the matching rows (through the index of the filter).
 * - Scored, for words or a place: the match set comes from the GIN indexes (roles/skills,
 *   place_cells), each match is scored (narrow rows; the wide columns are read for the page only).
 */
export function candidateSql(
  f: CandidateFilters,
  r: CandidateRanking,
  page: { limit: number; offset: number },
): { text: string; params: unknown[] } {
  const sql = new SqlParams();
  const params = sql.values;
  const p = (v: unknown) => sql.add(v);
  const where: string[] = [];
  for (const g of f.groups)
    where.push(`(sp.roles && ${p(g.roles)}::text[] OR sp.skills && ${p(g.skills)}::text[])`);
  if (f.skills.length) where.push(`sp.skills @> ${p(f.skills)}::text[]`);
  if (f.city && !f.near) where.push(`sp.city = ${p(f.city)}`);
  if (f.near) where.push(`sp.place_cells && ${p(f.near.cells)}::int[]`);
  if (f.experienceMin !== undefined) where.push(`sp.experience_years >= ${p(f.experienceMin)}`);
  if (f.experienceMax !== undefined) where.push(`sp.experience_years <= ${p(f.experienceMax)}`);
  if (f.educationRank !== undefined) where.push(`sp.education_rank >= ${p(f.educationRank)}`);
  // An overlap with the allowed 'language:level' pairs (0840), answered exactly by its GIN index.
  for (const l of f.languages)
    where.push(`sp.language_levels && ${p(l.levels.map((level) => `${l.language}:${level}`))}::text[]`);
  if (f.workMode) where.push(`(cardinality(sp.work_modes) = 0 OR ${p(f.workMode)} = ANY(sp.work_modes))`);
  if (f.userIds) where.push(`sp.user_id = ANY(${p(f.userIds)}::uuid[])`);
  const filter = where.length ? where.join('\n     AND ') : 'true';

  // LATERAL: the distance is computed once per row, not once per place it is used.
  const distance = f.near
    ? `CROSS JOIN LATERAL (SELECT min(sqrt(power((pl.lat - ${p(f.near.lat)}) * 111.2, 2)
              + power((pl.lng - ${p(f.near.lng)}) * 111.2 * cos(radians(${p(f.near.lat)})), 2))) AS distance_km
          FROM unnest(sp.lats, sp.lngs) pl (lat, lng)) d`
    : 'CROSS JOIN LATERAL (SELECT NULL::float8 AS distance_km) d';
  const wanted = r.wantedSkills.length ? p(r.wantedSkills) : undefined;
  const skillHits = wanted
    ? `(SELECT count(*) FROM unnest(sp.skills) s WHERE s = ANY(${wanted}::text[]))::int`
    : '0';
  const roleHit = r.wantedRoles.length ? `(sp.roles && ${p(r.wantedRoles)}::text[])` : 'false';
  const radius = f.near ? p(f.near.radiusKm) : 'NULL';
  const skillScore = wanted
    ? `40.0 * least(1, skill_hits::float8 / ${Math.min(r.wantedSkills.length, 5)})`
    : '0';
  const columns = `sp.user_id, sp.updated_at, sp.experience_years, d.distance_km,
         ${skillHits} AS skill_hits, ${roleHit} AS role_hit`;

  // Banded only when every match has the same skill and role parts: no word groups, no wanted role,
  // and each wanted skill is a required one (so every match lists them all: skill part 40).
  const banded =
    !f.near &&
    f.groups.length === 0 &&
    r.wantedRoles.length === 0 &&
    r.wantedSkills.every((s) => f.skills.includes(s));
  let matches: string;
  let total: string;
  if (banded) {
    const bands = bandsFor(f);
    const reach = p(page.offset + page.limit);
    matches = bands.length
      ? bands
          .map(
            (b) => `(SELECT ${columns}
    FROM candidate_search sp ${distance}
   WHERE sp.exp_band = ${b} AND ${filter}
   ORDER BY sp.updated_at DESC, sp.user_id LIMIT ${reach})`,
          )
          .join('\n  UNION ALL\n  ')
      : `SELECT ${columns} FROM candidate_search sp ${distance} WHERE false`;
    // Only experience conditions, on band edges: the counters answer.
    const onlyBands =
      f.groups.length === 0 &&
      f.skills.length === 0 &&
      !f.city &&
      f.educationRank === undefined &&
      f.languages.length === 0 &&
      !f.workMode &&
      !f.userIds &&
      (f.experienceMin === undefined || f.experienceMin <= 5) &&
      (f.experienceMax === undefined || f.experienceMax < 5);
    total = onlyBands
      ? `(SELECT coalesce(sum(seekers), 0) FROM candidate_search_bands WHERE exp_band = ANY(${p(bands)}::smallint[]))::int`
      : `(SELECT count(*) FROM candidate_search sp WHERE ${filter})::int`;
  } else {
    matches = `SELECT ${columns}
    FROM candidate_search sp ${distance}
   WHERE ${filter}`;
    total = '(SELECT count(*) FROM r)::int';
  }
  // Ranked on narrow rows (id, a few numbers), then only the page's rows are read in full: the
  // wide columns (places, languages) never pass through the sort or the count.
  const text = `
WITH m AS MATERIALIZED (
  ${matches}
), r AS MATERIALIZED (
  SELECT m.*,
         round(${skillScore}
           + (CASE WHEN role_hit THEN 10 ELSE 0 END)
           + (CASE WHEN distance_km IS NOT NULL THEN 20.0 * greatest(0, 1 - distance_km / ${radius}) ELSE 0 END)
           + 10.0 * least(experience_years, 5) / 5
           + 20.0 * greatest(0, 1 - extract(epoch FROM now() - updated_at) / (90 * 86400)))::int AS score
    FROM m
   WHERE ${f.near ? `distance_km <= ${radius}` : 'true'}
), page AS (
  SELECT * FROM r ORDER BY score DESC, updated_at DESC, user_id LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}
)
SELECT page.user_id, page.updated_at, page.experience_years, page.distance_km, page.skill_hits,
       page.role_hit, page.score, ${total} AS total,
       sp.city, sp.places, sp.education, sp.languages, sp.skills, sp.roles, sp.work_modes,
       sp.availability, sp.contact_consent
  FROM page JOIN seeker_profiles sp ON sp.user_id = page.user_id
 ORDER BY page.score DESC, page.updated_at DESC, page.user_id`;
  return { text, params };
}

export const candidatesRepo = {
  async search(
    q: Queryable,
    f: CandidateFilters,
    r: CandidateRanking,
    page: { limit: number; offset: number },
  ): Promise<CandidateRow[]> {
    const { text, params } = candidateSql(f, r, page);
    const { rows } = await q.query<CandidateRow>(text, params);
    return rows;
  },
  /** One opted-in profile (for revealing its phone); undefined when not searchable. */
  async searchable(
    q: Queryable,
    userId: string,
  ): Promise<{ user_id: string; contact_consent: boolean } | undefined> {
    const { rows } = await q.query<{ user_id: string; contact_consent: boolean }>(
      'SELECT user_id, contact_consent FROM seeker_profiles WHERE user_id = $1 AND searchable',
      [userId],
    );
    return rows[0];
  },
};
