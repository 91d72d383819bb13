// Interview scheduling: a member of the application's company schedules, reschedules or cancels;
// the seeker gets each change in the outbox with an .ics invite. Never in the past; never for
// another company's applicant (the applications service answers 404 for those).
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Conflict, Invalid, NotFound } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { AuthUser } from '../accounts/index.ts';
import type {
  ApplicationInterviews,
  ApplicationOut,
  ApplicationsService,
  StageBody,
} from '../applications/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { interviewIcs } from './interviews.ics.ts';
import { type InterviewRow, interviewsRepo } from './interviews.repo.ts';

export interface InterviewBody {
  starts_at: string;
  duration_minutes: number;
  mode: 'in_person' | 'video' | 'phone';
  place?: string;
  video_link?: string;
  /** For the candidate ("bring your Aadhaar card"): the seeker reads it. */
  note?: string;
}

export const toInterviewOut = (i: InterviewRow) => ({
  id: i.id,
  application_id: i.application_id,
  starts_at: i.starts_at.toISOString(),
  duration_minutes: i.duration_minutes,
  mode: i.mode,
  place: i.place,
  video_link: i.video_link,
  note: i.note ?? null,
  status: i.status,
});
export type InterviewOut = ReturnType<typeof toInterviewOut>;

function checked(body: InterviewBody, now = Date.now()) {
  const starts = new Date(body.starts_at);
  const errors = [];
  if (Number.isNaN(starts.getTime())) errors.push({ field: 'starts_at', message: 'is not a date and time' });
  else if (starts.getTime() <= now) errors.push({ field: 'starts_at', message: 'is in the past' });
  if (body.mode === 'in_person' && !body.place?.trim())
    errors.push({ field: 'place', message: 'is needed for an in-person interview' });
  if (body.mode === 'video' && !body.video_link)
    errors.push({ field: 'video_link', message: 'is needed for a video interview' });
  if ((body.note?.trim().length ?? 0) > 500)
    errors.push({ field: 'note', message: 'is longer than 500 characters' });
  if (errors.length) throw new Invalid(errors);
  return {
    starts_at: starts,
    duration_minutes: body.duration_minutes,
    mode: body.mode,
    place: body.place?.trim() || null,
    video_link: body.video_link ?? null,
    note: body.note?.trim() || null,
  };
}

/**
 * Interviews that seeding (the demo pipeline) schedules, checked by the rules a scheduling employer
 * meets, as of the moment each was scheduled: a time not yet passed then, a place for an in-person
 * one, a link for a video one. The stage move and its history row are the caller's, as `schedule`
 * leaves them to the applications module; no message goes out (nobody scheduled them live).
 */
export async function seedInterviews(
  q: Queryable,
  rows: { applicationId: number; body: InterviewBody; scheduledAt: Date; createdBy: string | null }[],
): Promise<number> {
  return interviewsRepo.insertDated(
    q,
    rows.map((r) => ({
      application_id: r.applicationId,
      ...checked(r.body, r.scheduledAt.getTime()),
      created_at: r.scheduledAt,
      createdBy: r.createdBy,
    })),
  );
}

/** One of a seeker's interviews with the application it belongs to (job, company). */
/**
 * What the applications module may ask of interviews while it moves applications (handed to it by
 * the composition root, src/services.ts, since applications cannot import hiring): which have one
 * still to come, and cancelling those of a rejected or withdrawn application in the same transaction.
 */
export const applicationInterviews: ApplicationInterviews = {
  withUpcoming: (q, ids) => interviewsRepo.withUpcoming(q, ids),
  cancelUpcoming: (q, ids) => interviewsRepo.cancelUpcoming(q, ids),
  restoreCancelledSince: (q, ids, since) => interviewsRepo.restoreCancelledSince(q, ids, since),
};

export interface SeekerInterview {
  interview: InterviewOut;
  application: ApplicationOut;
}

