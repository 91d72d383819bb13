-- Pages of pay-floor searches at a million jobs (issue #15, speed). A relevance page reads a city's
-- (or a point's, a role's, everyone's) jobs in rank order and stops after one page; with a floor
-- that few of them reach ("back office in Thane, at least 25,000": 0.2% of Thane's jobs) that read
-- waded through tens of thousands of rows to find 61. With the pay band after the leading column,
-- each band at or above the floor is its own rank-ordered range, and search.repo.ts merges them
-- (pageByTiers): each range holds mostly jobs over the floor.
CREATE INDEX job_search_pay_rank_idx ON job_search (pay_band, rank_key DESC, id DESC);
CREATE INDEX job_search_city_pay_rank_idx ON job_search (city, pay_band, rank_key DESC, id DESC);
CREATE INDEX job_search_role_pay_rank_idx ON job_search (role, pay_band, rank_key DESC, id DESC);
CREATE INDEX job_search_point_pay_rank_idx ON job_search (lat, lng, pay_band, rank_key DESC, id DESC);
ANALYZE job_search;
