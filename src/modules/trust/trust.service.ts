// The moderators' side of trust and safety: seeker reports, "who called me?", the queue, approve,
// reject and ban, each written to the audit log. Screening a posting lives in screening.service.ts
// (jobs depends on a screen; this service depends on jobs, never both ways). Never renders HTTP replies.
import type { Db } from '../../shared/db/db.ts';
import { Conflict, Invalid, NotFound } from '../../shared/errors.ts';
import { normalizeIndianMobile } from '../../shared/identifiers.ts';
import type { AuthUser } from '../accounts/index.ts';
import { inStep, type JobsService } from '../jobs/index.ts';
import { type MarkedSentence, markSentences } from './evidence-marks.ts';
import { isRejectCode, REJECT_CODES, REJECT_REASONS } from './reject-codes.ts';
import type { ReportReason } from './report-reasons.ts';
import { REPORTER_MIN_AGE_DAYS, REPORTS_TO_HOLD, type ScreeningService } from './screening.service.ts';
import { type QueueRow, trustRepo } from './trust.repo.ts';
import type { VerificationService } from './verification.service.ts';

/** Distinct seekers' open reports that pause a live job until a moderator looks. */
export { REPORTS_TO_HOLD } from './screening.service.ts';

export interface QueueItem {
  job: { id: number; title: string; status: string };
  /** The posting's text by sentence, each with the rules it set off (the queue marks those). */
  sentences: MarkedSentence[];
  company: { id: string; name: string; verified: boolean; banned: boolean };
  moderation: { state: string; reasons: string[]; codes: (string | null)[] };
  score: number | null;
  hits: { rule: string; weight: number; reason: string; evidence: string }[];
  reports: { open: number; reasons: Record<string, number> };
  updated_at: string;
}

const toQueueItem = (r: QueueRow): QueueItem => ({
  job: { id: r.id, title: r.title, status: r.status },
  sentences: markSentences(r.description, r.hits),
  company: { id: r.company_id, name: r.company_name, verified: r.company_verified, banned: r.company_banned },
  moderation: {
    state: r.moderation_state,
    reasons: r.moderation_reasons,
    codes: inStep(r.moderation_reasons, r.moderation_rules),
  },
  score: r.score,
  hits: r.hits,
  reports: { open: r.open_reports, reasons: r.report_reasons },
  updated_at: r.updated_at.toISOString(),
});

