// The server-rendered web app: pages call services, never SQL. Forms post back to the same
// paths, are CSRF-checked, and re-render with inline errors when the service says Invalid.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from 'ghtml';
import { isbot } from 'isbot';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import type { Config } from '../config.ts';
import { SESSION_COOKIE } from '../http/auth.ts';
import type { Problem } from '../http/problems.ts';
import { CompanyBody } from '../modules/companies/index.ts';
import { JobBody } from '../modules/jobs/index.ts';
import { SearchQuery } from '../modules/search/index.ts';
import type { Services } from '../services.ts';
import { DomainError, Invalid } from '../shared/errors.ts';
import { isLang } from '../shared/i18n/index.ts';
import { alertsWebRoutes } from './alerts.ts';
import { candidatesWebRoutes } from './candidates-routes.ts';
import { pageContext } from './context.ts';
import { feedRoutes } from './feeds.ts';
import { localTaxonomy } from './format.ts';
import { field, fieldList, toFieldErrors } from './forms.ts';
import { hiringWebRoutes } from './hiring-routes.ts';
import { pathId, redirectToSignIn, sendHtml, signedIn } from './http.ts';
import { insightsWebRoutes } from './insights-routes.ts';
import { landingRoutes } from './landing.ts';
import { layout } from './layout.ts';
import { myDataWebRoutes } from './mydata-routes.ts';
import { loginPage, registerPage } from './pages/auth.ts';
import { companyFormPage, companyPage, dashboardPage, jobFormPage } from './pages/employer.ts';
import { homePage } from './pages/home.ts';
import { jobPage, resultsPage } from './pages/jobs.ts';
import { seekerWebRoutes } from './seeker-routes.ts';
import { trustWebRoutes } from './trust-routes.ts';

const staticDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/') || req.url === '/health';

/** Errors on web pages render as HTML; the API keeps problem+json. */
export function renderErrorPage(
  req: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
): FastifyReply | undefined {
  if (isApi(req) || !(req.headers.accept ?? '').includes('text/html')) return undefined;
  if (problem.status === 401) return redirectToSignIn(req, reply);
  const ctx = pageContext(req, reply);
  const message =
    problem.status === 404
      ? ctx.t('errors.notFound')
      : problem.status === 403
        ? ctx.t('errors.forbidden')
        : problem.status >= 500
          ? ctx.t('errors.generic')
          : problem.detail;
  const body = html`<section class="narrow"><h1>${problem.status} · ${problem.title}</h1><p>${message}</p><p><a href="/">${ctx.t('errors.back')}</a></p></section>`;
  return sendHtml(reply, layout(ctx, { title: problem.title, body, noindex: true }), problem.status);
}

