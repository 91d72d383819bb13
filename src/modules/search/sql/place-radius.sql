-- near a point within 10 km (Powai), relevance with the distance band, read point by point
-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.

-- statement 1 of 3
-- $1 = 72.809362
-- $2 = 19.0263099
-- $3 = 73.000058
-- $4 = 19.2064901
-- $5 = 19.1164
-- $6 = 72.90471
-- $7 = 10
-- $8 = 19.1164
-- $9 = 72.90471
SELECT
  j.lat,
  j.lng,
  (
    12742 * asin(
      sqrt(
        power(sin(radians(j.lat - $8) / 2), 2) + cos(radians($8)) * cos(radians(j.lat)) * power(sin(radians(j.lng - $9) / 2), 2)
      )
    )
  ) AS d
FROM
  (
    SELECT
      j.lat,
      j.lng
    FROM
      job_search_point_facets_coarse j
    WHERE
      point(j.lng, j.lat) <@ box(point($1, $2), point($3, $4))
      AND (
        12742 * asin(
          sqrt(
            power(sin(radians(j.lat - $5) / 2), 2) + cos(radians($5)) * cos(radians(j.lat)) * power(sin(radians(j.lng - $6) / 2), 2)
          )
        )
      ) <= $7
    GROUP BY
      j.lat,
      j.lng
    HAVING
      sum(j.n) > 0
  ) j
ORDER BY
  3,
  1,
  2;

-- statement 2 of 3
-- $1 = 72.809362
-- $2 = 19.0263099
-- $3 = 73.000058
-- $4 = 19.2064901
-- $5 = 19.1164
-- $6 = 72.90471
-- $7 = 10
-- $8 = 72.809362
-- $9 = 19.0263099
-- $10 = 73.000058
-- $11 = 19.2064901
-- $12 = 19.1164
-- $13 = 72.90471
-- $14 = 10
SELECT
  (
    SELECT
      coalesce(sum(n), 0)
    FROM
      job_search_point_facets_coarse j
    WHERE
      point(j.lng, j.lat) <@ box(point($1, $2), point($3, $4))
      AND (
        12742 * asin(
          sqrt(
            power(sin(radians(j.lat - $5) / 2), 2) + cos(radians($5)) * cos(radians(j.lat)) * power(sin(radians(j.lng - $6) / 2), 2)
          )
        )
      ) <= $7
  )::int - (
    SELECT
      count(*)
    FROM
      job_search j
    WHERE
      j.expires_at <= now()
      AND point(j.lng, j.lat) <@ box(point($8, $9), point($10, $11))
      AND (
        12742 * asin(
          sqrt(
            power(sin(radians(j.lat - $12) / 2), 2) + cos(radians($12)) * cos(radians(j.lat)) * power(sin(radians(j.lng - $13) / 2), 2)
          )
        )
      ) <= $14
  )::int AS n;

-- statement 3 of 3
-- $1 = 21
-- $2 = [3,2]
-- $3 = [3,2]
-- $4 = ["9223372036854775807","9223372036854775807"]
-- $5 = ["9223372036854775807","9223372036854775807"]
-- $6 = [19.1164,19.102543,19.117753]
-- $7 = [72.90471,72.925431,72.873702]
-- $8 = [3,2,2]
-- $9 = 19.1164
-- $10 = 72.90471
-- $11 = 300
WITH
  c AS MATERIALIZED (
    SELECT
      x.id,
      x.rank_key,
      x.tier
    FROM
      unnest($6::float8[], $7::float8[], $8::INT[]) pt (lat, lng, dband)
      CROSS JOIN LATERAL (
        SELECT
          j.id,
          j.rank_key,
          (pt.dband) AS tier
        FROM
          job_search j
        WHERE
          j.expires_at > now()
          AND j.lat = pt.lat
          AND j.lng = pt.lng
        LIMIT
          $11 + 1
      ) x
    LIMIT
      $11 + 1
  ),
  few AS (
    SELECT
      count(*) <= $11 AS yes
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
  (
    12742 * asin(
      sqrt(
        power(sin(radians(j.lat - $9) / 2), 2) + cos(radians($9)) * cos(radians(j.lat)) * power(sin(radians(j.lng - $10) / 2), 2)
      )
    )
  ) AS distance_km,
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
            x.id,
            x.rank_key
          FROM
            unnest($6::float8[], $7::float8[], $8::INT[]) pt (lat, lng, dband)
            CROSS JOIN LATERAL (
              SELECT
                j.id,
                j.rank_key
              FROM
                job_search j
              WHERE
                j.expires_at > now()
                AND j.lat = pt.lat
                AND j.lng = pt.lng
              ORDER BY
                j.rank_key DESC,
                j.id DESC
              LIMIT
                $1
            ) x
          WHERE
            pt.dband = t.dband
          ORDER BY
            x.rank_key DESC,
            x.id DESC
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
