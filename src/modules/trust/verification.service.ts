// Employer verification: GSTIN / CIN format and checksum, company email domain against the website,
// and the contact phone proven by OTP. The badge changes only here, by passed checks or a moderator;
// an owner can give details but never set `verified`. Codes go through the accounts module's OTP
// machinery (hashed, rate-limited) and the SMS provider; no table holds a plain code.
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Invalid, NotFound } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import {
  emailDomain,
  normalizeIndianMobile,
  validateCin,
  validateGstin,
  websiteMatchesEmail,
} from '../../shared/identifiers.ts';
import { type AccountsService, type AuthUser, maskPhone, type OtpService } from '../accounts/index.ts';
import type { CompaniesService, CompanyChecks, CompanyOut } from '../companies/index.ts';
import { trustRepo } from './trust.repo.ts';
import { type VerificationRow, type VerificationWrite, verificationRepo } from './verification.repo.ts';

export interface VerificationOut {
  company_id: string;
  verified: boolean;
  verified_by: 'checks' | 'moderator' | null;
  checks: {
    gstin: { ok: boolean | null; note: string | null };
    cin: { ok: boolean | null; note: string | null };
    email_matches_website: boolean | null;
    phone_verified: boolean;
  };
  cin: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

const empty = (): VerificationWrite => ({
  cin: null,
  contact_email: null,
  contact_phone: null,
  gstin_ok: null,
  gstin_note: null,
  cin_ok: null,
  cin_note: null,
  email_matches_website: null,
  phone_verified_at: null,
  verified_by: null,
});

function toOut(company: CompanyOut, v: VerificationWrite): VerificationOut {
  return {
    company_id: company.id,
    verified: company.verified,
    verified_by: v.verified_by,
    checks: {
      gstin: { ok: v.gstin_ok, note: v.gstin_note },
      cin: { ok: v.cin_ok, note: v.cin_note },
      email_matches_website: v.email_matches_website,
      phone_verified: v.phone_verified_at !== null,
    },
    cin: v.cin,
    contact_email: v.contact_email,
    contact_phone: v.contact_phone,
  };
}

/** Every check a company can pass without a moderator: a registration number, its own domain, its phone. */
export function checksPass(v: VerificationWrite): boolean {
  return (
    (v.gstin_ok === true || v.cin_ok === true) &&
    v.email_matches_website === true &&
    v.phone_verified_at !== null
  );
}

/**
 * Re-runs the identity checks for a company's current details and saves them; says whether the badge
 * should move (true: grant, false: remove, null: leave it). The caller applies the badge.
 */
async function recheckIdentity(
  q: Queryable,
  company: CompanyOut,
  stored: VerificationRow | VerificationWrite | undefined,
): Promise<{ write: VerificationWrite; badge: boolean | null }> {
  const v: VerificationWrite = { ...empty(), ...(stored ?? {}) };
  const gstin = company.gstin ? validateGstin(company.gstin) : null;
  v.gstin_ok = gstin ? gstin.ok : null;
  v.gstin_note = gstin && !gstin.ok ? gstin.reason : null;
  const cin = v.cin ? validateCin(v.cin) : null;
  v.cin_ok = cin ? cin.ok : null;
  v.cin_note = cin && !cin.ok ? cin.reason : null;
  v.email_matches_website =
    v.contact_email && company.website ? websiteMatchesEmail(company.website, v.contact_email) : null;
  const passes = checksPass(v);
  let badge: boolean | null = null;
  if (passes && !company.verified) {
    v.verified_by = 'checks';
    badge = true;
  } else if (!passes && company.verified && v.verified_by === 'checks') {
    // The details changed after the checks passed: the badge goes until they pass again.
    v.verified_by = null;
    badge = false;
  }
  await verificationRepo.save(q, company.id, v);
  if (v.contact_email)
    await trustRepo.addIdentifiers(q, company.id, [{ kind: 'email', value: v.contact_email }], 'company');
  if (v.contact_phone)
    await trustRepo.addIdentifiers(
      q,
      company.id,
      [{ kind: 'phone', value: v.contact_phone }],
      'company',
      v.phone_verified_at !== null,
    );
  return { write: v, badge };
}

/**
 * The companies module's hook (CompanyChecks): every create or edit re-runs the identity checks in the
 * same transaction. Needs no companies service, so it is built before companies.
 */
export function createIdentityChecks(): CompanyChecks {
  return {
    async afterSave(company, q) {
      const { badge } = await recheckIdentity(q, company, await verificationRepo.get(q, company.id));
      return badge;
    },
  };
}

export function createVerificationService(
  db: Db,
  deps: { companies: CompaniesService; otp: OtpService; accounts: AccountsService },
) {
  const { companies, otp, accounts } = deps;

  /** Re-runs the checks and moves the badge when they decide it. */
  async function recheck(
    q: Queryable,
    company: CompanyOut,
    stored: VerificationRow | VerificationWrite | undefined,
  ): Promise<VerificationWrite> {
    const { write, badge } = await recheckIdentity(q, company, stored);
    if (badge !== null) await companies.setVerified(q, company.id, badge);
    return write;
  }

  async function ownCompany(user: AuthUser, companyId: string): Promise<void> {
    if (user.role === 'admin') return;
    const role = await companies.assertMember(user, companyId);
    if (role !== 'owner') throw new NotFound('Company');
  }

  async function load(q: Queryable, companyId: string): Promise<CompanyOut> {
    const company = await companies.getWith(q, companyId);
    if (!company) throw new NotFound('Company');
    return company;
  }

  return {
    async get(user: AuthUser, companyId: string): Promise<VerificationOut> {
      await ownCompany(user, companyId);
      const company = await load(db, companyId);
      return toOut(company, { ...empty(), ...((await verificationRepo.get(db, companyId)) ?? {}) });
    },

    /** The owner gives a CIN, a company email and a phone; format problems are refused outright. */
    async submit(
      user: AuthUser,
      companyId: string,
      body: { cin?: string | null; contact_email?: string | null; contact_phone?: string | null },
    ): Promise<VerificationOut> {
      await ownCompany(user, companyId);
      const errors = [];
      const cin = body.cin?.replace(/\s+/g, '').toUpperCase() || null;
      if (cin) {
        const check = validateCin(cin);
        if (!check.ok) errors.push({ field: 'cin', message: check.reason });
      }
      const email = body.contact_email?.trim().toLowerCase() || null;
      const domain = email ? emailDomain(email) : null;
      if (email && !domain) errors.push({ field: 'contact_email', message: 'is not an email address' });
      const phone = body.contact_phone ? normalizeIndianMobile(body.contact_phone) : null;
      if (body.contact_phone && !phone)
        errors.push({ field: 'contact_phone', message: 'must be a 10-digit Indian mobile number' });
      if (errors.length) throw new Invalid(errors);
      return db.tx(async (q) => {
        const company = await load(q, companyId);
        const stored = await verificationRepo.get(q, companyId);
        const next: VerificationWrite = { ...empty(), ...(stored ?? {}) };
        if (body.cin !== undefined) next.cin = cin;
        if (body.contact_email !== undefined) next.contact_email = email;
        if (body.contact_phone !== undefined && phone !== stored?.contact_phone) {
          next.contact_phone = phone;
          next.phone_verified_at = null;
        }
        const saved = await recheck(q, company, { ...next, company_id: companyId, updated_at: new Date() });
        return toOut(await load(q, companyId), saved);
      });
    },

    /** A code to the company phone by SMS; `delivery` says whether it really left. */
    async sendPhoneCode(user: AuthUser, companyId: string) {
      await ownCompany(user, companyId);
      const stored = await verificationRepo.get(db, companyId);
      if (!stored?.contact_phone)
        throw new Invalid([{ field: 'contact_phone', message: 'give the company phone number first' }]);
      const lang = (await accounts.langOf(user.id)) as Lang;
      const out = await otp.request('company_phone', stored.contact_phone, {
        scope: companyId,
        userId: user.id,
        lang,
      });
      return {
        sent_to: maskPhone(stored.contact_phone),
        expires_in: out.expires_in,
        delivery: out.status,
        ...(out.reason ? { reason: out.reason } : {}),
      };
    },

    async confirmPhoneCode(user: AuthUser, companyId: string, code: string): Promise<VerificationOut> {
      await ownCompany(user, companyId);
      const stored = await verificationRepo.get(db, companyId);
      if (!stored?.contact_phone)
        throw new Invalid([{ field: 'contact_phone', message: 'give the company phone number first' }]);
      // Wrong: 400 naming `code`; the fifth wrong code: 429 with Retry-After (accounts' OTP rules).
      await otp.check('company_phone', stored.contact_phone, code, { scope: companyId });
      await db.tx(async (q) => {
        const now = await verificationRepo.get(q, companyId);
        if (!now || now.contact_phone !== stored.contact_phone) return;
        await recheck(q, await load(q, companyId), { ...now, phone_verified_at: new Date() });
      });
      return this.get(user, companyId);
    },

    /** A moderator sets or removes the badge; recorded as the moderator's decision. */
    async setByModerator(q: Queryable, companyId: string, verified: boolean): Promise<void> {
      const company = await load(q, companyId);
      const stored = await verificationRepo.get(q, companyId);
      await verificationRepo.save(q, companyId, { ...empty(), ...(stored ?? {}), verified_by: 'moderator' });
      if (company.verified !== verified) await companies.setVerified(q, companyId, verified);
    },
  };
}

export type VerificationService = ReturnType<typeof createVerificationService>;