export function createInterviewsService(
  db: Db,
  deps: { applications: ApplicationsService; notifications: NotificationsService; publicUrl: string },
) {
  const { applications, notifications } = deps;

  async function tell(
    seekerId: string | null,
    i: InterviewRow,
    app: { job_title: string; company_name: string },
  ) {
    if (!seekerId) return;
    const about = { job: app.job_title, company: app.company_name, publicUrl: deps.publicUrl };
    const template = i.status === 'cancelled' ? 'interviewCancelled' : 'interviewInvite';
    await notifications.notify(
      seekerId,
      template,
      {
        job: app.job_title,
        company: app.company_name,
        // Written at render time in the seeker's own language (users.lang), India time.
        dates: { when: i.starts_at },
        duration: i.duration_minutes,
        mode: i.mode,
        labels: { mode: `hiringMessages.mode.${i.mode}` },
        where: i.place ?? i.video_link ?? '',
        // The employer's note for the candidate (also on /me/interviews); the message says it only
        // when there is one.
        ...(i.note ? { note: i.note } : {}),
      },
      {
        // The invite's title and description in the seeker's language, like the message itself.
        attachments: (lang) => [
          {
            filename: 'interview.ics',
            content_type: 'text/calendar; charset=utf-8',
            content: interviewIcs(i, about, lang),
          },
        ],
      },
    );
  }

  async function owned(user: AuthUser, interviewId: number) {
    const i = await interviewsRepo.byId(db, interviewId);
    if (!i) throw new NotFound('Interview');
    const app = await applications.forEmployer(user, i.application_id).catch(() => {
      throw new NotFound('Interview');
    });
    return { i, app };
  }

  return {
    async schedule(user: AuthUser, applicationId: number, body: InterviewBody): Promise<InterviewOut> {
      const app = await applications.forEmployer(user, applicationId);
      if (app.stage === 'withdrawn' || !app.seeker_id)
        throw new Conflict('The seeker withdrew this application');
      const fields = checked(body);
      const row = await interviewsRepo.insert(db, {
        application_id: applicationId,
        ...fields,
        createdBy: user.id,
      });
      // The invite is the seeker's news: the move to Interview sends no second, held message, so
      // the seeker sees the new stage and date at once (and the move is not undone behind the invite).
      if (app.stage !== 'interview')
        await applications.moveStage(
          user,
          applicationId,
          { stage: 'interview' as StageBody['stage'] },
          { quiet: true },
        );
      else await applications.employerActed(app.job_id);
      await applications.touched(user, applicationId);
      await tell(app.seeker_id, row, app);
      return toInterviewOut(row);
    },
    async list(user: AuthUser, applicationId: number): Promise<InterviewOut[]> {
      await applications.forEmployer(user, applicationId);
      return (await interviewsRepo.ofApplication(db, applicationId)).map(toInterviewOut);
    },
    /** One interview, for a member of the application's company (404 for anyone else). */
    async get(user: AuthUser, interviewId: number): Promise<InterviewOut> {
      return toInterviewOut((await owned(user, interviewId)).i);
    },
    /**
     * The interview each application shows (scheduled first, else the last cancelled), for
     * applications the caller was already shown as theirs (the applicants list, My applications).
     */
    async latestOf(applicationIds: number[]): Promise<Map<number, InterviewOut>> {
      const rows = await interviewsRepo.latestOf(db, applicationIds);
      return new Map(rows.map((r) => [Number(r.application_id), toInterviewOut(r)]));
    },
    /**
     * The seeker's own interviews (only applications `listMine` gives them), soonest first; a
     * withdrawn application's interviews are not theirs to attend any more.
     */
    async mine(user: AuthUser): Promise<SeekerInterview[]> {
      const apps = new Map(
        (await applications.listMine(user)).filter((a) => a.stage !== 'withdrawn').map((a) => [a.id, a]),
      );
      const rows = await interviewsRepo.ofApplications(db, [...apps.keys()]);
      return rows.map((r) => ({
        interview: toInterviewOut(r),
        application: apps.get(Number(r.application_id))!,
      }));
    },
    /** The calendar invite of one of the seeker's own interviews (404 for anyone else's). */
    async icsForSeeker(user: AuthUser, interviewId: number, lang: Lang): Promise<string> {
      const i = await interviewsRepo.byId(db, interviewId);
      const app = i && (await applications.listMine(user)).find((a) => a.id === Number(i.application_id));
      if (!i || !app || app.stage === 'withdrawn') throw new NotFound('Interview');
      return interviewIcs(
        i,
        { job: app.job.title, company: app.job.company.name, publicUrl: deps.publicUrl },
        lang,
      );
    },
    async reschedule(user: AuthUser, interviewId: number, body: InterviewBody): Promise<InterviewOut> {
      const { i, app } = await owned(user, interviewId);
      if (i.status === 'cancelled') throw new Conflict('This interview was cancelled; schedule a new one');
      const row = await interviewsRepo.reschedule(db, interviewId, checked(body));
      await applications.employerActed(app.job_id);
      await applications.touched(user, i.application_id);
      await tell(app.seeker_id, row, app);
      return toInterviewOut(row);
    },
    async cancel(user: AuthUser, interviewId: number): Promise<InterviewOut> {
      const { i, app } = await owned(user, interviewId);
      if (i.status === 'cancelled') return toInterviewOut(i);
      const row = await interviewsRepo.cancel(db, interviewId);
      await applications.employerActed(app.job_id);
      await applications.touched(user, i.application_id);
      await tell(app.seeker_id, row, app);
      return toInterviewOut(row);
    },
  };
}

export type InterviewsService = ReturnType<typeof createInterviewsService>;
