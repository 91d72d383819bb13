-- POST /api/v1/jobs with an Idempotency-Key: a retry (after a lost response or a killed
-- instance) returns the job the first attempt created instead of posting it twice.
ALTER TABLE jobs ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX jobs_creator_idempotency_key ON jobs (created_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
