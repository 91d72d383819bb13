-- page two of sort=recent in a city: the keyset after the cursor
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 1
-- $1 = 'mumbai'
-- $2 = 1795176000000000
-- $3 = 1042
-- $4 = 21
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
  (
    extract(
      epoch
      FROM
        j.posted_at
    ) * 1000000
  )::bigint AS sort_value
FROM
  job_search j
  JOIN jobs x ON x.id = j.id
  JOIN companies c ON c.id = j.company_id
  JOIN cities ci ON ci.slug = j.city
  JOIN localities l ON l.city = j.city
  AND l.slug = j.locality
WHERE
  j.expires_at > now()
  AND j.city = $1
  AND (j.posted_at, j.id) < (
    (
      timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
    ),
    $3::bigint
  )
ORDER BY
  j.posted_at DESC,
  j.id DESC
LIMIT
  $4;
