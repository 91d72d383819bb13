// Web routes of the employer's hiring pipeline: the applicants page per job and its forms (stage
// move with a note, bulk moves, call, interview schedule / reschedule / cancel). Every form is a CSRF-checked POST that redirects back; the
// services check that the job or application belongs to the caller's company.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caller, only } from '../http/auth.ts';
import type { AuthUser } from '../modules/accounts/index.ts';
import type { Applicant, StageBody } from '../modules/applications/index.ts';
import { BEFORE_INTERVIEW, EMPLOYER_STAGES, UNDO_SECONDS } from '../modules/applications/index.ts';
import { CALL_OUTCOMES, type CallOutcome, type InterviewBody } from '../modules/hiring/index.ts';
import type { Services } from '../services.ts';
import { Conflict, Invalid } from '../shared/errors.ts';
import { formatDateTime } from '../shared/i18n/index.ts';
import { localTaxonomy } from './format.ts';
import { field } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import {
  applicantsPage,
  type BulkNotice,
  cardUndoable,
  hireConfirmPage,
  rejectConfirmPage,
} from './pages/applicants.ts';
import { type InterviewValues, interviewErrors } from './pages/interview.ts';
import { bulkConfirmPage, cancelInterviewPage, interviewRetryPage } from './pages/interview-steps.ts';
import { jobStatsPage } from './pages/job-stats.ts';
import { type Reach, reachCode, reachOfCode, reachSends, reachSentence } from './pages/reach.ts';

