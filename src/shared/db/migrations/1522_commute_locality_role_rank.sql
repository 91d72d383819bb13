-- A commute page for a concept reads each reachable locality's jobs of the concept's roles. With
-- only (city, locality, rank_key) PostgreSQL bitmapped the locality, the role index (every job of
-- the role in the country) and the GIN bitmap of the concept's tokens together, once per locality;
-- this index hands it the locality's jobs of those roles alone. Single client at 1M jobs, load ~20,
-- within 40-45 min of Ghatkopar: receptionist page 747 -> 40 ms, data entry 497 -> 234 ms,
-- telecaller 681 -> 368 ms (the GIN bitmap is still ANDed in: see docs/performance.md).
CREATE INDEX IF NOT EXISTS job_search_locality_role_rank_idx ON job_search (city, locality, role, rank_key DESC, id DESC);
