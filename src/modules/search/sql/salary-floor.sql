-- a salary floor (salary_min), sort=salary
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 1
-- $1 = 20000
-- $2 = 21
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
  coalesce(j.salary_max, -1)::float8 AS sort_value
FROM
  job_search j
  JOIN jobs x ON x.id = j.id
  JOIN companies c ON c.id = j.company_id
  JOIN cities ci ON ci.slug = j.city
  JOIN localities l ON l.city = j.city
  AND l.slug = j.locality
WHERE
  j.expires_at > now()
  AND j.salary_min >= $1
ORDER BY
  sort_value DESC,
  j.id DESC
LIMIT
  $2;
