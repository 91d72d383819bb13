// Phone-first accounts: sign up and sign in with a one-time code, forgot/change password, change
// the phone number (a code to the new one, a notice to the old), sign out everywhere, and recycled
// numbers (a long-silent account asks one more proof before it opens). Never logs a phone or code.
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../shared/db/db.ts';
import { Conflict, DomainError, Forbidden, Invalid, Unauthorized } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { accountsRepo, type Role } from './accounts.repo.ts';
import {
  type AccountsService,
  ARGON,
  type AuthUser,
  hashToken,
  maskPhone,
  NO_PASSWORD,
  normalizePhone,
} from './accounts.service.ts';
import { type EmailConfirmService, type Mailer, maskEmail } from './email-confirm.service.ts';
import type { OtpService, PhoneTexter, SendOutcome } from './otp.service.ts';

const ADMIN_NO_CODE =
  'Admins sign in with their password and authenticator code; a lost password is reset with `deskhire admin` on the server';

/** Indian operators reassign a number after about 90 days to 6 months of disuse. */
export const DORMANT_DAYS = 180;

/** What a code request answers: where it went (masked), and whether it really left. */
export interface CodeSent {
  sent_to: string;
  expires_in: number;
  resend_in: number;
  delivery: SendOutcome['status'] | 'unknown';
  reason?: string;
}

export class RecycledNumber extends DomainError {
  constructor() {
    super(
      409,
      'Conflict',
      'This number belongs to an account unused for over 6 months. Give its password, or the code mailed to its confirmed email (POST /api/v1/auth/otp/email, then email_code), to open it; or start a fresh account (fresh: true); the old account keeps its data.',
      [
        {
          field: 'password',
          message:
            'is needed to open the old account (or email_code from its confirmed email), or send fresh: true',
        },
      ],
    );
  }
}

function phoneOf(raw: string, field = 'phone'): string {
  const phone = normalizePhone(raw);
  if (!phone) throw new Invalid([{ field, message: 'must be a 10-digit Indian mobile number' }]);
  return phone;
}

