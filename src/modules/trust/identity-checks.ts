// What the badge needs, decided from a company's details and the proofs it has given: a registration
// number that is well formed, its own and consistent (GSTIN or CIN), control of the company's domain
// (an email on it confirmed by a link, or a DNS TXT record / well-known file), and the company phone
// confirmed by OTP. Some companies can only be verified by a moderator: a known brand, a sole
// proprietor (Udyam or GSTIN plus review), or one sharing a GSTIN or CIN with another company.
import type { Queryable } from '../../shared/db/db.ts';
import {
  emailDomain,
  gstinPan,
  isFreeMailDomain,
  isPersonalPan,
  validateCin,
  validateGstin,
  validateUdyam,
  websiteMatchesEmail,
} from '../../shared/identifiers.ts';
import type { BadgeMove, CompanyChecks, CompanyFacts, CompanyOut } from '../companies/index.ts';
import { brandIn } from './brands.ts';
import { domainToken, proofHost } from './domain-proof.ts';
import { trustRepo } from './trust.repo.ts';
import { type VerificationRow, type VerificationWrite, verificationRepo } from './verification.repo.ts';

/** Why a company email does not count, when it does not. */
export type EmailReason = 'free_mail' | 'other_domain' | 'no_website' | 'not_confirmed';

export const REVIEW_REASONS = ['duplicate_gstin', 'duplicate_cin', 'known_brand', 'sole_proprietor'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

export const emptyVerification = (): VerificationWrite => ({
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
  udyam: null,
  domain_token: null,
  domain_proof: null,
  domain_proven_at: null,
  review_reason: null,
});

export function emailReason(company: CompanyOut, email: string | null): EmailReason | null {
  if (!email) return null;
  const domain = emailDomain(email);
  if (domain && isFreeMailDomain(domain)) return 'free_mail';
  if (!company.website) return 'no_website';
  return websiteMatchesEmail(company.website, email) ? null : 'other_domain';
}

/** The proof of the website still stands only for the host and company it was made for. */
export function domainProven(company: CompanyOut, v: VerificationWrite): boolean {
  const host = proofHost(company.website);
  return !!(host && v.domain_proven_at && v.domain_token === domainToken(company.id, host));
}

function reviewReason(company: CompanyOut, v: VerificationWrite, facts: CompanyFacts): ReviewReason | null {
  if (facts.gstinShared) return 'duplicate_gstin';
  if (v.cin_shared) return 'duplicate_cin';
  if (brandIn(company.name)) return 'known_brand';
  const pan = company.gstin ? gstinPan(company.gstin) : company.pan;
  if ((pan && isPersonalPan(pan)) || (v.udyam && !company.gstin && !v.cin)) return 'sole_proprietor';
  return null;
}

/** The proofs that passed, in the order pages list them (also the badge's `verified_how`). */
export async function proofsOf(
  company: CompanyOut,
  v: VerificationWrite,
  facts: CompanyFacts,
): Promise<string[]> {
  const proofs: string[] = [];
  if (v.gstin_ok) proofs.push('gstin');
  if (v.cin_ok) proofs.push('cin');
  if (v.udyam && validateUdyam(v.udyam).ok) proofs.push('udyam');
  if (v.contact_email && v.email_matches_website && (await facts.emailConfirmed(v.contact_email)))
    proofs.push('company_email');
  if (domainProven(company, v)) proofs.push(v.domain_proof === 'dns' ? 'domain_dns' : 'domain_file');
  if (v.phone_verified_at) proofs.push('phone');
  return proofs;
}

/** Checks alone give the badge only with a registration, control of the domain and the phone. */
export function checksPass(proofs: string[], review: ReviewReason | null): boolean {
  const registration = proofs.includes('gstin') || proofs.includes('cin');
  const control = proofs.includes('company_email') || proofs.some((p) => p.startsWith('domain_'));
  return registration && control && proofs.includes('phone') && review === null;
}

/**
 * Re-runs the identity checks for a company's current details and saves them; says how the badge
 * should move (null: leave it). The caller applies the badge.
 */
export async function recheckIdentity(
  q: Queryable,
  company: CompanyOut,
  stored: VerificationRow | VerificationWrite | undefined,
  facts: CompanyFacts,
): Promise<{ write: VerificationWrite; move: BadgeMove; proofs: string[] }> {
  const v: VerificationWrite = { ...emptyVerification(), ...(stored ?? {}) };
  const gstin = company.gstin ? validateGstin(company.gstin) : null;
  v.gstin_ok = gstin ? gstin.ok && !facts.gstinShared : null;
  v.gstin_note = gstin && !gstin.ok ? gstin.reason : facts.gstinShared ? 'shared with another company' : null;
  const cin = v.cin ? validateCin(v.cin) : null;
  v.cin_ok = cin ? cin.ok && !v.cin_shared : null;
  v.cin_note = cin && !cin.ok ? cin.reason : v.cin_shared ? 'shared with another company' : null;
  v.email_matches_website = v.contact_email ? emailReason(company, v.contact_email) === null : null;
  if (!domainProven(company, v)) {
    // The website changed since it was proven: the proof went with the old host.
    v.domain_token = null;
    v.domain_proof = null;
    v.domain_proven_at = null;
  }
  const review = reviewReason(company, v, facts);
  v.review_reason = review;
  const proofs = await proofsOf(company, v, facts);
  const passes = checksPass(proofs, review);
  let move: BadgeMove = null;
  if (passes && (!company.verified || v.verified_by === 'checks')) {
    v.verified_by = 'checks';
    if (!company.verified || company.verified_how?.join(',') !== proofs.join(','))
      move = { verified: true, how: proofs };
  } else if (!passes && company.verified && v.verified_by === 'checks') {
    // The details changed after the checks passed (or now need a moderator): the badge goes.
    v.verified_by = null;
    move = { verified: false, how: null };
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
  return { write: v, move, proofs };
}

/**
 * The companies module's hook (CompanyChecks): every create or edit re-runs the identity checks in the
 * same transaction. Needs no companies service, so it is built before companies.
 */
export function createIdentityChecks(): CompanyChecks {
  return {
    async afterSave(company, q, facts) {
      const { move } = await recheckIdentity(q, company, await verificationRepo.get(q, company.id), facts);
      return move;
    },
  };
}
