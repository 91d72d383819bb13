// The recommendation query, and only here. Reads live jobs the way search does (the jobs table is
// the read model of public postings) but never writes them. Why it stays fast at 1M live jobs:
// candidates are the newest N qualifying jobs of each locality within the seeker's travel radius
// and education level (jobs_live_place_recent_idx, one short index-only walk each) plus the newest
// remote jobs (jobs_live_mode_recent_idx); only those rows are scored, and only the winners read.
import type { Queryable } from '../../shared/db/db.ts';

export interface RecommendationInput {
  /** Localities within the travel radius and their distance (km) from the nearest preferred place. */
  near: { city: string; locality: string; km: number }[];
  includeRemote: boolean;
  /** The highest education level a job may ask (the seeker's, or the top level when unknown). */
  educationCap: number;
  /** With no place known, the newest qualifying jobs anywhere are the candidates. */
  anywhere: boolean;
  travelKm: number;
  educationRank: number | null;
  experienceYears: number;
  roles: string[];
  categories: string[];
  languages: string[];
  skills: string[];
  salaryMin: number | null;
  workModes: string[];
  shifts: string[];
  exclude: number[];
  perLocality: number;
  limit: number;
}

export interface RecommendationRow {
  id: number;
  title: string;
  company_id: string;
  company_name: string;
  company_verified: boolean;
  category: string;
  role: string;
  role_name: string;
  voice: boolean;
  city: string;
  city_name: string;
  locality: string;
  locality_name: string;
  work_mode: string;
  shift: string;
  salary_min: number | null;
  salary_max: number | null;
  experience_min: number;
  experience_max: number | null;
  education_min: string;
  education_rank: number;
  languages: { language: string; level: string }[];
  skills: string[];
  posted_at: Date;
  km: number | null;
  score: number;
  matched_languages: string[];
  matched_skills: string[];
  [key: string]: unknown;
}

const QUALIFIES = `j.status = 'published' AND j.expires_at > now()
       AND j.education_rank <= $3 AND j.experience_min <= $4 AND j.id <> ALL($5::bigint[])`;
// Everything the score needs is in the covering indexes of migration 0202, so candidates are
// scored without a heap visit; only the winners are read from the jobs table.
const CANDIDATE_COLUMNS = `j.id, j.posted_at, j.role, j.category, j.work_mode, j.shift, j.salary_max,
       j.experience_max, j.education_rank, j.languages, j.skills`;

/*
 * Score (0-100), from the profile:
 *   place   25 × (1 - km / travel radius)   (a remote job: 20)
 *   role    25 preferred role, 10 same category
 *   education 10 asks exactly the seeker's level, 6 asks less     experience 10 fits the range, 3 over
 *   languages 10 × share of the job's languages the seeker speaks   skills 10 × share of its skills held
 *   salary  10 pays at least the expectation, 2 undisclosed        work mode 5, shift 5 when preferred
 * Raw maximum 110, scaled to 100.
 */
