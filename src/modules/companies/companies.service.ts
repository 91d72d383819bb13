// The rules of companies: an employer creates one and becomes its owner; only members act for it.
// Verification is never set here by the owner (the trust module owns it).
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../../shared/errors.ts';
import { GSTIN_STATE_CODES, validateGstin } from '../../shared/identifiers.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { type CompanyRow, companiesRepo } from './companies.repo.ts';
import type { CompanyBody, CompanyOut, CompanyPatch } from './companies.schema.ts';
import { companyTeam } from './companies.team.ts';
import { companyEmailConfirmation } from './company-email.ts';

const EDITABLE = ['name', 'industry', 'city', 'website', 'gstin', 'pan', 'about'] as const;

/**
 * The GST state code of a company's place of business. Every city in the taxonomy is in Maharashtra
 * (the marketplace's state), so a company hiring here registers under 27; a GSTIN from another state
 * is the registration of some other place of business, not of the one hiring here.
 */
export const COMPANY_GST_STATE = '27';

const GSTIN_TAKEN =
  'is already registered to another company on Deskhire; if it is yours, write to the moderators';

export function toCompanyOut(c: CompanyRow): CompanyOut {
  return {
    id: c.id,
    name: c.name,
    industry: c.industry,
    city: c.city,
    website: c.website,
    gstin: c.gstin,
    pan: c.pan,
    about: c.about,
    verified: c.verified,
    verified_how: c.verified && c.verified_how ? c.verified_how.split(',') : null,
    created_at: c.created_at.toISOString(),
  };
}

/**
 * Identity checks that run after a company is created or edited, in the same transaction (trust's
 * verification). They say whether the "verified" badge moves: true grants, false removes, null leaves it.
 */
export interface CompanyChecks {
  afterSave(company: CompanyOut, q: Queryable, facts: CompanyFacts): Promise<BadgeMove>;
}

/** What the checks may ask the companies module about a company inside the save transaction. */
export interface CompanyFacts {
  /** Another company already held this GSTIN when uniqueness came in (migration 1100). */
  gstinShared: boolean;
  /** Whether this address was confirmed by a click on the link sent to it. */
  emailConfirmed(email: string): Promise<boolean>;
}

/** The badge's next state and the proofs that earned it; null leaves the badge as it is. */
export type BadgeMove = { verified: boolean; how: string[] | null } | null;

