// Employer verification: the details an owner gives (CIN, Udyam, company email, phone), the proofs
// (email confirmed by a link, website by DNS TXT or a well-known file, phone by OTP) and the moderators'
// queue of companies only they may verify. The badge changes only here, by passed checks
// (identity-checks.ts) or a moderator; an owner can give details but never set `verified`. Phone codes
// go through the accounts module's OTP machinery (hashed, rate-limited) and the SMS provider; no table
// holds a plain code.
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Conflict, DomainError, Invalid, NotFound } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import { emailDomain, normalizeIndianMobile, validateCin, validateUdyam } from '../../shared/identifiers.ts';
import { type AccountsService, type AuthUser, maskPhone, type OtpService } from '../accounts/index.ts';
import { type CompaniesService, type CompanyOut, EMAIL_LINK_TTL_SECONDS } from '../companies/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { type DomainProof, domainToken, PROOF_PATH, proofHost, txtRecord } from './domain-proof.ts';
import {
  type EmailReason,
  emailReason,
  emptyVerification,
  proofsOf,
  type ReviewReason,
  recheckIdentity,
} from './identity-checks.ts';
import { type VerificationRow, type VerificationWrite, verificationRepo } from './verification.repo.ts';

export interface VerificationOut {
  company_id: string;
  verified: boolean;
  verified_by: 'checks' | 'moderator' | null;
  /** How the badge was earned: the proofs that passed, plus `moderator` when a moderator decided. */
  verified_how: string[] | null;
  checks: {
    gstin: { ok: boolean | null; note: string | null };
    cin: { ok: boolean | null; note: string | null };
    udyam: { ok: boolean | null; note: string | null };
    /** The company email is on the website's domain (not a free mailbox); null when none given. */
    email_matches_website: boolean | null;
    email: { given: boolean; confirmed: boolean; reason: EmailReason | null };
    domain: {
      host: string | null;
      proven: boolean;
      method: 'dns' | 'file' | null;
      /** What to publish: the TXT record's text, or the file's path and content. */
      txt_record: string | null;
      file_url: string | null;
      token: string | null;
    };
    phone_verified: boolean;
  };
  /** Only a moderator may verify this company, and why. */
  review: { required: boolean; reason: ReviewReason | null };
  cin: string | null;
  udyam: string | null;
  contact_email: string | null;
  contact_phone: string | null;
}

/** Builds the view of a company's verification from what is stored and the proofs that pass. */
async function toOut(
  company: CompanyOut,
  v: VerificationWrite,
  emailConfirmed: (email: string) => Promise<boolean>,
): Promise<VerificationOut> {
  const host = proofHost(company.website);
  const token = host ? domainToken(company.id, host) : null;
  const udyam = v.udyam ? validateUdyam(v.udyam) : null;
  const confirmed = v.contact_email ? await emailConfirmed(v.contact_email) : false;
  const reason = emailReason(company, v.contact_email);
  const proven = (await proofsOf(company, v, { gstinShared: false, emailConfirmed })).some((p) =>
    p.startsWith('domain_'),
  );
  return {
    company_id: company.id,
    verified: company.verified,
    verified_by: company.verified ? v.verified_by : null,
    verified_how: company.verified ? (company.verified_how ?? null) : null,
    checks: {
      gstin: { ok: v.gstin_ok, note: v.gstin_note },
      cin: { ok: v.cin_ok, note: v.cin_note },
      udyam: { ok: udyam ? udyam.ok : null, note: udyam && !udyam.ok ? udyam.reason : null },
      email_matches_website: v.email_matches_website,
      email: {
        given: !!v.contact_email,
        confirmed,
        reason: reason ?? (v.contact_email && !confirmed ? 'not_confirmed' : null),
      },
      domain: {
        host,
        proven,
        method: proven ? v.domain_proof : null,
        txt_record: token ? txtRecord(token) : null,
        file_url: host ? `${new URL(company.website!).protocol}//${host}${PROOF_PATH}` : null,
        token,
      },
      phone_verified: v.phone_verified_at !== null,
    },
    review: { required: v.review_reason !== null, reason: v.review_reason as ReviewReason | null },
    cin: v.cin,
    udyam: v.udyam,
    contact_email: v.contact_email,
    contact_phone: v.contact_phone,
  };
}

export class Gone extends DomainError {
  constructor(detail: string) {
    super(410, 'Gone', detail);
  }
}

