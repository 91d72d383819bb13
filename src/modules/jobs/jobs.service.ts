// The rules of a job posting: who may change it, and its lifecycle draft -> published -> paused /
// closed (expiring 30 days after publish unless renewed); what makes it valid is job-validation.ts.
// A publish passes through the screen (trust module) which may hold it for review instead.
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Conflict, type FieldError, Invalid, NotFound } from '../../shared/errors.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { CompaniesService } from '../companies/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { refreshJobConcepts, resumeJobConcepts } from './job-concepts.ts';
import { normaliseJob } from './job-validation.ts';
import { jobViewsRepo } from './job-views.repo.ts';
import { type JobRow, type JobWrite, jobsRepo } from './jobs.repo.ts';
import type { JobBody, JobOut, JobPatch } from './jobs.schema.ts';
import { type JobScreen, type Screening, toJobOut, type Viewer } from './jobs.view.ts';

export { inStep, type JobScreen, type Screening, toJobOut, type Viewer } from './jobs.view.ts';

/** How long after closing a job its employer may undo the close. */
export const REOPEN_WINDOW_MS = 24 * 3_600_000;
/**
 * The employer dashboard's tabs and the stored statuses each one shows (expired is a published row).
 * A held job is not live (seekers cannot see it): it waits under its own "In review" tab.
 */
export const JOB_TABS = ['live', 'review', 'draft', 'closed'] as const;
export type JobTab = (typeof JOB_TABS)[number];
const TAB_STATUSES: Record<JobTab, string[]> = {
  live: ['published', 'paused'],
  review: ['held'],
  draft: ['draft'],
  closed: ['closed'],
};

/** Statuses anyone may see; the rest only the company's members and admins. */
const PUBLIC_STATUSES = new Set(['published', 'expired', 'closed']);

