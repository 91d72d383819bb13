-- browse: no words, no filters, relevance
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 2
SELECT
  (
    SELECT
      coalesce(sum(n), 0)
    FROM
      job_search_facets_coarse j
    WHERE
      TRUE
  )::int - (
    SELECT
      count(*)
    FROM
      job_search j
    WHERE
      j.expires_at <= now()
  )::int AS n;

-- statement 2 of 2
-- $1 = 21
-- $2 = [0]
-- $3 = [0]
-- $4 = ["9223372036854775807"]
-- $5 = ["9223372036854775807"]
-- $6 = 300
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
          (0) AS tier
        FROM
          job_search j
        WHERE
          j.expires_at > now()
        LIMIT
          $6 + 1
      ) x
  ),
  few AS (
    SELECT
      count(*) <= $6 AS yes
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
        $1
    )
    UNION ALL
    (
      SELECT
        r.id,
        (t.tier::float8 * 17179869184 + r.rank_key) AS sort_value
      FROM
        unnest($2::INT[], $3::INT[], $4::BIGINT[], $5::BIGINT[]) t (tier, dband, rank, id)
        CROSS JOIN LATERAL (
          SELECT
            j.id,
            j.rank_key
          FROM
            job_search j
          WHERE
            j.expires_at > now()
          ORDER BY
            j.rank_key DESC,
            j.id DESC
          LIMIT
            $1
        ) r
      WHERE
        NOT (
          SELECT
            yes
          FROM
            few
        )
      LIMIT
        $1
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