export const RECOMMEND_SQL = `
WITH candidates AS (
  SELECT c.*, n.km
    FROM unnest($1::text[], $2::text[], $6::float8[]) AS n(city, locality, km)
   CROSS JOIN generate_series(0, $3::int) AS e(rank)
   CROSS JOIN LATERAL (
     SELECT ${CANDIDATE_COLUMNS} FROM jobs j
      WHERE j.city = n.city AND j.locality = n.locality AND j.education_rank = e.rank AND ${QUALIFIES}
      ORDER BY j.posted_at DESC LIMIT $7
   ) c
  UNION ALL
  SELECT c.*, NULL::float8
    FROM generate_series(0, $3::int) AS e(rank)
   CROSS JOIN LATERAL (
     SELECT ${CANDIDATE_COLUMNS} FROM jobs j
      WHERE $8::boolean AND j.work_mode = 'remote' AND j.education_rank = e.rank AND ${QUALIFIES}
      ORDER BY j.posted_at DESC LIMIT $7
   ) c
  UNION ALL
  (SELECT ${CANDIDATE_COLUMNS}, NULL::float8 FROM jobs j
    WHERE $9::boolean AND ${QUALIFIES}
    ORDER BY j.posted_at DESC LIMIT 500)
), scored AS (
  SELECT DISTINCT ON (c.id) c.id, c.km, c.posted_at,
       round(((CASE WHEN c.work_mode = 'remote' AND $8::boolean THEN 20
                    WHEN c.km IS NULL THEN 0
                    ELSE greatest(0, 25 * (1 - c.km / $10::float8)) END)
            + (CASE WHEN c.role = ANY($11::text[]) THEN 25 WHEN c.category = ANY($14::text[]) THEN 10 ELSE 0 END)
            + (CASE WHEN $15::int IS NULL THEN 0 WHEN c.education_rank = $15::int THEN 10 ELSE 6 END)
            + (CASE WHEN c.experience_max IS NULL OR c.experience_max >= $4 THEN 10 ELSE 3 END)
            + (CASE WHEN jsonb_array_length(c.languages) = 0 THEN 10
                    ELSE 10.0 * (SELECT count(*) FROM jsonb_array_elements(c.languages) e
                                  WHERE e->>'language' = ANY($12::text[])) / jsonb_array_length(c.languages) END)
            + (CASE WHEN cardinality(c.skills) = 0 THEN 5
                    ELSE 10.0 * (SELECT count(*) FROM unnest(c.skills) s WHERE s = ANY($13::text[]))
                         / cardinality(c.skills) END)
            + (CASE WHEN c.salary_max IS NULL THEN 2 WHEN $16::int IS NULL THEN 5
                    WHEN c.salary_max >= $16::int THEN 10 ELSE 0 END)
            + (CASE WHEN cardinality($17::text[]) = 0 OR c.work_mode = ANY($17::text[]) THEN 5 ELSE 0 END)
            + (CASE WHEN cardinality($18::text[]) = 0 OR c.shift = ANY($18::text[]) THEN 5 ELSE 0 END)
       )::numeric / 1.1)::int AS score
    FROM candidates c
   ORDER BY c.id, c.km NULLS LAST
), top AS (
  SELECT * FROM scored ORDER BY score DESC, posted_at DESC, id DESC LIMIT $19
)
SELECT j.id, j.title, j.company_id, co.name AS company_name, co.verified AS company_verified,
       j.category, j.role, r.name AS role_name, r.voice, j.city, ci.name AS city_name, j.locality,
       l.name AS locality_name, j.work_mode, j.shift, j.salary_min, j.salary_max, j.experience_min,
       j.experience_max, j.education_min, j.education_rank, j.languages, j.skills, j.posted_at, t.km,
       ARRAY(SELECT e->>'language' FROM jsonb_array_elements(j.languages) e
              WHERE e->>'language' = ANY($12::text[])) AS matched_languages,
       ARRAY(SELECT s FROM unnest(j.skills) s WHERE s = ANY($13::text[])) AS matched_skills,
       t.score
  FROM top t
  JOIN jobs j ON j.id = t.id
  JOIN companies co ON co.id = j.company_id
  JOIN roles r ON r.slug = j.role
  JOIN cities ci ON ci.slug = j.city
  JOIN localities l ON l.city = j.city AND l.slug = j.locality
 ORDER BY t.score DESC, t.posted_at DESC, t.id DESC`;

export function recommendParams(i: RecommendationInput): unknown[] {
  return [
    i.near.map((n) => n.city),
    i.near.map((n) => n.locality),
    i.educationCap,
    i.experienceYears,
    i.exclude,
    i.near.map((n) => n.km),
    i.perLocality,
    i.includeRemote,
    i.anywhere,
    Math.max(1, i.travelKm),
    i.roles,
    i.languages,
    i.skills,
    i.categories,
    i.educationRank,
    i.salaryMin,
    i.workModes,
    i.shifts,
    i.limit,
  ];
}

export const recommendationsRepo = {
  async recommend(q: Queryable, input: RecommendationInput): Promise<RecommendationRow[]> {
    const { rows } = await q.query<RecommendationRow>(RECOMMEND_SQL, recommendParams(input));
    return rows;
  },
};
