// Confirming an email by a link before it is used: a new or changed address waits as
// `pending_email` (nothing is sent to it but the link, and it does not sign anyone in) until the
// signed link in the mail is opened. Emails on file before this existed count as confirmed. Never
// logs an address or a token.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../shared/db/db.ts';
import { Conflict, Invalid, Unauthorized } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { accountsRepo } from './accounts.repo.ts';
import type { AccountsService, AuthUser } from './accounts.service.ts';
import type { SendOutcome } from './otp.service.ts';

/** A link stays good this long: long enough for a phone that checks mail once a day. */
export const EMAIL_LINK_DAYS = 3;

/** Sends a registered email template to an address now and records it (notifications implements it). */
export type Mailer = (
  to: { address: string; userId: string | null; lang: Lang },
  template: 'emailConfirm' | 'emailCode',
  vars: Record<string, string>,
) => Promise<SendOutcome>;

/** 'meena.jadhav@gmail.com' -> 'm•••@gmail.com': enough to recognise, not to read out. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : '•••';
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function createEmailConfirmService(
  db: Db,
  deps: {
    accounts: AccountsService;
    mail: Mailer;
    publicUrl: string;
    appSecret: string;
    /** Told when a confirmed email replaces one the account had (the owner hears of the change). */
    replaced?: (userId: string) => Promise<void>;
  },
) {
  const mac = (payload: string) =>
    createHmac('sha256', deps.appSecret).update(`confirm-email:${payload}`).digest('base64url');

  /** `<base64url of id|email|expiry>.<HMAC>`: works without sign-in, cannot be made for another address. */
  function tokenFor(userId: string, email: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + EMAIL_LINK_DAYS * 86_400;
    const payload = Buffer.from(`${userId}|${email.toLowerCase()}|${expires}`).toString('base64url');
    return `${payload}.${mac(payload)}`;
  }

  function readToken(token: string): { userId: string; email: string } {
    const bad = () => new Invalid([{ field: 'token', message: 'is not a valid confirmation link' }]);
    const [payload, sig, ...rest] = token.split('.');
    if (!payload || !sig || rest.length || token.length > 600) throw bad();
    const want = Buffer.from(mac(payload));
    const got = Buffer.from(sig);
    if (got.length !== want.length || !timingSafeEqual(got, want)) throw bad();
    const [userId, email, expires] = Buffer.from(payload, 'base64url').toString('utf8').split('|');
    if (!userId || !email || !expires) throw bad();
    if (Number(expires) * 1000 < Date.now())
      throw new Invalid([
        { field: 'token', message: 'has expired; ask for a new link from your account page' },
      ]);
    return { userId, email };
  }

  /** Mails the link for the account's pending email; says whether it really left. */
  async function sendLink(userId: string): Promise<SendOutcome & { pending_email: string | null }> {
    const row = await accountsRepo.byId(db, userId);
    if (!row) throw new Unauthorized();
    if (!row.pending_email) return { status: 'not_sent', reason: 'no email is waiting', pending_email: null };
    const link = `${deps.publicUrl}/account/email/confirm?token=${tokenFor(userId, row.pending_email)}`;
    const lang = (await deps.accounts.langOf(userId)) as Lang;
    const outcome = await deps.mail({ address: row.pending_email, userId, lang }, 'emailConfirm', {
      link,
      days: String(EMAIL_LINK_DAYS),
    });
    return { ...outcome, pending_email: row.pending_email };
  }

  return {
    tokenFor,
    sendLink,

    /** A new email for the account: kept as pending and a link mailed to it; the old one stays until then. */
    async request(user: AuthUser, raw: string) {
      const email = raw.trim().toLowerCase();
      if (!EMAIL.test(email) || email.length > 254)
        throw new Invalid([{ field: 'email', message: 'is not an email address' }]);
      const taken = await accountsRepo.byEmail(db, email);
      if (taken && taken.id !== user.id)
        throw new Conflict('Another account uses this email', [
          { field: 'email', message: 'is already registered' },
        ]);
      if (taken?.id === user.id) {
        await accountsRepo.setPendingEmail(db, user.id, null);
        return {
          status: 'not_sent' as const,
          reason: 'this is already your email',
          pending_email: null,
          already: true,
        };
      }
      await accountsRepo.setPendingEmail(db, user.id, email);
      return { ...(await sendLink(user.id)), already: false };
    },

    /** The link was opened: the pending email becomes the account's email. */
    async confirm(token: string): Promise<{ user: AuthUser; email: string }> {
      const { userId, email } = readToken(token);
      const row = await accountsRepo.byId(db, userId);
      if (!row) throw new Invalid([{ field: 'token', message: 'is not a valid confirmation link' }]);
      if (row.email?.toLowerCase() === email) return { user: deps.accounts.toAuth(row), email };
      if (!(await accountsRepo.confirmEmail(db, userId, email)))
        throw new Invalid([
          {
            field: 'token',
            message: 'is for an email that was changed since, or that another account confirmed first',
          },
        ]);
      if (row.email && deps.replaced) await deps.replaced(userId);
      return { user: deps.accounts.toAuth(row), email };
    },
  };
}

export type EmailConfirmService = ReturnType<typeof createEmailConfirmService>;
