// The rules of accounts: registration, login, sessions, erasure. Passwords are hashed with
// argon2id; tokens are random and stored only as SHA-256 hashes. Never logs a phone or password.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { inBatches } from '../../shared/db/batches.ts';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Conflict, Invalid, Unauthorized } from '../../shared/errors.ts';
import { isLang, type Lang } from '../../shared/i18n/index.ts';
import { accountsRepo, type Role, type UserRow } from './accounts.repo.ts';

export interface AuthUser {
  id: string;
  role: Role;
  name: string;
}

export interface Me extends AuthUser {
  phone: string;
  email: string | null;
  /** The language emails, SMS and WhatsApp messages reach this person in. */
  lang: Lang;
  /** An email given but not yet confirmed by its link; nothing is sent to it until then. */
  pending_email: string | null;
  whatsapp_opt_in: boolean;
  created_at: string;
}

/** '+91 98765-43210', '09876543210', '9876543210' -> '+919876543210'. */
export function normalizePhone(raw: string): string | null {
  const digits = raw
    .replace(/[\s-]/g, '')
    .replace(/^\+?91(?=\d{10}$)/, '')
    .replace(/^0(?=\d{10}$)/, '');
  return /^[6-9]\d{9}$/.test(digits) ? `+91${digits}` : null;
}

export function maskPhone(phone: string): string {
  return phone.length >= 6 ? `${phone.slice(0, 3)}•••••${phone.slice(-3)}` : '•••';
}

