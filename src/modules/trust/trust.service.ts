// The rules of trust and safety: screening every job that goes live (scam score with live market
// pay, copies across companies, shared identifiers, bans, reports), seeker reports, "who called me?"
// and the moderators' decisions, each written to the audit log. Never renders HTTP replies.
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Conflict, Invalid, NotFound } from '../../shared/errors.ts';
import type { AuthUser } from '../accounts/index.ts';
import { inStep, type JobScreen, type JobsService, type Screening } from '../jobs/index.ts';
import { identifiersInText } from './extract.ts';
import { normalizeIndianMobile } from './identifiers.ts';
import { foldPosting } from './normalize.ts';
import type { ReportReason } from './report-reasons.ts';
import { type MarketBand, type PostingContext, scoreJob } from './scam-score.ts';
import { type QueueRow, trustRepo } from './trust.repo.ts';
import type { VerificationService } from './verification.service.ts';

/** The hold Deskhire adds to every fee ask; the code lets pages say it in the reader's language. */
export const CHARGES_SEEKERS = {
  code: 'charges-seekers',
  reason: 'Charges seekers: employers and placement agents that ask seekers for money are barred.',
} as const;

/** Distinct seekers' open reports that pause a live job until a moderator looks. */
export const REPORTS_TO_HOLD = 3;
/** Live postings needed before their pay is trusted as the market band. */
export const MIN_BAND_SAMPLE = 8;
const COPY_WINDOW_DAYS = 30;

export interface QueueItem {
  job: { id: number; title: string; status: string };
  company: { id: string; name: string; verified: boolean; banned: boolean };
  moderation: { state: string; reasons: string[]; codes: (string | null)[] };
  score: number | null;
  hits: { rule: string; weight: number; reason: string; evidence: string }[];
  reports: { open: number; reasons: Record<string, number> };
  updated_at: string;
}

export const textHash = (title: string, description: string): string =>
  createHash('md5')
    .update(foldPosting(`${title}\n${description}`).clauses.join(' '))
    .digest('hex');

const toQueueItem = (r: QueueRow): QueueItem => ({
  job: { id: r.id, title: r.title, status: r.status },
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

export function createTrustService(db: Db, deps: { jobs: JobsService; verification: VerificationService }) {
  const { jobs, verification } = deps;

  async function marketBand(q: Queryable, role: string, city: string, jobId: number | null) {
    for (const where of [city, null]) {
      const band = await trustRepo.marketBand(q, role, where, jobId);
      if (band.n >= MIN_BAND_SAMPLE && band.p50 !== null && band.p90 !== null)
        return {
          band: { p50: band.p50, p90: band.p90 } as MarketBand,
          basis: where ?? 'all cities',
          n: band.n,
        };
    }
    return null;
  }

  /** The jobs module calls this whenever a job is about to go live or a live job is edited. */
  const screen: JobScreen = async (job, q) => {
    const facts = await trustRepo.companyFacts(q, job.company_id);
    if (!facts) throw new NotFound('Company');
    const jobId = job.id ?? null;
    const hash = textHash(job.title, job.description);
    const market = await marketBand(q, job.role, job.city, jobId);
    const context: PostingContext = {
      marketBand: market?.band ?? null,
      duplicateCompanies: await trustRepo.duplicateCompanies(q, hash, job.company_id, COPY_WINDOW_DAYS),
      employerVerified: facts.verified,
      knownBrand: facts.known_brand,
    };
    const result = scoreJob(
      {
        title: job.title,
        description: job.description,
        salary_min: job.salary_min,
        salary_max: job.salary_max,
        role: job.role,
        city: job.city,
        company_name: facts.name,
        contact_email: facts.contact_email,
        contact_phone: facts.contact_phone,
        website: facts.website,
        perks: job.perks,
      },
      context,
    );
    let state: Screening['state'] = result.decision;
    const reasons = result.hits.map((h) => `${h.reason} [${h.evidence}]`);
    const hard: string[] = [];
    const hardCodes: (string | null)[] = [];
    // Deskhire never lets anyone charge a seeker: a fee ask waits for a moderator whatever its score.
    if (result.hits.some((h) => h.rule === 'fee-or-deposit')) {
      hard.push(CHARGES_SEEKERS.reason);
      hardCodes.push(CHARGES_SEEKERS.code);
    }
    const ids = identifiersInText(`${job.title}\n${job.description}`);
    await trustRepo.addIdentifiers(q, job.company_id, ids, 'job');
    for (const b of await trustRepo.bannedSharing(q, job.company_id, ids))
      hard.push(`Shares ${b.kind} ${b.value} with banned employer "${b.name}".`);
    if (facts.banned) hard.push(`Employer is banned: ${facts.ban_reason}`);
    if (jobId !== null) {
      const reports = await trustRepo.openReports(q, jobId);
      if (reports.n >= REPORTS_TO_HOLD) hard.push(`Paused after ${reports.n} seeker reports.`);
      // The text a moderator already approved is not held again for its score alone.
      if (state === 'held' && !hard.length && (await trustRepo.approvedWithText(q, jobId, hash)))
        state = 'flagged';
    }
    if (hard.length) state = 'held';
    if (jobId !== null)
      await trustRepo.insertScore(q, {
        jobId,
        companyId: job.company_id,
        score: result.score,
        decision: state,
        hits: result.hits,
        context: { ...context, bandBasis: market ? `${market.basis} (${market.n} jobs)` : null },
        textHash: hash,
      });
    // Bans and reports carry names and counts in English prose: no code, shown as written.
    while (hardCodes.length < hard.length) hardCodes.push(null);
    return {
      state,
      reasons: [...hard, ...reasons],
      codes: [...hardCodes, ...result.hits.map((h) => h.rule)],
    };
  };

  async function moderatable(admin: AuthUser, jobId: number) {
    const job = await jobs.get({ user: admin }, jobId);
    return job;
  }

  return {
    screen,

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
        const open = await trustRepo.openReports(q, jobId);
        if (open.n >= REPORTS_TO_HOLD) {
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
      const hash = textHash(job.title, job.description);
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

    async reject(admin: AuthUser, jobId: number, reason: string | null) {
      const job = await moderatable(admin, jobId);
      if (job.status === 'closed') throw new Conflict('The job is already closed');
      await db.tx(async (q) => {
        const before = await jobs.moderate(q, jobId, 'reject', {
          state: 'held',
          reasons: [
            `Rejected by a moderator${reason ? `: ${reason}` : ''}`,
            ...(job.moderation?.reasons ?? []),
          ],
          codes: [null, ...(job.moderation?.codes ?? [])],
        });
        await trustRepo.resolveReports(q, jobId);
        await trustRepo.audit(q, {
          actorId: admin.id,
          action: 'reject',
          targetKind: 'job',
          targetId: String(jobId),
          reason,
          detail: { previous_status: before },
        });
      });
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