export function createPhoneAuthService(
  db: Db,
  deps: {
    accounts: AccountsService;
    otp: OtpService;
    text: PhoneTexter;
    smsConfigured: boolean;
    mail: Mailer;
    emailConfirm: EmailConfirmService;
  },
) {
  const { accounts, otp, emailConfirm } = deps;
  /** A new account; an email given with it waits for its link, which is mailed now. */
  const signUp = async (input: Parameters<AccountsService['register']>[0]) => {
    const out = await accounts.register(input);
    if (input.email) await emailConfirm.sendLink(out.user.id);
    return out;
  };
  /** The long-silent account behind a number, if any (the recycled-number check). */
  const dormant = (row: { role: string; last_active_at: Date | null; created_at: Date }) =>
    row.role !== 'admin' &&
    Date.now() - (row.last_active_at ?? row.created_at).getTime() > DORMANT_DAYS * 86_400_000;
  const sent = (phone: string, r: SendOutcome & { expires_in: number; resend_in: number }): CodeSent => ({
    sent_to: maskPhone(phone),
    expires_in: r.expires_in,
    resend_in: r.resend_in,
    delivery: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
  });

  return {
    /** A sign-in (or sign-up) code; the same answer whether or not the number has an account. */
    async requestSignIn(raw: string, lang: Lang): Promise<CodeSent> {
      const phone = phoneOf(raw);
      const user = await accountsRepo.byPhone(db, phone);
      return sent(phone, await otp.request('sign_in', phone, { userId: user?.id ?? null, lang }));
    },

    /**
     * Checks the code: a known number signs in (created false), a new one needs name and role and
     * gets a fresh account (created true). A number silent for DORMANT_DAYS asks its password, or
     * `fresh` to detach the old account from the number and start anew.
     */
    async verifySignIn(input: {
      phone: string;
      code: string;
      name?: string;
      role?: Role;
      password?: string;
      /** The code mailed to the old account's confirmed email: the other proof of a recycled number. */
      email_code?: string;
      fresh?: boolean;
      email?: string;
      whatsapp_opt_in?: boolean;
      lang: Lang;
    }): Promise<{ created: boolean; user: AuthUser; token: string }> {
      const phone = phoneOf(input.phone);
      const existing = await accountsRepo.byPhone(db, phone);
      const newcomer = () => {
        const errors = [
          ...(!input.name?.trim() || input.name.trim().length < 2
            ? [{ field: 'name', message: 'is required for a new account (2 to 100 characters)' }]
            : []),
          ...(input.role !== 'seeker' && input.role !== 'employer'
            ? [{ field: 'role', message: 'is required for a new account: seeker or employer' }]
            : []),
        ];
        if (errors.length) throw new Invalid(errors, 'This number has no account yet: give name and role');
      };
      // Admins read everyone's data: a code by SMS alone (a SIM swap away) never opens an admin.
      if (existing?.role === 'admin') throw new Forbidden(ADMIN_NO_CODE);
      if (!existing) {
        // The code first: only someone who holds this number learns that it has no account yet
        // (a stranger's wrong code reads the same for every number). Kept, so the same code works
        // once the name and role come with it.
        await otp.check('sign_in', phone, input.code, { keep: true });
        newcomer();
        await otp.check('sign_in', phone, input.code);
        const out = await signUp({
          role: input.role as Role,
          name: input.name!,
          phone,
          email: input.email,
          password: input.password,
          lang: input.lang,
          phoneVerified: true,
          whatsappOptIn: input.whatsapp_opt_in ?? false,
        });
        return { created: true, ...out };
      }
      if (dormant(existing)) {
        if (input.email_code) {
          await otp.check('sign_in', phone, input.code, { keep: true });
          await otp.check('recycled_email', phone, input.email_code, { scope: existing.id });
          await otp.check('sign_in', phone, input.code);
          return {
            created: false,
            user: accounts.toAuth(existing),
            token: await accounts.startSession(existing.id),
          };
        }
        if (input.password) {
          await otp.check('sign_in', phone, input.code, { keep: true });
          const ok =
            existing.password_hash !== NO_PASSWORD &&
            (await verify(existing.password_hash, input.password).catch(() => false));
          if (!ok) throw new Unauthorized('The password of the old account is wrong');
        } else if (input.fresh) {
          newcomer();
          await otp.check('sign_in', phone, input.code);
          await db.tx(async (q) => {
            await accountsRepo.detachPhone(q, existing.id);
            await accountsRepo.deleteSessionsOf(q, existing.id);
          });
          const out = await accounts.register({
            role: input.role as Role,
            name: input.name!,
            phone,
            email: input.email,
            password: input.password,
            lang: input.lang,
            phoneVerified: true,
            whatsappOptIn: input.whatsapp_opt_in ?? false,
          });
          return { created: true, ...out };
        } else {
          // The code is right but not enough: keep it so the same code works with the proof.
          await otp.check('sign_in', phone, input.code, { keep: true });
          throw new RecycledNumber();
        }
      }
      await otp.check('sign_in', phone, input.code);
      return {
        created: false,
        user: accounts.toAuth(existing),
        token: await accounts.startSession(existing.id),
      };
    },

    /**
     * The other proof of a recycled number: with the right SMS code, a second code goes to the old
     * account's confirmed email (never to one that is only pending). 409 when it has none.
     */
    async requestEmailProof(raw: string, code: string, lang: Lang): Promise<CodeSent> {
      const phone = phoneOf(raw);
      const existing = await accountsRepo.byPhone(db, phone);
      if (!existing || !dormant(existing))
        throw new Invalid([{ field: 'phone', message: 'has no long-unused account to prove' }]);
      await otp.check('sign_in', phone, code, { keep: true });
      const email = existing.email;
      if (!email)
        throw new Conflict('The old account has no confirmed email: give its password or start fresh', [
          { field: 'email_code', message: 'cannot be sent: the old account has no confirmed email' },
        ]);
      const out = await otp.request('recycled_email', phone, {
        scope: existing.id,
        userId: existing.id,
        lang,
        deliver: (emailCode, minutes) =>
          deps.mail({ address: email, userId: existing.id, lang }, 'emailCode', { code: emailCode, minutes }),
      });
      return { ...sent(phone, out), sent_to: maskEmail(email) };
    },

    /** Forgot password: a code goes only to a number with an account; the answer is the same. */
    async requestReset(raw: string, lang: Lang): Promise<CodeSent> {
      const phone = phoneOf(raw);
      const user = await accountsRepo.byPhone(db, phone);
      if (user) return sent(phone, await otp.request('reset_password', phone, { userId: user.id, lang }));
      // Nothing to send; say only what is true for every number: whether SMS can go out at all.
      return {
        sent_to: maskPhone(phone),
        expires_in: 600,
        resend_in: 30,
        delivery: deps.smsConfigured ? 'unknown' : 'not_sent',
        ...(deps.smsConfigured ? {} : { reason: 'no SMS provider is configured' }),
      };
    },

    /** A new password by code; every other session ends (whoever knew the old one is out). */
    async reset(input: { phone: string; code: string; password: string; lang?: Lang }) {
      const phone = phoneOf(input.phone);
      const user = await accountsRepo.byPhone(db, phone);
      if (!user)
        throw new Invalid([{ field: 'code', message: 'has expired or was never sent; ask for a new code' }]);
      if (user.role === 'admin') throw new Forbidden(ADMIN_NO_CODE);
      accounts.refuseWeak(input.password, {
        phone: user.phone,
        name: user.name,
        ...(input.lang ? { lang: input.lang } : {}),
      });
      await otp.check('reset_password', phone, input.code);
      await db.tx(async (q) => {
        await accountsRepo.setPassword(q, user.id, await hash(input.password, ARGON));
        await accountsRepo.deleteSessionsOf(q, user.id);
      });
      return { user: accounts.toAuth(user), token: await accounts.startSession(user.id) };
    },

    /** Changes (or sets a first) password; the other sessions end, this one stays. */
    async changePassword(
      user: AuthUser,
      input: { current?: string; password: string; lang?: Lang },
      token: string | null,
    ) {
      const row = await accountsRepo.byId(db, user.id);
      if (!row) throw new Unauthorized();
      accounts.refuseWeak(input.password, {
        phone: row.phone,
        name: row.name,
        admin: row.role === 'admin',
        ...(input.lang ? { lang: input.lang } : {}),
      });
      if (row.password_hash !== NO_PASSWORD) {
        const ok = input.current && (await verify(row.password_hash, input.current).catch(() => false));
        if (!ok) throw new Invalid([{ field: 'current_password', message: 'is not your current password' }]);
      }
      await db.tx(async (q) => {
        await accountsRepo.setPassword(q, user.id, await hash(input.password, ARGON));
        await accountsRepo.deleteSessionsOf(q, user.id, token ? hashToken(token) : null);
      });
    },

    /**
     * A new account proves the number it registered with (sign-up with a password): a code to
     * that number. Reuses the change-phone proof, scoped to the account.
     */
    async requestPhoneProof(user: AuthUser, lang: Lang): Promise<CodeSent & { verified: boolean }> {
      const me = await accountsRepo.byId(db, user.id);
      if (!me) throw new Unauthorized();
      if (me.phone_verified_at)
        return { ...sent(me.phone, { status: 'sent', expires_in: 0, resend_in: 0 }), verified: true };
      const out = await otp.request('change_phone', me.phone, { scope: user.id, userId: user.id, lang });
      return { ...sent(me.phone, out), verified: false };
    },

    /**
     * What the confirm page says, read from the account and the server, never from the page's URL:
     * the account's own number (masked), whether it is proven, and whether a code can reach it at
     * all (no SMS provider: not sent).
     */
    async phoneProofStatus(
      user: AuthUser,
    ): Promise<{ sent_to: string; verified: boolean; delivery: 'unknown' | 'not_sent' }> {
      const me = await accountsRepo.byId(db, user.id);
      if (!me) throw new Unauthorized();
      return {
        sent_to: maskPhone(me.phone),
        verified: Boolean(me.phone_verified_at),
        delivery: deps.smsConfigured ? 'unknown' : 'not_sent',
      };
    },

    /** The code proves the account's own number. */
    async confirmPhoneProof(user: AuthUser, code: string): Promise<void> {
      const me = await accountsRepo.byId(db, user.id);
      if (!me) throw new Unauthorized();
      if (me.phone_verified_at) return;
      await otp.check('change_phone', me.phone, code, { scope: user.id });
      await accountsRepo.markPhoneVerified(db, user.id);
    },

    /** Step one of a new number: a code to the new number. */
    async requestPhoneChange(user: AuthUser, raw: string, lang: Lang): Promise<CodeSent> {
      const phone = phoneOf(raw);
      const taken = await accountsRepo.byPhone(db, phone);
      if (taken && taken.id !== user.id)
        throw new Conflict('Another account uses this number', [
          { field: 'phone', message: 'is already registered' },
        ]);
      return sent(phone, await otp.request('change_phone', phone, { scope: user.id, userId: user.id, lang }));
    },

    /** Step two: the code proves the new number; the old number is told (in case it was not them). */
    async confirmPhoneChange(user: AuthUser, raw: string, code: string) {
      const phone = phoneOf(raw);
      const before = await accountsRepo.byId(db, user.id);
      if (!before) throw new Unauthorized();
      await otp.check('change_phone', phone, code, { scope: user.id });
      if (!(await accountsRepo.setPhone(db, user.id, phone)))
        throw new Conflict('Another account uses this number', [
          { field: 'phone', message: 'is already registered' },
        ]);
      const lang = (await accounts.langOf(user.id)) as Lang;
      const notice = await deps.text({ phone: before.phone, userId: user.id, lang }, 'phoneChanged', {
        masked: maskPhone(phone),
      });
      return { ...(await accounts.me(user.id)), old_number_notice: notice.status };
    },
  };
}

export type PhoneAuthService = ReturnType<typeof createPhoneAuthService>;