interface NewAccount {
  role: Role;
  name: string;
  phone: string;
  email?: string;
  /** Optional: an account made by a one-time code may have none ('!' never verifies). */
  password?: string;
  passwordHash?: string;
  /** The language the person signed up in (the request's language). */
  lang?: Lang;
  phoneVerified?: boolean;
  whatsappOptIn?: boolean;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
// Moderate argon2id cost: ~20 ms a hash on this machine class, per the OWASP minimum (19 MiB, t=2).
export const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function createAccountsService(db: Db, opts: { sessionDays: number }) {
  const toAuth = (u: UserRow): AuthUser => ({ id: u.id, role: u.role, name: u.name });
  const toMe = (u: UserRow): Me => ({
    ...toAuth(u),
    phone: u.phone,
    email: u.email,
    lang: isLang(u.lang) ? u.lang : 'en',
    pending_email: u.pending_email,
    whatsapp_opt_in: u.whatsapp_opt_in,
    created_at: u.created_at.toISOString(),
  });

  async function insertAccount(input: NewAccount): Promise<UserRow> {
    const phone = normalizePhone(input.phone);
    if (!phone) throw new Invalid([{ field: 'phone', message: 'must be a 10-digit Indian mobile number' }]);
    const email = input.email?.trim().toLowerCase() || null;
    const passwordHash =
      input.passwordHash ?? (input.password ? await hash(input.password, ARGON) : NO_PASSWORD);
    const user = await accountsRepo.insertUser(db, {
      role: input.role,
      name: input.name.trim(),
      phone,
      email,
      passwordHash,
      lang: input.lang ?? 'en',
      phoneVerified: input.phoneVerified,
      whatsappOptIn: input.whatsappOptIn,
    });
    if (!user) {
      const taken = await accountsRepo.existing(db, phone, email);
      const errors = [
        ...(taken.phone ? [{ field: 'phone', message: 'is already registered; sign in instead' }] : []),
        ...(taken.email ? [{ field: 'email', message: 'is already registered; sign in instead' }] : []),
      ];
      throw new Conflict('An account with these details already exists', errors);
    }
    return user;
  }

  async function issueToken(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await accountsRepo.insertSession(db, hashToken(token), userId, opts.sessionDays);
    return token;
  }

  return {
    hashPassword: (password: string) => hash(password, ARGON),

    async register(input: NewAccount): Promise<{ user: AuthUser; token: string }> {
      const user = await insertAccount(input);
      return { user: toAuth(user), token: await issueToken(user.id) };
    },

    /** Appoints an admin from the server's command line (`deskhire admin create`); no session. */
    async createAdmin(
      input: Omit<NewAccount, 'role' | 'passwordHash'> & { password: string },
    ): Promise<AuthUser> {
      if (input.password.length < 12)
        throw new Invalid([{ field: 'password', message: 'must be at least 12 characters for an admin' }]);
      if (!input.name.trim()) throw new Invalid([{ field: 'name', message: 'is required' }]);
      return toAuth(await insertAccount({ ...input, role: 'admin' }));
    },

    async login(input: {
      phone?: string;
      email?: string;
      password: string;
    }): Promise<{ user: AuthUser; token: string }> {
      if (!input.phone && !input.email) {
        throw new Invalid([{ field: 'phone', message: 'give your phone number or email' }]);
      }
      const phone = input.phone ? normalizePhone(input.phone) : null;
      const user = phone
        ? await accountsRepo.byPhone(db, phone)
        : input.email
          ? await accountsRepo.byEmail(db, input.email)
          : undefined;
      // Verify against a dummy hash when the user is unknown, so timing does not reveal who exists.
      const stored = user && user.password_hash !== NO_PASSWORD ? user.password_hash : DUMMY_HASH;
      const ok =
        user !== undefined &&
        (await verify(stored, input.password).catch(() => false)) &&
        stored !== DUMMY_HASH;
      if (!user || !ok) throw new Unauthorized('Phone/email or password is wrong');
      await accountsRepo.touch(db, user.id);
      return { user: toAuth(user), token: await issueToken(user.id) };
    },

    async authenticate(token: string | undefined): Promise<AuthUser | null> {
      if (!token || token.length > 200) return null;
      const user = await accountsRepo.userForSession(db, hashToken(token));
      if (!user) return null;
      if (!user.last_active_at || Date.now() - user.last_active_at.getTime() > 3_600_000)
        await accountsRepo.touch(db, user.id);
      return toAuth(user);
    },

    async logout(token: string): Promise<void> {
      await accountsRepo.deleteSession(db, hashToken(token));
    },

    /** "Sign out everywhere": every session and API token of the account ends, this one included. */
    async logoutEverywhere(userId: string): Promise<number> {
      return accountsRepo.deleteSessionsOf(db, userId);
    },

    /** A session for an account proven another way (a one-time code); marks it active. */
    async startSession(userId: string): Promise<string> {
      await accountsRepo.touch(db, userId);
      return issueToken(userId);
    },
    toAuth,

    async me(userId: string): Promise<Me> {
      const u = await accountsRepo.byId(db, userId);
      if (!u) throw new Unauthorized();
      return toMe(u);
    },

    /**
     * The account read inside the caller's transaction (a message composed in a bulk move or a
     * digest): on the embedded engine a read outside it would wait for that transaction forever.
     */
    async meIn(q: Queryable, userId: string): Promise<Me | null> {
      const u = await accountsRepo.byId(q, userId);
      return u ? toMe(u) : null;
    },

    /** Many accounts in one query, by id; erased or unknown ids are absent from the map. */
    async many(userIds: string[]): Promise<Map<string, Me>> {
      const rows = await accountsRepo.byIds(db, [...new Set(userIds)]);
      return new Map(rows.map((u) => [u.id, toMe(u)]));
    },

    /** The signed-in user switched language (switcher, ?lang=, profile): later messages follow it. */
    async setLang(userId: string, lang: Lang): Promise<boolean> {
      return accountsRepo.setLang(db, userId, lang);
    },

    /** Job messages on WhatsApp: only after the person says yes (recorded with the time). */
    async setWhatsAppOptIn(userId: string, optIn: boolean): Promise<void> {
      await accountsRepo.setWhatsAppOptIn(db, userId, optIn);
    },

    /** The language messages to this user are written in (en when unknown). */
    async langOf(userId: string): Promise<'en' | 'hi' | 'mr'> {
      const lang = await accountsRepo.langOf(db, userId);
      return lang === 'hi' || lang === 'mr' ? lang : 'en';
    },

    /** The account behind a phone number (any spelling), for company invites; never exposed raw. */
    async byPhone(raw: string): Promise<AuthUser | undefined> {
      const phone = normalizePhone(raw);
      const u = phone ? await accountsRepo.byPhone(db, phone) : undefined;
      return u ? toAuth(u) : undefined;
    },

    /** Retention (daily): sessions past their expiry grant nothing; they go a day later. */
    async purgeExpiredSessions(): Promise<number> {
      return inBatches((batch) => accountsRepo.deleteExpiredSessions(db, batch));
    },
    async erase(userId: string): Promise<void> {
      await db.tx(async (q) => {
        await accountsRepo.deleteSessionsOf(q, userId);
        await accountsRepo.anonymise(q, userId);
      });
    },
  };
}

/** Stored for an account without a password: argon2 never verifies it. */
export const NO_PASSWORD = '!';

export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2gJ3Lx5dJ1Y0mJ1Xr1QdcgvdXgbZt0K9yJb1Yc5i0nE';

export type AccountsService = ReturnType<typeof createAccountsService>;
