// The employer's side of applications: a job's applicants for its company's members (phones
// masked by seekers, each one shown recorded), stage moves one at a time or in bulk, each kept in
// the history and told to the seeker. The seeker's side (apply, withdraw, My applications) is
// seeker-applications.ts; this service offers both.
import type { Db } from '../../shared/db/db.ts';
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from '../../shared/errors.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { CompaniesService } from '../companies/index.ts';
import type { JobOut, JobsService } from '../jobs/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { type PrivacyService, PURPOSES } from '../privacy/index.ts';
import type { SeekersService } from '../seekers/index.ts';
import type { SkillsService } from '../skills/index.ts';
import { applicantMatch, educationRank } from './applicant-match.ts';
import type { ApplicationInterviews } from './application-interviews.ts';
import { type ApplicationRow, applicationsRepo, type EventRow } from './applications.repo.ts';
import {
  type Applicant,
  type ApplicantFilter,
  EMPLOYER_STAGES,
  type Stage,
  type StageBody,
} from './applications.schema.ts';
import { createSeekerApplications } from './seeker-applications.ts';

const ALL_STAGES: Stage[] = [...EMPLOYER_STAGES, 'withdrawn'];

/** An applicant a bulk move left where they were, and why. */
export interface BulkLeft {
  id: number;
  reason: 'hired' | 'rejected' | 'withdrawn' | 'erased' | 'interview';
}

/**
 * Stages a bulk move may not take someone with an interview still to come back to: the booked time
 * would stay on a card that no longer says Interview. Change or cancel it from the card first.
 */
export const BEFORE_INTERVIEW: readonly string[] = ['applied', 'shortlisted'];

/**
 * How long an employer may take back a stage move. The seeker's message about the move waits as
 * long (held in the outbox, dropped by the undo), so a rejection undone in time is never heard of.
 */
export const UNDO_SECONDS = 300;
/** The outbox key of the message a stage move of this application is holding. */
const stageMessageKey = (applicationId: number) => `application-stage:${applicationId}`;

/** The history as the company's members read it, notes included. */
const history = (events: EventRow[]) =>
  events.map((e) => ({
    from: e.from_stage,
    to: e.to_stage,
    by: e.actor_role,
    note: e.note,
    at: e.created_at.toISOString(),
  }));

