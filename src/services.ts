// Wires the domain services together once per app. Routes and web pages receive this object;
// nothing here holds per-request or cross-instance state.
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { createCareersService } from './modules/careers/careers.service.ts';
import { createCompaniesService } from './modules/companies/companies.service.ts';
import { createInsightsService } from './modules/insights/insights.service.ts';
import { createJobsService } from './modules/jobs/jobs.service.ts';
import { createSearchService } from './modules/search/search.service.ts';
import { createSkillsService } from './modules/skills/skills.service.ts';
import { createTaxonomyService } from './modules/taxonomy/taxonomy.service.ts';

export function createServices(db: Db, config: Pick<Config, 'sessionDays'>) {
  const taxonomy = createTaxonomyService(db);
  const accounts = createAccountsService(db, { sessionDays: config.sessionDays });
  const companies = createCompaniesService(db, taxonomy);
  const jobs = createJobsService(db, { taxonomy, companies });
  const search = createSearchService(db, { taxonomy });
  const insights = createInsightsService(db, { taxonomy });
  const skills = createSkillsService(db);
  const careers = createCareersService({ insights, search });
  return {
    db,
    taxonomy,
    accounts,
    companies,
    jobs,
    search,
    insights,
    skills,
    careers,
    /** Everything we hold about one person, for DPDP export. Modules add their parts here. */
    async exportMine(userId: string): Promise<Record<string, unknown>> {
      const me = await accounts.me(userId);
      const mine = me.role === 'employer' ? await companies.mine(me) : [];
      const jobsPosted = me.role === 'employer' ? await jobs.listMine(me) : [];
      return { exported_at: new Date().toISOString(), account: me, companies: mine, jobs: jobsPosted };
    },
    async eraseMine(userId: string): Promise<void> {
      await accounts.erase(userId);
    },
  };
}

export type Services = ReturnType<typeof createServices>;
