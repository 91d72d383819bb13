-- Phone-first accounts (issue 17): one-time codes for every purpose (sign-in, password reset, a
-- new phone number, a company's contact phone), stored only as argon2 hashes; what each person
-- agreed to be reached on; email confirmation; recycled-number detection by last activity.
CREATE TABLE otp_codes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- sign_in | reset_password | change_phone | company_phone
  purpose text NOT NULL,
  -- The phone the code went to (normalised +91...); the scope narrows it (a user or company id).
  phone text NOT NULL,
  scope text NOT NULL DEFAULT '',
  code_hash text NOT NULL,
  attempts smallint NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The latest code of a phone and purpose, and the resend window, both read by this index.
CREATE INDEX otp_codes_phone_idx ON otp_codes (phone, purpose, created_at DESC);

-- Accounts made by a code may have no password: '!' never verifies (as after erasure).
ALTER TABLE users
  ADD COLUMN last_active_at timestamptz,
  ADD COLUMN phone_verified_at timestamptz,
  ADD COLUMN email_verified_at timestamptz,
  ADD COLUMN pending_email text,
  ADD COLUMN whatsapp_opt_in boolean NOT NULL DEFAULT false,
  ADD COLUMN whatsapp_opt_in_at timestamptz;
-- Emails already on file keep working: they count as confirmed.
UPDATE users SET email_verified_at = created_at WHERE email IS NOT NULL;
UPDATE users SET last_active_at = created_at;

-- The old phone OTP table and the plain-text dev outbox held codes admins could read.
DELETE FROM dev_outbox;
DELETE FROM phone_otps;

-- Outbox rows may be for a phone that has no account yet (a sign-up code): no user, no address.
-- `not_sent`: no provider is configured for the channel, said as such, never "sent".
ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_status_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
  CHECK (status IN ('queued', 'sent', 'failed', 'not_sent'));
ALTER TABLE notifications
  ADD COLUMN provider text,
  -- From the provider's delivery report: delivered | failed | read ...
  ADD COLUMN delivery_status text,
  ADD COLUMN delivered_at timestamptz;
CREATE INDEX notifications_provider_msg_idx ON notifications (provider_message_id)
  WHERE provider_message_id IS NOT NULL;

-- Calls: the provider's status callback is the truth (answered, missed, busy, duration).
ALTER TABLE calls ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE calls
  ADD COLUMN direction text NOT NULL DEFAULT 'employer_to_seeker'
    CHECK (direction IN ('employer_to_seeker', 'seeker_to_employer')),
  ADD COLUMN status text NOT NULL DEFAULT 'requested'
    CHECK (status IN ('requested', 'not_placed', 'placed', 'answered', 'missed', 'busy', 'failed')),
  ADD COLUMN duration_seconds integer,
  ADD COLUMN answered_at timestamptz,
  ADD COLUMN seeker_id uuid REFERENCES users (id) ON DELETE SET NULL;
-- Calls made before this migration were never connected (development telephony).
UPDATE calls SET status = 'not_placed' WHERE channel = 'call';
CREATE INDEX calls_provider_ref_idx ON calls (provider_ref) WHERE provider_ref IS NOT NULL;

-- When seekers may call about a job, in minutes after midnight India time.
CREATE TABLE job_calling_hours (
  job_id bigint PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  from_minute smallint NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
  to_minute smallint NOT NULL CHECK (to_minute BETWEEN 1 AND 1440),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (from_minute < to_minute)
);

-- Each provider event handled once: a retried webhook changes nothing.
CREATE TABLE webhook_events (
  provider text NOT NULL,
  event_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, event_id)
);

-- SMS and WhatsApp go out as registered templates: the variables travel with the row (never an
-- address, never a one-time code).
ALTER TABLE notifications ADD COLUMN template_vars jsonb NOT NULL DEFAULT '{}';
