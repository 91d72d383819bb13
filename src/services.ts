// Wires the domain services together once per app. Routes and web pages receive this object;
// nothing here holds per-request or cross-instance state.
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { createApplicationsService } from './modules/applications/applications.service.ts';
import { createCompaniesService } from './modules/companies/companies.service.ts';
import { createJobsService } from './modules/jobs/jobs.service.ts';
import { createRecommendationsService } from './modules/recommendations/recommendations.service.ts';
import { createSearchService } from './modules/search/search.service.ts';
import { localDiskResumeStorage, type ResumeStorage } from './modules/seekers/resume-storage.ts';
import { createSeekersService } from './modules/seekers/seekers.service.ts';
import { createTaxonomyService } from './modules/taxonomy/taxonomy.service.ts';

export function createServices(
  db: Db,
  config: Pick<Config, 'sessionDays'> & { dataDir?: string; resumeStorage?: ResumeStorage },
) {
  const taxonomy = createTaxonomyService(db);
  const accounts = createAccountsService(db, { sessionDays: config.sessionDays });
  const companies = createCompaniesService(db, taxonomy);
  const jobs = createJobsService(db, { taxonomy, companies });
  const search = createSearchService(db, { taxonomy });
  const storage = config.resumeStorage ?? localDiskResumeStorage(config.dataDir ?? './data');
  const seekers = createSeekersService(db, { accounts, taxonomy, storage });
  const applications = createApplicationsService(db, { jobs, companies, seekers });
  const recommendations = createRecommendationsService(db, { taxonomy, seekers, applications });
  return {
    db,
    taxonomy,
    accounts,
    companies,
    jobs,
    search,
    seekers,
    applications,
    recommendations,
    /** Everything we hold about one person, for DPDP export. Modules add their parts here. */
    async exportMine(userId: string): Promise<Record<string, unknown>> {
      const me = await accounts.me(userId);
      const mine = me.role === 'employer' ? await companies.mine(me) : [];
      const jobsPosted = me.role === 'employer' ? await jobs.listMine(me) : [];
      const seeker =
        me.role === 'seeker'
          ? { ...(await seekers.exportOf(userId)), applications: await applications.exportOf(userId) }
          : {};
      return {
        exported_at: new Date().toISOString(),
        account: me,
        companies: mine,
        jobs: jobsPosted,
        ...seeker,
      };
    },
    async eraseMine(userId: string): Promise<void> {
      // Seeker data first (it reads the account), then the account itself.
      await seekers.erase(userId);
      await applications.eraseSeeker(userId);
      await accounts.erase(userId);
    },
  };
}

export type Services = ReturnType<typeof createServices>;
