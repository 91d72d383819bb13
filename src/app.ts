// Builds the Fastify app from third-party plugins, the API modules and the web pages. Never
// listens: server.ts does, and tests call app.inject().
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginCallback,
  LogController,
} from 'fastify';
import type { Config } from './config.ts';
import { accessLog, requestIdOf } from './http/access-log.ts';
import { authPlugin } from './http/auth.ts';
import { registerProblemHandlers } from './http/problems.ts';
import { readYourWrites } from './http/read-your-writes.ts';
import { accountsRoutes, phoneAuthRoutes } from './modules/accounts/index.ts';
import { alertsRoutes } from './modules/alerts/index.ts';
import { applicationsRoutes } from './modules/applications/index.ts';
import { careersRoutes } from './modules/careers/index.ts';
import { companiesRoutes } from './modules/companies/index.ts';
import { callsRoutes, interviewsRoutes, jobStatsRoutes } from './modules/hiring/index.ts';
import { insightsRoutes } from './modules/insights/index.ts';
import { jobsRoutes } from './modules/jobs/index.ts';
import { notificationsRoutes, notificationWebhooks } from './modules/notifications/index.ts';
import { opsRoutes } from './modules/ops/index.ts';
import { privacyRoutes } from './modules/privacy/index.ts';
import { recommendationsRoutes } from './modules/recommendations/index.ts';
import { searchRoutes } from './modules/search/index.ts';
import { securityRoutes } from './modules/security/index.ts';
import { candidatesRoutes, seekersRoutes } from './modules/seekers/index.ts';
import { skillsRoutes } from './modules/skills/index.ts';
import { taxonomyRoutes } from './modules/taxonomy/index.ts';
import { abuseLimits, type DomainProofOptions, trustRoutes } from './modules/trust/index.ts';
import { createServices, type Services } from './services.ts';
import type { Db } from './shared/db/db.ts';
import { STYLE_HASH } from './web/layout.ts';
import { renderErrorPage, webRoutes } from './web/routes.ts';

const ajvBase = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false } as const;
// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (
  a: Ajv,
) => Ajv;
const strictAjv = addFormats(new Ajv({ ...ajvBase, coerceTypes: false }));
const coercingAjv = addFormats(new Ajv({ ...ajvBase, coerceTypes: 'array' }));

export interface AppOptions {
  db: Db;
  config: Config;
  /** A pino logger (server.ts), or none to stay quiet (tests). */
  logger?: FastifyBaseLogger;
  /** The OpenTelemetry plugin (http/tracing.ts) when an OTLP endpoint is configured. */
  tracing?: FastifyPluginCallback;
  /** How website proofs reach the network (tests: a fake resolver and a local server). */
  domainProof?: DomainProofOptions;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export async function buildApp({
  db,
  config,
  logger,
  tracing,
  domainProof,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    // A hop count trusts that many proxies nearest the server (as Fastify does for a number; its
    // types only take the function form), so the address they saw is the client's.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    // One access line per request (http/access-log.ts) instead of Fastify's two bare ones.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>();
  // JSON bodies are validated as sent (null stays null); query strings and params are text and
  // are coerced to the schema's types.
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object),
  );

  // First, so it sees every route and hook declared after it.
  if (tracing) await app.register(tracing);
  const services = createServices(db, { ...config, domainProof });
  app.decorate('services', services);
  await app.register(accessLog);

  // Brotli/gzip for pages, API and static files: the results page must stay small on 3G.
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  await app.register(readYourWrites, {
    enabled: db.pools().some((p) => p.name === 'replica'),
    seconds: config.readYourWritesSeconds,
    secure: config.secureCookies,
  });
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: config.secureCookies },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The inlined stylesheet of every page, by hash (web/layout.ts), and /static files.
        styleSrc: ["'self'", STYLE_HASH],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Deskhire API',
        version: '1.0.0',
        description: 'Jobs in customer service and back office, Maharashtra',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(authPlugin, { accounts: services.accounts });
  registerProblemHandlers(app, renderErrorPage);
  // Before any route: it attaches rate limits to routes as they are declared.
  await app.register(abuseLimits, { limiter: services.limiter });
  // Before any route too: its onResponse hook times every request for /metrics.
  await app.register(opsRoutes, {
    db,
    metricsToken: config.metricsToken,
    metricsOnOwnPort: config.metricsPort !== undefined,
  });

  app.get('/health', { schema: { hide: true } }, async () => {
    await db.query('SELECT 1');
    return { status: 'ok', engine: db.engine };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      await api.register(accountsRoutes, {
        accounts: services.accounts,
        emailConfirm: services.emailConfirm,
        gate: services.security,
        cookie: { secure: config.secureCookies, maxAgeDays: config.sessionDays },
        exportMine: services.exportMine,
        eraseMine: services.eraseMine,
      });
      await api.register(phoneAuthRoutes, {
        accounts: services.accounts,
        phoneAuth: services.phoneAuth,
        emailConfirm: services.emailConfirm,
        alerts: services.security,
        cookie: { secure: config.secureCookies, maxAgeDays: config.sessionDays },
      });
      await api.register(taxonomyRoutes, { taxonomy: services.taxonomy });
      await api.register(companiesRoutes, { companies: services.companies });
      await api.register(searchRoutes, { search: services.search });
      await api.register(jobsRoutes, { jobs: services.jobs });
      await api.register(alertsRoutes, { alerts: services.alerts });
      await api.register(notificationsRoutes, { notifications: services.notifications });
      await api.register(notificationWebhooks, {
        notifications: services.notifications,
        msg91Secret: config.msg91WebhookSecret,
        whatsappAppSecret: config.whatsappAppSecret,
        whatsappVerifyToken: config.whatsappVerifyToken,
      });
      await api.register(trustRoutes, { trust: services.trust, verification: services.verification });
      await api.register(insightsRoutes, { insights: services.insights });
      await api.register(skillsRoutes, { skills: services.skills });
      await api.register(careersRoutes, { careers: services.careers });
      await api.register(seekersRoutes, { seekers: services.seekers });
      await api.register(applicationsRoutes, { applications: services.applications });
      await api.register(recommendationsRoutes, { recommendations: services.recommendations });
      await api.register(interviewsRoutes, { interviews: services.interviews });
      await api.register(callsRoutes, { calls: services.calls });
      await api.register(candidatesRoutes, { candidates: services.candidates });
      await api.register(jobStatsRoutes, { jobStats: services.jobStats });
      await api.register(privacyRoutes, { privacy: services.privacy });
      await api.register(securityRoutes, { security: services.security });
    },
    { prefix: '/api/v1' },
  );

  await app.register(webRoutes, { services, config });
  return app;
}
