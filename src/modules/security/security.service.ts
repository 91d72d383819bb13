// Who gets in, and who is told: sign-in with progressive delays per address, per account and per
// known device (state in PostgreSQL, shared by every instance), admins' TOTP second factor, and the
// alerts a person gets when their account signs in somewhere new or its password changes. Never
// keeps a counter in memory; never logs a password, code or device id.
import { createHash, randomBytes } from 'node:crypto';
import { inBatches } from '../../shared/db/batches.ts';
import type { Db } from '../../shared/db/db.ts';
import { DomainError, Forbidden, Invalid, TooManyRequests, Unauthorized } from '../../shared/errors.ts';
import { type Lang, translator } from '../../shared/i18n/index.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { securityRepo } from './security.repo.ts';
import { THROTTLE } from './security.throttle.ts';
import { createTotpTools, type Enrolment } from './security.totp.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export interface SignInInput {
  phone?: string;
  email?: string;
  password: string;
  /** An admin's 6-digit code or one of their recovery codes. */
  totp?: string;
  /** The device cookie this browser or app sent, if any. */
  device?: string;
  ip: string;
  userAgent?: string;
  lang: Lang;
}

/** A second factor is needed (or was wrong): 401 naming the `totp` field, so a form can ask for it. */
export class SecondFactorNeeded extends DomainError {
  constructor(message: string) {
    super(401, 'Unauthorized', message, [{ field: 'totp', message }]);
  }
}

