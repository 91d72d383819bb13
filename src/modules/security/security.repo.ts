// SQL for sign-in throttling, known devices and admins' second factor, and only here. Keys, device
// ids and recovery codes arrive already hashed; the TOTP secret arrives encrypted.
import type { Queryable } from '../../shared/db/db.ts';

/** Seconds to wait after the n-th failure in a row: none up to `free`, then doubling up to `cap`. */
const DELAY_SQL = (n: string) =>
  `CASE WHEN ${n} <= $2::int THEN 0 ELSE least($3::float8, 2 ^ (${n} - $2::int)) END`;
/** Failures in a row: a key quiet for an hour starts again from one. */
const NEXT_FAILURES = `CASE WHEN t.last_attempt_at < now() - interval '1 hour' THEN 1 ELSE t.failures + 1 END`;

export interface TotpRow {
  user_id: string;
  secret_enc: string;
  confirmed_at: Date | null;
  last_step: string;
}

export const securityRepo = {
  /**
   * Counts an attempt on `key` before the password is checked (so a burst of parallel tries cannot
   * all slip past), unless the key is still waiting: then nothing is counted and the wait is
   * returned. A success deletes the row.
   */
  async attempt(q: Queryable, key: string, free: number, capSeconds: number): Promise<number> {
    const { rows } = await q.query<{ failures: number }>(
      `INSERT INTO login_throttle AS t (key, failures, blocked_until, last_attempt_at)
       VALUES ($1, 1, now() + make_interval(secs => ${DELAY_SQL('1')}), now())
       ON CONFLICT (key) DO UPDATE SET
         failures = ${NEXT_FAILURES},
         blocked_until = now() + make_interval(secs => ${DELAY_SQL(`(${NEXT_FAILURES})`)}),
         last_attempt_at = now()
       WHERE t.blocked_until <= clock_timestamp()
       RETURNING failures`,
      [key, free, capSeconds],
    );
    // Not counted means waiting, even when the wait rounds down to nothing (a concurrent try).
    return rows.length ? 0 : Math.max(1, await securityRepo.waitFor(q, key));
  },
  /** Counts a failure on `key` after the fact (the per-IP count, which successes leave alone). */
  async fail(q: Queryable, key: string, free: number, capSeconds: number): Promise<void> {
    await q.query(
      `INSERT INTO login_throttle AS t (key, failures, blocked_until, last_attempt_at)
       VALUES ($1, 1, now() + make_interval(secs => ${DELAY_SQL('1')}), now())
       ON CONFLICT (key) DO UPDATE SET
         failures = ${NEXT_FAILURES},
         blocked_until = greatest(t.blocked_until, now() + make_interval(secs => ${DELAY_SQL(`(${NEXT_FAILURES})`)})),
         last_attempt_at = now()`,
      [key, free, capSeconds],
    );
  },
  /** Whole seconds `key` must still wait (0: none). */
  async waitFor(q: Queryable, key: string): Promise<number> {
    const { rows } = await q.query<{ wait: number }>(
      `SELECT greatest(0, ceil(extract(epoch FROM blocked_until - clock_timestamp())))::int AS wait
         FROM login_throttle WHERE key = $1`,
      [key],
    );
    return rows[0]?.wait ?? 0;
  },
  async clear(q: Queryable, key: string): Promise<void> {
    await q.query('DELETE FROM login_throttle WHERE key = $1', [key]);
  },
  /** Retention: keys quiet for a day have nothing left to slow down. */
  async pruneThrottle(q: Queryable, batch: number): Promise<number> {
    const { rows } = await q.query(
      `DELETE FROM login_throttle WHERE key IN (
         SELECT key FROM login_throttle WHERE last_attempt_at < now() - interval '1 day' LIMIT $1)
       RETURNING 1`,
      [batch],
    );
    return rows.length;
  },

  async isKnownDevice(q: Queryable, userId: string, deviceHash: string): Promise<boolean> {
    const { rows } = await q.query('SELECT 1 FROM known_devices WHERE user_id = $1 AND device_hash = $2', [
      userId,
      deviceHash,
    ]);
    return rows.length > 0;
  },
  /** Remembers (or refreshes) a device; true when it was new for this person. */
  async rememberDevice(q: Queryable, userId: string, deviceHash: string): Promise<boolean> {
    const { rows } = await q.query<{ inserted: boolean }>(
      `INSERT INTO known_devices AS d (user_id, device_hash) VALUES ($1, $2)
       ON CONFLICT (user_id, device_hash) DO UPDATE SET last_seen_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [userId, deviceHash],
    );
    return rows[0]?.inserted ?? false;
  },
  /** Retention: a device unused for a year is a stranger again. */
  async pruneDevices(q: Queryable, batch: number): Promise<number> {
    const { rows } = await q.query(
      `DELETE FROM known_devices WHERE (user_id, device_hash) IN (
         SELECT user_id, device_hash FROM known_devices WHERE last_seen_at < now() - interval '365 days' LIMIT $1)
       RETURNING 1`,
      [batch],
    );
    return rows.length;
  },

  async totpOf(q: Queryable, userId: string): Promise<TotpRow | undefined> {
    const { rows } = await q.query<TotpRow>('SELECT * FROM admin_totp WHERE user_id = $1', [userId]);
    return rows[0];
  },
  /** A new secret: unconfirmed until a code from it is typed back (or confirmed by the operator). */
  async putTotp(q: Queryable, userId: string, secretEnc: string, confirmed: boolean): Promise<void> {
    await q.query(
      `INSERT INTO admin_totp (user_id, secret_enc, confirmed_at) VALUES ($1, $2, CASE WHEN $3 THEN now() END)
       ON CONFLICT (user_id) DO UPDATE SET secret_enc = $2, confirmed_at = CASE WHEN $3 THEN now() END,
         last_step = 0, created_at = now()`,
      [userId, secretEnc, confirmed],
    );
  },
  async confirmTotp(q: Queryable, userId: string): Promise<void> {
    await q.query('UPDATE admin_totp SET confirmed_at = now() WHERE user_id = $1', [userId]);
  },
  /** Claims a time step; false when it (or a later one) was already used: a replayed code. */
  async useStep(q: Queryable, userId: string, step: number): Promise<boolean> {
    const { rows } = await q.query(
      'UPDATE admin_totp SET last_step = $2 WHERE user_id = $1 AND last_step < $2 RETURNING 1',
      [userId, step],
    );
    return rows.length > 0;
  },
  async replaceRecoveryCodes(q: Queryable, userId: string, hashes: string[]): Promise<void> {
    await q.query('DELETE FROM admin_recovery_codes WHERE user_id = $1', [userId]);
    await q.query('INSERT INTO admin_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      hashes,
    ]);
  },
  /** Spends a recovery code; false when it is unknown or spent. */
  async useRecoveryCode(q: Queryable, userId: string, codeHash: string): Promise<boolean> {
    const { rows } = await q.query(
      `UPDATE admin_recovery_codes SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1`,
      [userId, codeHash],
    );
    return rows.length > 0;
  },
};