function safeNext(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Turns a posted job form into the API's JobBody shape, so one schema validates both. */
function jobBodyFromForm(body: unknown): Record<string, unknown> {
  const num = (name: string) => {
    const v = field(body, name)?.trim();
    return v === undefined || v === '' ? undefined : Number(v);
  };
  const [city, locality] = (field(body, 'place') ?? '').split('/');
  const out: Record<string, unknown> = {
    title: field(body, 'title')?.trim() ?? '',
    description: field(body, 'description')?.trim() ?? '',
    role: field(body, 'role') ?? '',
    industry: field(body, 'industry') ?? '',
    city: city ?? '',
    locality: locality ?? '',
    work_mode: field(body, 'work_mode'),
    shift: field(body, 'shift'),
    education_min: field(body, 'education_min'),
    salary_min: num('salary_min') ?? null,
    salary_max: num('salary_max') ?? null,
    experience_min: num('experience_min') ?? 0,
    experience_max: num('experience_max') ?? null,
    openings: num('openings') ?? 1,
    languages: fieldList(body, 'languages'),
    perks: fieldList(body, 'perks'),
    skills: (field(body, 'skills') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    status: field(body, 'status') === 'draft' ? 'draft' : 'published',
  };
  const sector = field(body, 'sector');
  if (sector) out.sector = sector;
  return out;
}

function schemaErrors(schema: TSchema, value: unknown) {
  return [...Value.Errors(schema, value)].map((e) => ({
    field:
      e.instancePath.replace(/^\//, '').split('/')[0] ||
      (e.params as { requiredProperties?: string[] }).requiredProperties?.[0] ||
      'form',
    message: e.message,
  }));
}

export async function webRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Config },
): Promise<void> {
  const { services, config } = opts;
  const publicUrl = config.publicUrl;
  // A signed-in user who switches language (the switcher, any ?lang= link) gets later emails, SMS
  // and WhatsApp messages in it too: users.lang follows the choice.
  app.addHook('preHandler', async (req) => {
    const lang = (req.query as Record<string, unknown> | undefined)?.lang;
    if (req.user && req.method === 'GET' && isLang(lang)) await services.accounts.setLang(req.user.id, lang);
  });
  await app.register(fastifyStatic, { root: staticDir, prefix: '/static/', maxAge: '7d', immutable: false });
  await app.register(feedRoutes, { services, publicUrl });
  await app.register(alertsWebRoutes, { services, config });
  await app.register(trustWebRoutes, { services });
  await app.register(insightsWebRoutes, { services });
  await app.register(seekerWebRoutes, { services });
  await app.register(hiringWebRoutes, { services });
  await app.register(candidatesWebRoutes, { services });
  await app.register(myDataWebRoutes, { services });
  await app.register(landingRoutes, { services, publicUrl });

  app.get('/', async (req, reply) =>
    sendHtml(reply, await homePage(pageContext(req, reply), services, publicUrl)),
  );

  app.get('/jobs', async (req, reply) => {
    const ctx = pageContext(req, reply);
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const raw = Object.fromEntries(
      [...ctx.query.entries()].filter(([k, v]) => v !== '' && k in SearchQuery.properties),
    );
    const query = Value.Convert(SearchQuery, raw) as SearchQuery;
    let errors = schemaErrors(SearchQuery, query);
    let result = null;
    if (!errors.length) {
      try {
        result = await services.search.search(query);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        errors = err.errors ?? [];
      }
    }
    return sendHtml(
      reply,
      resultsPage(ctx, tax, query, result, errors, publicUrl),
      errors.length ? 400 : 200,
    );
  });

  app.get<{ Params: { id: string } }>('/jobs/:id', async (req, reply) => {
    const id = pathId(req.params.id, 'No such job');
    const ctx = pageContext(req, reply);
    // Crawlers and link previews (Googlebot, WhatsApp, Facebook) read job pages all day: they are
    // not people, so they do not count as views. The JSON API counts every read (apps call it).
    const job = isbot(req.headers['user-agent'])
      ? await services.jobs.get({ user: req.user }, id)
      : await services.jobs.view({ user: req.user }, id);
    const lastResponded = await services.calls.lastResponded(id);
    return sendHtml(
      reply,
      jobPage(ctx, job, localTaxonomy(await services.taxonomy.get(), ctx.lang), publicUrl, lastResponded),
    );
  });

  app.get<{ Params: { id: string } }>('/companies/:id', async (req, reply) => {
    if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new DomainError(404, 'Not Found', 'No such company');
    const ctx = pageContext(req, reply);
    const company = await services.companies.get(req.params.id);
    const jobs = await services.search.search({ company: company.id, sort: 'recent', limit: 50 });
    return sendHtml(
      reply,
      companyPage(ctx, company, jobs.items, localTaxonomy(await services.taxonomy.get(), ctx.lang)),
    );
  });

  // --- accounts ---
  app.get<{ Querystring: { role?: string } }>('/register', async (req, reply) =>
    sendHtml(reply, registerPage(pageContext(req, reply), { role: req.query.role }, {})),
  );
  app.post('/register', { preHandler: app.csrfProtection }, async (req, reply) => {
    const ctx = pageContext(req, reply);
    const values = {
      role: field(req.body, 'role') === 'employer' ? 'employer' : 'seeker',
      name: field(req.body, 'name')?.trim(),
      phone: field(req.body, 'phone')?.trim(),
      email: field(req.body, 'email')?.trim() || undefined,
    };
    const password = field(req.body, 'password') ?? '';
    const errors: Record<string, string> = {};
    if (!values.name || values.name.length < 2) errors.name = ctx.t('web.form.nameRequired');
    if (password.length < 8) errors.password = ctx.t('web.form.passwordShort');
    if (values.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email))
      errors.email = ctx.t('web.form.emailInvalid');
    if (!Object.keys(errors).length) {
      try {
        const out = await services.accounts.register({
          role: values.role as 'seeker' | 'employer',
          name: values.name!,
          phone: values.phone ?? '',
          email: values.email,
          password,
          lang: ctx.lang,
        });
        reply.setCookie(SESSION_COOKIE, out.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookies,
          path: '/',
          maxAge: config.sessionDays * 86400,
        });
        return reply.redirect(values.role === 'employer' ? '/employer/company' : '/jobs', 303);
      } catch (err) {
        if (!(err instanceof DomainError) || !err.errors) throw err;
        Object.assign(errors, toFieldErrors(err.errors, ctx.t));
      }
    }
    return sendHtml(reply, registerPage(ctx, values, errors), 400);
  });

  app.get<{ Querystring: { next?: string } }>('/login', async (req, reply) =>
    sendHtml(reply, loginPage(pageContext(req, reply), {}, false, safeNext(req.query.next))),
  );
  app.post('/login', { preHandler: app.csrfProtection }, async (req, reply) => {
    const login = field(req.body, 'login')?.trim() ?? '';
    const next = safeNext(field(req.body, 'next'));
    try {
      const out = await services.accounts.login({
        ...(login.includes('@') ? { email: login } : { phone: login }),
        password: field(req.body, 'password') ?? '',
      });
      reply.setCookie(SESSION_COOKIE, out.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: '/',
        maxAge: config.sessionDays * 86400,
      });
      return reply.redirect(next !== '/' ? next : out.user.role === 'employer' ? '/employer' : '/jobs', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.status >= 500) throw err;
      return sendHtml(reply, loginPage(pageContext(req, reply), { login }, true, next), 401);
    }
  });
  app.post('/logout', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (req.authToken) await services.accounts.logout(req.authToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  // --- employer ---
  app.get<{ Querystring: { done?: string } }>('/employer', async (req, reply) => {
    if (!signedIn(req, reply, ['employer'])) return reply;
    const ctx = pageContext(req, reply);
    const done = req.query.done ?? '';
    const flash =
      done === 'held'
        ? ctx.t('employer.held')
        : done === 'saved'
          ? ctx.t('employer.posted')
          : done === 'reconfirmed'
            ? ctx.t('reconfirm.done')
            : ['publish', 'pause', 'close', 'renew', 'duplicated'].includes(done)
              ? ctx.t(`hiring.dash.done.${done}`)
              : undefined;
    return sendHtml(
      reply,
      dashboardPage(
        ctx,
        await services.companies.mine(req.user!),
        await services.jobStats.mine(req.user!),
        flash,
        localTaxonomy(await services.taxonomy.get(), ctx.lang),
      ),
    );
  });

  app.get('/employer/company', async (req, reply) => {
    if (!signedIn(req, reply, ['employer'])) return reply;
    const [existing] = await services.companies.mine(req.user!);
    const ctx = pageContext(req, reply);
    return sendHtml(
      reply,
      companyFormPage(ctx, localTaxonomy(await services.taxonomy.get(), ctx.lang), {}, {}, existing),
    );
  });
  app.post('/employer/company', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!signedIn(req, reply, ['employer'])) return reply;
    const values = Object.fromEntries(
      ['name', 'industry', 'city', 'website', 'gstin', 'about'].map((k) => [
        k,
        field(req.body, k)?.trim() || undefined,
      ]),
    );
    const [existing] = await services.companies.mine(req.user!);
    try {
      const body = {
        name: values.name ?? '',
        industry: values.industry ?? '',
        city: values.city ?? '',
        ...(values.website ? { website: values.website } : {}),
        ...(values.gstin ? { gstin: values.gstin } : {}),
        ...(values.about ? { about: values.about } : {}),
      };
      const errs = schemaErrors(CompanyBody, body);
      if (errs.length) throw new Invalid(errs);
      if (existing) await services.companies.update(req.user!, existing.id, body);
      else await services.companies.create(req.user!, body);
      return reply.redirect('/employer', 303);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      const ctx = pageContext(req, reply);
      return sendHtml(
        reply,
        companyFormPage(
          ctx,
          localTaxonomy(await services.taxonomy.get(), ctx.lang),
          values,
          toFieldErrors(err.errors ?? [], ctx.t),
          existing,
        ),
        400,
      );
    }
  });

  app.get('/employer/jobs/new', async (req, reply) => {
    if (!signedIn(req, reply, ['employer'])) return reply;
    if (!(await services.companies.mine(req.user!)).length) return reply.redirect('/employer/company');
    const ctx = pageContext(req, reply);
    return sendHtml(reply, jobFormPage(ctx, localTaxonomy(await services.taxonomy.get(), ctx.lang), {}, {}));
  });
  app.post('/employer/jobs/new', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (!signedIn(req, reply, ['employer'])) return reply;
    const candidate = jobBodyFromForm(req.body);
    const tax = localTaxonomy(await services.taxonomy.get(), pageContext(req, reply).lang);
    const role = tax.roles.find((r) => r.slug === candidate.role);
    if (role) candidate.category = role.category;
    try {
      const required = pageContext(req, reply).t('forms.required');
      // An empty required field gets one plain message, not the schema's length rule.
      const errs = schemaErrors(JobBody, candidate).map((e) =>
        candidate[e.field] === '' ? { field: e.field, message: required } : e,
      );
      if (!role && !errs.some((e) => e.field === 'role')) errs.push({ field: 'role', message: required });
      if (!candidate.city) errs.push({ field: 'place', message: required });
      if (errs.length) throw new Invalid(errs);
      const job = await services.jobs.create(req.user!, candidate as JobBody);
      return reply.redirect(job.status === 'held' ? '/employer?done=held' : `/jobs/${job.id}`, 303);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      const values = Object.fromEntries(Object.entries(req.body as Record<string, string | string[]>));
      const ctx = pageContext(req, reply);
      return sendHtml(reply, jobFormPage(ctx, tax, values, toFieldErrors(err.errors ?? [], ctx.t)), 400);
    }
  });

  for (const verb of ['publish', 'pause', 'close', 'renew', 'duplicate'] as const) {
    app.post<{ Params: { id: string } }>(
      `/employer/jobs/:id/${verb}`,
      { preHandler: app.csrfProtection },
      async (req, reply) => {
        if (!signedIn(req, reply, ['employer'])) return reply;
        const id = Number(req.params.id);
        if (!Number.isSafeInteger(id)) throw new DomainError(404, 'Not Found', 'No such job');
        const job =
          verb === 'close'
            ? await services.jobs.close(
                req.user!,
                id,
                field(req.body, 'reason') === 'filled' ? 'filled' : 'employer',
              )
            : await services.jobs[verb](req.user!, id);
        const done = job.status === 'held' ? 'held' : verb === 'duplicate' ? 'duplicated' : verb;
        return reply.redirect(`/employer?done=${done}#job-${job.id}`, 303);
      },
    );
  }
}
