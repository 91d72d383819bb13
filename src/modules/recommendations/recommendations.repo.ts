// The recommendation query, and only here. Reads live jobs the way search does (the jobs table is
// the read model of public postings) but never writes them. Why it stays fast at 1M live jobs:
// candidates are the newest N qualifying jobs of each locality within the seeker's travel radius
// (jobs_live_place_recent_idx, one short index walk per locality) plus the newest remote jobs
// (jobs_live_mode_recent_idx); only those few thousand rows are scored and sorted.
import type { Queryable } from '../../db/db.ts';

export interface RecommendationInput {
  /** Localities within the travel radius and their distance (km) from the nearest preferred place. */
  near: { city: string; locality: string; km: number }[];
  includeRemote: boolean;
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
  SELECT c.id, n.km
    FROM unnest($1::text[], $2::text[], $6::float8[]) AS n(city, locality, km)
   CROSS JOIN LATERAL (
     SELECT j.id FROM jobs j
      WHERE j.city = n.city AND j.locality = n.locality AND ${QUALIFIES}
      ORDER BY j.posted_at DESC LIMIT $7
   ) c
  UNION ALL
  (SELECT j.id, NULL::float8 FROM jobs j
    WHERE $8::boolean AND j.work_mode = 'remote' AND ${QUALIFIES}
    ORDER BY j.posted_at DESC LIMIT $7)
  UNION ALL
  (SELECT j.id, NULL::float8 FROM jobs j
    WHERE $9::boolean AND ${QUALIFIES}
    ORDER BY j.posted_at DESC LIMIT 500)
), best AS (
  SELECT id, min(km) AS km FROM candidates GROUP BY id
), scored AS (
  SELECT j.*, b.km,
         ARRAY(SELECT e->>'language' FROM jsonb_array_elements(j.languages) e
                WHERE e->>'language' = ANY($12::text[])) AS matched_languages,
         ARRAY(SELECT unnest(j.skills) INTERSECT SELECT unnest($13::text[])) AS matched_skills
    FROM best b JOIN jobs j ON j.id = b.id
)
SELECT s.id, s.title, s.company_id, co.name AS company_name, co.verified AS company_verified,
       s.category, s.role, r.name AS role_name, r.voice, s.city, ci.name AS city_name, s.locality,
       l.name AS locality_name, s.work_mode, s.shift, s.salary_min, s.salary_max, s.experience_min,
       s.experience_max, s.education_min, s.education_rank, s.languages, s.skills, s.posted_at, s.km,
       s.matched_languages, s.matched_skills,
       round(((CASE WHEN s.work_mode = 'remote' AND $8::boolean THEN 20
                    WHEN s.km IS NULL THEN 0
                    ELSE greatest(0, 25 * (1 - s.km / $10::float8)) END)
            + (CASE WHEN s.role = ANY($11::text[]) THEN 25 WHEN s.category = ANY($14::text[]) THEN 10 ELSE 0 END)
            + (CASE WHEN $15::int IS NULL THEN 0 WHEN s.education_rank = $15::int THEN 10 ELSE 6 END)
            + (CASE WHEN s.experience_max IS NULL OR s.experience_max >= $4 THEN 10 ELSE 3 END)
            + (CASE WHEN jsonb_array_length(s.languages) = 0 THEN 10
                    ELSE 10.0 * cardinality(s.matched_languages) / jsonb_array_length(s.languages) END)
            + (CASE WHEN cardinality(s.skills) = 0 THEN 5
                    ELSE 10.0 * cardinality(s.matched_skills) / cardinality(s.skills) END)
            + (CASE WHEN s.salary_max IS NULL THEN 2 WHEN $16::int IS NULL THEN 5
                    WHEN s.salary_max >= $16::int THEN 10 ELSE 0 END)
            + (CASE WHEN cardinality($17::text[]) = 0 OR s.work_mode = ANY($17::text[]) THEN 5 ELSE 0 END)
            + (CASE WHEN cardinality($18::text[]) = 0 OR s.shift = ANY($18::text[]) THEN 5 ELSE 0 END)
       )::numeric / 1.1)::int AS score
  FROM scored s
  JOIN companies co ON co.id = s.company_id
  JOIN roles r ON r.slug = s.role
  JOIN cities ci ON ci.slug = s.city
  JOIN localities l ON l.city = s.city AND l.slug = s.locality
 ORDER BY score DESC, s.posted_at DESC, s.id DESC
 LIMIT $19`;

export function recommendParams(i: RecommendationInput): unknown[] {
  return [
    i.near.map((n) => n.city),
    i.near.map((n) => n.locality),
    i.educationRank ?? 32767,
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
