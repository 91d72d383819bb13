// Web routes for an employer's own pages: the dashboard (tabs, pages), the company form, posting
// and editing a job and the lifecycle buttons (publish, pause, close after a confirmation, reopen
// within the undo window, renew, duplicate into the editor). Forms are validated by their
// TypeBox schemas (built from the API's, so the two cannot drift) and re-render with the typed
// input and messages in the page language; the services decide the rules.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { caller, only } from '../http/auth.ts';
import { CompanyBody } from '../modules/companies/index.ts';
import { JOB_TABS, JobBody, type JobOut, type JobTab } from '../modules/jobs/index.ts';
import type { Services } from '../services.ts';
import { Forbidden, Invalid, NotFound } from '../shared/errors.ts';
import { type FieldMessages, formErrors, page } from './form-validation.ts';
import { localTaxonomy } from './format.ts';
import { type FieldErrors, field, toFieldErrors } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import {
  formFieldOf,
  formValuesOf,
  JOB_FORM_MESSAGES,
  JobForm,
  jobBodyOf,
  jobFormErrors,
  skillNamesOf,
  typed,
} from './job-form.ts';
import { companyFormPage, jobFormPage } from './pages/employer.ts';
import {
  closeConfirmPage,
  DASHBOARD_PAGE_SIZE,
  dashboardPage,
  doneNotice,
  JOB_DONE,
  type JobDone,
} from './pages/employer-dashboard.ts';

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
  name: { '*': 'employerTruth.company.nameMissing' },
  industry: { '*': 'employerTruth.company.industryMissing' },
  city: { '*': 'employerTruth.company.cityMissing' },
  website: { pattern: 'web.form.websiteInvalid' },
  gstin: { pattern: 'web.form.gstinInvalid' },
};

