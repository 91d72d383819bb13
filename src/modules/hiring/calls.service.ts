// Call-first hiring: a company member calls an applicant through the telephony provider (or opens
// WhatsApp), only where the seeker's consent allows, within the job's daily cap; a one-tap outcome
// moves the pipeline and lands in the seeker's application history. Also keeps "last responded".
import type { Db } from '../../shared/db/db.ts';
import { DomainError, Forbidden, NotFound, TooManyRequests } from '../../shared/errors.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import type { ApplicationsService, StageBody } from '../applications/index.ts';
import type { JobsService, ResponsesService } from '../jobs/index.ts';
import { type PrivacyService, PURPOSES } from '../privacy/index.ts';
import type { SeekersService } from '../seekers/index.ts';
import { type CallRow, callsRepo } from './calls.repo.ts';
import type { TelephonyProvider } from './telephony.ts';

export const CALL_OUTCOMES = [
  'interested',
  'interview_fixed',
  'not_reachable',
  'not_interested',
  'wrong_number',
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
/** Where each outcome moves the application; absent = the stage stays, the trail still records it. */
const OUTCOME_STAGE: Partial<Record<CallOutcome, StageBody['stage']>> = {
  interested: 'shortlisted' as StageBody['stage'],
  interview_fixed: 'interview' as StageBody['stage'],
  not_interested: 'rejected' as StageBody['stage'],
};

/** The pipeline's forward order; a rejection sits outside it. */
const FORWARD: StageBody['stage'][] = ['applied', 'shortlisted', 'interview', 'offered', 'hired'].map(
  (s) => s as StageBody['stage'],
);
/**
 * Where an outcome takes an applicant who is at `current`: only forward. "Interested" after an
 * interview invite must not pull the candidate back to Shortlisted (and message them about it);
 * the employer moves backwards only with the stage buttons, on purpose.
 */
export function outcomeStage(outcome: CallOutcome, current: StageBody['stage']): StageBody['stage'] {
  const target = OUTCOME_STAGE[outcome];
  if (!target) return current;
  if (target === 'rejected') return target;
  const from = FORWARD.indexOf(current);
  return from >= 0 && FORWARD.indexOf(target) > from ? target : current;
}

const IST_OFFSET_MS = 330 * 60_000;
function secondsToIndianMidnight(now = Date.now()): number {
  const day = 86_400_000;
  return Math.ceil((day - ((now + IST_OFFSET_MS) % day)) / 1000);
}

export const toCallOut = (c: CallRow) => ({
  id: c.id,
  application_id: c.application_id,
  job_id: c.job_id,
  channel: c.channel,
  provider: c.provider,
  outcome: c.outcome,
  created_at: c.created_at.toISOString(),
});

export function createCallsService(
  db: Db,
  deps: {
    applications: ApplicationsService;
    seekers: SeekersService;
    accounts: AccountsService;
    telephony: TelephonyProvider;
    jobs: JobsService;
    /** Placing a call or opening WhatsApp uses the seeker's number: both are audited. */
    privacy: PrivacyService;
    responses: ResponsesService;
  },
) {
  const { applications, seekers, accounts, telephony, jobs, privacy, responses } = deps;

  /** The seeker's phone when they let this employer reach them; 403 with the reason otherwise. */
  async function reachable(user: AuthUser, applicationId: number) {
    const app = await applications.forEmployer(user, applicationId);
    if (!app.seeker_id || app.stage === 'withdrawn')
      throw new Forbidden('The seeker withdrew this application; they can no longer be contacted');
    const card = (await seekers.contactCards([app.seeker_id], () => true)).get(app.seeker_id);
    if (!card || card.phone_masked) throw new Forbidden('The seeker has not agreed to be contacted');
    return { app, seekerId: app.seeker_id, phone: card.phone };
  }

  return {
    async call(user: AuthUser, applicationId: number) {
      const { app, seekerId, phone } = await reachable(user, applicationId);
      const cap = await callsRepo.cap(db, app.job_id);
      if (cap !== null && (await callsRepo.countToday(db, app.job_id)) >= cap)
        throw new TooManyRequests(
          `This job's daily cap of ${cap} calls is reached; try again tomorrow`,
          secondsToIndianMidnight(),
        );
      const me = await accounts.me(user.id);
      const row = await callsRepo.insert(db, {
        applicationId,
        jobId: app.job_id,
        callerId: user.id,
        channel: 'call',
        provider: telephony.name,
        ref: null,
      });
      await privacy.recordContactView(user.id, seekerId, 'phone', PURPOSES.call, {
        companyId: app.company_id,
        applicationId,
      });
      const { ref } = await telephony.connect({ from: me.phone, to: phone, reference: String(row.id) });
      await callsRepo.setRef(db, row.id, ref);
      await applications.employerActed(app.job_id);
      return toCallOut(row);
    },

    /** A wa.me link with a prefilled message; logged like a call. */
    async whatsapp(user: AuthUser, applicationId: number) {
      const { app, seekerId, phone } = await reachable(user, applicationId);
      await privacy.recordContactView(user.id, seekerId, 'whatsapp', PURPOSES.whatsapp, {
        companyId: app.company_id,
        applicationId,
      });
      const row = await callsRepo.insert(db, {
        applicationId,
        jobId: app.job_id,
        callerId: user.id,
        channel: 'whatsapp',
        provider: 'wa.me',
        ref: null,
      });
      await applications.employerActed(app.job_id);
      const text = `Hello, this is ${user.name} from ${app.company_name} about your application for "${app.job_title}" on Deskhire.`;
      return {
        ...toCallOut(row),
        url: `https://wa.me/${phone.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`,
      };
    },

    async outcome(user: AuthUser, callId: number, outcome: CallOutcome) {
      const call = await callsRepo.byId(db, callId);
      if (!call) throw new NotFound('Call');
      const app = await applications.forEmployer(user, call.application_id).catch(() => {
        throw new NotFound('Call');
      });
      if (app.stage === 'withdrawn')
        throw new DomainError(409, 'Conflict', 'The seeker withdrew this application');
      const row = await callsRepo.setOutcome(db, callId, outcome);
      const stage = outcomeStage(outcome, app.stage as StageBody['stage']);
      await applications.moveStage(user, call.application_id, {
        stage,
        note: `Call outcome: ${outcome.replace('_', ' ')}`,
      });
      await applications.employerActed(app.job_id);
      return toCallOut(row);
    },

    async trail(user: AuthUser, applicationId: number) {
      await applications.forEmployer(user, applicationId);
      return (await callsRepo.ofApplication(db, applicationId)).map(toCallOut);
    },

    /** Each applicant's calls on one job, by application id, for the applicants page. */
    async trailsOfJob(user: AuthUser, jobId: number) {
      if (user.role !== 'employer' && user.role !== 'admin') throw new NotFound('Job');
      await jobs.forMember(user, jobId);
      const byApp = new Map<number, ReturnType<typeof toCallOut>[]>();
      for (const c of await callsRepo.ofJob(db, jobId))
        byApp.set(c.application_id, [...(byApp.get(c.application_id) ?? []), toCallOut(c)]);
      return byApp;
    },
    /** Calls placed for each job (the caller has already checked the jobs are theirs). */
    countByJobs: (jobIds: number[]) => callsRepo.countByJobs(db, jobIds),

    /** The employer's own daily cap on calls for one job (0 pauses calls). */
    async setCap(user: AuthUser, jobId: number, cap: number) {
      if (user.role !== 'employer' && user.role !== 'admin')
        throw new Forbidden('Only employers set call caps');
      // Members of the job's company (or admins) only; anyone else gets the job's 404.
      await jobs.forMember(user, jobId);
      await callsRepo.setCap(db, jobId, cap);
      return { job_id: jobId, daily_cap: cap, calls_today: await callsRepo.countToday(db, jobId) };
    },

    /** Public: when the employer last acted on an applicant or a call for this job. */
    lastResponded: responses.lastResponded,
  };
}

export type CallsService = ReturnType<typeof createCallsService>;
