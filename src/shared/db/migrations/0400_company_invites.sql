-- Company teams (issue 7): an owner invites a recruiter by phone. An invite for a phone with no
-- employer account yet waits here until that account accepts it.
CREATE TABLE company_invites (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  phone text NOT NULL,
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  accepted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (company_id, phone)
);
-- "My invites" looks pending invites up by the caller's phone.
CREATE INDEX company_invites_phone_idx ON company_invites (phone) WHERE accepted_at IS NULL;

-- Interviews (issue 7): one row a scheduled interview; rescheduling updates it, cancelling marks it.
CREATE TABLE interviews (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  mode text NOT NULL CHECK (mode IN ('in_person', 'video', 'phone')),
  place text,
  video_link text,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  sequence integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interviews_application_idx ON interviews (application_id, starts_at);
