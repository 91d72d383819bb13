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
  created_at: Date;
  deleted_at: Date | null;
  [key: string]: unknown;
}

export const accountsRepo = {
  async insertUser(
    q: Queryable,
    u: { role: Role; name: string; phone: string; email: string | null; passwordHash: string; lang?: string },
  ): Promise<UserRow | undefined> {
    const { rows } = await q.query<UserRow>(
      `INSERT INTO users (role, name, phone, email, password_hash, lang) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING *`,
      [u.role, u.name, u.phone, u.email, u.passwordHash, u.lang ?? 'en'],
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
  async setPassword(q: Queryable, userId: string, passwordHash: string): Promise<void> {
    await q.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
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
  /** Ends every session of a user, except the one `keepTokenHash` names (the caller's own). */
  async deleteSessionsOf(q: Queryable, userId: string, keepTokenHash: string | null = null): Promise<void> {
    await q.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [
      userId,
      keepTokenHash,
    ]);
  },
  /** Erasure keeps the row (other tables point at it) but removes everything that identifies. */
  /** Sets the language messages are written in; true when it changed. */
  async setLang(q: Queryable, userId: string, lang: string): Promise<boolean> {
    const { rows } = await q.query('UPDATE users SET lang = $2 WHERE id = $1 AND lang <> $2 RETURNING 1', [
      userId,
      lang,
    ]);
    return rows.length > 0;
  },
  async anonymise(q: Queryable, userId: string): Promise<void> {
    await q.query(
      `UPDATE users SET name = 'Deleted user', phone = 'deleted:' || id, email = NULL,
              password_hash = '!', deleted_at = now() WHERE id = $1`,
      [userId],
    );
  },
};
