// The server-rendered web app: pages call services, never SQL. This file assembles the page
// plugins (one hook builds each request's page context; schemas validate each route's input)
// and serves the public pages: home, results, a job, a company. Forms post back to the same
// paths, are CSRF-checked, and re-render with inline errors in the page language.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from 'ghtml';
import { isbot } from 'isbot';
import Type from 'typebox';
import type { Config } from '../config.ts';
import type { Problem } from '../http/problems.ts';
import { SearchQuery } from '../modules/search/index.ts';
import type { Services } from '../services.ts';
import { DomainError, Invalid } from '../shared/errors.ts';
import { accountWebRoutes } from './account-routes.ts';
import { accountSettingsWebRoutes } from './account-settings-routes.ts';
import { alertsWebRoutes } from './alerts.ts';
import { applyWebRoutes, standingOnJob } from './apply-routes.ts';
import { authCodeWebRoutes } from './auth-code-routes.ts';
import { candidatesWebRoutes } from './candidates-routes.ts';
import { pageContext, pageHook } from './context.ts';
import { employerWebRoutes } from './employer-routes.ts';
import { feedRoutes } from './feeds.ts';
import { formErrors, formValidation, page } from './form-validation.ts';
import { localTaxonomy } from './format.ts';
import { toFieldErrors } from './forms.ts';
import { hiringWebRoutes } from './hiring-routes.ts';
import { fromHomeLine, homeStationWebRoutes } from './home-station.ts';
import { pathId, redirectToSignIn, sendHtml } from './http.ts';
import { insightsWebRoutes } from './insights-routes.ts';
import { landingRoutes } from './landing.ts';
import { layout } from './layout.ts';
import { myDataWebRoutes } from './mydata-routes.ts';
import { DEFAULT_COMMUTE_MIN } from './pages/commute-view.ts';
import { companyPage } from './pages/employer.ts';
import { homePage } from './pages/home.ts';
import { jobPage, resultsPage } from './pages/jobs.ts';
import { underReviewPage } from './pages/trust.ts';
import { seekerWebRoutes } from './seeker-routes.ts';
import { trustWebRoutes } from './trust-routes.ts';

const staticDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');

/** The search query of the results page: the API's, read from the URL (no default page size). */
const SearchForm = Type.Object({
  ...SearchQuery.properties,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
});

// Machine endpoints (the API, health probes, /metrics) answer problem+json, never a sign-in page.
const isApi = (req: FastifyRequest) =>
  req.url.startsWith('/api/') || /^\/(health|metrics)(\/|\?|$)/.test(req.url);

/** Errors on web pages render as HTML; the API keeps problem+json. */
export function renderErrorPage(
  req: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
): FastifyReply | undefined {
  if (isApi(req)) return undefined;
  // A page that needs an account sends a stranger to sign in, whoever asks.
  if (problem.status === 401) return redirectToSignIn(req, reply);
  if (!(req.headers.accept ?? '').includes('text/html')) return undefined;
  // Not set when the error came before the web plugin's hook (a 404, or the auth check).
  const ctx = req.page ?? pageContext(req, reply);
  const message =
    problem.status === 404
      ? ctx.t('errors.notFound')
      : problem.status === 403
        ? ctx.t('errors.forbidden')
        : problem.status >= 500
          ? ctx.t('errors.generic')
          : problem.errors?.length
            ? // A refused field reads in the page language (the services explain in English).
              Object.values(toFieldErrors(problem.errors, ctx.t)).join(' ')
            : // A service's English detail is kept on English pages; others say it by its status.
              ctx.lang === 'en'
              ? problem.detail
              : ctx.t(`journeys.errors.detail.${problem.status}`, {
                  defaultValue: ctx.t('journeys.errors.detail.other'),
                });
  const title = ctx.t(`journeys.errors.title.${problem.status}`, { defaultValue: problem.title });
  const body = html`<section class="narrow"><h1>${title}</h1><p>${message}</p><p><a href="/">${ctx.t('errors.back')}</a></p></section>`;
  return sendHtml(reply, layout(ctx, { title, body, noindex: true }), problem.status);
}

