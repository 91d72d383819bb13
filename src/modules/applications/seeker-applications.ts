// The seeker's side of applying: apply once to a live job (a double tap or 50 concurrent requests
// get the one application back), withdraw, apply again, and "My applications" with its history.
// Never shows a recruiter's note; the employer's side (applicants, stage moves) is applications.service.ts.
import type { Db } from '../../shared/db/db.ts';
import { Conflict, Forbidden, NotFound } from '../../shared/errors.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { JobsService } from '../jobs/index.ts';
import type { ApplicationInterviews } from './application-interviews.ts';
import { type ApplicationRow, applicationsRepo, type EventRow } from './applications.repo.ts';
import type { ApplicationOut } from './applications.schema.ts';

/**
 * The history as the seeker reads it (API, web, export): each stage move with who made it and
 * when. A note stays between the recruiters, so it is left out, and so is an entry that only
 * added a note (the same stage again, a call outcome that kept the stage).
 */
const seekerHistory = (events: EventRow[]) =>
  events
    .filter((e) => e.from_stage !== e.to_stage)
    .map((e) => ({ from: e.from_stage, to: e.to_stage, by: e.actor_role, at: e.created_at.toISOString() }));

export function createSeekerApplications(
  db: Db,
  deps: {
    jobs: JobsService;
    /** Applications whose latest employer move is still inside its undo window (message held). */
    movesOnHold: (applicationIds: number[]) => Promise<Map<number, number>>;
    /** A withdrawal cancels the interviews still to come (hiring owns them). */
    interviews: ApplicationInterviews;
  },
) {
  const { jobs, movesOnHold } = deps;

  /**
   * A move the employer may still take back is not the seeker's news yet: until its message goes,
   * the seeker reads the stage, date and history from before it (so an undone rejection was never
   * seen). `held` is how many of the latest employer moves still hold their message back.
   */
  function asSeekerSees(r: ApplicationRow, all: EventRow[], held: number) {
    let events = all;
    let stage = r.stage;
    let updated = r.updated_at;
    for (let left = held; left > 0; left--) {
      const last = events.filter((e) => e.from_stage !== e.to_stage).at(-1);
      if (!last || last.actor_role === 'seeker' || last.to_stage !== stage || !last.from_stage) break;
      events = events.filter((e) => e !== last);
      stage = last.from_stage;
      updated = events.at(-1)?.created_at ?? r.created_at;
    }
    return { stage, updated_at: updated, events };
  }

  /** Applications as their seeker sees them (every caller is the seeker or the seeker's export). */
  async function toOut(rows: ApplicationRow[]): Promise<ApplicationOut[]> {
    const events = await applicationsRepo.eventsOf(
      db,
      rows.map((r) => r.id),
    );
    // The page's jobs at once; a job no longer public shows as applied, with status 'unavailable'.
    const live = await jobs.many(rows.map((r) => r.job_id));
    const held = await movesOnHold(rows.map((r) => r.id));
    return rows.map((r) => {
      const job = live.get(r.job_id);
      const seen = asSeekerSees(r, events.get(r.id) ?? [], held.get(r.id) ?? 0);
      return {
        id: r.id,
        job: {
          id: r.job_id,
          title: job?.title ?? r.job_title,
          company: { id: r.company_id, name: job?.company.name ?? r.company_name },
          status: job?.status ?? 'unavailable',
          locality_name: job?.locality_name ?? null,
          city_name: job?.city_name ?? null,
        },
        stage: seen.stage,
        created_at: r.created_at.toISOString(),
        updated_at: seen.updated_at.toISOString(),
        history: seekerHistory(seen.events),
      };
    });
  }

  /** A withdrawn application applied to again becomes active again, with the step in its history. */
  async function reopen(user: AuthUser, existing: ApplicationRow): Promise<ApplicationOut> {
    if (existing.stage !== 'withdrawn') return (await toOut([existing]))[0]!;
    await db.tx(async (q) => {
      const row = await applicationsRepo.byId(q, existing.id, true);
      if (row?.stage !== 'withdrawn') return;
      await applicationsRepo.setStage(q, row.id, 'applied');
      await applicationsRepo.insertEvent(q, {
        applicationId: row.id,
        actorId: user.id,
        actorRole: 'seeker',
        from: 'withdrawn',
        to: 'applied',
        note: null,
      });
    });
    return (await toOut([(await applicationsRepo.byId(db, existing.id))!]))[0]!;
  }

  return {
    /** Applies once. `created` is false when the seeker already had an application to this job. */
    async apply(
      user: AuthUser,
      jobId: number,
      key?: string,
    ): Promise<{ created: boolean; application: ApplicationOut }> {
      if (user.role !== 'seeker') throw new Forbidden('Only job seeker accounts can apply to jobs');
      const existing = await applicationsRepo.bySeekerAndJob(db, user.id, jobId);
      if (existing) return { created: false, application: await reopen(user, existing) };
      // Drafts, held and paused jobs are invisible to seekers: 404, never a hint they exist.
      const job = await jobs.get({ user: null }, jobId);
      if (job.status !== 'published')
        throw new Conflict(`This job is ${job.status} and no longer takes applications`, [
          { field: 'job', message: `is ${job.status}` },
        ]);
      const row = await db.tx(async (q) => {
        const inserted = await applicationsRepo.insert(q, {
          jobId,
          companyId: job.company.id,
          seekerId: user.id,
          jobTitle: job.title,
          companyName: job.company.name,
          key: key ?? null,
        });
        if (inserted)
          await applicationsRepo.insertEvent(q, {
            applicationId: inserted.id,
            actorId: user.id,
            actorRole: 'seeker',
            from: null,
            to: 'applied',
            note: null,
          });
        return inserted;
      });
      if (row) return { created: true, application: (await toOut([row]))[0]! };
      // Lost a race with a concurrent apply (the winner has committed), or the key was used before.
      const winner = await applicationsRepo.bySeekerAndJob(db, user.id, jobId);
      if (winner) return { created: false, application: (await toOut([winner]))[0]! };
      throw new Conflict('This Idempotency-Key was already used for an application to another job', [
        { field: 'Idempotency-Key', message: 'was already used for another job' },
      ]);
    },

    reopen,

    async withdraw(user: AuthUser, id: number): Promise<ApplicationOut> {
      const row = await applicationsRepo.byId(db, id);
      if (!row || row.seeker_id !== user.id) throw new NotFound('Application');
      if (row.stage === 'hired')
        throw new Conflict('You were hired for this job; ask the employer to change it');
      await db.tx(async (q) => {
        const locked = await applicationsRepo.byId(q, id, true);
        if (!locked || locked.stage === 'withdrawn') return;
        await applicationsRepo.setStage(q, id, 'withdrawn');
        // A withdrawal cancels the interviews still to come (the employer's card offers no change).
        await deps.interviews.cancelUpcoming(q, [id]);
        await applicationsRepo.insertEvent(q, {
          applicationId: id,
          actorId: user.id,
          actorRole: 'seeker',
          from: locked.stage,
          to: 'withdrawn',
          note: null,
        });
      });
      return (await toOut([(await applicationsRepo.byId(db, id))!]))[0]!;
    },

    /**
     * Undoes the seeker's own withdrawal: the application goes back to the stage it had (shortlisted
     * stays shortlisted), as long as the withdrawal is the last thing that happened to it.
     */
    async undoWithdraw(user: AuthUser, id: number): Promise<ApplicationOut> {
      const row = await applicationsRepo.byId(db, id);
      if (!row || row.seeker_id !== user.id) throw new NotFound('Application');
      await db.tx(async (q) => {
        const locked = await applicationsRepo.byId(q, id, true);
        if (locked?.stage !== 'withdrawn') return;
        const last = (await applicationsRepo.eventsOf(q, [id])).get(id)?.at(-1);
        if (!last || last.to_stage !== 'withdrawn' || last.actor_role !== 'seeker' || !last.from_stage)
          throw new Conflict('This application can no longer be restored; apply again instead');
        await applicationsRepo.setStage(q, id, last.from_stage);
        // The withdrawal cancelled the interviews still to come; taking it back puts them back.
        await deps.interviews.restoreCancelledSince(q, [id], last.created_at);
        await applicationsRepo.insertEvent(q, {
          applicationId: id,
          actorId: user.id,
          actorRole: 'seeker',
          from: 'withdrawn',
          to: last.from_stage,
          note: null,
        });
      });
      return (await toOut([(await applicationsRepo.byId(db, id))!]))[0]!;
    },

    /** The seeker's live (not withdrawn) applications among these jobs: job id -> when and which. */
    async appliedAmong(
      user: AuthUser | null | undefined,
      jobIds: number[],
    ): Promise<Map<number, { id: number; stage: string; applied_at: string }>> {
      if (user?.role !== 'seeker') return new Map();
      const rows = await applicationsRepo.mineAmong(db, user.id, jobIds);
      return new Map(
        rows
          .filter((r) => r.stage !== 'withdrawn')
          .map((r) => [r.job_id, { id: r.id, stage: r.stage, applied_at: r.created_at.toISOString() }]),
      );
    },

    async listMine(user: AuthUser): Promise<ApplicationOut[]> {
      if (user.role !== 'seeker') return [];
      return toOut(await applicationsRepo.bySeeker(db, user.id));
    },

    async appliedJobIds(seekerId: string): Promise<number[]> {
      return applicationsRepo.appliedJobIds(db, seekerId);
    },

    async exportOf(userId: string): Promise<ApplicationOut[]> {
      return toOut(await applicationsRepo.bySeeker(db, userId, 10_000));
    },

    async eraseSeeker(userId: string): Promise<void> {
      await db.tx((q) => applicationsRepo.anonymiseSeeker(q, userId));
    },
  };
}
