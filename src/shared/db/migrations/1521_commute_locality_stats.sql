-- A commute page reads each reachable locality from job_search_locality_rank_idx (1520) in rank
-- order and stops at its LIMIT. PostgreSQL took city and locality as independent (a locality's jobs
-- estimated at a tenth of what they are), so for a concept it ANDed that index with the GIN bitmap
-- of every job the concept's tokens match, once per locality (28 ms a locality at 100k jobs). With
-- the dependency known, the ordered read wins: 396 -> 17 ms for a concept within 45 minutes.
CREATE STATISTICS IF NOT EXISTS job_search_city_locality_stats (dependencies, ndistinct) ON city, locality FROM job_search;
ANALYZE job_search;