export async function webRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Config },
): Promise<void> {
  const { services, config } = opts;
  const publicUrl = config.publicUrl;
  // Every page route below gets its context (`req.page`) from one hook and its input checked by
  // its own schema, coerced from text; `?lang=` only picks the page's language (POST /lang, in
  // account-routes.ts, is what changes an account's message language).
  pageHook(app);
  formValidation(app);
  await app.register(fastifyStatic, { root: staticDir, prefix: '/static/', maxAge: '7d', immutable: false });
  await app.register(feedRoutes, { services, publicUrl });
  await app.register(alertsWebRoutes, { services, config });
  await app.register(trustWebRoutes, { services, config: { devOutbox: config.devOutbox } });
  await app.register(insightsWebRoutes, { services });
  await app.register(seekerWebRoutes, { services });
  await app.register(applyWebRoutes, { services, config });
  await app.register(homeStationWebRoutes, { services });
  await app.register(hiringWebRoutes, { services });
  await app.register(candidatesWebRoutes, { services });
  await app.register(myDataWebRoutes, { services });
  await app.register(authCodeWebRoutes, { services, config });
  await app.register(landingRoutes, { services, publicUrl });
  await app.register(accountWebRoutes, { services, config });
  await app.register(accountSettingsWebRoutes, { services, config });
  await app.register(employerWebRoutes, { services });

  app.get('/', async (req, reply) => sendHtml(reply, await homePage(req.page, services, publicUrl)));

  app.get<{ Querystring: SearchQuery }>('/jobs', page({ querystring: SearchForm }), async (req, reply) => {
    const ctx = req.page;
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const query = Object.fromEntries(
      Object.entries(req.query ?? {}).filter(([k]) => k in SearchForm.properties),
    ) as SearchQuery;
    // The filters panel sends a door-to-door limit only when one was picked (older links may carry
    // its default); without a station it means nothing. A limit other than the default was picked
    // on purpose: the page says to pick a station.
    const minutes = query.commute_max_min;
    if (!query.commute_from) delete query.commute_max_min;
    const minutesWithoutStation =
      !query.commute_from && minutes && minutes !== DEFAULT_COMMUTE_MIN ? minutes : undefined;
    // A seeker's home station is the filter's "I travel from" until they pick another or Anywhere
    // (an empty commute_from in the address).
    let errors = req.validationError ? formErrors(req, ctx.t) : {};
    let result = null;
    if (!Object.keys(errors).length) {
      try {
        result = await services.search.search(query);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        errors = toFieldErrors(err.errors ?? [], ctx.t);
      }
    }
    // A seeker who told us where they travel from finds it first under "I travel from", and it is
    // picked there until they pick another or Anywhere (an empty commute_from in the address).
    const home =
      req.user?.role === 'seeker'
        ? ((await services.seekers.forMatching(req.user.id))?.home_station ?? null)
        : null;
    const preselect = ctx.query.has('commute_from') ? null : home;
    const applied = result
      ? await services.applications.appliedAmong(
          req.user,
          result.items.map((j) => j.id),
        )
      : undefined;
    const saved = result
      ? await services.alerts.savedAmong(
          req.user,
          result.items.map((j) => j.id),
        )
      : undefined;
    return sendHtml(
      reply,
      resultsPage(ctx, tax, query, result, errors, publicUrl, {
        applied,
        ...(saved ? { saved } : {}),
        home,
        commute: { home: preselect, minutesWithoutStation },
      }),
      Object.keys(errors).length ? 400 : 200,
    );
  });

  app.get<{ Params: { id: string } }>('/jobs/:id', async (req, reply) => {
    const id = pathId(req.params.id, 'No such job');
    const ctx = req.page;
    // Crawlers and link previews (Googlebot, WhatsApp, Facebook) read job pages all day: they are
    // not people, so they do not count as views. The JSON API counts every read (apps call it).
    const job = await (isbot(req.headers['user-agent'])
      ? services.jobs.get({ user: req.user }, id)
      : services.jobs.view({ user: req.user }, id)
    ).catch(async (err: unknown) => {
      // Paused for the moderators: the link a seeker kept says so honestly.
      if (err instanceof DomainError && err.status === 404 && (await services.jobs.underReview(id)))
        return null;
      throw err;
    });
    if (!job) return sendHtml(reply, underReviewPage(ctx));
    const lastResponded = await services.calls.lastResponded(id);
    return sendHtml(
      reply,
      jobPage(
        ctx,
        job,
        localTaxonomy(await services.taxonomy.get(), ctx.lang),
        publicUrl,
        lastResponded,
        await standingOnJob(services, req.user, job),
        await fromHomeLine(ctx, services, req.user, job),
      ),
    );
  });

  app.get<{ Params: { id: string } }>('/companies/:id', async (req, reply) => {
    if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new DomainError(404, 'Not Found', 'No such company');
    const ctx = req.page;
    const company = await services.companies.get(req.params.id);
    const jobs = await services.search.search({ company: company.id, sort: 'recent', limit: 50 });
    // "Your jobs" only for the company's own people; a visitor reads "Jobs at <company>".
    const own =
      ctx.user?.role === 'employer' &&
      (await services.companies.assertMember(ctx.user, company.id).then(
        () => true,
        () => false,
      ));
    return sendHtml(
      reply,
      companyPage(ctx, company, jobs.items, localTaxonomy(await services.taxonomy.get(), ctx.lang), own),
    );
  });
}
