// The rules of companies: an employer creates one and becomes its owner; only members act for it.
// Verification is never set here by the owner (the trust module owns it).
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Forbidden, Invalid, NotFound } from '../../shared/errors.ts';
import { validateGstin } from '../../shared/identifiers.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { type CompanyRow, companiesRepo } from './companies.repo.ts';
import type { CompanyBody, CompanyOut, CompanyPatch } from './companies.schema.ts';
import { companyTeam } from './companies.team.ts';

const EDITABLE = ['name', 'industry', 'city', 'website', 'gstin', 'about'] as const;

export function toCompanyOut(c: CompanyRow): CompanyOut {
  return {
    id: c.id,
    name: c.name,
    industry: c.industry,
    city: c.city,
    website: c.website,
    gstin: c.gstin,
    about: c.about,
    verified: c.verified,
    created_at: c.created_at.toISOString(),
  };
}

/**
 * Identity checks that run after a company is created or edited, in the same transaction (trust's
 * verification). They say whether the "verified" badge moves: true grants, false removes, null leaves it.
 */
export interface CompanyChecks {
  afterSave(company: CompanyOut, q: Queryable): Promise<boolean | null>;
}

export function createCompaniesService(
  db: Db,
  deps: { taxonomy: TaxonomyService; accounts: AccountsService; checks: CompanyChecks },
) {
  const { taxonomy, accounts, checks } = deps;
  /** Runs the checks and applies the badge they decide. */
  async function afterSave(company: CompanyOut, q: Queryable): Promise<void> {
    const badge = await checks.afterSave(company, q);
    if (badge !== null && badge !== company.verified) await companiesRepo.setVerified(q, company.id, badge);
  }
  /** Throws unless the user belongs to the company; 404 hides whether it exists. */
  async function assertMember(user: AuthUser, companyId: string): Promise<string> {
    const role =
      user.role === 'employer' ? await companiesRepo.memberRole(db, companyId, user.id) : undefined;
    if (!role) throw new NotFound('Company');
    return role;
  }
  async function validate(body: CompanyPatch): Promise<void> {
    const errors = [];
    if (body.industry !== undefined && !(await taxonomy.has('industries', body.industry)))
      errors.push({ field: 'industry', message: 'is not a known industry' });
    if (body.city !== undefined && !(await taxonomy.city(body.city)))
      errors.push({ field: 'city', message: 'is not a known city' });
    // Format and checksum only: a typo is caught here; whether it is really theirs is a moderator's call.
    const gstin = body.gstin ? validateGstin(body.gstin) : { ok: true as const };
    if (!gstin.ok) errors.push({ field: 'gstin', message: gstin.reason });
    if (errors.length) throw new Invalid(errors);
  }

  return {
    async create(user: AuthUser, body: CompanyBody): Promise<CompanyOut> {
      if (user.role !== 'employer') throw new Forbidden('Only employer accounts may create a company');
      await validate(body);
      const row = await db.tx(async (q) => {
        const created = await companiesRepo.insert(q, {
          ownerId: user.id,
          name: body.name.trim(),
          industry: body.industry,
          city: body.city,
          website: body.website ?? null,
          gstin: body.gstin?.toUpperCase() ?? null,
          about: body.about ?? null,
        });
        await afterSave(toCompanyOut(created), q);
        return created;
      });
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
      await validate(patch);
      const changes: Record<string, string | null> = {};
      for (const key of EDITABLE) if (patch[key] !== undefined) changes[key] = patch[key] ?? null;
      if (!Object.keys(changes).length) return this.get(id);
      if (changes.gstin) changes.gstin = changes.gstin.toUpperCase();
      return db.tx(async (q) => {
        const out = toCompanyOut(await companiesRepo.update(q, id, changes));
        await afterSave(out, q);
        return out;
      });
    },
    /** The badge: set only by the trust module (passed checks or a moderator), never by an owner. */
    async setVerified(q: Queryable, id: string, verified: boolean): Promise<void> {
      await companiesRepo.setVerified(q, id, verified);
    },
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