export async function employerWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;
  const employer = only('employer');

  app.get<{ Querystring: { done?: string; tab?: string; page?: string; job?: string; undo?: string } }>(
    '/employer',
    employer,
    async (req, reply) => {
      const ctx = req.page;
      const user = caller(req);
      const done = req.query.done ?? '';
      // What just happened to one job: said from the job as it is now (live, held, flagged...).
      const jobId = Number(req.query.job ?? req.query.undo);
      const doneJob =
        (JOB_DONE as readonly string[]).includes(done) && Number.isSafeInteger(jobId) && jobId > 0
          ? await services.jobs.forMember(user, jobId).catch((err: unknown) => {
              if (err instanceof NotFound || err instanceof Forbidden) return undefined;
              throw err;
            })
          : undefined;
      const flash =
        done === 'held'
          ? ctx.t('employer.held')
          : done === 'saved'
            ? ctx.t('employer.posted')
            : done === 'reconfirmed'
              ? ctx.t('reconfirm.done')
              : done === 'company'
                ? ctx.t('employerPhonec.companySaved')
                : ['publish', 'pause', 'close', 'renew', 'duplicated', 'reopen', 'edited'].includes(done)
                  ? ctx.t(
                      done === 'reopen' || done === 'edited'
                        ? `employerJobs.done.${done}`
                        : `hiring.dash.done.${done}`,
                    )
                  : undefined;
      const tab = (JOB_TABS as readonly string[]).includes(req.query.tab ?? '')
        ? (req.query.tab as JobTab)
        : done === 'close'
          ? 'closed'
          : done === 'duplicated' || done === 'draft'
            ? 'draft'
            : done === 'held'
              ? 'review'
              : 'live';
      const page = Math.min(10_000, Math.max(1, Number.parseInt(req.query.page ?? '1', 10) || 1));
      const { items, counts, fresh } = await services.jobStats.tabOfMine(user, tab, {
        limit: DASHBOARD_PAGE_SIZE,
        offset: (page - 1) * DASHBOARD_PAGE_SIZE,
      });
      const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
      return sendHtml(
        reply,
        dashboardPage(ctx, {
          companies: await services.companies.mine(user),
          tab,
          page,
          counts,
          fresh,
          jobs: items,
          ...(doneJob
            ? { notice: doneNotice(ctx, done as JobDone, doneJob, tax.skills) }
            : flash
              ? { flash }
              : {}),
          tax,
        }),
      );
    },
  );

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
        // The dashboard says it was saved (the first screen otherwise looks as before).
        return reply.redirect('/employer?done=company', 303);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        return again(toFieldErrors(err.errors ?? [], ctx.t));
      }
    },
  );

  app.get('/employer/jobs/new', employer, async (req, reply) => {
    const [company] = await services.companies.mine(caller(req));
    if (!company) return reply.redirect('/employer/company');
    const ctx = req.page;
    // Most jobs are in the company's own industry: start from it (the employer can change it).
    return sendHtml(
      reply,
      jobFormPage(
        ctx,
        localTaxonomy(await services.taxonomy.get(), ctx.lang),
        { industry: company.industry },
        {},
      ),
    );
  });
  app.post<{ Body: JobForm }>(
    '/employer/jobs/new',
    { ...employer, ...page({ body: JobForm }), preHandler: app.csrfProtection },
    (req, reply) => saveJob(req, reply),
  );

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/employer/jobs/:id/edit',
    employer,
    async (req, reply) => {
      const ctx = req.page;
      const job = await services.jobs.forMember(caller(req), pathId(req.params.id, 'No such job'));
      if (job.status === 'closed') return reply.redirect(`/employer?tab=closed#job-${job.id}`, 303);
      const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
      const flash = req.query.done === 'duplicated' ? ctx.t('employerJobs.duplicatedEdit') : undefined;
      return sendHtml(
        reply,
        jobFormPage(ctx, tax, formValuesOf(ctx, job), {}, { job, ...(flash ? { flash } : {}) }),
      );
    },
  );
  app.post<{ Params: { id: string }; Body: JobForm }>(
    '/employer/jobs/:id/edit',
    { ...employer, ...page({ body: JobForm }), preHandler: app.csrfProtection },
    async (req, reply) =>
      saveJob(req, reply, await services.jobs.forMember(caller(req), pathId(req.params.id, 'No such job'))),
  );

  /** New or edited: the same checks, the typed input kept on every error, the service decides. */
  async function saveJob(req: FastifyRequest<{ Body: JobForm }>, reply: FastifyReply, job?: JobOut) {
    const ctx = req.page;
    const user = caller(req);
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const again = (errors: FieldErrors) =>
      sendHtml(reply, jobFormPage(ctx, tax, typed(req.body), errors, job ? { job } : {}), 400);
    if (job?.status === 'closed') return reply.redirect(`/employer?tab=closed#job-${job.id}`, 303);
    const role = tax.roles.find((r) => r.slug === req.body?.role);
    const errors = req.validationError ? formErrors(req, ctx.t, JOB_FORM_MESSAGES) : {};
    if (!role && !errors.role) errors.role = ctx.t('jobForm.errors.role');
    const candidate = jobBodyOf(
      // Boxes the schema refused keep the schema's message; the rest are checked as typed.
      { ...req.body, title: req.body?.title ?? '', description: req.body?.description ?? '' },
      role?.category ?? '',
      skillNamesOf(tax.skills),
      job,
    );
    // The skills box is free text: its pieces meet the API's limits here.
    if (!Object.keys(errors).length) {
      const skillErrors = [...Value.Errors(JobBody, candidate)].map((e) => ({
        field: formFieldOf(e.instancePath.replace(/^\//, '').replace('/', '.')).split('/')[0] || 'form',
        message: e.message,
      }));
      Object.assign(errors, jobFormErrors(ctx.t, skillErrors));
    }
    if (Object.keys(errors).length) {
      // Every problem in one round: the rules that span boxes (salary order, walk-in dates) and the
      // taxonomy checks are told with the boxes the schema refused, not one round later.
      try {
        await services.jobs.validate(candidate, job?.interview);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        for (const [box, message] of Object.entries(jobFormErrors(ctx.t, err.errors ?? [])))
          errors[box] ??= message;
      }
      return again(errors);
    }
    try {
      if (!job) {
        const created = await services.jobs.create(user, candidate);
        // The dashboard opens on what happened: live, held for review, or saved as a draft.
        const done = created.status === 'held' ? 'held' : created.status === 'draft' ? 'draft' : 'publish';
        return reply.redirect(`/employer?done=${done}&job=${created.id}`, 303);
      }
      const { status, category: _category, ...patch } = candidate;
      let saved = await services.jobs.update(user, job.id, patch);
      // A draft's "Publish" button saves and publishes in one step; a live job stays live.
      if (saved.status === 'draft' && status === 'published')
        saved = await services.jobs.publish(user, job.id);
      const done =
        saved.status === 'held'
          ? 'held'
          : saved.status === 'published' && job.status === 'draft'
            ? 'publish'
            : 'edited';
      const tab = saved.status === 'draft' ? 'draft' : saved.status === 'held' ? 'review' : 'live';
      return reply.redirect(`/employer?tab=${tab}&done=${done}&job=${job.id}`, 303);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      return again(jobFormErrors(ctx.t, err.errors ?? []));
    }
  }

  app.get<{ Params: { id: string } }>('/employer/jobs/:id/close', employer, async (req, reply) => {
    const job = await services.jobs.forMember(caller(req), pathId(req.params.id, 'No such job'));
    if (job.status === 'closed') return reply.redirect(`/employer?tab=closed#job-${job.id}`, 303);
    return sendHtml(reply, closeConfirmPage(req.page, job));
  });

  for (const verb of ['publish', 'pause', 'close', 'renew', 'duplicate', 'reopen'] as const) {
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
        // A copy opens in the editor: it is a draft to change, not a second identical posting.
        if (verb === 'duplicate') return reply.redirect(`/employer/jobs/${job.id}/edit?done=duplicated`, 303);
        // No #job anchor: the confirmation at the top is what the first screen must show.
        const done = job.status === 'held' ? 'held' : verb;
        const tab = job.status === 'closed' ? 'closed' : job.status === 'draft' ? 'draft' : 'live';
        return reply.redirect(`/employer?tab=${tab}&done=${done}&job=${job.id}`, 303);
      },
    );
  }
}
