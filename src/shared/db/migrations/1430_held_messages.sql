-- A message that waits before it goes (notifications module): a stage move's news to the seeker waits
-- out the employer's undo window. The delivery job is queued to start at `send_after`; claim and the
-- sweeper leave the row alone until then, and an undo deletes the still-waiting row by `hold_key`
-- (it was never sent, so nothing is lost). NULL for every message that goes at once.
ALTER TABLE notifications ADD COLUMN send_after timestamptz;
ALTER TABLE notifications ADD COLUMN hold_key text;
CREATE INDEX notifications_hold_key_idx ON notifications (hold_key) WHERE hold_key IS NOT NULL;
