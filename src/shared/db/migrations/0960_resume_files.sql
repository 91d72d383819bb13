-- Resume files in the database (the default store, both engines): in every backup, on every app
-- instance, and removed with the account. Owned by the seekers module (seekers/resume-files.repo.ts).
-- `key` is the random name seeker_profiles.resume_key holds, the same in every store, so
-- `deskhire files move` can carry a file between stores without touching the profile.
CREATE TABLE resume_files (
  key text PRIMARY KEY CHECK (key ~ '^[a-f0-9]{32}\.pdf$'),
  owner_id uuid REFERENCES users (id) ON DELETE CASCADE,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Erasure removes everything one person uploaded.
CREATE INDEX resume_files_owner_idx ON resume_files (owner_id);
