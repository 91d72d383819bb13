// SQL for the notification outbox, and only here. Rows never hold a recipient address; delivery
// claims a row for a short lease so two workers cannot send one message twice.
import type { Queryable } from '../../shared/db/db.ts';
import type { Attachment } from './notifications.providers.ts';

export type Channel = 'email' | 'sms' | 'whatsapp';
export type NotificationStatus = 'queued' | 'sent' | 'failed';

export interface NotificationRow {
  id: number;
  user_id: string | null;
  channel: Channel;
  template: string;
  subject: string | null;
  body: string;
  attachments: Attachment[];
  headers: Record<string, string>;
  status: NotificationStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  provider_message_id: string | null;
  /** A company email confirmation link: delivered to that address, not the account's (migration 1100). */
  company_email_confirmation_id: number | null;
}

const COLUMNS = `id, user_id, channel, template, subject, body, attachments, headers, status, attempts,
  last_error, created_at, sent_at, provider_message_id, company_email_confirmation_id`;

export const notificationsRepo = {
  async insert(
    q: Queryable,
    n: {
      userId: string;
      channel: Channel;
      template: string;
      subject: string | null;
      body: string;
      attachments: Attachment[];
      headers: Record<string, string>;
      companyEmailConfirmationId?: number | null;
    },
  ): Promise<number> {
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO notifications (user_id, channel, template, subject, body, attachments, headers, company_email_confirmation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        n.userId,
        n.channel,
        n.template,
        n.subject,
        n.body,
        JSON.stringify(n.attachments),
        JSON.stringify(n.headers),
        n.companyEmailConfirmationId ?? null,
      ],
    );
    return rows[0]!.id;
  },

  /** Many plain messages (no attachments or headers) in one statement; their ids. */
  async insertMany(
    q: Queryable,
    list: { userId: string; channel: Channel; template: string; subject: string | null; body: string }[],
  ): Promise<number[]> {
    if (!list.length) return [];
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO notifications (user_id, channel, template, subject, body)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) RETURNING id`,
      [
        list.map((n) => n.userId),
        list.map((n) => n.channel),
        list.map((n) => n.template),
        list.map((n) => n.subject),
        list.map((n) => n.body),
      ],
    );
    return rows.map((r) => r.id);
  },

  /** Takes a queued message for `leaseSeconds`, counting the attempt; none if sent, failed or held. */
  async claim(q: Queryable, id: number, leaseSeconds: number): Promise<NotificationRow | undefined> {
    const { rows } = await q.query<NotificationRow>(
      `UPDATE notifications
          SET attempts = attempts + 1, claimed_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND status = 'queued' AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING ${COLUMNS}`,
      [id, leaseSeconds],
    );
    return rows[0];
  },

  async markSent(q: Queryable, id: number, providerMessageId: string): Promise<void> {
    await q.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), provider_message_id = $2,
              claimed_until = NULL, last_error = NULL
        WHERE id = $1`,
      [id, providerMessageId],
    );
  },

  /** A failed attempt: back to the queue for a retry, or `failed` for good. */
  async markAttemptFailed(q: Queryable, id: number, error: string, final: boolean): Promise<void> {
    await q.query(
      `UPDATE notifications SET status = CASE WHEN $3 THEN 'failed' ELSE 'queued' END,
              last_error = $2, claimed_until = NULL
        WHERE id = $1`,
      [id, error.slice(0, 500), final],
    );
  },

  /** Queued messages whose delivery job may have been lost (a crash between commit and enqueue). */
  async stale(q: Queryable, olderThanSeconds: number, limit: number): Promise<number[]> {
    const { rows } = await q.query<{ id: number }>(
      `SELECT id FROM notifications
        WHERE status = 'queued' AND created_at < now() - make_interval(secs => $1)
          AND (claimed_until IS NULL OR claimed_until < now())
        ORDER BY created_at LIMIT $2`,
      [olderThanSeconds, limit],
    );
    return rows.map((r) => r.id);
  },

  /** Newest first, keyset-paged by id (notifications_pkey; notifications_user_idx for one person). */
  async recent(
    q: Queryable,
    opts: { limit: number; beforeId?: number; userId?: string },
  ): Promise<NotificationRow[]> {
    const { rows } = await q.query<NotificationRow>(
      `SELECT ${COLUMNS} FROM notifications
        WHERE ($2::bigint IS NULL OR id < $2) AND ($3::uuid IS NULL OR user_id = $3)
        ORDER BY id DESC LIMIT $1`,
      [opts.limit, opts.beforeId ?? null, opts.userId ?? null],
    );
    return rows;
  },

  async byId(q: Queryable, id: number): Promise<NotificationRow | undefined> {
    const { rows } = await q.query<NotificationRow>(`SELECT ${COLUMNS} FROM notifications WHERE id = $1`, [
      id,
    ]);
    return rows[0];
  },

  /** Retention: up to `batch` sent or failed messages older than `days`; returns how many went. */
  async deleteOlderThan(q: Queryable, days: number, batch: number): Promise<number> {
    const { rows } = await q.query(
      `DELETE FROM notifications WHERE id IN (
         SELECT id FROM notifications
          WHERE created_at < now() - make_interval(days => $1) AND status <> 'queued' LIMIT $2)
       RETURNING 1`,
      [days, batch],
    );
    return rows.length;
  },
  async deleteOf(q: Queryable, userId: string): Promise<void> {
    await q.query('DELETE FROM notifications WHERE user_id = $1', [userId]);
  },
};
