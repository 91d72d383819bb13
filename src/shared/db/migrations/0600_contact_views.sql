-- Who saw which contact detail of whom, when and why (DPDP Act 2023 accountability). Rows are
-- written by privacy.recordContactView and kept after the viewer's account is erased.
CREATE TABLE contact_views (
  id bigserial PRIMARY KEY,
  viewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  subject_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  field text NOT NULL CHECK (field IN ('phone', 'email', 'whatsapp', 'address', 'resume')),
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
  viewed_at timestamptz NOT NULL DEFAULT now()
);
-- "Who saw my details" (export, a future page), newest first.
CREATE INDEX contact_views_subject_idx ON contact_views (subject_user_id, viewed_at DESC);
CREATE INDEX contact_views_viewer_idx ON contact_views (viewer_id, viewed_at DESC);
