// Web routes for an employer's own pages: the dashboard, the company form, posting a job and the
// lifecycle buttons (publish, pause, close, renew, duplicate). Forms are validated by their
// TypeBox schemas (built from the API's, so the two cannot drift) and re-render with the typed
// input and messages in the page language; the services decide the rules.
import type { FastifyInstance } from 'fastify';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { caller, only } from '../http/auth.ts';
import { CompanyBody } from '../modules/companies/index.ts';
import { Education, JobBody, Shift, WorkMode } from '../modules/jobs/index.ts';
import type { Services } from '../services.ts';
import { Invalid } from '../shared/errors.ts';
import { type FieldMessages, formErrors, page } from './form-validation.ts';
import { localTaxonomy } from './format.ts';
import { type FieldErrors, field, toFieldErrors } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import { companyFormPage, dashboardPage, jobFormPage } from './pages/employer.ts';

const CompanyForm = Type.Object({
  name: CompanyBody.properties.name,
  industry: CompanyBody.properties.industry,
  city: CompanyBody.properties.city,
  website: CompanyBody.properties.website,
  gstin: CompanyBody.properties.gstin,
  about: CompanyBody.properties.about,
});
type CompanyForm = Static<typeof CompanyForm>;
const COMPANY_MESSAGES: FieldMessages = {
  website: { pattern: 'web.form.websiteInvalid' },
  gstin: { pattern: 'web.form.gstinInvalid' },
};

const Rupees = Type.Integer({ minimum: 0, maximum: 500000 });
const Years = Type.Integer({ minimum: 0, maximum: 40 });
const Slugs = (maxItems: number) => Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems });
/** The posting form: the API's fields, with a place picker (city/locality) and skills as text. */
const JobForm = Type.Object({
  title: JobBody.properties.title,
  description: JobBody.properties.description,
  role: JobBody.properties.role,
  sector: Type.Optional(Type.String({ minLength: 2, maxLength: 30 })),
  industry: JobBody.properties.industry,
  place: Type.String({ pattern: '^[a-z0-9-]{2,60}/[a-z0-9-]{2,60}$' }),
  work_mode: WorkMode,
  shift: Shift,
  education_min: Education,
  salary_min: Type.Optional(Rupees),
  salary_max: Type.Optional(Rupees),
  experience_min: Type.Optional(Years),
  experience_max: Type.Optional(Years),
  openings: JobBody.properties.openings,
  languages: Type.Optional(Slugs(8)),
  perks: Type.Optional(Slugs(10)),
  skills: Type.Optional(Type.String({ maxLength: 800 })),
  status: Type.Optional(Type.Enum(['draft', 'published'])),
});
type JobForm = Static<typeof JobForm>;

/** What the employer typed, as text for the form again. */
function typed(body: unknown): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>))
    out[k] = Array.isArray(v) ? v.map(String) : v === undefined || v === null ? undefined : String(v);
  return out;
}

/** The posted form in the API's JobBody shape, so the service sees what an API client sends. */
function jobBodyOf(form: JobForm, category: string): JobBody {
  const [city = '', locality = ''] = form.place.split('/');
  return {
    title: form.title,
    description: form.description,
    category: category as JobBody['category'],
    role: form.role,
    ...(form.sector ? { sector: form.sector } : {}),
    industry: form.industry,
    city,
    locality,
    work_mode: form.work_mode,
    shift: form.shift,
    education_min: form.education_min,
    salary_min: form.salary_min ?? null,
    salary_max: form.salary_max ?? null,
    experience_min: form.experience_min ?? 0,
    experience_max: form.experience_max ?? null,
    openings: form.openings ?? 1,
    languages: form.languages ?? [],
    perks: form.perks ?? [],
    skills: (form.skills ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    status: form.status === 'draft' ? 'draft' : 'published',
  };
}

export async function employerWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;
  const employer = only('employer');

  app.get<{ Querystring: { done?: string } }>('/employer', employer, async (req, reply) => {
    const ctx = req.page;
    const user = caller(req);
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
        await services.companies.mine(user),
        await services.jobStats.mine(user),
        flash,
        localTaxonomy(await services.taxonomy.get(), ctx.lang),
      ),
    );
  });

  app.get('/employer/company', employer, async (req, reply) => {
    const [existing] = await services.companies.mine(caller(req));
    const ctx = req.page;
    return sendHtml(
      reply,
      companyFormPage(ctx, localTaxonomy(await services.taxonomy.get(), ctx.lang), {}, {}, existing),
    );
  });
  app.post<{ Body: CompanyForm }>(
    '/employer/company',
    { ...employer, ...page({ body: CompanyForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const user = caller(req);
      const [existing] = await services.companies.mine(user);
      const again = async (errors: FieldErrors) =>
        sendHtml(
          reply,
          companyFormPage(
            ctx,
            localTaxonomy(await services.taxonomy.get(), ctx.lang),
            typed(req.body) as Record<string, string | undefined>,
            errors,
            existing,
          ),
          400,
        );
      if (req.validationError) return again(formErrors(req, ctx.t, COMPANY_MESSAGES));
      try {
        if (existing) await services.companies.update(user, existing.id, req.body);
        else await services.companies.create(user, req.body);
        return reply.redirect('/employer', 303);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        return again(toFieldErrors(err.errors ?? [], ctx.t));
      }
    },
  );

  app.get('/employer/jobs/new', employer, async (req, reply) => {
    if (!(await services.companies.mine(caller(req))).length) return reply.redirect('/employer/company');
    const ctx = req.page;
    return sendHtml(reply, jobFormPage(ctx, localTaxonomy(await services.taxonomy.get(), ctx.lang), {}, {}));
  });
  app.post<{ Body: JobForm }>(
    '/employer/jobs/new',
    { ...employer, ...page({ body: JobForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
      const again = (errors: FieldErrors) =>
        sendHtml(reply, jobFormPage(ctx, tax, typed(req.body), errors), 400);
      const role = tax.roles.find((r) => r.slug === req.body?.role);
      const errors = req.validationError ? formErrors(req, ctx.t) : {};
      if (!role && !errors.role) errors.role = ctx.t('web.form.choose');
      if (Object.keys(errors).length || !role) return again(errors);
      const candidate = jobBodyOf(req.body, role.category);
      // The skills box is free text: its pieces meet the API's limits here.
      const skillErrors = [...Value.Errors(JobBody, candidate)].map((e) => ({
        field: e.instancePath.replace(/^\//, '').split('/')[0] || 'form',
        message: e.message,
      }));
      if (skillErrors.length) return again(toFieldErrors(skillErrors, ctx.t));
      try {
        const job = await services.jobs.create(caller(req), candidate);
        return reply.redirect(job.status === 'held' ? '/employer?done=held' : `/jobs/${job.id}`, 303);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        return again(toFieldErrors(err.errors ?? [], ctx.t));
      }
    },
  );

  for (const verb of ['publish', 'pause', 'close', 'renew', 'duplicate'] as const) {
    app.post<{ Params: { id: string } }>(
      `/employer/jobs/:id/${verb}`,
      { ...employer, preHandler: app.csrfProtection },
      async (req, reply) => {
        const user = caller(req);
        const id = pathId(req.params.id, 'No such job');
        const job =
          verb === 'close'
            ? await services.jobs.close(
                user,
                id,
                field(req.body, 'reason') === 'filled' ? 'filled' : 'employer',
              )
            : await services.jobs[verb](user, id);
        const done = job.status === 'held' ? 'held' : verb === 'duplicate' ? 'duplicated' : verb;
        return reply.redirect(`/employer?done=${done}#job-${job.id}`, 303);
      },
    );
  }
}