export function createSecurityService(
  db: Db,
  deps: {
    accounts: AccountsService;
    notifications: NotificationsService;
    appSecret: string;
    publicUrl: string;
    /** RATE_LIMIT_SCALE: the load and authz suites send everything from one address. */
    scale?: number;
  },
) {
  const { accounts, notifications } = deps;
  const ipRule = { free: THROTTLE.ip.free * (deps.scale ?? 1), capSeconds: THROTTLE.ip.capSeconds };
  const totp = createTotpTools(deps.appSecret);
  const loginName = (input: { phone?: string; email?: string }) =>
    input.phone?.replace(/\D/g, '').slice(-10) ?? input.email?.trim().toLowerCase() ?? '';

  const tooMany = (seconds: number, lang: Lang) =>
    new TooManyRequests(translator(lang)('security.throttle.waitApi', { count: seconds }), seconds);

  /** Tells the owner on their channel (email when they gave one, else SMS), in their language. */
  async function tell(userId: string, template: string, data: Record<string, unknown>) {
    const me = await accounts.me(userId);
    await notifications.notify(
      userId,
      template,
      { name: me.name, dates: { when: new Date() }, url: `${deps.publicUrl}/login`, ...data },
      { channel: me.email ? 'email' : 'sms' },
    );
  }

  /** Checks an admin's code or recovery code; throws SecondFactorNeeded when missing or wrong. */
  async function checkSecondFactor(user: AuthUser, code: string | undefined, lang: Lang): Promise<void> {
    const t = translator(lang);
    const row = await securityRepo.totpOf(db, user.id);
    if (!row?.confirmed_at) throw new Forbidden(t('security.totp.notEnrolled'));
    const typed = code?.replace(/\s+/g, '') ?? '';
    if (!typed) throw new SecondFactorNeeded(t('security.totp.required'));
    if (/^\d{6}$/.test(typed)) {
      const step = totp.stepOf(totp.open(row.secret_enc), typed);
      if (step !== null && (await securityRepo.useStep(db, user.id, step))) return;
    } else if (await securityRepo.useRecoveryCode(db, user.id, totp.hashRecoveryCode(typed))) return;
    throw new SecondFactorNeeded(t('security.totp.wrong'));
  }

  return {
    /**
     * Password sign-in. Before the password is even checked: the client address must not be
     * waiting, and neither must the account (or, on a device the owner signed in from before, that
     * device's own count). Every failure makes the next wait longer; a success clears the account's
     * count. Returns the device cookie to set (new when the browser had none or an unknown one).
     */
    async signIn(input: SignInInput): Promise<{ user: AuthUser; token: string; device: string }> {
      const ipKey = `ip:${input.ip}`;
      const ipWait = await securityRepo.waitFor(db, ipKey);
      if (ipWait > 0) throw tooMany(ipWait, input.lang);
      const name = loginName(input);
      const owner = await accounts.byLogin(input);
      const deviceHash = input.device ? sha(input.device) : null;
      const trusted =
        owner && deviceHash ? await securityRepo.isKnownDevice(db, owner.id, deviceHash) : false;
      const [key, rule] = trusted
        ? [`device:${sha(`${deviceHash}:${owner!.id}`)}`, THROTTLE.device]
        : [`account:${sha(name)}`, THROTTLE.account];
      const wait = await securityRepo.attempt(db, key, rule.free, rule.capSeconds);
      if (wait > 0) throw tooMany(wait, input.lang);

      const user = await accounts.checkCredentials(input);
      try {
        if (!user) throw new Unauthorized('Phone/email or password is wrong');
        if (user.role === 'admin') await checkSecondFactor(user, input.totp, input.lang);
      } catch (err) {
        // The attempt stays counted on the account; the address counts it too.
        await securityRepo.fail(db, ipKey, ipRule.free, ipRule.capSeconds);
        throw err;
      }
      await securityRepo.clear(db, key);
      const token = await accounts.startSession(user.id);
      const device =
        input.device && input.device.length <= 100 ? input.device : randomBytes(24).toString('base64url');
      const isNew = await securityRepo.rememberDevice(db, user.id, sha(device));
      if (isNew) await tell(user.id, 'securityNewSignIn', { device: describeDevice(input.userAgent) });
      return { user, token, device };
    },

    /** A new account's first device is its own: no "new sign-in" alert for it later. */
    async rememberFirstDevice(userId: string, device: string | undefined): Promise<string> {
      const id = device && device.length <= 100 ? device : randomBytes(24).toString('base64url');
      await securityRepo.rememberDevice(db, userId, sha(id));
      return id;
    },

    /** The password changed (by the owner, or reset by a code): tell the owner. */
    async passwordChanged(userId: string): Promise<void> {
      await tell(userId, 'securityPasswordChanged', {});
    },

    /** The phone or email of an account changed (the accounts pages call this after the change). */
    async contactChanged(userId: string, field: 'phone' | 'email'): Promise<void> {
      const lang = await accounts.langOf(userId);
      await tell(userId, 'securityContactChanged', {
        what: translator(lang)(`security.contactField.${field}`),
      });
    },

    /**
     * Enrols (or re-enrols) an admin's authenticator. From the server's command line the operator
     * hands it over in person, so it is confirmed at once; from the web it waits for a code.
     */
    async enrolTotp(
      user: AuthUser,
      opts: { confirmed: boolean; label: string },
    ): Promise<Enrolment & { recovery_codes: string[] }> {
      if (user.role !== 'admin') throw new Forbidden('Only admins use an authenticator app here');
      const secret = totp.newSecret();
      const codes = totp.newRecoveryCodes();
      await db.tx(async (q) => {
        await securityRepo.putTotp(q, user.id, totp.seal(secret), opts.confirmed);
        await securityRepo.replaceRecoveryCodes(q, user.id, codes.map(totp.hashRecoveryCode));
      });
      return { ...(await totp.enrolment(secret, opts.label)), recovery_codes: codes };
    },

    /** Confirms a web enrolment with the first code from the app. */
    async confirmTotp(user: AuthUser, code: string, lang: Lang): Promise<void> {
      const row = await securityRepo.totpOf(db, user.id);
      const t = translator(lang);
      if (!row) throw new Invalid([{ field: 'code', message: t('security.totp.notEnrolled') }]);
      const step = /^\d{6}$/.test(code.trim()) ? totp.stepOf(totp.open(row.secret_enc), code.trim()) : null;
      if (step === null || !(await securityRepo.useStep(db, user.id, step)))
        throw new Invalid([{ field: 'code', message: t('security.totp.wrong') }]);
      await securityRepo.confirmTotp(db, user.id);
    },

    /** Retention (daily): quiet throttle keys and devices unused for a year. */
    async purgeOld(): Promise<{ throttle: number; devices: number }> {
      return {
        throttle: await inBatches((batch) => securityRepo.pruneThrottle(db, batch)),
        devices: await inBatches((batch) => securityRepo.pruneDevices(db, batch)),
      };
    },
    /** For tests and the documented demo authenticator: the code an enrolled secret shows now. */
    codeFor: async (userId: string): Promise<string | null> => {
      const row = await securityRepo.totpOf(db, userId);
      return row ? totp.codeAt(totp.open(row.secret_enc)) : null;
    },
  };
}

/**
 * Gives an admin a known authenticator secret, confirmed: only for the demo moderator, whose
 * secret is published with the demo password (README), so the demo data can be signed in to.
 */
export async function enrolKnownTotp(
  db: Db,
  appSecret: string,
  userId: string,
  base32: string,
): Promise<void> {
  await securityRepo.putTotp(db, userId, createTotpTools(appSecret).seal(base32), true);
}

/** "Chrome on Android" from a User-Agent, without storing it. */
function describeDevice(ua: string | undefined): string {
  if (!ua) return 'an app';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\/|Opera/.test(ua)
      ? 'Opera'
      : /SamsungBrowser/.test(ua)
        ? 'Samsung Internet'
        : /Chrome\//.test(ua)
          ? 'Chrome'
          : /Firefox\//.test(ua)
            ? 'Firefox'
            : /Safari\//.test(ua)
              ? 'Safari'
              : 'a browser or app';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return os ? `${browser}, ${os}` : browser;
}

export type SecurityService = ReturnType<typeof createSecurityService>;
