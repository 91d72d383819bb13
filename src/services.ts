// Wires the domain services together once per app. Routes and web pages receive this object;
// nothing here holds per-request or cross-instance state.
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { createCompaniesService } from './modules/companies/companies.service.ts';
import { createJobsService } from './modules/jobs/jobs.service.ts';
import { createSearchService } from './modules/search/search.service.ts';
import { createTaxonomyService } from './modules/taxonomy/taxonomy.service.ts';
import { createRateLimiter } from './modules/trust/rate-limit.ts';
import { createTrustService } from './modules/trust/trust.service.ts';
import { createVerificationService } from './modules/trust/verification.service.ts';

export function createServices(db: Db, config: Pick<Config, 'sessionDays'>) {
  const taxonomy = createTaxonomyService(db);
  const accounts = createAccountsService(db, { sessionDays: config.sessionDays });
  const companies = createCompaniesService(db, taxonomy);
  const jobs = createJobsService(db, { taxonomy, companies });
  const search = createSearchService(db, { taxonomy });
  const verification = createVerificationService(db, { companies });
  companies.setAfterSave(verification.onCompanySaved);
  const trust = createTrustService(db, { jobs, verification });
  jobs.setScreen(trust.screen);
  const limiter = createRateLimiter(db);
  return {
    db,
    taxonomy,
    accounts,
    companies,
    jobs,
    search,
    verification,
    trust,
    limiter,
    /** Everything we hold about one person, for DPDP export. Modules add their parts here. */
    async exportMine(userId: string): Promise<Record<string, unknown>> {
      const me = await accounts.me(userId);
      const mine = me.role === 'employer' ? await companies.mine(me) : [];
      const jobsPosted = me.role === 'employer' ? await jobs.listMine(me) : [];
      const reports = me.role === 'seeker' ? await trust.reportsBy(me.id) : [];
      return {
        exported_at: new Date().toISOString(),
        account: me,
        companies: mine,
        jobs: jobsPosted,
        job_reports: reports,
      };
    },
    async eraseMine(userId: string): Promise<void> {
      await accounts.erase(userId);
    },
  };
}

export type Services = ReturnType<typeof createServices>;