export function createVerificationService(
  db: Db,
  deps: {
    companies: CompaniesService;
    otp: OtpService;
    accounts: AccountsService;
    notifications: NotificationsService;
    domainProof: DomainProof;
    publicUrl: string;
  },
) {
  const { companies, otp, accounts, notifications, domainProof } = deps;

  /** Re-runs the checks and moves the badge when they decide it. */
  async function recheck(
    q: Queryable,
    company: CompanyOut,
    stored: VerificationRow | VerificationWrite | undefined,
  ): Promise<VerificationWrite> {
    const { write, move } = await recheckIdentity(q, company, stored, await companies.facts(q, company.id));
    if (move) await companies.setVerified(q, company.id, move.verified, move.how);
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

  async function view(q: Queryable, companyId: string): Promise<VerificationOut> {
    const company = await load(q, companyId);
    const stored = { ...emptyVerification(), ...((await verificationRepo.get(q, companyId)) ?? {}) };
    return toOut(company, stored, (email) => companies.email.isConfirmed(q, companyId, email));
  }

  /** Sends the confirmation link to the company address (after the caller's commit, `dispatch`). */
  // `lang` is read before the transaction: on the embedded engine a read outside it would wait forever.
  async function composeEmailLink(
    q: Queryable,
    company: CompanyOut,
    email: string,
    ownerId: string,
    lang: string,
  ) {
    const { id, token } = await companies.email.start(q, company.id, email);
    return notifications.compose(
      q,
      ownerId,
      'companyEmailConfirm',
      { company: company.name, email, link: `${deps.publicUrl}/verify/company-email/${token}`, lang },
      { companyEmailConfirmationId: id },
    );
  }

  return {
    async get(user: AuthUser, companyId: string): Promise<VerificationOut> {
      await ownCompany(user, companyId);
      return view(db, companyId);
    },

    /**
     * The owner gives a CIN, a Udyam number, a company email and a phone; format problems are refused
     * outright, per field. A new company email on the website's domain is sent a confirmation link.
     */
    async submit(
      user: AuthUser,
      companyId: string,
      body: {
        cin?: string | null;
        udyam?: string | null;
        contact_email?: string | null;
        contact_phone?: string | null;
      },
    ): Promise<VerificationOut> {
      await ownCompany(user, companyId);
      const errors = [];
      const cin = body.cin?.replace(/\s+/g, '').toUpperCase() || null;
      if (cin) {
        const check = validateCin(cin);
        if (!check.ok) errors.push({ field: 'cin', message: check.reason });
      }
      const udyam = body.udyam?.replace(/\s+/g, '').toUpperCase() || null;
      if (udyam) {
        const check = validateUdyam(udyam);
        if (!check.ok) errors.push({ field: 'udyam', message: check.reason });
      }
      const email = body.contact_email?.trim().toLowerCase() || null;
      const domain = email ? emailDomain(email) : null;
      if (email && !domain) errors.push({ field: 'contact_email', message: 'is not an email address' });
      const phone = body.contact_phone ? normalizeIndianMobile(body.contact_phone) : null;
      if (body.contact_phone && !phone)
        errors.push({ field: 'contact_phone', message: 'must be a 10-digit Indian mobile number' });
      if (errors.length) throw new Invalid(errors);
      const lang = (await notifications.languagesOf([user.id])).get(user.id) ?? 'en';
      let messageId: number | null = null;
      const out = await db
        .tx(async (q) => {
          const company = await load(q, companyId);
          const stored = await verificationRepo.get(q, companyId);
          if (cin && cin !== stored?.cin && (await verificationRepo.cinHolder(q, cin, companyId)))
            throw new Conflict('CIN is already given by another company', [
              { field: 'cin', message: CIN_TAKEN },
            ]);
          const next: VerificationWrite = { ...emptyVerification(), ...(stored ?? {}) };
          if (body.cin !== undefined) next.cin = cin;
          if (body.udyam !== undefined) next.udyam = udyam;
          if (body.contact_email !== undefined) next.contact_email = email;
          if (body.contact_phone !== undefined && phone !== stored?.contact_phone) {
            next.contact_phone = phone;
            next.phone_verified_at = null;
          }
          await recheck(q, company, { ...next, company_id: companyId, updated_at: new Date() });
          // A link only to an address that could count: on the company's own domain, not yet confirmed.
          if (
            email &&
            email !== stored?.contact_email &&
            emailReason(company, email) === null &&
            !(await companies.email.isConfirmed(q, companyId, email))
          )
            messageId = await composeEmailLink(q, company, email, user.id, lang);
          return view(q, companyId);
        })
        .catch(cinRace);
      if (messageId !== null) await notifications.dispatch(messageId);
      return out;
    },

    /** Sends the confirmation link again (a new token; earlier links keep working until they expire). */
    async sendEmailLink(user: AuthUser, companyId: string): Promise<{ sent_to: string; expires_in: number }> {
      await ownCompany(user, companyId);
      const lang = (await notifications.languagesOf([user.id])).get(user.id) ?? 'en';
      const { id, email } = await db.tx(async (q) => {
        const company = await load(q, companyId);
        const stored = await verificationRepo.get(q, companyId);
        const address = stored?.contact_email;
        if (!address)
          throw new Invalid([{ field: 'contact_email', message: 'give the company email address first' }]);
        const reason = emailReason(company, address);
        if (reason)
          throw new Invalid([
            {
              field: 'contact_email',
              message: EMAIL_REFUSED[reason as Exclude<EmailReason, 'not_confirmed'>],
            },
          ]);
        return { id: await composeEmailLink(q, company, address, user.id, lang), email: address };
      });
      await notifications.dispatch(id);
      const [local, at] = email.split('@') as [string, string];
      return { sent_to: `${local.slice(0, 2)}•••@${at}`, expires_in: EMAIL_LINK_TTL_SECONDS };
    },

    /** The click on the emailed link: needs no sign-in (the mailbox is the proof), works once. */
    async confirmEmail(token: string): Promise<{ company_id: string; email_confirmed: true }> {
      const outcome = await db.tx(async (q) => {
        const result = await companies.email.confirm(q, token);
        if (result.status === 'confirmed') {
          const stored = await verificationRepo.get(q, result.companyId);
          await recheck(q, await load(q, result.companyId), stored);
        }
        return result;
      });
      if (outcome.status === 'expired')
        throw new Gone('This confirmation link has expired; ask for a new one');
      if (outcome.status !== 'confirmed') throw new NotFound('Confirmation link');
      return { company_id: outcome.companyId, email_confirmed: true };
    },

    /** The server reads the DNS TXT record or the well-known file; a pass proves control of the website. */
    async checkDomain(user: AuthUser, companyId: string, method: 'dns' | 'file'): Promise<VerificationOut> {
      await ownCompany(user, companyId);
      const company = await load(db, companyId);
      const host = proofHost(company.website);
      if (!host)
        throw new Invalid([{ field: 'website', message: 'give the company website (https://...) first' }]);
      const token = domainToken(companyId, host);
      // Outside any transaction: the check waits on the network, up to its timeout.
      const result =
        method === 'dns'
          ? await domainProof.checkDns(host, token)
          : await domainProof.checkFile(company.website!, host, token);
      if (!result.ok) throw new Invalid([{ field: 'domain', message: `not proven: ${result.reason}` }]);
      return db.tx(async (q) => {
        const fresh = await load(q, companyId);
        // The website changed while we were reading it: this proof was for the old host.
        if (proofHost(fresh.website) !== host)
          throw new Conflict('The website changed during the check; check again');
        const stored = { ...emptyVerification(), ...((await verificationRepo.get(q, companyId)) ?? {}) };
        await recheck(q, fresh, {
          ...stored,
          domain_token: token,
          domain_proof: method,
          domain_proven_at: new Date(),
        });
        return view(q, companyId);
      });
    },

    /** A code to the company phone by SMS; `delivery` says whether it really left. */
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

    /** A moderator sets or removes the badge; recorded as the moderator's decision, with the proofs seen. */
    async setByModerator(q: Queryable, companyId: string, verified: boolean): Promise<void> {
      const company = await load(q, companyId);
      const stored = { ...emptyVerification(), ...((await verificationRepo.get(q, companyId)) ?? {}) };
      await verificationRepo.save(q, companyId, { ...stored, verified_by: 'moderator' });
      const proofs = await proofsOf(company, stored, await companies.facts(q, companyId));
      await companies.setVerified(q, companyId, verified, verified ? ['moderator', ...proofs] : null);
    },

    /** The moderators' queue of companies that only they may verify. */
    async reviews(limit = 50) {
      return (await verificationRepo.reviews(db, limit)).map((r) => ({
        ...r,
        updated_at: r.updated_at.toISOString(),
      }));
    },
  };
}

const CIN_TAKEN = 'is already given by another company on Deskhire; if it is yours, write to the moderators';
/** Why a company email is refused, as the API says it (pages say it in the reader's language). */
export const EMAIL_REFUSED: Record<Exclude<EmailReason, 'not_confirmed'>, string> = {
  free_mail: 'is a free mailbox anyone can open; give an address on the company website domain',
  other_domain: 'is not on the company website domain',
  no_website: 'cannot be matched: give the company website first',
};
const cinRace = (err: unknown): never => {
  if ((err as { code?: string }).code === '23505' && String(err).includes('cin'))
    throw new Conflict('CIN is already given by another company', [{ field: 'cin', message: CIN_TAKEN }]);
  throw err;
};

export type VerificationService = ReturnType<typeof createVerificationService>;
