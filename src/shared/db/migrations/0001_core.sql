-- Core schema: reference data tables, accounts, companies, jobs.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE categories (slug text PRIMARY KEY, name text NOT NULL);
CREATE TABLE roles (
  slug text PRIMARY KEY,
  name text NOT NULL,
  category text NOT NULL REFERENCES categories (slug),
  voice boolean NOT NULL DEFAULT false
);
CREATE TABLE sectors (slug text PRIMARY KEY, name text NOT NULL);
CREATE TABLE industries (slug text PRIMARY KEY, name text NOT NULL);
CREATE TABLE education_levels (slug text PRIMARY KEY, name text NOT NULL, rank smallint NOT NULL UNIQUE);
CREATE TABLE languages (slug text PRIMARY KEY, name text NOT NULL);
CREATE TABLE perks (slug text PRIMARY KEY, name text NOT NULL);
CREATE TABLE cities (
  slug text PRIMARY KEY,
  name text NOT NULL,
  name_hi text,
  name_mr text,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}'
);
CREATE TABLE localities (
  city text NOT NULL REFERENCES cities (slug),
  slug text NOT NULL,
  name text NOT NULL,
  name_hi text,
  name_mr text,
  pincode text,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (city, slug)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  role text NOT NULL CHECK (role IN ('seeker', 'employer', 'admin')),
  name text NOT NULL,
  phone text NOT NULL,
  email text,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX users_phone_key ON users (phone);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Opaque bearer tokens and browser sessions, both stored hashed: a leaked table grants nothing.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE companies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES users (id),
  name text NOT NULL,
  industry text NOT NULL REFERENCES industries (slug),
  city text NOT NULL REFERENCES cities (slug),
  website text,
  gstin text,
  about text,
  verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX companies_owner_idx ON companies (owner_id);

CREATE TABLE company_members (
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  member_role text NOT NULL CHECK (member_role IN ('owner', 'recruiter')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, user_id)
);
CREATE INDEX company_members_user_idx ON company_members (user_id);

CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  title text NOT NULL,
  description text NOT NULL,
  category text NOT NULL REFERENCES categories (slug),
  role text NOT NULL REFERENCES roles (slug),
  sector text REFERENCES sectors (slug),
  industry text NOT NULL REFERENCES industries (slug),
  city text NOT NULL,
  locality text NOT NULL,
  lat double precision NOT NULL,
  lng double precision NOT NULL,
  work_mode text NOT NULL CHECK (work_mode IN ('onsite', 'hybrid', 'remote')),
  shift text NOT NULL CHECK (shift IN ('day', 'night', 'rotational', 'uk', 'us')),
  salary_min integer CHECK (salary_min >= 0),
  salary_max integer CHECK (salary_max >= 0),
  experience_min smallint NOT NULL DEFAULT 0 CHECK (experience_min >= 0),
  experience_max smallint CHECK (experience_max >= 0),
  education_min text NOT NULL REFERENCES education_levels (slug),
  education_rank smallint NOT NULL,
  languages jsonb NOT NULL DEFAULT '[]',
  skills text[] NOT NULL DEFAULT '{}',
  perks text[] NOT NULL DEFAULT '{}',
  openings integer NOT NULL DEFAULT 1 CHECK (openings >= 1),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'paused', 'closed', 'held')),
  moderation_state text NOT NULL DEFAULT 'clear' CHECK (moderation_state IN ('clear', 'flagged', 'held')),
  moderation_reasons text[] NOT NULL DEFAULT '{}',
  posted_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  FOREIGN KEY (city, locality) REFERENCES localities (city, slug),
  CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
  CHECK (experience_max IS NULL OR experience_min <= experience_max)
);

-- The search document: title (A), role, company and skills (B), description (C), place (D).
-- 'simple' keeps Hinglish and Devanagari words intact; prefix matching stands in for stemming.
CREATE FUNCTION jobs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  role_name text;
  company_name text;
  place text;
BEGIN
  SELECT r.name INTO role_name FROM roles r WHERE r.slug = NEW.role;
  SELECT c.name INTO company_name FROM companies c WHERE c.id = NEW.company_id;
  SELECT l.name || ' ' || ci.name INTO place
    FROM localities l JOIN cities ci ON ci.slug = l.city
   WHERE l.city = NEW.city AND l.slug = NEW.locality;
  NEW.search_vector :=
    setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(role_name, '') || ' ' || coalesce(company_name, '') || ' ' ||
      array_to_string(NEW.skills, ' ')), 'B') ||
    setweight(to_tsvector('simple', coalesce(NEW.description, '')), 'C') ||
    setweight(to_tsvector('simple', coalesce(place, '')), 'D');
  RETURN NEW;
END
$$;
CREATE TRIGGER jobs_search_vector_trg BEFORE INSERT OR UPDATE OF title, description, role, skills, company_id, city, locality
  ON jobs FOR EACH ROW EXECUTE FUNCTION jobs_search_vector();

-- Page-serving indexes. Live jobs are status = 'published'; expiry is checked on top.
CREATE INDEX jobs_live_search_idx ON jobs USING gin (search_vector) WHERE status = 'published';
CREATE INDEX jobs_live_recent_idx ON jobs (posted_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX jobs_live_city_recent_idx ON jobs (city, posted_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX jobs_live_geo_idx ON jobs (lat, lng) WHERE status = 'published';
CREATE INDEX jobs_company_idx ON jobs (company_id, created_at DESC);
