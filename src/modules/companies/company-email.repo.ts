// SQL for confirming a company's email address by a link: one row per link sent, the token kept only as
// its SHA-256 hash. Never stores the token itself; never says whether an unknown token exists.
import type { Queryable } from '../../shared/db/db.ts';

export interface EmailConfirmationRow {
  id: number;
  company_id: string;
  email: string;
  expired: boolean;
  confirmed_at: Date | null;
}

export const companyEmailRepo = {
  async insert(
    q: Queryable,
    c: { companyId: string; email: string; tokenHash: string; ttlSeconds: number },
  ): Promise<number> {
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO company_email_confirmations (company_id, email, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING id`,
      [c.companyId, c.email, c.tokenHash, c.ttlSeconds],
    );
    return Number(rows[0]!.id);
  },

  /** The link's row, locked so that two clicks confirm once. */
  async byTokenHash(q: Queryable, tokenHash: string): Promise<EmailConfirmationRow | undefined> {
    const { rows } = await q.query<EmailConfirmationRow>(
      `SELECT id, company_id, email, confirmed_at, (expires_at <= now()) AS expired
         FROM company_email_confirmations WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  },

  async markConfirmed(q: Queryable, id: number): Promise<void> {
    await q.query('UPDATE company_email_confirmations SET confirmed_at = now() WHERE id = $1', [id]);
  },

  async isConfirmed(q: Queryable, companyId: string, email: string): Promise<boolean> {
    const { rows } = await q.query(
      `SELECT 1 FROM company_email_confirmations
        WHERE company_id = $1 AND email = $2 AND confirmed_at IS NOT NULL LIMIT 1`,
      [companyId, email],
    );
    return rows.length > 0;
  },

  /** Where a confirmation link goes (the delivery's only reader of the address). */
  async addressOf(q: Queryable, id: number): Promise<string | undefined> {
    const { rows } = await q.query<{ email: string }>(
      'SELECT email FROM company_email_confirmations WHERE id = $1 AND expires_at > now()',
      [id],
    );
    return rows[0]?.email;
  },
};
