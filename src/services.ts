// Wires the domain services together once per app. Routes and web pages receive this object;
// nothing here holds per-request or cross-instance state.
import { type Config, DEV_APP_SECRET } from './config.ts';
import {
  createAccountsService,
  createEmailConfirmService,
  createOtpService,
  createPhoneAuthService,
} from './modules/accounts/index.ts';
import { createAlertsService } from './modules/alerts/index.ts';
import { createApplicationsService } from './modules/applications/index.ts';
import { createCareersService } from './modules/careers/index.ts';
import { createCommuteService } from './modules/commute/index.ts';
import { createCompaniesService } from './modules/companies/index.ts';
import { createDemoService } from './modules/demo/index.ts';
import {
  applicationInterviews,
  createCallsService,
  createInterviewsService,
  createJobStatsService,
  createReconfirmService,
  devTelephony,
  exotelTelephony,
} from './modules/hiring/index.ts';
import { createInsightsService } from './modules/insights/index.ts';
import { createJobReconfirmation, createJobsService, createResponsesService } from './modules/jobs/index.ts';
import { createNotificationsService, DELIVER_QUEUE, providersFor } from './modules/notifications/index.ts';
import { createPrivacyService } from './modules/privacy/index.ts';
import { createQueueHandle } from './modules/queue/index.ts';
import { createRecommendationsService } from './modules/recommendations/index.ts';
import { createSearchService } from './modules/search/index.ts';
import { createSecurityService } from './modules/security/index.ts';
import {
  createCandidatesService,
  createSeekersService,
  type ResumeStorage,
  resumeStorageFor,
} from './modules/seekers/index.ts';
import { createSkillsService } from './modules/skills/index.ts';
import { createTaxonomyService } from './modules/taxonomy/index.ts';
import {
  createDomainProof,
  createIdentityChecks,
  createRateLimiter,
  createScreeningService,
  createTrustService,
  createVerificationService,
  type DomainProofOptions,
  systemResolver,
} from './modules/trust/index.ts';

/** How long the server waits for a company's DNS or website when checking a proof. */
const DOMAIN_CHECK_TIMEOUT_MS = 5000;

import type { Db } from './shared/db/db.ts';

