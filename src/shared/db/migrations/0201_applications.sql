-- Applications of seekers to jobs, and a general stage history (who moved it, when, from, to,
-- note). One application per seeker and job, enforced by a unique constraint. company_id is the
-- job's company at apply time, so employer checks need no join. An erased seeker leaves a stub
-- (seeker_id NULL) so counts stay true.
CREATE TABLE applications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id bigint NOT NULL REFERENCES jobs (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  seeker_id uuid REFERENCES users (id),
  -- What the seeker applied to, as it read then: shown even if the job is later paused or edited.
  job_title text NOT NULL,
  company_name text NOT NULL,
  stage text NOT NULL DEFAULT 'applied'
    CHECK (stage IN ('applied', 'shortlisted', 'interview', 'offered', 'hired', 'rejected', 'withdrawn')),
  idempotency_key text,
  anonymised_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT applications_job_seeker_key UNIQUE (job_id, seeker_id)
);
CREATE UNIQUE INDEX applications_seeker_idempotency_key ON applications (seeker_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
-- "My applications" (newest change first) and the employer's applicant list of a job.
CREATE INDEX applications_seeker_updated_idx ON applications (seeker_id, updated_at DESC, id DESC);
CREATE INDEX applications_job_created_idx ON applications (job_id, created_at DESC, id DESC);
CREATE INDEX applications_company_seeker_idx ON applications (company_id, seeker_id);

CREATE TABLE application_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_role text NOT NULL,
  from_stage text,
  to_stage text NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_events_application_idx ON application_events (application_id, id);

