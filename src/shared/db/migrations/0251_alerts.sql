-- Saved searches with job alerts, the record of which job each alert already sent, and saved jobs.
CREATE TABLE saved_searches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- The GET /api/v1/jobs parameters, as saved (no cursor, limit or sort).
  query jsonb NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('instant', 'daily')),
  -- false once the seeker unsubscribed from the emails; the search itself stays saved.
  alerts_on boolean NOT NULL DEFAULT true,
  last_checked_at timestamptz NOT NULL DEFAULT now(),
  last_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- "Saved searches" page.
CREATE INDEX saved_searches_user_idx ON saved_searches (user_id, created_at DESC);
-- The digest runner walks the due searches of one frequency in id order.
CREATE INDEX saved_searches_due_idx ON saved_searches (frequency, id) WHERE alerts_on;

-- One row per (saved search, job) ever sent: the primary key makes a second send impossible.
CREATE TABLE saved_search_sent (
  saved_search_id uuid NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  notification_id bigint REFERENCES notifications (id) ON DELETE SET NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (saved_search_id, job_id)
);

CREATE TABLE saved_jobs (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, job_id)
);
-- "Saved jobs" page.
CREATE INDEX saved_jobs_user_idx ON saved_jobs (user_id, created_at DESC);
