-- Job lifecycle facts shared by several modules (hiring, search ranking, insights).
-- reconfirm_requested_at: set by the hiring sweep when a published job has had no employer action
--   for 14 days; cleared when the employer re-confirms or acts. Search ranks such jobs lower, and a
--   job left unconfirmed past its grace period is closed with closed_reason = 'unconfirmed'.
-- closed_reason: why a job closed, so time-to-fill counts only jobs that were filled.
ALTER TABLE jobs ADD COLUMN reconfirm_requested_at timestamptz;
ALTER TABLE jobs ADD COLUMN closed_reason text
  CHECK (closed_reason IN ('filled', 'employer', 'expired', 'unconfirmed', 'moderation'));
