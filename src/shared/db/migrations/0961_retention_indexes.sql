-- The daily retention run (queue data-retention) finds rows past their period by these, instead of
-- reading whole tables: sessions by expiry, messages and contact-view records by age.
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE INDEX notifications_created_idx ON notifications (created_at);
CREATE INDEX contact_views_viewed_idx ON contact_views (viewed_at);