const BADGE_KINDS = ['typing', 'data_entry', 'english'] as const;
/** A datetime-local value is India time (the form has no zone). */
const istToIso = (v: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+05:30` : v);

export async function hiringWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  type ApplicantsQuery = {
    stage?: string;
    done?: string;
    badge?: string;
    n?: string;
    moved?: string;
    /** After a bulk move: the stage moved to. */
    to?: string;
    /** After a bulk move: the applications that changed stage, and those left where they were ('.'-joined ids). */
    m?: string;
    l?: string;
    /** After a bulk undo: how many could not be undone. */
    k?: string;
    /** After a cancel or reschedule: how the seeker hears of it (`reachCode`). */
    reach?: string;
    /** The card the redirect lands on (`#application-<id>`): its message is shown there. */
    at?: string;
  };
  /** The applicants page (a failed interview form has a page of its own: `retryPage`). */
  async function applicants(req: FastifyRequest, reply: FastifyReply, id: number, query: ApplicantsQuery) {
    const user = caller(req);
    const stage = (EMPLOYER_STAGES as readonly string[]).includes(query.stage ?? '')
      ? query.stage
      : undefined;
    const badge = BADGE_KINDS.find((k) => k === query.badge);
    const list = await services.applications.listForJob(user, id, {
      sort: 'match',
      ...(stage ? { stage: stage as StageBody['stage'] } : {}),
      ...(badge ? { badge } : {}),
    });
    const job = await services.jobs.get({ user }, id);
    const ctx = req.page;
    const done = query.done;
    const movedId = Number(query.moved);
    const movedCard =
      done === 'moved' || done === 'undone' ? list.items.find((a) => a.id === movedId) : undefined;
    const flash =
      done === 'undone' && movedCard
        ? ctx.t('hiringUndo.undone', {
            name: movedCard.seeker?.name ?? ctx.t('hiring.erased'),
            stage: ctx.t(`hiring.stage.${movedCard.stage}`),
          })
        : done === 'undoLate'
          ? ctx.t('hiringUndo.undoLate')
          : undefined;
    const moved =
      done === 'moved' && movedCard
        ? {
            applicationId: movedCard.id,
            name: movedCard.seeker?.name ?? ctx.t('hiring.erased'),
            stage: movedCard.stage,
            undoable:
              cardUndoable(movedCard) &&
              (await services.applications.undoableOf([movedCard.id])).has(movedCard.id),
          }
        : undefined;
    const atCard = list.items.find((a) => a.id === Number(query.at));
    const reach = reachOfCode(query.reach);
    const otherFlash =
      done === 'moved' || done === 'called' || done === 'scheduled'
        ? ctx.t(`hiring.${done}`)
        : done === 'callNotPlaced' || done === 'callFailed'
          ? ctx.t(done === 'callNotPlaced' ? 'employerTruth.call.notPlaced' : 'employerTruth.call.failed')
          : done === 'outcome'
            ? ctx.t('hiring.outcome.logged')
            : done === 'rescheduled' || done === 'cancelled'
              ? reach
                ? ctx.t(`employerTruth.${done}`, { reach: reachSentence(ctx, reach, atCard?.seeker?.name) })
                : ctx.t(`employerTruth.${done}Plain`)
              : done === 'none'
                ? ctx.t(`interviews.done.${done}`)
                : done === 'bulkUndone'
                  ? [
                      ctx.t('hiringUndo.bulk.undone', { count: Number(query.n) || 0 }),
                      Number(query.k) > 0
                        ? ctx.t('hiringUndo.bulk.notUndone', { count: Number(query.k) })
                        : '',
                    ]
                      .filter(Boolean)
                      .join(' ')
                  : undefined;
    const bulk =
      done === 'bulk' && (EMPLOYER_STAGES as readonly string[]).includes(query.to ?? '')
        ? await bulkResult(ctx, id, list.items, query)
        : undefined;
    return sendHtml(
      reply,
      applicantsPage(ctx, job, list.items, {
        ...(stage ? { stage } : {}),
        ...(badge ? { badge } : {}),
        ...((flash ?? otherFlash) ? { flash: flash ?? otherFlash } : {}),
        ...(bulk ? { bulk } : {}),
        ...(Number(query.at) > 0 ? { flashAt: Number(query.at) } : {}),
        ...(moved ? { moved } : {}),
        lastResponded: await services.calls.lastResponded(id),
        calls: await services.calls.trailsOfJob(user, id),
        placesCalls: services.calls.placesCalls,
        interviews: await services.interviews.latestOf(list.items.map((a) => a.id)),
        held: await services.applications.undoableOf(list.items.map((a) => a.id)),
        tax: localTaxonomy(await services.taxonomy.get(), ctx.lang),
      }),
    );
  }

  /** Each of these applications' interview still to come (its start), if one is booked. */
  async function upcomingOf(ids: number[]): Promise<Map<number, string>> {
    const now = Date.now();
    const latest = await services.interviews.latestOf(ids);
    return new Map(
      [...latest]
        .filter(([, i]) => i.status === 'scheduled' && Date.parse(i.starts_at) > now)
        .map(([id, i]) => [id, i.starts_at]),
    );
  }
  /**
   * Why a picked applicant stays where they are on a move to `stage` ('move' when they do not):
   * the confirm page and the result after it ask this same question of the same cards.
   */
  const leftReason = (a: Applicant, stage: string, upcoming: Map<number, string>) =>
    !a.seeker
      ? 'erased'
      : a.stage === 'withdrawn'
        ? 'withdrawn'
        : (a.stage === 'hired' || a.stage === 'rejected') && a.stage !== stage
          ? a.stage
          : a.stage === stage
            ? 'same'
            : BEFORE_INTERVIEW.includes(stage) && upcoming.has(a.id)
              ? 'interview'
              : 'move';
  const leftText = (
    ctx: FastifyRequest['page'],
    a: Applicant,
    reason: string,
    upcoming: Map<number, string>,
  ) =>
    ctx.t(`hiringUndo.bulk.reason.${reason}`, {
      name: a.seeker?.name ?? ctx.t('hiring.erased'),
      stage: ctx.t(`hiring.stage.${a.stage}`),
      when: formatDateTime(upcoming.get(a.id) ?? new Date().toISOString(), ctx.lang),
    });

  const idsOf = (v: string | undefined) =>
    (v ?? '')
      .split('.')
      .map(Number)
      .filter((n) => Number.isSafeInteger(n) && n > 0);
  /**
   * "2 applicants moved to Shortlisted. 1 left: Asha Kale is already hired." with one Undo for the
   * moved ones still inside their window. Who was left, and why, is read from the cards as they are
   * now (a hire is still hired, a withdrawal still withdrawn), so the URL carries only ids.
   */
  async function bulkResult(
    ctx: FastifyRequest['page'],
    jobId: number,
    items: Applicant[],
    query: ApplicantsQuery,
  ): Promise<BulkNotice> {
    const stage = query.to as StageBody['stage'];
    const movedIds = idsOf(query.m);
    const moved = query.m === undefined ? Number(query.n) || 0 : movedIds.length;
    const byId = new Map(items.map((a) => [a.id, a]));
    // In the cards' order, as the confirm page listed them.
    const leftIds = new Set(idsOf(query.l));
    const leftCards = items.filter((a) => leftIds.has(a.id));
    const upcoming = await upcomingOf(leftCards.map((a) => a.id));
    const left = leftCards.map((a) => {
      const reason = leftReason(a, stage, upcoming);
      return leftText(ctx, a, reason === 'move' ? 'same' : reason, upcoming);
    });
    const held = await services.applications.undoableOf(movedIds.filter((mid) => byId.has(mid)));
    const undoable = movedIds.filter((mid) => held.has(mid) && cardUndoable(byId.get(mid)!));
    const stageName = ctx.t(`hiring.stage.${stage}`);
    const text =
      moved === 0
        ? ctx.t('hiringUndo.bulk.movedNone')
        : stage === 'hired'
          ? ctx.t('hiringUndo.bulk.moved', { count: moved, stage: stageName })
          : ctx.t('employerTruth.bulkDone', { count: moved, stage: stageName, minutes: UNDO_SECONDS / 60 });
    return {
      jobId,
      text,
      ...(left.length
        ? { left: `${ctx.t('hiringUndo.bulk.left', { count: left.length })} ${left.join(' ')}` }
        : {}),
      undoable,
    };
  }

  app.get<{ Params: { id: string }; Querystring: ApplicantsQuery }>(
    '/employer/jobs/:id/applicants',
    { ...only('employer') },
    (req, reply) => applicants(req, reply, pathId(req.params.id), req.query),
  );

  // Many applicants at once (the cards' checkboxes): one stage, one note for the team; each seeker
  // hears of their new stage in their own language (the applications service writes the messages).
  app.post<{ Params: { id: string } }>(
    '/employer/jobs/:id/applicants/bulk',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const jobId = pathId(req.params.id);
      const raw = (req.body as Record<string, unknown> | undefined)?.ids;
      const ids = [raw]
        .flat()
        .map((v) => Number(v))
        .filter((n) => Number.isSafeInteger(n) && n > 0);
      const stage = field(req.body, 'stage') ?? '';
      if (!(EMPLOYER_STAGES as readonly string[]).includes(stage))
        throw new Invalid([{ field: 'stage', message: 'is not a known stage' }]);
      if (!ids.length) return reply.redirect(`/employer/jobs/${jobId}/applicants?done=none`, 303);
      const note = field(req.body, 'note')?.trim();
      const includeSettled = field(req.body, 'include_settled') === '1';
      // Moving many asks first: who, to which stage, and how long each move can still be undone;
      // and who stays where they are (a hire, a rejection, a withdrawal) unless the employer says so.
      if (field(req.body, 'confirm') !== '1') {
        const { items } = await services.applications.listForJob(user, jobId, {}, { audit: false });
        const wanted = new Set(ids);
        const mine = items.filter((a) => wanted.has(a.id));
        const upcoming = await upcomingOf(mine.map((a) => a.id));
        const reasons = new Map(mine.map((a) => [a.id, leftReason(a, stage, upcoming)]));
        const settled = (a: Applicant) => {
          const r = reasons.get(a.id);
          return (r === 'hired' || r === 'rejected') && Boolean(a.seeker);
        };
        const chosen = mine.filter((a) => reasons.get(a.id) === 'move');
        const picked = chosen.map((a) => ({ id: a.id, name: a.seeker?.name ?? '' }));
        const left = mine
          .filter((a) => !chosen.includes(a))
          .map((a) => ({
            id: a.id,
            settled: settled(a),
            text: leftText(req.page, a, reasons.get(a.id)!, upcoming),
          }));
        if (!picked.length && !left.some((a) => a.settled))
          return reply.redirect(`/employer/jobs/${jobId}/applicants?done=none`, 303);
        // Whether any of them can get a message at all (else the page says none goes out).
        const forms = await Promise.all(chosen.map((a) => services.applications.forEmployer(user, a.id)));
        const reaches = await Promise.all(forms.map((r) => seekerReach(r.seeker_id, 'applicationStage')));
        const noneSent = !reaches.some(reachSends);
        return sendHtml(
          reply,
          bulkConfirmPage(req.page, {
            jobId,
            stage,
            ...(note ? { note } : {}),
            applicants: picked,
            left,
            noneSent,
          }),
        );
      }
      const { changed } = await services.applications.bulkMove(
        user,
        jobId,
        ids,
        { stage: stage as StageBody['stage'], ...(note ? { note } : {}) },
        { includeSettled },
      );
      const moved = new Set(changed);
      // Those the confirm page listed as left where they are come back as `left`, so the result
      // names the same people as the page before it (ids not of this job are dropped there).
      const listedLeft = [(req.body as Record<string, unknown> | undefined)?.left]
        .flat()
        .map((v) => Number(v))
        .filter((n) => Number.isSafeInteger(n) && n > 0);
      const left = [...new Set([...ids, ...listedLeft])].filter((i) => !moved.has(i));
      return reply.redirect(
        `/employer/jobs/${jobId}/applicants?done=bulk&n=${changed.length}&to=${stage}&m=${changed.join('.')}${left.length ? `&l=${left.join('.')}` : ''}#bulk-result`,
        303,
      );
    },
  );

  // One Undo for the applicants a bulk move just moved: each is taken back as its own Undo would
  // (within the window, its held message dropped); those past it stay and are counted.
  app.post<{ Params: { id: string } }>(
    '/employer/jobs/:id/applicants/bulk-undo',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const jobId = pathId(req.params.id);
      const raw = (req.body as Record<string, unknown> | undefined)?.ids;
      const { items } = await services.applications.listForJob(user, jobId, {}, { audit: false });
      const ofJob = new Set(items.map((a) => a.id));
      const ids = [...new Set([raw].flat().map((v) => Number(v)))].filter((n) => ofJob.has(n));
      let undone = 0;
      for (const id of ids) {
        try {
          await services.applications.undoMove(user, id);
          undone++;
        } catch (err) {
          if (!(err instanceof Conflict)) throw err;
        }
      }
      return reply.redirect(
        `/employer/jobs/${jobId}/applicants?done=bulkUndone&n=${undone}&k=${ids.length - undone}`,
        303,
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
      `/employer/jobs/${row.job_id}/applicants?done=${done}&at=${applicationId}#application-${applicationId}`,
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

  // "Mark this applicant as hired?": a hire has no Undo (a hire who does not join can still be moved to Rejected), so it asks first.
  app.get<{ Params: { id: string } }>(
    '/employer/applications/:id/hire',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const row = await services.applications.forEmployer(user, id);
      const name = await applicantName(user, row.job_id, id, req.page);
      const reach = await seekerReach(row.seeker_id, 'applicationStage');
      return sendHtml(
        reply,
        hireConfirmPage(req.page, { id, name, jobId: row.job_id, jobTitle: row.job_title, reach }),
      );
    },
  );

  // The card's Interview button: the schedule form on a page of its own (sending it moves them).
  app.get<{ Params: { id: string } }>(
    '/employer/applications/:id/interview',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const row = await services.applications.forEmployer(user, id);
      return sendHtml(
        reply,
        interviewRetryPage(req.page, {
          applicationId: id,
          name: await applicantName(user, row.job_id, id, req.page),
          jobId: row.job_id,
          jobTitle: row.job_title,
          action: `/employer/applications/${id}/interview`,
          reschedule: false,
          values: {},
          errors: {},
        }),
      );
    },
  );

  // "Reject this applicant?": the step before a rejection; Keep goes back to the card.
  app.get<{ Params: { id: string } }>(
    '/employer/applications/:id/reject',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const row = await services.applications.forEmployer(user, id);
      const { items } = await services.applications.listForJob(user, row.job_id, {}, { audit: false });
      const card = items.find((a) => a.id === id);
      return sendHtml(
        reply,
        rejectConfirmPage(req.page, {
          id,
          name: card?.seeker?.name ?? req.page.t('hiring.erased'),
          jobId: row.job_id,
          jobTitle: row.job_title,
          reach: await seekerReach(row.seeker_id, 'applicationStage'),
          hired: card?.stage === 'hired',
        }),
      );
    },
  );

  // Takes back the latest move (within the undo window); the seeker's held message is dropped.
  app.post<{ Params: { id: string } }>(
    '/employer/applications/:id/undo',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      try {
        await services.applications.undoMove(user, id);
      } catch (err) {
        if (!(err instanceof Conflict)) throw err;
        return back(user, reply, id, 'undoLate');
      }
      const row = await services.applications.forEmployer(user, id);
      return reply.redirect(
        `/employer/jobs/${row.job_id}/applicants?done=undone&moved=${id}#application-${id}`,
        303,
      );
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
      // A rejection is confirmed first: a stale page or a stray tap lands on the question instead.
      if (stage === 'rejected' && field(req.body, 'confirm') !== '1')
        return reply.redirect(`/employer/applications/${id}/reject`, 303);
      // So is a hire (told at once, never undone).
      if (stage === 'hired' && field(req.body, 'confirm') !== '1')
        return reply.redirect(`/employer/applications/${id}/hire`, 303);
      const note = field(req.body, 'note')?.trim();
      // The page redirects back to the list (which is audited); the moved card is not shown here.
      const before = await services.applications.forEmployer(user, id);
      // Interview comes with a time: the schedule form, which moves them when the invite is sent.
      if (stage === 'interview' && before.stage !== 'interview' && field(req.body, 'confirm') !== '1')
        return reply.redirect(`/employer/applications/${id}/interview`, 303);
      const moved = await services.applications.moveStage(
        user,
        id,
        { stage: stage as StageBody['stage'], ...(note ? { note } : {}) },
        { audit: false },
      );
      // A real move opens the list on "moved to X" with Undo; a note on the same stage says Saved.
      if (moved.stage === before.stage) return back(user, reply, id, 'moved');
      return reply.redirect(`/employer/jobs/${moved.job_id}/applicants?done=moved&moved=${id}#moved`, 303);
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
      try {
        await services.interviews.schedule(user, id, interviewBody(req.body));
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        return retryPage(req, reply, id, `/employer/applications/${id}/interview`, false, err);
      }
      return back(user, reply, id, 'scheduled');
    },
  );
  app.post<{ Params: { id: string } }>(
    '/employer/interviews/:id/reschedule',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const interviewId = pathId(req.params.id);
      try {
        const moved = await services.interviews.reschedule(user, interviewId, interviewBody(req.body));
        const reach = await reachOf(user, moved.application_id, 'interviewInvite', 'rescheduled');
        return back(user, reply, moved.application_id, reach);
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        const applicationId = (await services.interviews.get(user, interviewId)).application_id;
        const action = `/employer/interviews/${interviewId}/reschedule`;
        return retryPage(req, reply, applicationId, action, true, err);
      }
    },
  );
  app.post<{ Params: { id: string } }>(
    '/employer/interviews/:id/cancel',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      const interviewId = pathId(req.params.id);
      // Cancelling asks first (a stale page or a stray tap lands on the question).
      if (field(req.body, 'confirm') !== '1')
        return reply.redirect(`/employer/interviews/${interviewId}/cancel`, 303);
      const cancelled = await services.interviews.cancel(user, interviewId);
      const reach = await reachOf(user, cancelled.application_id, 'interviewCancelled', 'cancelled');
      return back(user, reply, cancelled.application_id, reach);
    },
  );

  // "Cancel the interview with Priya Patil?": when, for which job, and whether a message can go.
  app.get<{ Params: { id: string } }>(
    '/employer/interviews/:id/cancel',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const interviewId = pathId(req.params.id);
      const interview = await services.interviews.get(user, interviewId);
      const row = await services.applications.forEmployer(user, interview.application_id);
      if (interview.status === 'cancelled') return back(user, reply, row.id, 'cancelledShown');
      const name = await applicantName(user, row.job_id, row.id, req.page);
      const reach = await seekerReach(row.seeker_id, 'interviewCancelled');
      return sendHtml(
        reply,
        cancelInterviewPage(req.page, {
          interviewId,
          applicationId: row.id,
          name,
          jobId: row.job_id,
          jobTitle: row.job_title,
          when: formatDateTime(interview.starts_at, req.page.lang),
          reach,
        }),
      );
    },
  );

  /** The applicant's name as the company's members see it (unaudited: no phone is shown). */
  async function applicantName(user: AuthUser, jobId: number, id: number, ctx: FastifyRequest['page']) {
    const { items } = await services.applications.listForJob(user, jobId, {}, { audit: false, only: id });
    return items.find((a) => a.id === id)?.seeker?.name ?? ctx.t('hiring.erased');
  }

  /**
   * "rescheduled&reach=sent.email" when the seeker's message can really leave, else
   * "rescheduled&reach=noProvider.email" (or noAddress): the flash never says "told" when nothing went.
   */
  async function reachOf(
    user: AuthUser,
    applicationId: number,
    template: string,
    step: 'rescheduled' | 'cancelled',
  ): Promise<string> {
    const row = await services.applications.forEmployer(user, applicationId);
    if (!row.seeker_id) return step;
    return `${step}&reach=${reachCode(await seekerReach(row.seeker_id, template))}`;
  }

  /** How a message of `template` would reach this seeker (an erased account: nowhere). */
  async function seekerReach(seekerId: string | null, template: string): Promise<Reach> {
    if (!seekerId) return { name: 'email', configured: false, addressed: false };
    return services.notifications.reachOf(seekerId, template);
  }

  /** A failed schedule or reschedule: its form alone on a short page, error at the top, input kept. */
  async function retryPage(
    req: FastifyRequest,
    reply: FastifyReply,
    applicationId: number,
    action: string,
    reschedule: boolean,
    err: Invalid,
  ) {
    const user = caller(req);
    const row = await services.applications.forEmployer(user, applicationId);
    const retry = retryOf(req, applicationId, err);
    return sendHtml(
      reply,
      interviewRetryPage(req.page, {
        applicationId,
        name: await applicantName(user, row.job_id, applicationId, req.page),
        jobId: row.job_id,
        jobTitle: row.job_title,
        action,
        reschedule,
        values: retry.values,
        errors: retry.errors,
      }),
      400,
    );
  }

  /** The form's fields as the service's body; a datetime-local value is India time. */
  function interviewBody(body: unknown): InterviewBody {
    const mode = field(body, 'mode');
    const place = field(body, 'place')?.trim();
    const link = field(body, 'video_link')?.trim();
    const note = field(body, 'note')?.trim();
    return {
      starts_at: istToIso(field(body, 'starts_at') ?? ''),
      duration_minutes: Math.min(480, Math.max(5, Number(field(body, 'duration_minutes')) || 30)),
      mode: mode === 'video' || mode === 'phone' ? mode : 'in_person',
      ...(place ? { place } : {}),
      ...(link ? { video_link: link } : {}),
      ...(note ? { note } : {}),
    };
  }
  function retryOf(req: FastifyRequest, applicationId: number, err: Invalid) {
    const values: InterviewValues = {};
    for (const k of ['starts_at', 'duration_minutes', 'mode', 'place', 'video_link', 'note'] as const) {
      const v = field(req.body, k);
      if (v !== undefined) values[k] = v;
    }
    return { applicationId, values, errors: interviewErrors(req.page, err.errors ?? []) };
  }
}