export function createTrustService(
  db: Db,
  deps: { jobs: JobsService; verification: VerificationService; screening: ScreeningService },
) {
  const { jobs, verification, screening } = deps;

  async function moderatable(admin: AuthUser, jobId: number) {
    const job = await jobs.get({ user: admin }, jobId);
    return job;
  }

  return {
    async report(
      seeker: AuthUser,
      jobId: number,
      body: { reason: ReportReason; detail?: string | null },
    ): Promise<{ job_id: number; reason: ReportReason; already_reported: boolean }> {
      // Only a job the seeker can see can be reported; others are 404 as for any viewer.
      await jobs.get({ user: seeker }, jobId);
      const detail = body.detail?.trim() || null;
      const added = await db.tx(async (q) => {
        const fresh = await trustRepo.addReport(q, {
          jobId,
          seekerId: seeker.id,
          reason: body.reason,
          detail,
        });
        if (!fresh) return false;
        // Open reports always reach the moderators' queue; they pause the job by themselves only
        // when enough come from established accounts and the company is not verified.
        const open = await trustRepo.reportsThatPause(q, jobId, REPORTER_MIN_AGE_DAYS);
        if (open.n >= REPORTS_TO_HOLD && !open.verified) {
          const summary = Object.entries(open.reasons)
            .map(([reason, n]) => `${reason} ×${n}`)
            .join(', ');
          const before = await jobs.moderate(q, jobId, 'hold', {
            state: 'held',
            reasons: [`Paused after ${open.n} seeker reports (${summary}).`],
            codes: [null],
          });
          if (before === 'published')
            await trustRepo.audit(q, {
              actorId: null,
              action: 'auto_hold_reports',
              targetKind: 'job',
              targetId: String(jobId),
              reason: `${open.n} seeker reports`,
              detail: open.reasons,
            });
        }
        return true;
      });
      return { job_id: jobId, reason: body.reason, already_reported: !added };
    },

    /**
     * The seeker takes back their own report (a mis-tap, a second thought) while no moderator has
     * acted on it. A job it helped pause stays paused until a moderator looks: the undo never
     * republishes a job by itself.
     */
    async withdrawReport(seeker: AuthUser, jobId: number): Promise<{ job_id: number; withdrawn: boolean }> {
      const withdrawn = await trustRepo.withdrawReport(db, jobId, seeker.id);
      return { job_id: jobId, withdrawn };
    },

    async caller(raw: string): Promise<{
      phone: string;
      status: 'verified' | 'banned' | 'unknown';
      company: { id: string; name: string } | null;
    }> {
      const phone = normalizeIndianMobile(raw);
      if (!phone) throw new Invalid([{ field: 'phone', message: 'must be a 10-digit Indian mobile number' }]);
      const owners = await trustRepo.phoneOwners(db, phone);
      const banned = owners.find((o) => o.banned);
      if (banned) return { phone, status: 'banned', company: null };
      const verified = owners.find((o) => o.verified && o.phone_verified);
      if (verified) return { phone, status: 'verified', company: { id: verified.id, name: verified.name } };
      return { phone, status: 'unknown', company: null };
    },

    async queue(limit = 100): Promise<QueueItem[]> {
      return (await trustRepo.queue(db, limit)).map(toQueueItem);
    },

    async details(jobId: number) {
      return {
        scores: (await trustRepo.scoresOf(db, jobId)).map((s) => ({
          ...s,
          created_at: s.created_at.toISOString(),
        })),
        reports: await trustRepo.openReports(db, jobId),
      };
    },

    async approve(admin: AuthUser, jobId: number, reason: string | null) {
      const job = await moderatable(admin, jobId);
      if (!['held', 'published', 'paused', 'expired'].includes(job.status))
        throw new Conflict(`A ${job.status} job cannot be approved`);
      const hash = screening.textHash(job.title, job.description);
      await db.tx(async (q) => {
        const before = await jobs.moderate(q, jobId, 'approve', {
          state: 'clear',
          reasons: [],
          codes: [],
        });
        await trustRepo.resolveReports(q, jobId);
        await trustRepo.audit(q, {
          actorId: admin.id,
          action: 'approve',
          targetKind: 'job',
          targetId: String(jobId),
          reason,
          detail: {
            text_hash: hash,
            previous_status: before,
            previous_reasons: job.moderation?.reasons ?? [],
          },
        });
      });
      return jobs.get({ user: admin }, jobId);
    },

    /** A rejection names one code of a fixed list; the employer reads it in their language. */
    async reject(admin: AuthUser, jobId: number, code: unknown, reason: string | null) {
      if (!isRejectCode(code))
        throw new Invalid([{ field: 'code', message: `must be one of: ${REJECT_CODES.join(', ')}` }]);
      const job = await moderatable(admin, jobId);
      if (job.status === 'closed') throw new Conflict('The job is already closed');
      const warnings = await db.tx(async (q) => {
        const before = await jobs.moderate(q, jobId, 'reject', {
          state: 'held',
          reasons: [REJECT_REASONS[code], ...(reason ? [reason] : []), ...(job.moderation?.reasons ?? [])],
          codes: [`rejected-${code}`, ...(reason ? [null] : []), ...(job.moderation?.codes ?? [])],
        });
        await trustRepo.resolveReports(q, jobId);
        await trustRepo.audit(q, {
          actorId: admin.id,
          action: 'reject',
          targetKind: 'job',
          targetId: String(jobId),
          reason,
          detail: { previous_status: before, code },
        });
        // Seekers who applied are told, in their language, that the job was taken down and what to do.
        return screening.warn(q, { id: jobId, title: job.title, company: job.company.name });
      });
      for (const id of warnings) await screening.dispatch(id);
      return jobs.get({ user: admin }, jobId);
    },

    /** Bans the employer and every company linked to it by shared identifiers; holds all their jobs. */
    async ban(admin: AuthUser, companyId: string, reason: string) {
      return db.tx(async (q) => {
        const group = await trustRepo.linkedGroup(q, companyId);
        if (!group.length) throw new NotFound('Company');
        const origin = group[0]!;
        const ids = group.map((c) => c.id);
        const newly = new Set(await trustRepo.ban(q, ids, admin.id, reason, companyId));
        for (const c of group) if (c.verified) await verification.setByModerator(q, c.id, false);
        const jobIds = await jobs.liveIdsOf(q, ids);
        const companyOf = new Map<string, string>();
        for (const c of group) companyOf.set(c.id, c.name);
        for (const id of jobIds)
          await jobs.moderate(q, id, 'hold', {
            state: 'held',
            reasons: [`Employer banned by a moderator (${origin.name}): ${reason}`],
            codes: [null],
          });
        for (const c of group)
          if (newly.has(c.id))
            await trustRepo.audit(q, {
              actorId: admin.id,
              action: c.id === companyId ? 'ban' : 'ban_linked',
              targetKind: 'company',
              targetId: c.id,
              reason,
              detail:
                c.id === companyId
                  ? { linked: ids.filter((i) => i !== companyId), jobs_held: jobIds.length }
                  : { origin: companyId, shared: c.shared },
            });
        return {
          banned: group.map((c) => ({ id: c.id, name: c.name, shared: c.shared })),
          jobs_held: jobIds.length,
        };
      });
    },

    async reportsBy(seekerId: string) {
      return trustRepo.reportsBy(db, seekerId);
    },

    async linked(companyId: string) {
      return trustRepo.linkedGroup(db, companyId);
    },

    async setVerified(admin: AuthUser, companyId: string, verified: boolean, reason: string | null) {
      await db.tx(async (q) => {
        await verification.setByModerator(q, companyId, verified);
        await trustRepo.audit(q, {
          actorId: admin.id,
          action: verified ? 'verify' : 'unverify',
          targetKind: 'company',
          targetId: companyId,
          reason,
        });
      });
    },

    async auditLog(limit = 100) {
      return (await trustRepo.auditLog(db, limit)).map((a) => ({
        ...a,
        created_at: a.created_at.toISOString(),
      }));
    },
  };
}

export type TrustService = ReturnType<typeof createTrustService>;
