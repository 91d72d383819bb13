// "Is this job still open?" A live job with no employer action (stage move, note, call, outcome,
// interview, edit, re-confirm) for 14 days is asked to re-confirm; the employer hears it in their
// own language with a link. Still unconfirmed 7 days later, the job closes ('unconfirmed').
// Runs daily on the queue; tests call sweep() directly. Keeps no state in memory: each state
// change is one conditional UPDATE (jobs/reconfirm.repo.ts) in the same transaction as its message.
import type { Db, Queryable } from '../../shared/db/db.ts';
import type { AccountsService } from '../accounts/index.ts';
import type { CompaniesService } from '../companies/index.ts';
import type { JobReconfirmation, JobsService, ResponsesService, SweepJob } from '../jobs/index.ts';
import type { NotificationsService } from '../notifications/index.ts';

export const IDLE_DAYS = 14;
export const GRACE_DAYS = 7;
const BATCH = 200;
/** A run handles at most this many batches of each kind; the next day's run takes the rest. */
const MAX_BATCHES = 50;

export function createReconfirmService(
  db: Db,
  deps: {
    jobs: JobsService;
    companies: CompaniesService;
    accounts: AccountsService;
    notifications: NotificationsService;
    responses: ResponsesService;
    lifecycle: JobReconfirmation;
    publicUrl: string;
  },
) {
  const { jobs, companies, accounts, notifications } = deps;

  /** Recipient and language of each job's message, read before the transaction that sends it. */
  async function recipients(list: SweepJob[]) {
    const out = new Map<number, { userId: string; lang: string }>();
    for (const j of list) {
      const userId = await companies.jobContact(j.company_id, j.created_by);
      if (userId) out.set(j.id, { userId, lang: await accounts.langOf(userId) });
    }
    return out;
  }

  /** One batch: the state change and its messages commit together; delivery is queued after. */
  async function step(
    list: SweepJob[],
    change: (q: Queryable, ids: number[]) => Promise<number[]>,
    template: string,
  ): Promise<number> {
    const to = await recipients(list);
    const byId = new Map(list.map((j) => [j.id, j]));
    const { changed, messages } = await db.tx(async (q) => {
      const changed = await change(
        q,
        list.map((j) => j.id),
      );
      const messages: number[] = [];
      for (const id of changed) {
        const job = byId.get(id);
        const who = to.get(id);
        if (!job || !who) continue;
        messages.push(
          await notifications.compose(q, who.userId, template, {
            lang: who.lang,
            job: job.title,
            idle: IDLE_DAYS,
            grace: GRACE_DAYS,
            url: `${deps.publicUrl}/employer/jobs/${id}/reconfirm`,
            dashboard: `${deps.publicUrl}/employer`,
          }),
        );
      }
      return { changed, messages };
    });
    for (const id of messages) await notifications.dispatch(id);
    return changed.length;
  }

  return {
    /**
     * The daily run: asks about idle jobs, then closes those asked GRACE_DAYS ago with no answer.
     * Safe to run twice or on two instances at once: a job is asked (and closed) once.
     */
    async sweep(): Promise<{ requested: number; closed: number }> {
      let requested = 0;
      let closed = 0;
      for (let i = 0; i < MAX_BATCHES; i++) {
        const due = await deps.lifecycle.dueForRequest(db, IDLE_DAYS, BATCH);
        if (!due.length) break;
        requested += await step(due, (q, ids) => deps.lifecycle.request(q, ids, IDLE_DAYS), 'jobReconfirm');
        if (due.length < BATCH) break;
      }
      for (let i = 0; i < MAX_BATCHES; i++) {
        const due = await deps.lifecycle.dueForClose(db, GRACE_DAYS, BATCH);
        if (!due.length) break;
        closed += await step(
          due,
          (q, ids) => deps.lifecycle.close(q, ids, GRACE_DAYS),
          'jobClosedUnconfirmed',
        );
        if (due.length < BATCH) break;
      }
      return { requested, closed };
    },

    /** Any employer action on a job: "last responded" for seekers, and a pending request is answered. */
    async employerActed(jobId: number): Promise<void> {
      await deps.responses.touch(jobId);
      await jobs.clearReconfirm(jobId);
    },
  };
}

export type ReconfirmService = ReturnType<typeof createReconfirmService>;
