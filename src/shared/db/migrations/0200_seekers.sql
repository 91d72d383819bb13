-- Seeker profiles, the consent history (DPDP Act 2023: who, when, purpose, granted/withdrawn)
-- and the resume's storage key. The resume bytes live outside the database (resume-storage.ts).
CREATE TABLE seeker_profiles (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  city text REFERENCES cities (slug),
  localities text[] NOT NULL DEFAULT '{}',
  -- Coordinates of the preferred localities (or the city centre), copied from the gazetteer so
  -- recommendations need no join: [{ slug, name, lat, lng }].
  places jsonb NOT NULL DEFAULT '[]',
  travel_km smallint NOT NULL DEFAULT 10 CHECK (travel_km BETWEEN 1 AND 100),
  roles text[] NOT NULL DEFAULT '{}',
  education text REFERENCES education_levels (slug),
  education_rank smallint,
  experience_years smallint NOT NULL DEFAULT 0 CHECK (experience_years BETWEEN 0 AND 50),
  languages jsonb NOT NULL DEFAULT '[]',
  skills text[] NOT NULL DEFAULT '{}',
  salary_min integer CHECK (salary_min >= 0),
  salary_max integer CHECK (salary_max >= 0),
  work_modes text[] NOT NULL DEFAULT '{}',
  shifts text[] NOT NULL DEFAULT '{}',
  availability text CHECK (availability IN ('immediate', '15_days', '30_days', '60_days', 'more_than_60_days')),
  contact_consent boolean NOT NULL DEFAULT false,
  resume_key text,
  resume_name text,
  resume_size integer,
  resume_uploaded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);

CREATE TABLE consent_records (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  granted boolean NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  channel text NOT NULL DEFAULT 'api',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_records_user_idx ON consent_records (user_id, created_at DESC, id DESC);
