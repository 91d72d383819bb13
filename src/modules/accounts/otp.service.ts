// One-time codes for every purpose: sign-in, password reset, a new phone number, a company's
// contact phone. Codes are argon2 hashes in the database, live 10 minutes, allow 5 guesses, and a
// phone gets a new code at most every 30 s and 5 times in 15 minutes: an attacker is slowed for
// seconds to minutes, the owner is never locked out for longer. Never logs or stores a plain code.
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../shared/db/db.ts';
import { Invalid, TooManyRequests } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { otpRepo } from './otp.repo.ts';

export type OtpPurpose = 'sign_in' | 'reset_password' | 'change_phone' | 'company_phone' | 'recycled_email';

/** What became of a message: the pages say exactly this, never more. */
export interface SendOutcome {
  status: 'sent' | 'not_sent' | 'failed';
  /** Why it did not go (e.g. "no SMS provider is configured"). */
  reason?: string;
}

/** Delivers a registered SMS template to a phone, now (the notifications module implements it). */
export type PhoneTexter = (
  to: { phone: string; userId: string | null; lang: Lang },
  template: 'otpCode' | 'phoneChanged',
  vars: Record<string, string>,
) => Promise<SendOutcome>;

/**
 * A code was sent moments ago: the number must wait the rest of the 30 s before another. Apart from
 * the other 429s (too many codes, too many wrong guesses) so a page can say "wait N seconds" and
 * nothing about tries.
 */
export class CodeCooldown extends TooManyRequests {}

export const OTP_TTL_SECONDS = 10 * 60;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_RESEND_SECONDS = 30;
export const OTP_WINDOW_SECONDS = 15 * 60;
export const OTP_MAX_SENDS = 5;
// Cheaper than passwords: a 6-digit code lives 10 minutes and allows 5 guesses.
const OTP_ARGON = { memoryCost: 8192, timeCost: 2, parallelism: 1 };

export function createOtpService(db: Db, deps: { text: PhoneTexter }) {
  return {
    /** Sends a fresh code to `phone`; 429 with the seconds to wait when asked too often. */
    async request(
      purpose: OtpPurpose,
      phone: string,
      opts: {
        scope?: string;
        userId?: string | null;
        lang: Lang;
        /** Sends the code another way than SMS (the recycled-number proof goes to the account's email). */
        deliver?: (code: string, minutes: string) => Promise<SendOutcome>;
      },
    ): Promise<SendOutcome & { expires_in: number; resend_in: number }> {
      const recent = await otpRepo.recentSends(db, phone, purpose, OTP_WINDOW_SECONDS);
      const last = recent[0];
      if (last && last.age_seconds < OTP_RESEND_SECONDS)
        throw new CodeCooldown(
          'A code was sent moments ago; wait before asking for another',
          Math.ceil(OTP_RESEND_SECONDS - last.age_seconds),
        );
      if (recent.length >= OTP_MAX_SENDS) {
        const oldest = recent[recent.length - 1]!;
        throw new TooManyRequests(
          'Too many codes asked for this number; wait a few minutes',
          Math.max(1, Math.ceil(OTP_WINDOW_SECONDS - oldest.age_seconds)),
        );
      }
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await otpRepo.insert(db, {
        purpose,
        phone,
        scope: opts.scope ?? '',
        codeHash: await hash(code, OTP_ARGON),
        ttlSeconds: OTP_TTL_SECONDS,
      });
      const minutes = String(OTP_TTL_SECONDS / 60);
      const outcome = opts.deliver
        ? await opts.deliver(code, minutes)
        : await deps.text({ phone, userId: opts.userId ?? null, lang: opts.lang }, 'otpCode', {
            code,
            minutes,
          });
      return { ...outcome, expires_in: OTP_TTL_SECONDS, resend_in: OTP_RESEND_SECONDS };
    },

    /**
     * Checks a code. Wrong: 400 naming `code` with the tries left; the fifth wrong guess and after:
     * 429 with the seconds until a new code may be asked. Right: the code is used up, unless
     * `keep` (the caller still needs one more proof and will call again).
     */
    async check(
      purpose: OtpPurpose,
      phone: string,
      code: string,
      opts: { scope?: string; keep?: boolean } = {},
    ): Promise<void> {
      const otp = await otpRepo.latest(db, phone, purpose, opts.scope ?? '');
      if (!otp || otp.expired)
        throw new Invalid([{ field: 'code', message: 'has expired or was never sent; ask for a new code' }]);
      const wait = () => Math.max(1, Math.ceil(OTP_RESEND_SECONDS - otp.age_seconds));
      if (otp.attempts >= OTP_MAX_ATTEMPTS)
        throw new TooManyRequests('Too many wrong codes; ask for a new code', wait());
      const ok = /^\d{6}$/.test(code.trim()) && (await verify(otp.code_hash, code.trim()).catch(() => false));
      if (!ok) {
        const attempts = await otpRepo.countAttempt(db, otp.id);
        if (attempts >= OTP_MAX_ATTEMPTS)
          throw new TooManyRequests('Too many wrong codes; ask for a new code', wait());
        throw new Invalid([
          { field: 'code', message: `is not right (${OTP_MAX_ATTEMPTS - attempts} tries left)` },
        ]);
      }
      if (!opts.keep) await otpRepo.consume(db, otp.id);
    },
  };
}

export type OtpService = ReturnType<typeof createOtpService>;
