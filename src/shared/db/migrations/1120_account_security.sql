-- Accounts nobody else can lock, take or redirect (issue #19), owned by the accounts and security
-- modules. Sessions get an idle timeout beside the absolute one; sign-in throttling keeps its
-- progressive delays here (never in process memory, so every instance sees the same); devices a
-- person has signed in from are remembered (hashed) for "new sign-in" alerts and for OWASP's device
-- cookies; admins get a TOTP second factor with hashed recovery codes.

-- A session ends at expires_at (absolute) or idle_expires_at (pushed forward by use, at most
-- idle_seconds after the last request), whichever comes first.
ALTER TABLE sessions ADD COLUMN idle_seconds integer NOT NULL DEFAULT 259200;
ALTER TABLE sessions ADD COLUMN idle_expires_at timestamptz NOT NULL DEFAULT now() + interval '3 days';
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
-- The retention job deletes by the earlier of the two ends.
CREATE INDEX sessions_ends_idx ON sessions (least(expires_at, idle_expires_at));

-- One row per throttled key (an IP, a login name, or a known device with its login): failures in a
-- row and until when the next try must wait. A success deletes the account and device rows.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  blocked_until timestamptz NOT NULL DEFAULT now(),
  last_attempt_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_throttle_age_idx ON login_throttle (last_attempt_at);

-- Browsers and apps a person has signed in from (the device cookie, SHA-256 hashed).
CREATE TABLE known_devices (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device_hash text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, device_hash)
);
CREATE INDEX known_devices_age_idx ON known_devices (last_seen_at);

-- An admin's authenticator: the secret encrypted with a key derived from APP_SECRET (AES-256-GCM),
-- confirmed once a code from it was typed back; last_step refuses a code used twice.
CREATE TABLE admin_totp (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_enc text NOT NULL,
  confirmed_at timestamptz,
  last_step bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE admin_recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- Every admin read of a person's contact details or resume (privacy module): who, whose, what,
-- when and why. Not deduplicated: each read is a row.
CREATE TABLE admin_reads (
  id bigserial PRIMARY KEY,
  admin_id uuid REFERENCES users (id) ON DELETE SET NULL,
  subject_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  field text NOT NULL CHECK (field IN ('phone', 'email', 'whatsapp', 'address', 'resume')),
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
  read_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX admin_reads_time_idx ON admin_reads (read_at DESC);
CREATE INDEX admin_reads_subject_idx ON admin_reads (subject_user_id, read_at DESC);
CREATE INDEX admin_reads_admin_idx ON admin_reads (admin_id, read_at DESC);
