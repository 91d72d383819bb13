-- words the vocabulary does not know: one in the head, one anywhere in the text
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 1
-- $1 = '''typing'':*'
-- $2 = '''refund'' | ''refunds'''
-- $3 = '''typing'':*'
-- $4 = '''refund'' | ''refunds'''
-- $5 = 21
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
    (
      1024 * (j.search_head @@ to_tsquery('simple', $3))::int + 1024 * (j.search_head @@ to_tsquery('simple', $4))::int
    )::float8 * 17179869184 + j.rank_key
  ) AS sort_value
FROM
  job_search j
  JOIN jobs x ON x.id = j.id
  JOIN companies c ON c.id = j.company_id
  JOIN cities ci ON ci.slug = j.city
  JOIN localities l ON l.city = j.city
  AND l.slug = j.locality
WHERE
  j.expires_at > now()
  AND j.search_head @@ to_tsquery('simple', $1)
  AND j.id IN (
    SELECT
      d.id
    FROM
      jobs d
    WHERE
      d.status = 'published'
      AND d.search_vector @@ to_tsquery('simple', $2)
  )
ORDER BY
  sort_value DESC,
  j.id DESC
LIMIT
  $5;
