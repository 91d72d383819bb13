-- a concept ("call centre") as a set of roles, with the named role and night shift as wishes
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 2
-- $1 = ["call-centre-agent","customer-service-representative","telecaller"]
-- $2 = ["call-centre-agent","customer-service-representative","telecaller"]
SELECT
  (
    SELECT
      coalesce(sum(n), 0)
    FROM
      job_search_role_facets j
    WHERE
      j.role = ANY ($1::TEXT[])
  )::int - (
    SELECT
      count(*)
    FROM
      job_search j
    WHERE
      j.expires_at <= now()
      AND j.role = ANY ($2::TEXT[])
  )::int AS n;

-- statement 2 of 2
-- $1 = ["night","us"]
-- $2 = '''+@night'' | ''+@us'''
-- $3 = ["telecaller"]
-- $4 = 21
-- $5 = [272,256,16,0]
-- $6 = [0,0,0,0]
-- $7 = ["9223372036854775807","9223372036854775807","9223372036854775807","9223372036854775807"]
-- $8 = ["9223372036854775807","9223372036854775807","9223372036854775807","9223372036854775807"]
-- $9 = [true,true,false,false]
-- $10 = [true,false,true,false]
-- $11 = ["call-centre-agent","customer-service-representative","telecaller"]
-- $12 = 300
WITH
  c AS MATERIALIZED (
    SELECT
      x.id,
      x.rank_key,
      x.tier
    FROM
      (
        SELECT
          j.id,
          j.rank_key,
          (
            256 * coalesce(
              (
                (
                  j.shift = ANY ($1::TEXT[])
                  OR j.search_head @@ $2::tsquery
                )
              ),
              FALSE
            )::int + 16 * coalesce((j.role = ANY ($3::TEXT[])), FALSE)::int + 0
          ) AS tier
        FROM
          job_search j
        WHERE
          j.expires_at > now()
          AND j.role = ANY ($11::TEXT[])
        LIMIT
          $12 + 1
      ) x
  ),
  few AS (
    SELECT
      count(*) <= $12 AS yes
    FROM
      c
  )
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
    (
      SELECT
        c.id,
        c.tier::float8 * 17179869184 + c.rank_key AS sort_value
      FROM
        c
      WHERE
        (
          SELECT
            yes
          FROM
            few
        )
      ORDER BY
        2 DESC,
        1 DESC
      LIMIT
        $4
    )
    UNION ALL
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
            AND j.role = ANY ($11::TEXT[])
            AND coalesce(
              (
                (
                  j.shift = ANY ($1::TEXT[])
                  OR j.search_head @@ $2::tsquery
                )
              ),
              FALSE
            ) = t.b0
            AND coalesce((j.role = ANY ($3::TEXT[])), FALSE) = t.b1
          ORDER BY
            j.rank_key DESC,
            j.id DESC
          LIMIT
            $4
        ) r
      WHERE
        NOT (
          SELECT
            yes
          FROM
            few
        )
      LIMIT
        $4
    )
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
