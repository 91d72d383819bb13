-- The notification outbox: every email/SMS/WhatsApp message is a row first, then delivered by a
-- queue job. The recipient's address is looked up at delivery time and never stored here, so an
-- erased account leaves no address behind in old messages.
CREATE TABLE notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
  template text NOT NULL,
  subject text,
  body text NOT NULL,
  -- [{ filename, content_type, content }] (text content, e.g. an .ics invite)
  attachments jsonb NOT NULL DEFAULT '[]',
  -- Extra mail headers (List-Unsubscribe); never an address.
  headers jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  -- A delivery in progress holds the row until then, so two workers never send it twice.
  claimed_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  provider_message_id text
);
-- The outbox pages read newest first by id (notifications_pkey); one person's messages here.
CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC);
-- The sweeper: messages whose delivery job was lost.
CREATE INDEX notifications_queued_idx ON notifications (created_at) WHERE status = 'queued';