export function createCompaniesService(
  db: Db,
  deps: { taxonomy: TaxonomyService; accounts: AccountsService; checks: CompanyChecks },
) {
  const { taxonomy, accounts, checks } = deps;
  const email = companyEmailConfirmation(db);
  async function facts(q: Queryable, companyId: string): Promise<CompanyFacts> {
    const row = await companiesRepo.byId(q, companyId);
    return {
      gstinShared: row?.gstin_shared ?? false,
      emailConfirmed: (address) => email.isConfirmed(q, companyId, address),
    };
  }
  /** Runs the checks and applies the badge they decide. */
  async function afterSave(company: CompanyOut, q: Queryable): Promise<void> {
    const move = await checks.afterSave(company, q, await facts(q, company.id));
    if (move) await companiesRepo.setVerified(q, company.id, move.verified, move.how?.join(',') ?? null);
  }
  /** One GSTIN, one company: a second company typing it is refused (existing duplicates go to moderators). */
  async function assertGstinFree(q: Queryable, gstin: string | null, exceptId: string | null): Promise<void> {
    if (gstin && (await companiesRepo.gstinHolder(q, gstin, exceptId)))
      throw new Conflict(`GSTIN ${GSTIN_TAKEN}`, [{ field: 'gstin', message: GSTIN_TAKEN }]);
  }
  /** The unique index catches two companies saving one GSTIN at the same moment. */
  const gstinRace = (err: unknown): never => {
    if ((err as { code?: string }).code === '23505' && String(err).includes('gstin'))
      throw new Conflict(`GSTIN ${GSTIN_TAKEN}`, [{ field: 'gstin', message: GSTIN_TAKEN }]);
    throw err;
  };
  /** Throws unless the user belongs to the company; 404 hides whether it exists. */
  async function assertMember(user: AuthUser, companyId: string): Promise<string> {
    const role =
      user.role === 'employer' ? await companiesRepo.memberRole(db, companyId, user.id) : undefined;
    if (!role) throw new NotFound('Company');
    return role;
  }
  /** `body` merged over what is stored, so a PAN typed later is checked against the GSTIN given earlier. */
  async function validate(
    body: CompanyPatch,
    stored?: { gstin: string | null; pan: string | null },
  ): Promise<void> {
    const errors = [];
    if (body.industry !== undefined && !(await taxonomy.has('industries', body.industry)))
      errors.push({ field: 'industry', message: 'is not a known industry' });
    if (body.city !== undefined && !(await taxonomy.city(body.city)))
      errors.push({ field: 'city', message: 'is not a known city' });
    // Format and checksum only: a typo is caught here; whether it is really theirs is a moderator's call.
    const gstin = body.gstin ? validateGstin(body.gstin) : { ok: true as const };
    if (!gstin.ok) errors.push({ field: 'gstin', message: gstin.reason });
    // Consistent with what was typed: the GSTIN carries the PAN and the state of registration.
    const gstinNow = (body.gstin !== undefined ? body.gstin : stored?.gstin)?.toUpperCase() ?? null;
    const panNow = (body.pan !== undefined ? body.pan : stored?.pan)?.toUpperCase() ?? null;
    const touched = body.gstin !== undefined || body.pan !== undefined;
    if (touched && gstin.ok && gstinNow) {
      if (panNow && gstinNow.slice(2, 12) !== panNow)
        errors.push({
          field: body.gstin !== undefined ? 'gstin' : 'pan',
          message: `holds the PAN ${gstinNow.slice(2, 12)}, not the PAN given (${panNow})`,
        });
      if (body.gstin !== undefined && gstinNow.slice(0, 2) !== COMPANY_GST_STATE)
        errors.push({
          field: 'gstin',
          message: `is registered in ${GSTIN_STATE_CODES[gstinNow.slice(0, 2)] ?? 'another state'} (code ${gstinNow.slice(0, 2)}); give the GSTIN of your place of business in Maharashtra (code ${COMPANY_GST_STATE})`,
        });
    }
    if (errors.length) throw new Invalid(errors);
  }

  return {
    async create(user: AuthUser, body: CompanyBody): Promise<CompanyOut> {
      if (user.role !== 'employer') throw new Forbidden('Only employer accounts may create a company');
      await validate(body);
      const row = await db
        .tx(async (q) => {
          await assertGstinFree(q, body.gstin?.toUpperCase() ?? null, null);
          const created = await companiesRepo.insert(q, {
            ownerId: user.id,
            name: body.name.trim(),
            industry: body.industry,
            city: body.city,
            website: body.website ?? null,
            gstin: body.gstin?.toUpperCase() ?? null,
            pan: body.pan?.toUpperCase() ?? null,
            about: body.about ?? null,
          });
          await afterSave(toCompanyOut(created), q);
          return (await companiesRepo.byId(q, created.id))!;
        })
        .catch(gstinRace);
      return toCompanyOut(row);
    },
    async get(id: string): Promise<CompanyOut> {
      const c = await companiesRepo.byId(db, id);
      if (!c) throw new NotFound('Company');
      return toCompanyOut(c);
    },
    async mine(user: AuthUser): Promise<(CompanyOut & { member_role: string })[]> {
      return (await companiesRepo.ofMember(db, user.id)).map((c) => ({
        ...toCompanyOut(c),
        member_role: c.member_role,
      }));
    },
    assertMember,
    /** Recruiters: invite by phone, list, remove, accept (companies.team.ts). */
    team: companyTeam(db, accounts, assertMember),
    async update(user: AuthUser, id: string, patch: CompanyPatch): Promise<CompanyOut> {
      const role = await this.assertMember(user, id);
      if (role !== 'owner') throw new Forbidden('Only the company owner may edit the company');
      await validate(patch, await companiesRepo.byId(db, id));
      const changes: Record<string, string | null> = {};
      for (const key of EDITABLE) if (patch[key] !== undefined) changes[key] = patch[key] ?? null;
      if (!Object.keys(changes).length) return this.get(id);
      if (changes.gstin) changes.gstin = changes.gstin.toUpperCase();
      if (changes.pan) changes.pan = changes.pan.toUpperCase();
      return db
        .tx(async (q) => {
          if (changes.gstin) await assertGstinFree(q, changes.gstin, id);
          const out = toCompanyOut(await companiesRepo.update(q, id, changes));
          await afterSave(out, q);
          return toCompanyOut((await companiesRepo.byId(q, id))!);
        })
        .catch(gstinRace);
    },
    /** The badge: set only by the trust module (passed checks or a moderator), never by an owner. */
    async setVerified(q: Queryable, id: string, verified: boolean, how: string[] | null): Promise<void> {
      await companiesRepo.setVerified(q, id, verified, how?.join(',') ?? null);
    },
    /** What the identity checks may ask about a company, inside the caller's transaction. */
    facts,
    /** The company email's confirmation link: started and clicked through trust's verification. */
    email,
    /** Reads a company inside the caller's transaction. */
    /** Who hears about a job: its poster while still a member, else the company's owner. */
    async jobContact(companyId: string, postedBy: string | null): Promise<string | undefined> {
      if (postedBy && (await companiesRepo.memberRole(db, companyId, postedBy))) return postedBy;
      return (await companiesRepo.byId(db, companyId))?.owner_id;
    },
    async getWith(q: Queryable, id: string): Promise<CompanyOut | undefined> {
      const c = await companiesRepo.byId(q, id);
      return c ? toCompanyOut(c) : undefined;
    },
  };
}

export type CompaniesService = ReturnType<typeof createCompaniesService>;
