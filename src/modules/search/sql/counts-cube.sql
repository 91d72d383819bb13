-- total and facets from a cube: a concept in a city (role cube), minus rows expired since the sweep
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 1
-- $1 = ["call-centre-agent","customer-service-representative","telecaller"]
-- $2 = 'mumbai'
-- $3 = ["call-centre-agent","customer-service-representative","telecaller"]
-- $4 = 'mumbai'
WITH
  m AS (
    SELECT
      j.city,
      j.work_mode,
      j.category,
      j.industry,
      j.shift,
      j.education_min,
      j.n
    FROM
      job_search_role_facets j
    WHERE
      j.role = ANY ($1::TEXT[])
      AND j.city = $2
    UNION ALL
    SELECT
      j.city,
      j.work_mode,
      j.category,
      j.industry,
      j.shift,
      j.education_min,
      -1
    FROM
      job_search j
    WHERE
      j.expires_at <= now()
      AND j.role = ANY ($3::TEXT[])
      AND j.city = $4
  )
SELECT
  m.city AS city_name,
  m.work_mode,
  m.category,
  m.industry,
  m.shift,
  m.education_min,
  GROUPING(
    m.city,
    m.work_mode,
    m.category,
    m.industry,
    m.shift,
    m.education_min
  ) AS g,
  sum(m.n)::int AS n
FROM
  m
GROUP BY
  GROUPING SETS (
    (m.city),
    (m.work_mode),
    (m.category),
    (m.industry),
    (m.shift),
    (m.education_min),
    ()
  )
HAVING
  sum(m.n) > 0;
