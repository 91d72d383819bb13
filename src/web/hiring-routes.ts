// Web routes of the employer's hiring pipeline: the applicants page per job and its forms (stage
// move with a note, call, interview). Every form is a CSRF-checked POST that redirects back; the
// services check that the job or application belongs to the caller's company.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { caller, only } from '../http/auth.ts';
import type { AuthUser } from '../modules/accounts/index.ts';
import type { StageBody } from '../modules/applications/index.ts';
import { EMPLOYER_STAGES } from '../modules/applications/index.ts';
import { CALL_OUTCOMES, type CallOutcome } from '../modules/hiring/index.ts';
import type { Services } from '../services.ts';
import { Invalid } from '../shared/errors.ts';
import { localTaxonomy } from './format.ts';
import { field } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import { applicantsPage } from './pages/applicants.ts';
import { jobStatsPage } from './pages/job-stats.ts';

const BADGE_KINDS = ['typing', 'data_entry', 'english'] as const;
/** A datetime-local value is India time (the form has no zone). */
const istToIso = (v: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+05:30` : v);

export async function hiringWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  app.get<{ Params: { id: string }; Querystring: { stage?: string; done?: string; badge?: string } }>(
    '/employer/jobs/:id/applicants',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const stage = (EMPLOYER_STAGES as readonly string[]).includes(req.query.stage ?? '')
        ? req.query.stage
        : undefined;
      const badge = BADGE_KINDS.find((k) => k === req.query.badge);
      const list = await services.applications.listForJob(user, id, {
        sort: 'match',
        ...(stage ? { stage: stage as StageBody['stage'] } : {}),
        ...(badge ? { badge } : {}),
      });
      const job = await services.jobs.get({ user }, id);
      const ctx = req.page;
      const done = req.query.done;
      const flash =
        done === 'moved' ||
        done === 'called' ||
        done === 'scheduled' ||
        done === 'callNotPlaced' ||
        done === 'callFailed'
          ? ctx.t(`hiring.${done}`)
          : done === 'outcome'
            ? ctx.t('hiring.outcome.logged')
            : undefined;
      return sendHtml(
        reply,
        applicantsPage(ctx, job, list.items, {
          ...(stage ? { stage } : {}),
          ...(badge ? { badge } : {}),
          ...(flash ? { flash } : {}),
          lastResponded: await services.calls.lastResponded(id),
          calls: await services.calls.trailsOfJob(user, id),
          tax: localTaxonomy(await services.taxonomy.get(), ctx.lang),
        }),
      );
    },
  );

  app.get<{ Params: { id: string }; Querystring: { days?: string } }>(
    '/employer/jobs/:id/stats',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const days = req.query.days === '30' ? 30 : 14;
      const stats = await services.jobStats.forJob(user, id, days);
      const job = await services.jobs.forMember(user, id);
      return sendHtml(reply, jobStatsPage(req.page, job, stats));
    },
  );

  const back = async (user: AuthUser, reply: FastifyReply, applicationId: number, done: string) => {
    const row = await services.applications.forEmployer(user, applicationId);
    return reply.redirect(
      `/employer/jobs/${row.job_id}/applicants?done=${done}#application-${applicationId}`,
      303,
    );
  };

  // One tap after a call: the outcome moves the pipeline exactly as the API does.
  app.post<{ Params: { id: string } }>(
    '/employer/calls/:id/outcome',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const outcome = field(req.body, 'outcome') ?? '';
      if (!(CALL_OUTCOMES as readonly string[]).includes(outcome))
        throw new Invalid([{ field: 'outcome', message: 'is not a known call outcome' }]);
      const call = await services.calls.outcome(user, pathId(req.params.id), outcome as CallOutcome);
      return back(user, reply, call.application_id ?? 0, 'outcome');
    },
  );

  app.post<{ Params: { id: string } }>(
    '/employer/applications/:id/stage',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const stage = field(req.body, 'stage') ?? '';
      if (!(EMPLOYER_STAGES as readonly string[]).includes(stage))
        throw new Invalid([{ field: 'stage', message: 'is not a known stage' }]);
      const note = field(req.body, 'note')?.trim();
      // The page redirects back to the list (which is audited); the moved card is not shown here.
      await services.applications.moveStage(
        user,
        id,
        { stage: stage as StageBody['stage'], ...(note ? { note } : {}) },
        { audit: false },
      );
      return back(user, reply, id, 'moved');
    },
  );
  app.post<{ Params: { id: string } }>(
    '/employer/applications/:id/call',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const call = await services.calls.call(user, id);
      // The flash says what really happened: dialling, not placed (no provider), or failed.
      const done =
        call.status === 'placed' ? 'called' : call.status === 'not_placed' ? 'callNotPlaced' : 'callFailed';
      return back(user, reply, id, done);
    },
  );
  app.post<{ Params: { id: string } }>(
    '/employer/applications/:id/interview',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const mode = field(req.body, 'mode');
      const place = field(req.body, 'place')?.trim();
      const link = field(req.body, 'video_link')?.trim();
      await services.interviews.schedule(user, id, {
        starts_at: istToIso(field(req.body, 'starts_at') ?? ''),
        duration_minutes: Number(field(req.body, 'duration_minutes') || 30),
        mode: mode === 'video' || mode === 'phone' ? mode : 'in_person',
        ...(place ? { place } : {}),
        ...(link ? { video_link: link } : {}),
      });
      return back(user, reply, id, 'scheduled');
    },
  );
}