export function createJobsService(
  db: Db,
  deps: {
    taxonomy: TaxonomyService;
    companies: CompaniesService;
    /** Required: every job that goes live is screened (trust's screening service). No default. */
    screen: JobScreen;
  },
) {
  const { taxonomy, companies } = deps;
  const { screen } = deps;

  const normalise = (body: JobBody | (JobPatch & JobWrite), stored?: JobWrite['interview']) =>
    normaliseJob(taxonomy, body, stored);

  /** Loads a job for a member of its company (or an admin); others get 404, never a hint. */
  async function ownJob(user: AuthUser, id: number): Promise<JobRow> {
    const job = await jobsRepo.byId(db, id);
    if (!job) throw new NotFound('Job');
    if (user.role !== 'admin')
      await companies.assertMember(user, job.company_id).catch(() => {
        throw new NotFound('Job');
      });
    return job;
  }

  /** Screens and publishes (or holds). `clock`: a new posting date, a fresh expiry, or neither. */
  async function goLive(
    q: Queryable,
    id: number,
    companyId: string,
    write: JobWrite,
    clock: 'fresh' | 'renew' | undefined,
  ): Promise<void> {
    const verdict = await screen({ ...write, company_id: companyId, id }, q);
    const held = verdict.state === 'held';
    await jobsRepo.setStatus(q, id, {
      status: held ? 'held' : 'published',
      moderation: verdict,
      clock: held ? undefined : clock,
    });
  }

  async function visible(viewer: Viewer, id: number): Promise<{ job: JobOut; privileged: boolean }> {
    const job = await jobsRepo.byId(db, id);
    if (!job) throw new NotFound('Job');
    const user = viewer.user;
    const privileged =
      user?.role === 'admin' ||
      (user?.role === 'employer' &&
        (await companies.assertMember(user, job.company_id).then(
          () => true,
          () => false,
        )));
    if (!privileged && !PUBLIC_STATUSES.has(job.status)) throw new NotFound('Job');
    return { job: toJobOut(job, privileged), privileged };
  }

  const rowToWrite = (j: JobRow, educationRank: number): JobWrite => ({
    ...j,
    education_rank: educationRank,
  });

  async function transition(
    user: AuthUser,
    id: number,
    allowed: string[],
    apply: (q: Queryable, job: JobRow) => Promise<void>,
    verb: string,
  ): Promise<JobOut> {
    const job = await ownJob(user, id);
    await db.tx(async (q) => {
      const locked = await jobsRepo.lockStatus(q, id);
      const current = locked?.status === 'published' && locked.expired ? 'expired' : locked?.status;
      if (!current || !allowed.includes(current))
        throw new Conflict(`A ${current} job cannot be ${verb}; allowed from: ${allowed.join(', ')}`);
      await apply(q, job);
    });
    return toJobOut((await jobsRepo.byId(db, id))!, true);
  }

  return {
    async create(user: AuthUser, body: JobBody, key?: string): Promise<JobOut> {
      const mine = await companies.mine(user);
      const company = body.company_id ? mine.find((c) => c.id === body.company_id) : mine[0];
      if (!company)
        throw new Invalid([
          {
            field: 'company_id',
            message: body.company_id ? 'is not a company you belong to' : 'create your company profile first',
          },
        ]);
      const write = await normalise(body);
      const id = await db.tx(async (q) => {
        const jobId = key
          ? await jobsRepo.insertOnce(q, company.id, user.id, write, key)
          : await jobsRepo.insert(q, company.id, user.id, write);
        if (jobId !== undefined && body.status === 'published')
          await goLive(q, jobId, company.id, write, 'fresh');
        return jobId;
      });
      if (id === undefined) throw new Conflict('This Idempotency-Key was already used');
      return toJobOut((await jobsRepo.byId(db, id))!, true);
    },

    /**
     * POST /jobs with an Idempotency-Key: the first request creates the job; a retry with the same
     * key (the response was lost, the instance died) gets that job back with `created: false`.
     */
    async createOnce(user: AuthUser, body: JobBody, key: string): Promise<{ created: boolean; job: JobOut }> {
      const earlier = await jobsRepo.idByKey(db, user.id, key);
      if (earlier !== undefined)
        return { created: false, job: toJobOut((await jobsRepo.byId(db, earlier))!, true) };
      try {
        return { created: true, job: await this.create(user, body, key) };
      } catch (err) {
        // Lost a race with a concurrent twin, which has committed by now.
        const winner = await jobsRepo.idByKey(db, user.id, key);
        if (winner === undefined) throw err;
        return { created: false, job: toJobOut((await jobsRepo.byId(db, winner))!, true) };
      }
    },

    async update(user: AuthUser, id: number, patch: JobPatch): Promise<JobOut> {
      const job = await ownJob(user, id);
      if (job.status === 'closed') throw new Conflict('A closed job cannot be edited; duplicate it instead');
      const merged = { ...job, ...patch } as unknown as JobPatch & JobWrite;
      const write = await normalise(merged, job.interview);
      await db.tx(async (q) => {
        await jobsRepo.update(q, id, write);
        // An edit to a live job is screened again: a scam must not slip in after approval.
        if (job.status === 'published' || job.status === 'held')
          await goLive(q, id, job.company_id, write, undefined);
      });
      return toJobOut((await jobsRepo.byId(db, id))!, true);
    },

    publish(user: AuthUser, id: number): Promise<JobOut> {
      return transition(
        user,
        id,
        ['draft', 'paused', 'expired'],
        async (q, job) => {
          const rank = (await taxonomy.educationRank(job.education_min)) ?? 0;
          // A resumed job keeps its posting date; a draft or an expired one is posted afresh.
          await goLive(
            q,
            id,
            job.company_id,
            rowToWrite(job, rank),
            job.status === 'paused' ? 'renew' : 'fresh',
          );
        },
        'published',
      );
    },
    pause(user: AuthUser, id: number): Promise<JobOut> {
      return transition(
        user,
        id,
        ['published'],
        (q) => jobsRepo.setStatus(q, id, { status: 'paused' }),
        'paused',
      );
    },
    /** `filled`: the employer hired for it (counts towards time-to-fill); otherwise just closed. */
    close(user: AuthUser, id: number, reason: 'filled' | 'employer' = 'employer'): Promise<JobOut> {
      return transition(
        user,
        id,
        ['draft', 'published', 'paused', 'expired', 'held'],
        (q) => jobsRepo.setStatus(q, id, { status: 'closed', closedReason: reason }),
        'closed',
      );
    },
    /**
     * Undo of the employer's own close, within REOPEN_WINDOW_MS: a job that was never posted goes
     * back to draft; one that was live goes through the screen again (keeping its expiry date).
     * A close by moderators or by the lifecycle sweeps is not the employer's to undo.
     */
    async reopen(user: AuthUser, id: number): Promise<JobOut> {
      return transition(
        user,
        id,
        ['closed'],
        async (q, job) => {
          const closedAt = job.closed_at ? new Date(job.closed_at).getTime() : 0;
          if (
            !['employer', 'filled'].includes(job.closed_reason ?? '') ||
            Date.now() - closedAt > REOPEN_WINDOW_MS
          )
            throw new Conflict('This job can no longer be reopened; duplicate it instead');
          await jobsRepo.clearClose(q, id);
          if (!job.posted_at) return jobsRepo.setStatus(q, id, { status: 'draft' });
          const rank = (await taxonomy.educationRank(job.education_min)) ?? 0;
          await goLive(q, id, job.company_id, rowToWrite(job, rank), undefined);
        },
        'reopened',
      );
    },
    /** A dashboard tab: one page of the caller's jobs in that tab, and the size of every tab. */
    async tabOfMine(
      user: AuthUser,
      tab: JobTab,
      page: { limit: number; offset: number },
    ): Promise<{ jobs: JobOut[]; counts: Record<JobTab, number> }> {
      const ids = (await companies.mine(user)).map((c) => c.id);
      const counts = { live: 0, review: 0, draft: 0, closed: 0 } as Record<JobTab, number>;
      if (!ids.length) return { jobs: [], counts };
      const byStatus = await jobsRepo.countByStatus(db, ids);
      for (const [t, statuses] of Object.entries(TAB_STATUSES) as [JobTab, string[]][])
        counts[t] = statuses.reduce((n, s) => n + (byStatus.get(s) ?? 0), 0);
      const rows = await jobsRepo.pageOfTab(db, ids, TAB_STATUSES[tab], page.limit, page.offset);
      return { jobs: rows.map((j) => toJobOut(j, true)), counts };
    },
    /** The ids of the caller's jobs in each dashboard tab (for figures summed per tab). */
    async idsByTabOfMine(user: AuthUser): Promise<Record<JobTab, number[]>> {
      const out = { live: [], review: [], draft: [], closed: [] } as Record<JobTab, number[]>;
      const ids = (await companies.mine(user)).map((c) => c.id);
      if (!ids.length) return out;
      for (const j of await jobsRepo.statusOfEach(db, ids))
        for (const [t, statuses] of Object.entries(TAB_STATUSES) as [JobTab, string[]][])
          if (statuses.includes(j.status)) out[t].push(j.id);
      return out;
    },
    /** A draft copy of the job, owned by the same company, for the next round of hiring. */
    async duplicate(user: AuthUser, id: number): Promise<JobOut> {
      await ownJob(user, id);
      const copy = await jobsRepo.duplicate(db, id, user.id);
      if (!copy) throw new NotFound('Job');
      return toJobOut((await jobsRepo.byId(db, copy))!, true);
    },
    /**
     * Inside the caller's transaction (a hire): closes a live, paused or held job with reason
     * 'filled' once `hires()` (counted after the job row is locked) reaches its openings.
     */
    async closeIfFilled(q: Queryable, id: number, hires: () => Promise<number>): Promise<boolean> {
      const locked = await jobsRepo.lockStatus(q, id);
      if (!locked || locked.status === 'closed' || locked.status === 'draft') return false;
      const job = await jobsRepo.byId(q, id);
      if (!job || (await hires()) < job.openings) return false;
      await jobsRepo.setStatus(q, id, { status: 'closed', closedReason: 'filled' });
      return true;
    },
    renew(user: AuthUser, id: number): Promise<JobOut> {
      return transition(
        user,
        id,
        ['published', 'expired'],
        (q) => jobsRepo.setStatus(q, id, { status: 'published', clock: 'renew' }),
        'renewed',
      );
    },

    /** The employer says a live job is still open: clears a re-confirm request, restarts the idle clock. */
    reconfirm(user: AuthUser, id: number): Promise<JobOut> {
      return transition(user, id, ['published'], (q) => jobsRepo.reconfirm(q, id), 're-confirmed');
    },
    /** An employer acted on the job (stage move, call, interview...): a pending request is answered. */
    async clearReconfirm(id: number): Promise<void> {
      await jobsRepo.clearReconfirm(db, id);
    },

    /**
     * Trust decisions that bypass the owner's lifecycle (moderators, seeker reports, bans), inside the
     * caller's transaction: hold for review, approve (publish without screening) or reject (close).
     * Returns the status before the change, or undefined when there is no such job.
     */
    async moderate(
      q: Queryable,
      id: number,
      action: 'hold' | 'approve' | 'reject',
      moderation: Screening,
    ): Promise<string | undefined> {
      const locked = await jobsRepo.lockStatus(q, id);
      if (!locked) return undefined;
      if (action === 'hold') {
        // Only what a seeker could see (or its owner could resume) needs holding.
        if (['published', 'paused', 'held'].includes(locked.status))
          await jobsRepo.setStatus(q, id, { status: 'held', moderation });
      } else if (action === 'reject') {
        await jobsRepo.setStatus(q, id, { status: 'closed', moderation, closedReason: 'moderation' });
      } else if (locked.status === 'held') {
        const job = await jobsRepo.byId(q, id);
        await jobsRepo.setStatus(q, id, {
          status: 'published',
          moderation,
          clock: job?.posted_at ? 'renew' : 'fresh',
        });
      } else {
        // A live or paused job that was only flagged keeps its status; the flag goes.
        await jobsRepo.setStatus(q, id, { status: locked.status, moderation });
      }
      return locked.status;
    },

    /** Ids of every job of these companies that is live, paused or held (a ban holds them all). */
    async liveIdsOf(q: Queryable, companyIds: string[]): Promise<number[]> {
      if (!companyIds.length) return [];
      const rows = await jobsRepo.byCompanies(q, companyIds, 10000);
      return rows
        .filter((j) => ['published', 'expired', 'paused', 'held'].includes(j.status))
        .map((j) => j.id);
    },

    /** Import: the same rules as create (shape aside), without writing anything. */
    validate: (body: JobBody, stored?: JobWrite['interview']): Promise<JobWrite> => normalise(body, stored),
    /**
     * The business problems (salary order, walk-in days, taxonomy) of an edit the schema refused,
     * checked on the caller's own job with the edit laid over it, so an edit is fixed in one round
     * too. A stranger's job is 404 here as everywhere; a body that cannot be checked adds nothing.
     */
    async editProblems(user: AuthUser, id: number, patch: unknown): Promise<FieldError[]> {
      const job = await ownJob(user, id);
      if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return [];
      try {
        await normalise({ ...job, ...patch } as unknown as JobPatch & JobWrite, job.interview);
        return [];
      } catch (err) {
        return err instanceof Invalid ? (err.errors ?? []) : [];
      }
    },
    /** Import: validated jobs of one company in one transaction; published ones go live now. */
    async importBatch(
      companyId: string,
      batch: { write: JobWrite; status: 'draft' | 'published' }[],
    ): Promise<void> {
      const now = new Date();
      const expires = new Date(now.getTime() + 30 * 86_400_000).toISOString();
      await db.tx(async (q) => {
        const rows = [];
        for (const { write, status } of batch) {
          // Imported jobs pass the same screen as posted ones: a scam in a CSV is held too.
          const verdict =
            status === 'published' ? await screen({ ...write, company_id: companyId }, q) : undefined;
          const live = status === 'published' && verdict?.state !== 'held';
          rows.push({
            ...write,
            company_id: companyId,
            status: verdict?.state === 'held' ? 'held' : status,
            posted_at: live ? now.toISOString() : null,
            expires_at: live ? expires : null,
            created_at: now.toISOString(),
            moderation_state: verdict?.state ?? 'clear',
            moderation_reasons: verdict?.reasons ?? [],
            moderation_rules: verdict?.codes ?? [],
          });
        }
        await jobsRepo.insertMany(q, rows);
      });
    },
    /** Export: every job in id order (owner view), `limit` at a time after `afterId`. */
    async exportPage(afterId: number, limit: number): Promise<JobOut[]> {
      return (await jobsRepo.pageAfter(db, afterId, limit)).map((j) => toJobOut(j, false));
    },

    /** A job as the viewer may see it: public statuses for all; the rest for members and admins. */
    async get(viewer: Viewer, id: number): Promise<JobOut> {
      return (await visible(viewer, id)).job;
    },
    /**
     * A job that was live and is now held for the moderators (reports, a re-screen): its page says
     * "being checked" instead of "not found". Never-published held jobs stay unknown to the public.
     */
    async underReview(id: number): Promise<boolean> {
      const job = await jobsRepo.byId(db, id);
      return job?.status === 'held' && job.posted_at !== null;
    },
    /** Many jobs as `get` shows them to anyone (public statuses), in one query; the rest are absent. */
    async many(ids: number[]): Promise<Map<number, JobOut>> {
      const rows = (await jobsRepo.byIds(db, [...new Set(ids)])).filter((j) => PUBLIC_STATUSES.has(j.status));
      return new Map(rows.map((j) => [j.id, toJobOut(j, false)]));
    },
    /**
     * The job page or API read by a person: as `get`, and counted as one view of the day unless
     * the viewer is its own company (or an admin). One upsert, no in-process counter.
     */
    async view(viewer: Viewer, id: number): Promise<JobOut> {
      const { job, privileged } = await visible(viewer, id);
      if (!privileged) await jobViewsRepo.record(db, id);
      return job;
    },
    /** Views a day over the last `days` India days, oldest first (the dashboard's trend). */
    viewsByDay: (id: number, days: number) => jobViewsRepo.daily(db, id, days),
    /** All-time views of each job (the dashboard's cards). */
    viewTotals: (ids: number[]) => jobViewsRepo.totals(db, ids),
    /** Who answers for a live job (its poster, or the company owner for a loaded job): the recruiter a
     * seeker's masked call reaches; null if not live. */
    async posterOf(id: number): Promise<{ userId: string; companyId: string } | null> {
      const row = await jobsRepo.livePoster(db, id);
      return row ? { userId: row.created_by, companyId: row.company_id } : null;
    },
    /** The job for a member of its company (or an admin); anyone else gets 404. */
    async forMember(user: AuthUser, id: number): Promise<JobOut> {
      return toJobOut(await ownJob(user, id), true);
    },

    /** Re-derives the concepts of jobs written with another vocabulary, in batches (queue + CLI). */
    refreshConcepts: (opts?: { batch?: number; afterId?: number; deadline?: number }) =>
      refreshJobConcepts(db, opts),
    /** The same, resumed where the last run stopped and remembered (the jobs-concepts queue). */
    resumeConcepts: (deadline: number, batch?: number) => resumeJobConcepts(db, deadline, batch),

    async listMine(user: AuthUser): Promise<JobOut[]> {
      const mine = await companies.mine(user);
      if (!mine.length) return [];
      return (
        await jobsRepo.byCompanies(
          db,
          mine.map((c) => c.id),
        )
      ).map((j) => toJobOut(j, true));
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
