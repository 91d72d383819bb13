// SQL for one-time codes (1020_phone_accounts.sql), and only here. Codes arrive already hashed;
// this file never sees a plain code.
import type { Queryable } from '../../shared/db/db.ts';

export interface OtpRow {
  id: number;
  purpose: string;
  phone: string;
  scope: string;
  code_hash: string;
  attempts: number;
  expired: boolean;
  age_seconds: number;
}

export const otpRepo = {
  /** A new code replaces the unused ones of the same phone, purpose and scope. */
  async insert(
    q: Queryable,
    c: { purpose: string; phone: string; scope: string; codeHash: string; ttlSeconds: number },
  ): Promise<void> {
    await q.query(
      `UPDATE otp_codes SET consumed_at = now()
        WHERE phone = $1 AND purpose = $2 AND scope = $3 AND consumed_at IS NULL`,
      [c.phone, c.purpose, c.scope],
    );
    await q.query(
      `INSERT INTO otp_codes (purpose, phone, scope, code_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [c.purpose, c.phone, c.scope, c.codeHash, c.ttlSeconds],
    );
  },
  /** Codes sent to a phone for a purpose in the last `windowSeconds`, newest first (otp_codes_phone_idx). */
  async recentSends(
    q: Queryable,
    phone: string,
    purpose: string,
    windowSeconds: number,
  ): Promise<{ age_seconds: number }[]> {
    const { rows } = await q.query<{ age_seconds: number }>(
      `SELECT extract(epoch FROM now() - created_at)::float8 AS age_seconds FROM otp_codes
        WHERE phone = $1 AND purpose = $2 AND created_at > now() - make_interval(secs => $3)
        ORDER BY created_at DESC`,
      [phone, purpose, windowSeconds],
    );
    return rows;
  },
  async latest(q: Queryable, phone: string, purpose: string, scope: string): Promise<OtpRow | undefined> {
    const { rows } = await q.query<OtpRow>(
      `SELECT id, purpose, phone, scope, code_hash, attempts, expires_at < now() AS expired,
              extract(epoch FROM now() - created_at)::float8 AS age_seconds
         FROM otp_codes
        WHERE phone = $1 AND purpose = $2 AND scope = $3 AND consumed_at IS NULL
        ORDER BY created_at DESC LIMIT 1`,
      [phone, purpose, scope],
    );
    return rows[0];
  },
  async countAttempt(q: Queryable, id: number): Promise<number> {
    const { rows } = await q.query<{ attempts: number }>(
      'UPDATE otp_codes SET attempts = attempts + 1 WHERE id = $1 RETURNING attempts',
      [id],
    );
    return rows[0]?.attempts ?? 0;
  },
  async consume(q: Queryable, id: number): Promise<void> {
    await q.query('UPDATE otp_codes SET consumed_at = now() WHERE id = $1', [id]);
  },
};
