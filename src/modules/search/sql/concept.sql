-- a concept ("call centre") as a set of roles, with the named role and night shift as wishes
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 1
-- $1 = ["call-centre-agent","customer-service-representative","telecaller"]
-- $2 = ["night","us"]
-- $3 = ["telecaller"]
-- $4 = 21
-- $5 = [272,256,16,0]
-- $6 = [0,0,0,0]
-- $7 = ["9223372036854775807","9223372036854775807","9223372036854775807","9223372036854775807"]
-- $8 = ["9223372036854775807","9223372036854775807","9223372036854775807","9223372036854775807"]
-- $9 = [true,true,false,false]
-- $10 = [true,false,true,false]
SELECT
  j.id,
  x.title,
  j.company_id,
  c.name AS company_name,
  j.verified AS company_verified,
  j.category,
  j.role,
  j.city,
  ci.name AS city_name,
  j.locality,
  l.name AS locality_name,
  x.salary_min,
  j.salary_max,
  j.work_mode,
  j.shift,
  j.experience_min,
  j.education_min,
  j.posted_at,
  NULL::float8 AS distance_km,
  t.sort_value
FROM
  (
    SELECT
      r.id,
      (t.tier::float8 * 17179869184 + r.rank_key) AS sort_value
    FROM
      unnest(
        $5::INT[],
        $6::INT[],
        $7::BIGINT[],
        $8::BIGINT[],
        $9::BOOL[],
        $10::BOOL[]
      ) t (tier, dband, rank, id, b0, b1)
      CROSS JOIN LATERAL (
        SELECT
          j.id,
          j.rank_key
        FROM
          job_search j
        WHERE
          j.expires_at > now()
          AND j.role = ANY ($1::TEXT[])
          AND (j.shift = ANY ($2::TEXT[])) = t.b0
          AND (j.role = ANY ($3::TEXT[])) = t.b1
        ORDER BY
          j.rank_key DESC,
          j.id DESC
        LIMIT
          $4
      ) r
    LIMIT
      $4
  ) t
  JOIN job_search j ON j.id = t.id
  JOIN jobs x ON x.id = j.id
  JOIN companies c ON c.id = j.company_id
  JOIN cities ci ON ci.slug = j.city
  JOIN localities l ON l.city = j.city
  AND l.slug = j.locality
ORDER BY
  t.sort_value DESC,
  t.id DESC;
