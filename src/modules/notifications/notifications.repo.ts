// SQL for the notification outbox, and only here. Rows never hold a recipient address; delivery
// claims a row for a short lease so two workers cannot send one message twice.
import type { Queryable } from '../../shared/db/db.ts';
import type { Attachment } from './notifications.providers.ts';

export type Channel = 'email' | 'sms' | 'whatsapp';
export type NotificationStatus = 'queued' | 'sent' | 'failed' | 'not_sent';

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
  provider: string | null;
  /** From the provider's delivery report (delivered, read, failed ...). */
  delivery_status: string | null;
  delivered_at: Date | null;
  /** The registered template's variables (SMS / WhatsApp); never a code or an address. */
  template_vars: Record<string, string>;
  /** A company email confirmation link: delivered to that address, not the account's (migration 1100). */
  company_email_confirmation_id: number | null;
}

const COLUMNS = `id, user_id, channel, template, subject, body, attachments, headers, status, attempts,
  last_error, created_at, sent_at, provider_message_id, provider, delivery_status, delivered_at, template_vars,
  company_email_confirmation_id`;

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
      templateVars?: Record<string, string>;
      companyEmailConfirmationId?: number | null;
      /** Held: not sent before this many seconds, and dropped by `dropHeld(holdKey)` until then. */
      hold?: { seconds: number; key: string };
    },
  ): Promise<number> {
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO notifications (user_id, channel, template, subject, body, attachments, headers, template_vars,
         company_email_confirmation_id, send_after, hold_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
         CASE WHEN $10::int IS NULL THEN NULL ELSE now() + make_interval(secs => $10::int) END, $11)
       RETURNING id`,
      [
        n.userId,
        n.channel,
        n.template,
        n.subject,
        n.body,
        JSON.stringify(n.attachments),
        JSON.stringify(n.headers),
        JSON.stringify(n.templateVars ?? {}),
        n.companyEmailConfirmationId ?? null,
        n.hold?.seconds ?? null,
        n.hold?.key ?? null,
      ],
    );
    return rows[0]!.id;
  },

  /** Deletes the newest message still waiting under `key` (an undo of the latest move); 1 or 0. */
  async dropHeld(q: Queryable, key: string): Promise<number> {
    const { rows } = await q.query<{ id: number }>(
      `DELETE FROM notifications
        WHERE id = (SELECT id FROM notifications
                     WHERE hold_key = $1 AND status = 'queued' AND send_after > now() AND attempts = 0
                     ORDER BY id DESC LIMIT 1)
        RETURNING id`,
      [key],
    );
    return rows.length;
  },

  /** Lets every message held under `key` go now (the moves they tell of can no longer be undone). */
  async releaseHeld(q: Queryable, key: string): Promise<number> {
    const { rows } = await q.query<{ id: number }>(
      `UPDATE notifications SET send_after = now()
        WHERE hold_key = $1 AND status = 'queued' AND send_after > now() RETURNING id`,
      [key],
    );
    return rows.length;
  },
  /** How many messages each of `keys` still holds back (each one an undo could still drop). */
  async heldCounts(q: Queryable, keys: string[]): Promise<Map<string, number>> {
    if (!keys.length) return new Map();
    const { rows } = await q.query<{ hold_key: string; n: number }>(
      `SELECT hold_key, count(*)::int AS n FROM notifications
        WHERE hold_key = ANY($1::text[]) AND status = 'queued' AND send_after > now() AND attempts = 0
        GROUP BY hold_key`,
      [keys],
    );
    return new Map(rows.map((r) => [r.hold_key, Number(r.n)]));
  },

  /** A message sent at once, outside the queue (a one-time code): its row with the outcome. */
  async insertSent(
    q: Queryable,
    n: {
      userId: string | null;
      /** SMS unless told: a sign-in code; email for a confirmation link. */
      channel?: 'sms' | 'email';
      subject?: string | null;
      template: string;
      body: string;
      status: 'sent' | 'failed' | 'not_sent';
      provider: string;
      providerMessageId: string | null;
      error: string | null;
    },
  ): Promise<number> {
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO notifications (user_id, channel, template, body, status, attempts, provider,
                                  provider_message_id, last_error, sent_at, subject)
       VALUES ($1, $8, $2, $3, $4, 1, $5, $6, $7, CASE WHEN $4 = 'sent' THEN now() END, $9) RETURNING id`,
      [
        n.userId,
        n.template,
        n.body,
        n.status,
        n.provider,
        n.providerMessageId,
        n.error,
        n.channel ?? 'sms',
        n.subject ?? null,
      ],
    );
    return rows[0]!.id;
  },

  /** No provider for the channel: kept, said so, never retried. */
  async markNotSent(q: Queryable, id: number, provider: string, reason: string): Promise<void> {
    await q.query(
      `UPDATE notifications SET status = 'not_sent', provider = $2, last_error = $3, claimed_until = NULL
        WHERE id = $1`,
      [id, provider, reason],
    );
  },

  /**
   * A provider's delivery report for one message (notifications_provider_msg_idx). A report never
   * moves a message backwards (read stays read when a late "delivered" arrives); true if it changed.
   */
  async recordDelivery(
    q: Queryable,
    provider: string,
    providerMessageId: string,
    status: 'delivered' | 'read' | 'failed',
    error: string | null,
  ): Promise<boolean> {
    const { rows } = await q.query(
      `UPDATE notifications
          SET delivery_status = $3,
              delivered_at = CASE WHEN $3 IN ('delivered', 'read') THEN coalesce(delivered_at, now()) ELSE delivered_at END,
              status = CASE WHEN $3 = 'failed' THEN 'failed' ELSE status END,
              last_error = CASE WHEN $3 = 'failed' THEN $4 ELSE last_error END
        WHERE provider_message_id = $2 AND provider = $1
          AND NOT (coalesce(delivery_status, '') = 'read' AND $3 <> 'read')
          AND delivery_status IS DISTINCT FROM $3
        RETURNING 1`,
      [provider, providerMessageId, status, error],
    );
    return rows.length > 0;
  },

  /** Many plain messages (no attachments or headers) in one statement; their ids. */
  async insertMany(
    q: Queryable,
    list: {
      userId: string;
      channel: Channel;
      template: string;
      subject: string | null;
      body: string;
      /** Held, as in `insert`: not sent before `seconds`, dropped by `dropHeld(key)` until then. */
      hold?: { seconds: number; key: string };
    }[],
  ): Promise<number[]> {
    if (!list.length) return [];
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO notifications (user_id, channel, template, subject, body, send_after, hold_key)
       SELECT u, c, t, s, b, CASE WHEN h IS NULL THEN NULL ELSE now() + make_interval(secs => h) END, k
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])
              AS n(u, c, t, s, b, h, k)
       RETURNING id`,
      [
        list.map((n) => n.userId),
        list.map((n) => n.channel),
        list.map((n) => n.template),
        list.map((n) => n.subject),
        list.map((n) => n.body),
        list.map((n) => n.hold?.seconds ?? null),
        list.map((n) => n.hold?.key ?? null),
      ],
    );
    return rows.map((r) => r.id);
  },

  /** Takes a queued message for `leaseSeconds`, counting the attempt; none if sent, failed, claimed or still waiting. */
  async claim(q: Queryable, id: number, leaseSeconds: number): Promise<NotificationRow | undefined> {
    const { rows } = await q.query<NotificationRow>(
      `UPDATE notifications
          SET attempts = attempts + 1, claimed_until = now() + make_interval(secs => $2)
        WHERE id = $1 AND status = 'queued' AND (claimed_until IS NULL OR claimed_until < now())
          AND (send_after IS NULL OR send_after <= now())
        RETURNING ${COLUMNS}`,
      [id, leaseSeconds],
    );
    return rows[0];
  },

  async markSent(q: Queryable, id: number, providerMessageId: string, provider: string): Promise<void> {
    await q.query(
      `UPDATE notifications SET status = 'sent', sent_at = now(), provider_message_id = $2, provider = $3,
              claimed_until = NULL, last_error = NULL
        WHERE id = $1`,
      [id, providerMessageId, provider],
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
        WHERE status = 'queued' AND coalesce(send_after, created_at) < now() - make_interval(secs => $1)
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
