-- Each load of demo data (issue #20), owned by the demo module: a database that holds any says so,
-- so figures computed from it (the insight pages) are labelled "sample data", never "real postings".
CREATE TABLE demo_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  jobs integer NOT NULL CHECK (jobs >= 0)
);
