-- Call-first hiring (issue 7): every call or WhatsApp contact an employer starts about an
-- application, its outcome, the per-job daily cap, and when the employer last acted on a job.
CREATE TABLE calls (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  job_id bigint NOT NULL REFERENCES jobs (id),
  caller_id uuid REFERENCES users (id) ON DELETE SET NULL,
  channel text NOT NULL CHECK (channel IN ('call', 'whatsapp')),
  provider text NOT NULL,
  provider_ref text,
  outcome text CHECK (outcome IN ('interested', 'interview_fixed', 'not_reachable', 'not_interested', 'wrong_number')),
  outcome_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The daily cap counts a job's calls since midnight; the trail lists an application's calls.
CREATE INDEX calls_job_created_idx ON calls (job_id, created_at);
CREATE INDEX calls_application_idx ON calls (application_id, id);

CREATE TABLE job_call_caps (
  job_id bigint PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  daily_cap integer NOT NULL CHECK (daily_cap BETWEEN 0 AND 10000),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE job_responses (
  job_id bigint PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  last_responded_at timestamptz NOT NULL
);
