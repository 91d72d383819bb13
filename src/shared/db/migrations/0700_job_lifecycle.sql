-- Job lifecycle facts shared by several modules (hiring, search ranking, insights).
-- reconfirm_requested_at: set by the hiring sweep when a published job has had no employer action
--   for 14 days; cleared when the employer re-confirms or acts. Search ranks such jobs lower, and a
--   job left unconfirmed past its grace period is closed with closed_reason = 'unconfirmed'.
-- closed_reason: why a job closed, so time-to-fill counts only jobs that were filled.
ALTER TABLE jobs ADD COLUMN reconfirm_requested_at timestamptz;
ALTER TABLE jobs ADD COLUMN closed_reason text
  CHECK (closed_reason IN ('filled', 'employer', 'expired', 'unconfirmed', 'moderation'));

-- The language a user reads the site in (en / hi / mr), so messages sent outside a request
-- (digests, stage changes, re-confirm reminders) reach them in it. Set from the request language
-- on sign-up and whenever a signed-in user switches language.
ALTER TABLE users ADD COLUMN lang text NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'hi', 'mr'));
