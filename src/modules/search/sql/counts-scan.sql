-- total and facets by counting the matches: words and a salary floor (no cube has them)
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 1
-- $1 = '''typing'':*'
-- $2 = 20000
SELECT
  j.city AS city_name,
  j.work_mode,
  j.category,
  j.industry,
  j.shift,
  j.education_min,
  GROUPING(
    j.city,
    j.work_mode,
    j.category,
    j.industry,
    j.shift,
    j.education_min
  ) AS g,
  count(*)::int AS n
FROM
  (
    SELECT
      *
    FROM
      job_search j
    WHERE
      j.expires_at > now()
      AND j.search_head @@ to_tsquery('simple', $1)
      AND j.salary_min >= $2
    LIMIT
      1001
  ) j
WHERE
  TRUE
GROUP BY
  GROUPING SETS (
    (j.city),
    (j.work_mode),
    (j.category),
    (j.industry),
    (j.shift),
    (j.education_min),
    ()
  );
