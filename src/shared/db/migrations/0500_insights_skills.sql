-- Market insights (summary tables refreshed from jobs), time-to-fill (jobs.closed_at) and skill
-- checks (test instances and the badges they earn). Insights never store invented numbers: every
-- row is an aggregate of real postings, and cells under the privacy floor are hidden when read.

-- Set when a job closes, so time-to-fill = closed_at - posted_at. Older closed jobs stay NULL
-- (we do not guess when they closed) and simply do not count towards time-to-fill.
ALTER TABLE jobs ADD COLUMN closed_at timestamptz;

-- The postings insights read: ever published (posted_at set), not held for review.
CREATE INDEX jobs_insights_idx ON jobs (role, city, work_mode)
  INCLUDE (salary_min, salary_max, experience_min, posted_at, closed_at, category)
  WHERE posted_at IS NOT NULL AND status <> 'held';

-- One row per cell of category x role x city x work_mode x experience_band; '*' means "all".
CREATE TABLE insight_cells (
  category text NOT NULL,
  role text NOT NULL,
  city text NOT NULL,
  work_mode text NOT NULL,
  experience_band text NOT NULL,
  postings integer NOT NULL,
  salary_postings integer NOT NULL,
  -- Monthly INR at the 10th, 20th, 25th, 30th, 40th, 50th, 60th, 70th, 75th, 80th, 90th percentile
  -- of each posting's midpoint (salary_min + salary_max) / 2.
  salary_pcts double precision[],
  salary_low double precision,
  salary_high double precision,
  median_min double precision,
  median_max double precision,
  filled integer NOT NULL,
  fill_median_days double precision,
  PRIMARY KEY (category, role, city, work_mode, experience_band)
);

-- Postings per ISO week (week starts Monday) per city and role; '*' means "all".
CREATE TABLE insight_demand (
  category text NOT NULL,
  role text NOT NULL,
  city text NOT NULL,
  week date NOT NULL,
  postings integer NOT NULL,
  PRIMARY KEY (category, role, city, week)
);

-- How many postings ask for each skill, per role and city; '*' means "all".
CREATE TABLE insight_skills (
  category text NOT NULL,
  role text NOT NULL,
  city text NOT NULL,
  skill text NOT NULL,
  postings integer NOT NULL,
  PRIMARY KEY (category, role, city, skill)
);
CREATE INDEX insight_skills_top_idx ON insight_skills (category, role, city, postings DESC);

-- When the summary was last rebuilt; one row. Claiming a refresh is an UPDATE on it, so only one
-- app instance rebuilds at a time.
CREATE TABLE insight_refresh (
  id smallint PRIMARY KEY CHECK (id = 1),
  refreshed_at timestamptz,
  started_at timestamptz,
  jobs_counted integer NOT NULL DEFAULT 0
);
INSERT INTO insight_refresh (id) VALUES (1);

-- A skill test handed to one seeker: what was asked (passage, records, question ids), when the
-- server issued it and the deadline. Results are computed by the server from this row only.
CREATE TABLE skill_tests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('typing', 'data_entry', 'english')),
  content jsonb NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  deadline_at timestamptz NOT NULL,
  submitted_at timestamptz,
  outcome text CHECK (outcome IN ('passed', 'failed', 'rejected')),
  result jsonb
);
CREATE INDEX skill_tests_user_idx ON skill_tests (user_id, started_at DESC);

-- A verified result that employers can filter by until it expires.
CREATE TABLE skill_badges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('typing', 'data_entry', 'english')),
  test_id uuid NOT NULL REFERENCES skill_tests (id) ON DELETE CASCADE,
  label text NOT NULL,
  -- typing: WPM; data_entry: accuracy %; english: score out of 100. Filters compare on it.
  score integer NOT NULL,
  accuracy integer,
  issued_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX skill_badges_user_idx ON skill_badges (user_id, issued_at DESC);
CREATE INDEX skill_badges_filter_idx ON skill_badges (kind, score, expires_at);
