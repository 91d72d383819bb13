// Confirming a company's email address: a link with a random token goes to the address (the caller
// sends it through notifications), and only a click on it makes the address count. The token is kept
// only as a SHA-256 hash and expires; the address alone, typed by anyone, proves nothing.
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { companyEmailRepo } from './company-email.repo.ts';

/** How long a confirmation link works. */
export const EMAIL_LINK_TTL_SECONDS = 48 * 3600;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export type EmailConfirmOutcome =
  | { status: 'confirmed'; companyId: string; email: string }
  | { status: 'expired' | 'unknown' };

export function companyEmailConfirmation(db: Db) {
  return {
    /** A new link for this address; returns the token for the message (never stored) and the row id. */
    async start(q: Queryable, companyId: string, email: string): Promise<{ id: number; token: string }> {
      const token = randomBytes(32).toString('base64url');
      const id = await companyEmailRepo.insert(q, {
        companyId,
        email,
        tokenHash: hashToken(token),
        ttlSeconds: EMAIL_LINK_TTL_SECONDS,
      });
      return { id, token };
    },
    /** The click: confirms the address the link was sent to, once, before it expires. */
    async confirm(q: Queryable, token: string): Promise<EmailConfirmOutcome> {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: 'unknown' };
      const row = await companyEmailRepo.byTokenHash(q, hashToken(token));
      if (!row) return { status: 'unknown' };
      if (row.confirmed_at) return { status: 'confirmed', companyId: row.company_id, email: row.email };
      if (row.expired) return { status: 'expired' };
      await companyEmailRepo.markConfirmed(q, row.id);
      return { status: 'confirmed', companyId: row.company_id, email: row.email };
    },
    isConfirmed: (q: Queryable, companyId: string, email: string) =>
      companyEmailRepo.isConfirmed(q, companyId, email),
    /** The address a confirmation message goes to, while its link still works. */
    addressOf: (id: number) => companyEmailRepo.addressOf(db, id),
  };
}

export type CompanyEmailConfirmation = ReturnType<typeof companyEmailConfirmation>;
