// Call-first hiring: a company member calls an applicant through the telephony provider (or opens
// WhatsApp), only where the seeker's consent allows, within the job's daily cap; a one-tap outcome
// moves the pipeline and lands in the seeker's application history. A seeker calls the employer
// from a job (masked) within the cap and the calling hours. Only the provider's status callback
// says a call was answered; that, not a button press, is what "last responded" and figures count.
import { createHmac } from 'node:crypto';
import type { Db } from '../../shared/db/db.ts';
import { DomainError, Forbidden, Invalid, NotFound, TooManyRequests } from '../../shared/errors.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import type { ApplicationsService, StageBody } from '../applications/index.ts';
import type { JobsService, ResponsesService } from '../jobs/index.ts';
import { type PrivacyService, PURPOSES } from '../privacy/index.ts';
import type { SeekersService } from '../seekers/index.ts';
import { type CallRow, callsRepo } from './calls.repo.ts';
import { CallRefused, type TelephonyProvider } from './telephony.ts';

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

export const toCallOut = (c: CallRow, reason?: string) => ({
  id: c.id,
  application_id: c.application_id,
  job_id: c.job_id,
  channel: c.channel,
  provider: c.provider,
  direction: c.direction,
  status: c.status,
  duration_seconds: c.duration_seconds,
  outcome: c.outcome,
  created_at: c.created_at.toISOString(),
  ...(reason ? { reason } : {}),
});

/** Signs a call's status-callback URL, so only the provider we gave it to can report on the call. */
export const callbackSignature = (secret: string, callId: number) =>
  createHmac('sha256', secret).update(`exotel-call:${callId}`).digest('hex');