export function createApplicationsService(
  db: Db,
  deps: {
    jobs: JobsService;
    companies: CompaniesService;
    seekers: SeekersService;
    notifications: NotificationsService;
    skills: SkillsService;
    /** The contact-view audit: every applicant phone or resume shown to an employer is recorded. */
    privacy: PrivacyService;
    /** Told of every employer move on a job: "last responded" and the re-confirm flag (hiring). */
    onEmployerAction: (jobId: number) => Promise<void>;
    /** The interviews of these applications (hiring owns the table): booked ones, and cancelling them. */
    interviews: ApplicationInterviews;
  },
) {
  const { jobs, companies, seekers, notifications, skills, privacy, onEmployerAction } = deps;
  /** How many of each application's latest moves still hold their message (each could be undone). */
  const movesOnHold = async (ids: number[]) => {
    if (!notifications) return new Map<number, number>();
    const held = await notifications.heldCounts(ids.map(stageMessageKey));
    return new Map(ids.map((id) => [id, held.get(stageMessageKey(id)) ?? 0]));
  };
  const seekerSide = createSeekerApplications(db, { jobs, movesOnHold, interviews: deps.interviews });

  /** The job, for a member of its company (or an admin); other employers get 404, seekers 403. */
  async function jobForEmployer(user: AuthUser, jobId: number): Promise<JobOut> {
    if (user.role !== 'employer' && user.role !== 'admin')
      throw new Forbidden('Only employers see applicants');
    const job = await jobs.get({ user }, jobId);
    if (user.role !== 'admin')
      await companies.assertMember(user, job.company.id).catch(() => {
        throw new NotFound('Job');
      });
    return job;
  }

  /** Records the phones an employer is about to see (applicants whose number is not masked). */
  async function auditPhones(user: AuthUser, shown: Applicant[], companyId: string, purpose: string) {
    if (!privacy) return;
    // An admin sees every company's applicants: each read also goes to the admin audit trail.
    if (user.role === 'admin')
      await privacy.recordAdminReads(
        user.id,
        shown.flatMap((a) =>
          a.seeker && !a.seeker.phone_masked
            ? [
                {
                  subjectUserId: a.seeker.id,
                  field: 'phone' as const,
                  purpose: `${purpose} (job applicants)`,
                },
              ]
            : [],
        ),
      );
    await privacy.recordContactViews(
      shown.flatMap((a) =>
        a.seeker && !a.seeker.phone_masked
          ? [
              {
                viewerId: user.id,
                subjectUserId: a.seeker.id,
                field: 'phone' as const,
                purpose,
                companyId,
                applicationId: a.id,
              },
            ]
          : [],
      ),
    );
  }
  /** The application, for a member of its company (or an admin); others get 404. */
  async function asEmployer(user: AuthUser, id: number): Promise<ApplicationRow> {
    const row = await applicationsRepo.byId(db, id);
    if (!row) throw new NotFound('Application');
    if (user.role === 'admin') return row;
    if (user.role !== 'employer') throw new NotFound('Application');
    await companies.assertMember(user, row.company_id).catch(() => {
      throw new NotFound('Application');
    });
    return row;
  }

  return {
    ...seekerSide,

    /**
     * A job's applicants for its company's members. Applying to that employer reveals the phone;
     * each phone shown is written to the contact-view audit unless `audit: false` (internal callers
     * that only check access or discard the list).
     */
    async listForJob(
      user: AuthUser,
      jobId: number,
      filter: ApplicantFilter = {},
      /** `only`: build the card of this one application (a stage move), not every applicant's. */
      opts: { audit?: boolean; only?: number } = {},
    ): Promise<{ items: Applicant[]; total: number }> {
      const job = await jobForEmployer(user, jobId);
      const from = filter.applied_from ? Date.parse(filter.applied_from) : undefined;
      const to = filter.applied_to ? Date.parse(filter.applied_to) + 86_400_000 : undefined;
      const rows = (await applicationsRepo.byJob(db, jobId)).filter(
        (r) =>
          (opts.only === undefined || r.id === opts.only) &&
          (!filter.stage || r.stage === filter.stage) &&
          (from === undefined || r.created_at.getTime() >= from) &&
          (to === undefined || r.created_at.getTime() < to),
      );
      const active = new Set(rows.filter((r) => r.stage !== 'withdrawn').map((r) => r.seeker_id));
      const seekerIds = rows.flatMap((r) => (r.seeker_id ? [r.seeker_id] : []));
      // The whole page's profiles and accounts at once: a job with 300 applicants is not 600 queries.
      const { cards, profiles } = await seekers.applicants(seekerIds, (seekerId) => active.has(seekerId));
      const fits = (seekerId: string | null) => {
        const p = seekerId ? profiles.get(seekerId) : undefined;
        if (filter.experience_min !== undefined && (p?.experience_years ?? -1) < filter.experience_min)
          return false;
        if (filter.education && educationRank(p?.education) < educationRank(filter.education)) return false;
        if (filter.language && !p?.languages.some((l) => l.language === filter.language)) return false;
        return true;
      };
      const holders =
        filter.badge && skills
          ? await skills.withBadgeAmong(seekerIds, { kind: filter.badge, minScore: filter.badge_min ?? 0 })
          : undefined;
      const shown = rows.filter(
        (r) => fits(r.seeker_id) && (!filter.badge || (r.seeker_id !== null && holders?.has(r.seeker_id))),
      );
      const badges = skills
        ? await skills.badgesOfMany(shown.flatMap((r) => (r.seeker_id ? [r.seeker_id] : [])))
        : new Map();
      const events = await applicationsRepo.eventsOf(
        db,
        shown.map((r) => r.id),
      );
      const items = shown.map((r) => {
        const card = r.seeker_id ? cards.get(r.seeker_id) : undefined;
        const p = r.seeker_id ? profiles.get(r.seeker_id) : undefined;
        return {
          match: applicantMatch(job, p),
          experience_years: p?.experience_years ?? null,
          education: p?.education ?? null,
          badges: (r.seeker_id ? badges.get(r.seeker_id) : undefined) ?? [],
          id: r.id,
          job_id: r.job_id,
          stage: r.stage,
          created_at: r.created_at.toISOString(),
          updated_at: r.updated_at.toISOString(),
          seeker:
            card && r.seeker_id
              ? {
                  id: r.seeker_id,
                  name: card.name,
                  phone: card.phone,
                  phone_masked: card.phone_masked,
                  has_resume: card.has_resume,
                }
              : null,
          history: history(events.get(r.id) ?? []),
        };
      });
      if (filter.sort === 'match') items.sort((a, b) => b.match.score - a.match.score);
      if (opts.audit !== false) await auditPhones(user, items, job.company.id, PURPOSES.applicantList);
      return { total: await applicationsRepo.countByJob(db, jobId), items };
    },

    /** Moves one applicant; the returned card (with the phone) is audited unless `audit: false`. */
    async moveStage(
      user: AuthUser,
      id: number,
      body: StageBody,
      opts: {
        audit?: boolean;
        /** The caller tells the seeker itself, at once (an interview invite): no held stage message. */
        quiet?: boolean;
      } = {},
    ): Promise<Applicant> {
      const row = await asEmployer(user, id);
      let moved: string | null = null;
      await db.tx(async (q) => {
        const locked = await applicationsRepo.byId(q, id, true);
        if (!locked) throw new NotFound('Application');
        if (locked.stage === 'withdrawn')
          throw new Conflict('The seeker withdrew this application', [
            { field: 'stage', message: 'application was withdrawn' },
          ]);
        if (!locked.seeker_id) throw new Conflict('The seeker erased their account');
        if (locked.stage !== body.stage) await applicationsRepo.setStage(q, id, body.stage);
        // A rejection cancels the interviews still to come, in the same transaction as the move.
        if (body.stage === 'rejected' && locked.stage !== 'rejected')
          await deps.interviews.cancelUpcoming(q, [id]);
        moved = locked.stage !== body.stage ? locked.seeker_id : null;
        // The hire that fills the last opening closes the job (reason 'filled'). The job row is
        // locked before counting, so two hires at once cannot both miss the last one.
        if (body.stage === 'hired' && locked.stage !== 'hired')
          await jobs.closeIfFilled(q, locked.job_id, () => applicationsRepo.hiredCount(q, locked.job_id));
        // The same stage again without a note (a retried request, a double tap) changes nothing.
        if (!moved && !body.note?.trim()) return;
        await applicationsRepo.insertEvent(q, {
          applicationId: id,
          actorId: user.id,
          actorRole: user.role,
          from: locked.stage,
          to: body.stage,
          note: body.note?.trim() || null,
        });
      });
      await onEmployerAction(row.job_id);
      // The seeker hears of every move (outbox), once the undo window has passed; a note stays
      // between the recruiters.
      // A quiet move (an interview invite) commits the earlier moves too: their held messages go now,
      // so no undo can take back a move the seeker has already been invited on.
      // A hire cannot be undone either: it commits the earlier moves and its message is not held.
      const final = opts.quiet || body.stage === 'hired';
      if (moved && final) await notifications.releaseHeld(stageMessageKey(id));
      if (moved && !opts.quiet)
        await notifications.notify(
          moved,
          'applicationStage',
          {
            job: row.job_title,
            company: row.company_name,
            stage: body.stage,
            labels: { stage: `hiringMessages.stage.${body.stage}` },
          },
          final ? {} : { hold: { seconds: UNDO_SECONDS, key: stageMessageKey(id) } },
        );
      const { items } = await this.listForJob(user, row.job_id, {}, { audit: false, only: id });
      const out = items.find((a) => a.id === id);
      if (!out) throw new NotFound('Application');
      if (opts.audit !== false) await auditPhones(user, [out], row.company_id, PURPOSES.stageMove);
      return out;
    },

    /**
     * Takes back the latest stage move within UNDO_SECONDS, as if it never happened: the application
     * returns to the stage it came from, the move leaves the history (the seeker's too) and the
     * seeker's message about it, still held in the outbox, is dropped. Only a move whose message is
     * still waiting can be undone (not a hire, which may have closed the job; not a seeker's
     * withdrawal); a bulk move holds each message too, so each of its applicants can be undone: else 409.
     */
    async undoMove(user: AuthUser, id: number): Promise<{ stage: Stage; undone: Stage }> {
      await asEmployer(user, id);
      const late = () =>
        new Conflict('This move can no longer be undone', [
          { field: 'stage', message: `only the latest move, within ${UNDO_SECONDS / 60} minutes` },
        ]);
      return db.tx(async (q) => {
        const locked = await applicationsRepo.byId(q, id, true);
        if (!locked) throw new NotFound('Application');
        const last = await applicationsRepo.lastMove(q, id, UNDO_SECONDS);
        if (
          !last?.recent ||
          !last.from_stage ||
          last.to_stage !== locked.stage ||
          last.actor_role === 'seeker' ||
          locked.stage === 'hired' ||
          locked.stage === 'withdrawn' ||
          !locked.seeker_id
        )
          throw late();
        // The move's message must still be waiting: then the seeker never hears of the move at all.
        if (!(await notifications.cancelHeld(stageMessageKey(id), q))) throw late();
        await applicationsRepo.setStage(q, id, last.from_stage);
        await applicationsRepo.deleteEvent(q, last.id);
        // A rejection cancelled the interviews still to come; its undo puts them back.
        if (locked.stage === 'rejected')
          await deps.interviews.restoreCancelledSince(q, [id], last.created_at);
        return { stage: last.from_stage as Stage, undone: locked.stage as Stage };
      });
    },

    /** Of these applications (already shown to the caller), those whose latest move can be undone. */
    async undoableOf(ids: number[]): Promise<Set<number>> {
      const held = await movesOnHold(ids);
      return new Set(ids.filter((id) => (held.get(id) ?? 0) > 0));
    },

    /** Dashboard figures of jobs the caller already owns (the hiring stats service checks). */
    async stageCounts(jobIds: number[]): Promise<Map<number, Record<Stage, number>>> {
      const out = new Map<number, Record<Stage, number>>();
      for (const id of jobIds)
        out.set(id, Object.fromEntries(ALL_STAGES.map((s) => [s, 0])) as Record<Stage, number>);
      for (const r of await applicationsRepo.stageCounts(db, jobIds)) {
        const counts = out.get(Number(r.job_id));
        if (counts && r.stage in counts) counts[r.stage as Stage] = r.n;
      }
      return out;
    },
    appliesByDay: (jobId: number, days: number) => applicationsRepo.appliesByDay(db, jobId, days),
    shortlistHours: (jobId: number) => applicationsRepo.shortlistHours(db, jobId),

    /**
     * An interview booked, moved or cancelled is news on the application: its "updated" date moves
     * (the seeker's My applications sorts and dates by it).
     */
    async touched(user: AuthUser, id: number): Promise<void> {
      await asEmployer(user, id);
      await applicationsRepo.touch(db, id);
    },

    /** Other hiring steps (calls, interviews) report an employer action on a job through here. */
    employerActed(jobId: number): Promise<void> {
      return onEmployerAction(jobId);
    },

    /** One application as its company's members see it (404 for anyone else): for interviews, calls. */
    async forEmployer(user: AuthUser, id: number): Promise<ApplicationRow> {
      return asEmployer(user, id);
    },

    /**
     * Shortlist or reject many at once: every id must be an application to this job, else nothing
     * moves. One transaction moves them all with one history entry each (as `moveStage` writes it),
     * closes a job its hires fill and writes each moved seeker's message to the outbox; withdrawn
     * applications and erased seekers are skipped, and so are hired and rejected applicants unless
     * `includeSettled` (the employer confirmed moving them too: a hire who did not join). `left` says
     * who was skipped and why; `changed` is who really changed stage (for the page and its undo).
     * A constant number of queries for any count.
     */
    async bulkMove(
      user: AuthUser,
      jobId: number,
      ids: number[],
      body: StageBody,
      opts: { includeSettled?: boolean } = {},
    ): Promise<{ moved: number; changed: number[]; left: BulkLeft[] }> {
      await jobForEmployer(user, jobId);
      const wanted = [...new Set(ids)];
      const ofJob = (r: ApplicationRow) => r.job_id === jobId;
      const found = (await applicationsRepo.byIds(db, wanted)).filter(ofJob);
      const known = new Set(found.map((r) => r.id));
      const foreign = ids.filter((id) => !known.has(id));
      if (foreign.length)
        throw new Invalid([{ field: 'ids', message: `not applications to this job: ${foreign.join(', ')}` }]);
      // Languages are read before the transaction: on PGlite a read outside it would wait for it.
      const seekerIds = found.flatMap((r) => (r.seeker_id ? [r.seeker_id] : []));
      const langs = notifications ? await notifications.languagesOf(seekerIds) : new Map<string, string>();
      const note = body.note?.trim() || null;
      const { moved, messages, rowsMoved, left } = await db.tx(async (q) => {
        const locked = (await applicationsRepo.byIds(q, wanted, true)).filter(ofJob);
        const booked = BEFORE_INTERVIEW.includes(body.stage)
          ? await deps.interviews.withUpcoming(q, wanted)
          : new Set<number>();
        const skipped = (r: ApplicationRow): BulkLeft['reason'] | null =>
          r.stage === 'withdrawn'
            ? 'withdrawn'
            : r.seeker_id === null
              ? 'erased'
              : !opts.includeSettled &&
                  r.stage !== body.stage &&
                  (r.stage === 'hired' || r.stage === 'rejected')
                ? r.stage
                : r.stage !== body.stage && booked.has(r.id)
                  ? 'interview'
                  : null;
        const order = new Map(wanted.map((id, i) => [id, i]));
        const left = locked
          .flatMap((r) => {
            const reason = skipped(r);
            return reason ? [{ id: r.id, reason }] : [];
          })
          .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
        const rows = locked.filter((r) => skipped(r) === null);
        const changed = rows.filter((r) => r.stage !== body.stage);
        await applicationsRepo.setStageMany(
          q,
          changed.map((r) => r.id),
          body.stage,
        );
        if (body.stage === 'rejected')
          await deps.interviews.cancelUpcoming(
            q,
            changed.map((r) => r.id),
          );
        // Counted once after every hire is written: the job closes iff it would have after the last one.
        if (body.stage === 'hired' && changed.length)
          await jobs.closeIfFilled(q, jobId, () => applicationsRepo.hiredCount(q, jobId));
        // The same stage again without a note changes nothing, as in `moveStage`.
        await applicationsRepo.insertEvents(
          q,
          rows
            .filter((r) => r.stage !== body.stage || note)
            .map((r) => ({
              applicationId: r.id,
              actorId: user.id,
              actorRole: user.role,
              from: r.stage,
              to: body.stage,
              note,
            })),
        );
        const messages = notifications
          ? await notifications.composeMany(
              q,
              changed.map((r) => ({
                userId: r.seeker_id!,
                template: 'applicationStage',
                data: {
                  job: r.job_title,
                  company: r.company_name,
                  stage: body.stage,
                  labels: { stage: `hiringMessages.stage.${body.stage}` },
                  lang: langs.get(r.seeker_id!) ?? 'en',
                },
                // Held like a single move's: each applicant's move may be undone from its card
                // (a hire cannot be undone, so its message is not held).
                ...(body.stage === 'hired'
                  ? {}
                  : { hold: { seconds: UNDO_SECONDS, key: stageMessageKey(r.id) } }),
              })),
            )
          : [];
        return { moved: rows.length, messages, rowsMoved: changed.map((r) => r.id), left };
      });
      if (moved) await onEmployerAction(jobId);
      if (body.stage === 'hired')
        for (const r of rowsMoved) await notifications.releaseHeld(stageMessageKey(r));
      const after = body.stage === 'hired' ? undefined : { afterSeconds: UNDO_SECONDS };
      for (const id of messages) await notifications.dispatch(id, after);
      return { moved, changed: rowsMoved, left };
    },

    /** The seeker's resume for the seeker, or for a member of a company they applied to. */
    async resumeFor(user: AuthUser, id: number): Promise<{ name: string; bytes: Buffer }> {
      const row = user.role === 'seeker' ? await applicationsRepo.byId(db, id) : await asEmployer(user, id);
      if (!row?.seeker_id || (user.role === 'seeker' && row.seeker_id !== user.id))
        throw new NotFound('Application');
      if (user.role !== 'seeker' && row.stage === 'withdrawn')
        throw new DomainError(403, 'Forbidden', 'The seeker withdrew this application');
      const file = await seekers.readResume(row.seeker_id);
      if (user.role === 'admin')
        await privacy.recordAdminReads(user.id, [
          { subjectUserId: row.seeker_id, field: 'resume', purpose: `resume of application ${row.id}` },
        ]);
      if (user.id !== row.seeker_id)
        await privacy.recordContactView(user.id, row.seeker_id, 'resume', PURPOSES.resumeDownload, {
          companyId: row.company_id,
          applicationId: row.id,
        });
      return file;
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
