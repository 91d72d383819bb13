-- Trust and safety (modules/trust): scores with their reasons, employer verification checks and
-- phone OTPs, shared identifiers that link companies, bans, seeker reports, the moderators' audit
-- log, database-backed rate limits, and a dev outbox for OTP messages.

-- Every screening of a job, with the rule hits, so a moderator sees why a job was held or flagged.
CREATE TABLE job_scores (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  score smallint NOT NULL,
  decision text NOT NULL CHECK (decision IN ('clear', 'flagged', 'held')),
  hits jsonb NOT NULL DEFAULT '[]',
  context jsonb NOT NULL DEFAULT '{}',
  -- md5 of the folded title + description: the same posting copied by other companies.
  text_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_scores_job_idx ON job_scores (job_id, created_at DESC);
CREATE INDEX job_scores_text_idx ON job_scores (text_hash, created_at DESC);

-- Identity an employer gives for verification, and the result of each check.
CREATE TABLE company_verifications (
  company_id uuid PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
  cin text,
  contact_email text,
  contact_phone text,
  gstin_ok boolean,
  gstin_note text,
  cin_ok boolean,
  cin_note text,
  email_matches_website boolean,
  phone_verified_at timestamptz,
  -- Who set the badge last: 'checks' (all checks passed) or 'moderator'.
  verified_by text CHECK (verified_by IN ('checks', 'moderator')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE phone_otps (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  phone text NOT NULL,
  code_hash text NOT NULL,
  attempts smallint NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX phone_otps_company_idx ON phone_otps (company_id, created_at DESC);

-- Messages the dev OtpSender "sends"; admins read them. A real SMS sender replaces it.
CREATE TABLE dev_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel text NOT NULL,
  recipient text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Phones, emails, UPI handles and bank accounts seen on a company or in its job text. Two companies
-- sharing a value are linked; the linked group is found by a recursive query.
CREATE TABLE trust_identifiers (
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('phone', 'email', 'upi', 'bank')),
  value text NOT NULL,
  source text NOT NULL CHECK (source IN ('company', 'job')),
  verified boolean NOT NULL DEFAULT false,
  first_seen timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, kind, value)
);
CREATE INDEX trust_identifiers_value_idx ON trust_identifiers (kind, value);

CREATE TABLE company_bans (
  company_id uuid PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
  banned_by uuid REFERENCES users (id) ON DELETE SET NULL,
  reason text NOT NULL,
  -- The company the moderator banned; linked companies carry it as the origin.
  origin_company_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE job_reports (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  seeker_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('fee_asked', 'fake_company', 'wrong_salary', 'spam_calls', 'other')),
  detail text,
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (job_id, seeker_id)
);
CREATE INDEX job_reports_open_idx ON job_reports (job_id) WHERE resolved_at IS NULL;

CREATE TABLE moderation_audit (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  action text NOT NULL,
  target_kind text NOT NULL CHECK (target_kind IN ('job', 'company')),
  target_id text NOT NULL,
  reason text,
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_audit_recent_idx ON moderation_audit (created_at DESC, id DESC);
CREATE INDEX moderation_audit_target_idx ON moderation_audit (target_kind, target_id, created_at DESC);

-- Fixed-window counters shared by every app instance: one row per key, reset when its window ends.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);
CREATE INDEX rate_limits_window_idx ON rate_limits (window_start);

-- The moderation queue: held jobs and live flagged ones.
CREATE INDEX jobs_moderation_queue_idx ON jobs (updated_at DESC)
  WHERE status = 'held' OR moderation_state <> 'clear';
-- Market pay band per role x city over live jobs.
CREATE INDEX jobs_live_role_city_pay_idx ON jobs (role, city, salary_max)
  WHERE status = 'published' AND salary_max IS NOT NULL;