/** India time of day in minutes (0..1439). */
function indianMinute(now = Date.now()): number {
  return Math.floor(((now + IST_OFFSET_MS) % 86_400_000) / 60_000);
}
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** What the provider's terminal status means for us (Exotel: completed, no-answer, busy, failed, canceled). */
export function callEnd(status: string, conversationSeconds: number | null) {
  if (status === 'completed' && (conversationSeconds ?? 0) > 0) return 'answered' as const;
  if (status === 'busy') return 'busy' as const;
  if (status === 'no-answer' || status === 'completed') return 'missed' as const;
  return 'failed' as const;
}

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
    /** Status callbacks come back to `${publicUrl}/api/v1/webhooks/exotel/calls/:id?sig=`. */
    publicUrl: string;
    appSecret: string;
  },
) {
  const { applications, seekers, accounts, telephony, jobs, privacy, responses } = deps;

  async function underCap(jobId: number) {
    const cap = await callsRepo.cap(db, jobId);
    if (cap !== null && (await callsRepo.countToday(db, jobId)) >= cap)
      throw new TooManyRequests(
        `This job's daily cap of ${cap} calls is reached; try again tomorrow`,
        secondsToIndianMidnight(),
      );
  }

  /** Dials through the provider; the row says what really happened (placed, not placed, failed). */
  async function dial(row: CallRow, from: string, to: string) {
    if (!telephony.configured) {
      return toCallOut(
        await callsRepo.setStatus(db, row.id, 'not_placed'),
        'no telephony provider is configured',
      );
    }
    const statusCallback = `${deps.publicUrl}/api/v1/webhooks/exotel/calls/${row.id}?sig=${callbackSignature(deps.appSecret, row.id)}`;
    try {
      const { ref } = await telephony.connect({ from, to, reference: String(row.id), statusCallback });
      return toCallOut(await callsRepo.setPlaced(db, row.id, ref));
    } catch (err) {
      const reason = err instanceof CallRefused ? err.message : `${(err as Error).message}; try again`;
      return toCallOut(await callsRepo.setStatus(db, row.id, 'failed'), reason);
    }
  }

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
      await underCap(app.job_id);
      const me = await accounts.me(user.id);
      const row = await callsRepo.insert(db, {
        applicationId,
        jobId: app.job_id,
        callerId: user.id,
        channel: 'call',
        provider: telephony.name,
        ref: null,
        seekerId,
      });
      await privacy.recordContactView(user.id, seekerId, 'phone', PURPOSES.call, {
        companyId: app.company_id,
        applicationId,
      });
      // Pressing "Call" is not responding: "last responded" moves when the call is answered.
      return dial(row, me.phone, phone);
    },

    /**
     * A seeker calls the employer about a live job, through the masked number: within the job's
     * daily cap (shared with the employer's calls) and its calling hours; else 429 saying when.
     */
    async callEmployer(user: AuthUser, jobId: number) {
      if (user.role !== 'seeker') throw new Forbidden('Only job seekers call employers about a job');
      const poster = await jobs.posterOf(jobId);
      if (!poster) throw new NotFound('Job');
      const hours = await callsRepo.hours(db, jobId);
      const minute = indianMinute();
      if (hours && (minute < hours.from_minute || minute >= hours.to_minute)) {
        const wait = ((hours.from_minute - minute + 1440) % 1440) * 60;
        throw new TooManyRequests(
          `The employer takes calls between ${hhmm(hours.from_minute)} and ${hhmm(hours.to_minute)} India time; apply now or call then`,
          Math.max(60, wait),
        );
      }
      await underCap(jobId);
      const [seeker, employer] = await Promise.all([accounts.me(user.id), accounts.me(poster.userId)]);
      const row = await callsRepo.insert(db, {
        applicationId: null,
        jobId,
        callerId: user.id,
        channel: 'call',
        provider: telephony.name,
        ref: null,
        direction: 'seeker_to_employer',
        seekerId: user.id,
      });
      return dial(row, seeker.phone, employer.phone);
    },

    /** The employer's calling hours for a job (India time, HH:MM-HH:MM). */
    async setHours(user: AuthUser, jobId: number, from: string, to: string) {
      if (user.role !== 'employer' && user.role !== 'admin')
        throw new Forbidden('Only employers set calling hours');
      await jobs.forMember(user, jobId);
      const minutes = (v: string) => {
        const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(v);
        return m ? Number(m[1]) * 60 + Number(m[2]) : null;
      };
      const a = minutes(from);
      const b = to === '24:00' ? 1440 : minutes(to);
      const errors = [
        ...(a === null ? [{ field: 'from', message: 'must be HH:MM (24-hour, India time)' }] : []),
        ...(b === null ? [{ field: 'to', message: 'must be HH:MM (24-hour, India time)' }] : []),
      ];
      if (!errors.length && a! >= b!) errors.push({ field: 'to', message: 'must be later than from' });
      if (errors.length) throw new Invalid(errors);
      await callsRepo.setHours(db, jobId, a!, b!);
      return { job_id: jobId, from, to };
    },

    /**
     * The provider's status callback for one call (its URL was signed for this call). Idempotent:
     * the same event twice changes nothing. An answered employer call moves "last responded".
     */
    async statusCallback(
      callId: number,
      signature: string,
      event: { callSid: string; status: string; conversationSeconds: number | null; eventType: string },
    ): Promise<{ changed: boolean; status?: string }> {
      const expected = callbackSignature(deps.appSecret, callId);
      if (signature.length !== expected.length || !timingSafe(signature, expected))
        throw new Forbidden('Bad signature');
      const call = await callsRepo.byId(db, callId);
      if (!call || (call.provider_ref && call.provider_ref !== event.callSid)) throw new NotFound('Call');
      if (!(await callsRepo.firstSight(db, 'exotel', `${event.callSid}:${event.eventType}:${event.status}`)))
        return { changed: false };
      if (event.eventType && event.eventType !== 'terminal') return { changed: false };
      const end = callEnd(event.status, event.conversationSeconds);
      const row = await callsRepo.finish(db, callId, {
        status: end,
        durationSeconds: end === 'answered' ? event.conversationSeconds : 0,
      });
      if (!row) return { changed: false };
      if (end === 'answered' && row.direction === 'employer_to_seeker')
        await applications.employerActed(row.job_id);
      return { changed: true, status: end };
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
      if (!call || call.application_id === null) throw new NotFound('Call');
      const applicationId = call.application_id;
      const app = await applications.forEmployer(user, applicationId).catch(() => {
        throw new NotFound('Call');
      });
      if (call.channel === 'call' && (call.status === 'not_placed' || call.status === 'failed'))
        throw new DomainError(409, 'Conflict', 'This call was never placed, so it has no outcome');
      if (app.stage === 'withdrawn')
        throw new DomainError(409, 'Conflict', 'The seeker withdrew this application');
      const row = await callsRepo.setOutcome(db, callId, outcome);
      const stage = outcomeStage(outcome, app.stage as StageBody['stage']);
      await applications.moveStage(user, applicationId, {
        stage,
        note: `Call outcome: ${outcome.replace('_', ' ')}`,
      });
      await applications.employerActed(app.job_id);
      return toCallOut(row);
    },

    async trail(user: AuthUser, applicationId: number) {
      await applications.forEmployer(user, applicationId);
      return (await callsRepo.ofApplication(db, applicationId)).map((c) => toCallOut(c));
    },

    /** Each applicant's calls on one job, by application id, for the applicants page. */
    async trailsOfJob(user: AuthUser, jobId: number) {
      if (user.role !== 'employer' && user.role !== 'admin') throw new NotFound('Job');
      await jobs.forMember(user, jobId);
      const byApp = new Map<number, ReturnType<typeof toCallOut>[]>();
      for (const c of await callsRepo.ofJob(db, jobId))
        if (c.application_id !== null)
          byApp.set(c.application_id, [...(byApp.get(c.application_id) ?? []), toCallOut(c)]);
      return byApp;
    },
    /** Answered calls for each job (the caller has already checked the jobs are theirs). */
    countByJobs: (jobIds: number[]) => callsRepo.countByJobs(db, jobIds),
    /** Whether a call through Deskhire can really be placed (a telephony provider is configured). */
    placesCalls: telephony.configured,

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

function timingSafe(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type CallsService = ReturnType<typeof createCallsService>;