export function createServices(
  db: Db,
  config: Pick<Config, 'sessionDays'> &
    Partial<
      Pick<
        Config,
        | 'publicUrl'
        | 'appSecret'
        | 'smtpUrl'
        | 'mailFrom'
        | 'rateLimitScale'
        | 's3'
        | 'sessionIdleHours'
        | 'adminSessionHours'
        | 'adminIdleMinutes'
        | 'devOutbox'
        | 'msg91'
        | 'whatsapp'
        | 'exotel'
      >
    > & {
      resumeStorage?: ResumeStorage;
      /** How website proofs reach the network; tests give a fake resolver and a local server. */
      domainProof?: DomainProofOptions;
    },
) {
  // Built in dependency order: a service is made after everything it calls, and gets it at
  // construction. No setters: forgetting a dependency is a type error, not a silent default.
  const queue = createQueueHandle();
  const taxonomy = createTaxonomyService(db);
  const commute = createCommuteService(db);
  const accounts = createAccountsService(db, {
    sessionDays: config.sessionDays,
    ...(config.sessionIdleHours ? { sessionIdleHours: config.sessionIdleHours } : {}),
    ...(config.adminSessionHours ? { adminSessionHours: config.adminSessionHours } : {}),
    ...(config.adminIdleMinutes ? { adminIdleMinutes: config.adminIdleMinutes } : {}),
  });
  const companies = createCompaniesService(db, { taxonomy, accounts, checks: createIdentityChecks() });
  const notifications = createNotificationsService(db, {
    accounts,
    providers: providersFor({
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom ?? 'Deskhire <alerts@localhost>',
      msg91: config.msg91,
      whatsapp: config.whatsapp,
    }),
    dispatch: (id, o) =>
      queue.send(DELIVER_QUEUE, { id }, o?.afterSeconds ? { startAfterSeconds: o.afterSeconds } : undefined),
    devOutbox: config.devOutbox,
    companyEmailAddress: (id) => companies.email.addressOf(id),
  });
  // Sign-in throttling, admins' second factor and account alerts tell people through notifications.
  const security = createSecurityService(db, {
    accounts,
    notifications,
    appSecret: config.appSecret ?? DEV_APP_SECRET,
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
    scale: config.rateLimitScale ?? 1,
  });
  // Screening warns a held job's applicants, so it is built after notifications.
  const screening = createScreeningService(db, { notifications });
  const jobs = createJobsService(db, { taxonomy, companies, screen: screening.screen });
  const search = createSearchService(db, { taxonomy, commute });
  // One-time codes go out by SMS through notifications, so they are built after it.
  const otp = createOtpService(db, { text: notifications.textNow });
  // A new email is confirmed by a link in a mail before it is used, so this comes after notifications.
  const emailConfirm = createEmailConfirmService(db, {
    accounts,
    mail: notifications.mailNow,
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
    appSecret: config.appSecret ?? DEV_APP_SECRET,
    // A confirmed email that replaces another is told to the owner (issue #19's account alerts).
    replaced: (userId) => security.contactChanged(userId, 'email'),
  });
  const phoneAuth = createPhoneAuthService(db, {
    accounts,
    otp,
    text: notifications.textNow,
    smsConfigured: notifications.smsConfigured,
    mail: notifications.mailNow,
    emailConfirm,
  });
  const verification = createVerificationService(db, {
    companies,
    otp,
    accounts,
    notifications,
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
    // Tests pass their own resolver and dial (a local server behind a fake public address).
    domainProof: createDomainProof(
      config.domainProof ?? {
        resolver: systemResolver(DOMAIN_CHECK_TIMEOUT_MS),
        timeoutMs: DOMAIN_CHECK_TIMEOUT_MS,
      },
    ),
  });
  const trust = createTrustService(db, { jobs, verification, screening });
  const limiter = createRateLimiter(db, { scale: config.rateLimitScale });
  const insights = createInsightsService(db, { taxonomy });
  const skills = createSkillsService(db);
  const storage = config.resumeStorage ?? resumeStorageFor(db, config.s3);
  const seekers = createSeekersService(db, { accounts, taxonomy, storage, commute });
  // After seekers: an alert measures its trips from the seeker's home station by default.
  const alerts = createAlertsService(db, {
    accounts,
    commute,
    seekers,
    taxonomy,
    jobs,
    search,
    notifications,
    config: {
      publicUrl: config.publicUrl ?? 'http://localhost:3000',
      appSecret: config.appSecret ?? DEV_APP_SECRET,
    },
  });
  const careers = createCareersService({ insights, search, seekers, skills });
  const privacy = createPrivacyService(db);
  const responses = createResponsesService(db);
  const reconfirm = createReconfirmService(db, {
    jobs,
    companies,
    accounts,
    notifications,
    responses,
    lifecycle: createJobReconfirmation(),
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
  });
  const applications = createApplicationsService(db, {
    jobs,
    companies,
    seekers,
    notifications,
    skills,
    privacy,
    onEmployerAction: reconfirm.employerActed,
    interviews: applicationInterviews,
  });
  const recommendations = createRecommendationsService(db, { taxonomy, seekers, applications, commute });
  const interviews = createInterviewsService(db, {
    applications,
    notifications,
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
  });
  const calls = createCallsService(db, {
    applications,
    seekers,
    accounts,
    telephony: config.exotel ? exotelTelephony(config.exotel) : devTelephony,
    jobs,
    privacy,
    responses,
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
    appSecret: config.appSecret ?? DEV_APP_SECRET,
  });
  const candidates = createCandidatesService(db, { taxonomy, accounts, companies, skills, privacy });
  const jobStats = createJobStatsService({ jobs, applications, calls });
  const demo = createDemoService(db);
  return {
    db,
    queue,
    screening,
    responses,
    taxonomy,
    commute,
    accounts,
    security,
    otp,
    emailConfirm,
    phoneAuth,
    companies,
    jobs,
    search,
    notifications,
    alerts,
    verification,
    trust,
    limiter,
    insights,
    skills,
    careers,
    seekers,
    applications,
    recommendations,
    privacy,
    interviews,
    calls,
    reconfirm,
    candidates,
    jobStats,
    demo,
    /** Everything we hold about one person, for DPDP export. Modules add their parts here. */
    async exportMine(userId: string): Promise<Record<string, unknown>> {
      const me = await accounts.me(userId);
      const mine = me.role === 'employer' ? await companies.mine(me) : [];
      const jobsPosted = me.role === 'employer' ? await jobs.listMine(me) : [];
      const reports = me.role === 'seeker' ? await trust.reportsBy(me.id) : [];
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
        ...(await alerts.exportMine(userId)),
        notifications: await notifications.mine(userId),
        job_reports: reports,
        contact_views: {
          of_me: await privacy.viewsOf(userId),
          /** The same, as "Who saw my number" shows it: company, recruiter, job. */
          seen_by: await privacy.seenBy(userId, 10_000),
          by_me: await privacy.viewsBy(userId),
          /** Admins who read my phone, email or resume (the admin audit trail). */
          by_admins: await privacy.adminReads({ subjectUserId: userId, limit: 500 }),
        },
      };
    },
    async eraseMine(userId: string): Promise<void> {
      // Seeker data first (it reads the account), then the rest, then the account itself.
      await seekers.erase(userId);
      await applications.eraseSeeker(userId);
      await alerts.eraseMine(userId);
      await notifications.eraseMine(userId);
      await accounts.erase(userId);
    },
  };
}

export type Services = ReturnType<typeof createServices>;
