// SQL for users and sessions, and only here. Tokens arrive already hashed; this file never sees a
// raw password or token.
import type { Queryable } from '../../shared/db/db.ts';

export type Role = 'seeker' | 'employer' | 'admin';

export interface UserRow {
  id: string;
  role: Role;
  name: string;
  phone: string;
  email: string | null;
  password_hash: string;
  /** en | hi | mr: the language of messages sent outside a request (migration 0700). */
  lang: string;
  /** Last sign-in or session use (a day's precision): a long silence means the number may be recycled. */
  last_active_at: Date | null;
  email_verified_at: Date | null;
  /** Set once a code sent to `phone` came back (sign-up by code, or the step after /register). */
  phone_verified_at: Date | null;
  pending_email: string | null;
  /** WhatsApp only after the person said yes (sign-up or profile); off for older accounts. */
  whatsapp_opt_in: boolean;
  created_at: Date;
  deleted_at: Date | null;
  [key: string]: unknown;
}

export const accountsRepo = {
  async insertUser(
    q: Queryable,
    u: {
      role: Role;
      name: string;
      phone: string;
      email: string | null;
      /** A new address waits here until its confirmation link is opened (email-confirm.service.ts). */
      pendingEmail?: string | null;
      passwordHash: string;
      lang?: string;
      /** The phone was proven by a one-time code. */
      phoneVerified?: boolean;
      whatsappOptIn?: boolean;
    },
  ): Promise<UserRow | undefined> {
    const { rows } = await q.query<UserRow>(
      `INSERT INTO users (role, name, phone, email, password_hash, lang, last_active_at,
                          phone_verified_at, whatsapp_opt_in, whatsapp_opt_in_at, pending_email,
                          email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), CASE WHEN $7 THEN now() END, $8, CASE WHEN $8 THEN now() END,
               $9, CASE WHEN $4::text IS NOT NULL THEN now() END)
       ON CONFLICT DO NOTHING RETURNING *`,
      [
        u.role,
        u.name,
        u.phone,
        u.email,
        u.passwordHash,
        u.lang ?? 'en',
        u.phoneVerified ?? false,
        u.whatsappOptIn ?? false,
        u.pendingEmail ?? null,
      ],
    );
    return rows[0];
  },
  /** Bulk load (demo data, imports): one statement per batch. */
  async insertMany(
    q: Queryable,
    users: {
      id: string;
      role: Role;
      name: string;
      phone: string;
      email: string | null;
      password_hash: string;
    }[],
  ): Promise<void> {
    await q.query(
      `INSERT INTO users (id, role, name, phone, email, password_hash)
       SELECT id, role, name, phone, email, password_hash
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, role text, name text, phone text, email text, password_hash text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(users)],
    );
  },
  async existing(
    q: Queryable,
    phone: string,
    email: string | null,
  ): Promise<{ phone: boolean; email: boolean }> {
    const { rows } = await q.query<{ phone: boolean; email: boolean }>(
      `SELECT coalesce(bool_or(phone = $1), false) AS phone,
              coalesce(bool_or(lower(email) = lower($2)), false) AS email
         FROM users WHERE phone = $1 OR lower(email) = lower($2)`,
      [phone, email],
    );
    return rows[0] ?? { phone: false, email: false };
  },
  async byPhone(q: Queryable, phone: string): Promise<UserRow | undefined> {
    const { rows } = await q.query<UserRow>('SELECT * FROM users WHERE phone = $1 AND deleted_at IS NULL', [
      phone,
    ]);
    return rows[0];
  },
  async byEmail(q: Queryable, email: string): Promise<UserRow | undefined> {
    const { rows } = await q.query<UserRow>(
      'SELECT * FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL',
      [email],
    );
    return rows[0];
  },
  async byId(q: Queryable, id: string): Promise<UserRow | undefined> {
    const { rows } = await q.query<UserRow>('SELECT * FROM users WHERE id = $1 AND deleted_at IS NULL', [id]);
    return rows[0];
  },
  /** Many accounts at once (an applicant list); erased or unknown ids are left out. */
  async byIds(q: Queryable, ids: string[]): Promise<UserRow[]> {
    if (!ids.length) return [];
    const { rows } = await q.query<UserRow>(
      'SELECT * FROM users WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL',
      [ids],
    );
    return rows;
  },
  /** The language the user reads the site in (users.lang, default 'en'); undefined for no such user. */
  async langOf(q: Queryable, id: string): Promise<string | undefined> {
    const { rows } = await q.query<{ lang: string }>('SELECT lang FROM users WHERE id = $1', [id]);
    return rows[0]?.lang;
  },
  async insertSession(
    q: Queryable,
    tokenHash: string,
    userId: string,
    life: { absoluteSeconds: number; idleSeconds: number },
  ): Promise<void> {
    await q.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, idle_seconds, idle_expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3::int), $4::int, now() + make_interval(secs => $4::int))`,
      [tokenHash, userId, life.absoluteSeconds, life.idleSeconds],
    );
  },
  /** The user of a live session: before both its absolute and its idle end. */
  async userForSession(
    q: Queryable,
    tokenHash: string,
  ): Promise<(UserRow & { session_last_seen_at: Date }) | undefined> {
    const { rows } = await q.query<UserRow & { session_last_seen_at: Date }>(
      `SELECT u.*, s.last_seen_at AS session_last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND s.idle_expires_at > now()
          AND u.deleted_at IS NULL`,
      [tokenHash],
    );
    return rows[0];
  },
  /** The session was used: its idle end moves to idle_seconds from now. */
  async touchSession(q: Queryable, tokenHash: string): Promise<void> {
    await q.query(
      `UPDATE sessions SET last_seen_at = now(), idle_expires_at = now() + make_interval(secs => idle_seconds)
        WHERE token_hash = $1`,
      [tokenHash],
    );
  },
  async deleteSession(q: Queryable, tokenHash: string): Promise<void> {
    await q.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  },
  /** Retention: up to `batch` sessions that ended (absolute or idle) over a day ago; how many went. */
  async deleteExpiredSessions(q: Queryable, batch: number): Promise<number> {
    const { rows } = await q.query(
      `DELETE FROM sessions WHERE token_hash IN (
         SELECT token_hash FROM sessions WHERE least(expires_at, idle_expires_at) < now() - interval '1 day'
          LIMIT $1)
       RETURNING 1`,
      [batch],
    );
    return rows.length;
  },
  async deleteSessionsOf(q: Queryable, userId: string, keepTokenHash: string | null = null): Promise<number> {
    const { rows } = await q.query(
      'DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR token_hash <> $2) RETURNING 1',
      [userId, keepTokenHash],
    );
    return rows.length;
  },
  /** Marks the account active now, at most once an hour (the recycled-number check reads it). */
  async touch(q: Queryable, userId: string): Promise<void> {
    await q.query(
      `UPDATE users SET last_active_at = now()
        WHERE id = $1 AND (last_active_at IS NULL OR last_active_at < now() - interval '1 hour')`,
      [userId],
    );
  },
  async setPassword(q: Queryable, userId: string, passwordHash: string): Promise<void> {
    await q.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
  },
  /** The account's own number is proven (a code it received). */
  async markPhoneVerified(q: Queryable, userId: string): Promise<void> {
    await q.query('UPDATE users SET phone_verified_at = now() WHERE id = $1 AND phone_verified_at IS NULL', [
      userId,
    ]);
  },
  /** False when another account already holds the number. */
  async setPhone(q: Queryable, userId: string, phone: string): Promise<boolean> {
    const { rows } = await q.query(
      `UPDATE users SET phone = $2, phone_verified_at = now() WHERE id = $1
          AND NOT EXISTS (SELECT 1 FROM users WHERE phone = $2) RETURNING 1`,
      [userId, phone],
    );
    return rows.length > 0;
  },
  /** A recycled number: the old account keeps its data but no longer answers to the number. */
  async detachPhone(q: Queryable, userId: string): Promise<void> {
    await q.query(`UPDATE users SET phone = 'detached:' || id, phone_verified_at = NULL WHERE id = $1`, [
      userId,
    ]);
  },
  async setPendingEmail(q: Queryable, userId: string, email: string | null): Promise<void> {
    await q.query('UPDATE users SET pending_email = $2 WHERE id = $1', [userId, email]);
  },
  /** The link was opened: the pending email becomes the email (false if it changed meanwhile or is taken). */
  async confirmEmail(q: Queryable, userId: string, email: string): Promise<boolean> {
    const { rows } = await q.query(
      `UPDATE users SET email = pending_email, pending_email = NULL, email_verified_at = now()
        WHERE id = $1 AND lower(pending_email) = lower($2)
          AND NOT EXISTS (SELECT 1 FROM users o WHERE lower(o.email) = lower($2) AND o.id <> $1)
        RETURNING 1`,
      [userId, email],
    );
    return rows.length > 0;
  },
  async setWhatsAppOptIn(q: Queryable, userId: string, optIn: boolean): Promise<void> {
    await q.query(
      `UPDATE users SET whatsapp_opt_in = $2, whatsapp_opt_in_at = CASE WHEN $2 THEN now() END WHERE id = $1`,
      [userId, optIn],
    );
  },
  /** Erasure keeps the row (other tables point at it) but removes everything that identifies. */
  /** Sets the language messages are written in; true when it changed. */
  async setName(q: Queryable, userId: string, name: string): Promise<void> {
    await q.query('UPDATE users SET name = $2 WHERE id = $1', [userId, name]);
  },
  async setLang(q: Queryable, userId: string, lang: string): Promise<boolean> {
    const { rows } = await q.query('UPDATE users SET lang = $2 WHERE id = $1 AND lang <> $2 RETURNING 1', [
      userId,
      lang,
    ]);
    return rows.length > 0;
  },
  async anonymise(q: Queryable, userId: string): Promise<void> {
    await q.query(
      `UPDATE users SET name = 'Deleted user', phone = 'deleted:' || id, email = NULL, pending_email = NULL,
              password_hash = '!', deleted_at = now() WHERE id = $1`,
      [userId],
    );
  },
};
