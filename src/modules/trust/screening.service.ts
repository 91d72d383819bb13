// Posting screening: every job about to go live (or a live job edited) is scored here (scam rules with
// the live market pay band, copies across companies, shared identifiers, bans, open reports) and the
// verdict is returned to the jobs module, which built its service with this screen. Depends on no
// other service, so it is built before jobs; moderation (trust.service.ts) is built after.
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { NotFound } from '../../shared/errors.ts';
import type { JobScreen, Screening } from '../jobs/index.ts';
import { accountSignalsRepo } from './account-signals.repo.ts';
import { identifiersInText } from './extract.ts';
import { foldPosting } from './normalize.ts';
import { impersonatedBrand, referenceBand } from './posting-context.ts';
import { type MarketBand, type PostingContext, scoreJob } from './scam-score.ts';
import { type WarningSender, warnApplicants } from './seeker-warnings.ts';
import { trustRepo } from './trust.repo.ts';

/** The hold Deskhire adds to every fee ask; the code lets pages say it in the reader's language. */
export const CHARGES_SEEKERS = {
  code: 'charges-seekers',
  reason: 'Charges seekers: employers and placement agents that ask seekers for money are barred.',
} as const;

/**
 * Distinct seekers' open reports that pause a live job until a moderator looks. Only reporters whose
 * accounts are REPORTER_MIN_AGE_DAYS old count, and a verified company's job is never paused by
 * reports alone: it waits in the moderation queue (docs/capabilities.md, "Reports").
 */
export const REPORTS_TO_HOLD = 3;
export const REPORTER_MIN_AGE_DAYS = 7;
/** Live postings needed before their pay is trusted as the market band. */
export const MIN_BAND_SAMPLE = 8;
const COPY_WINDOW_DAYS = 30;

/** The fingerprint of a posting's text, folded, so copies across companies are found. */
export const textHash = (title: string, description: string): string =>
  createHash('md5')
    .update(foldPosting(`${title}\n${description}`).clauses.join(' '))
    .digest('hex');

export function createScreeningService(_db: Db, deps: { notifications: WarningSender }) {
  const { notifications } = deps;
  async function marketBand(
    q: Queryable,
    role: string,
    city: string,
    experienceMin: number,
    jobId: number | null,
  ) {
    const reference = referenceBand(role, city, experienceMin);
    // Live pay is trusted for entry roles only (it mixes every experience level); above that, and when
    // live postings are too few, the checked-in reference band for role x city x experience decides.
    if (experienceMin === 0 || !reference)
      for (const where of [city, null]) {
        const band = await trustRepo.marketBand(q, role, where, jobId);
        if (band.n >= MIN_BAND_SAMPLE && band.p50 !== null && band.p90 !== null)
          return {
            band: { p50: band.p50, p90: band.p90 } as MarketBand,
            basis: `${where ?? 'all cities'} (${band.n} jobs)`,
          };
      }
    return reference ? { band: reference, basis: `reference band (market-band.json)` } : null;
  }

  /** The jobs module calls this whenever a job is about to go live or a live job is edited. */
  const screen: JobScreen = async (job, q) => {
    const facts = await trustRepo.companyFacts(q, job.company_id);
    if (!facts) throw new NotFound('Company');
    const jobId = job.id ?? null;
    const hash = textHash(job.title, job.description);
    const market = await marketBand(q, job.role, job.city, job.experience_min ?? 0, jobId);
    const ids = identifiersInText(`${job.title}\n${job.description}`);
    const company = { name: facts.name, website: facts.website, contact_email: facts.contact_email };
    const context: PostingContext = {
      marketBand: market?.band ?? null,
      duplicateCompanies: await trustRepo.duplicateCompanies(q, hash, job.company_id, COPY_WINDOW_DAYS),
      employerVerified: facts.verified,
      knownBrand: facts.known_brand || impersonatedBrand(company) !== null,
      // Read before this posting's identifiers are added, so it is not counted against itself.
      account: await accountSignalsRepo.read(q, job.company_id, jobId, ids),
    };
    const result = scoreJob(
      {
        title: job.title,
        description: job.description,
        salary_min: job.salary_min,
        salary_max: job.salary_max,
        role: job.role,
        city: job.city,
        experience_min: job.experience_min ?? 0,
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
    await trustRepo.addIdentifiers(q, job.company_id, ids, 'job');
    for (const b of await trustRepo.bannedSharing(q, job.company_id, ids))
      hard.push(`Shares ${b.kind} ${b.value} with banned employer "${b.name}".`);
    if (facts.banned) hard.push(`Employer is banned: ${facts.ban_reason}`);
    if (jobId !== null) {
      const reports = await trustRepo.reportsThatPause(q, jobId, REPORTER_MIN_AGE_DAYS);
      if (reports.n >= REPORTS_TO_HOLD && !reports.verified)
        hard.push(`Paused after ${reports.n} seeker reports.`);
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
        context: { ...context, bandBasis: market?.basis ?? null },
        textHash: hash,
      });
    // A job seekers already applied to is now held: tell them, once, what to do. The outbox rows commit
    // with the verdict. Dispatch is not awaited inside the jobs transaction (the embedded engine has one
    // connection); a message whose dispatch is lost or runs before the commit is re-sent by the outbox sweep.
    if (state === 'held' && jobId !== null)
      for (const id of await warnApplicants(q, notifications, {
        id: jobId,
        title: job.title,
        company: facts.name,
      }))
        void notifications.dispatch(id).catch(() => undefined);
    // Bans and reports carry names and counts in English prose: no code, shown as written.
    while (hardCodes.length < hard.length) hardCodes.push(null);
    return {
      state,
      reasons: [...hard, ...reasons],
      codes: [...hardCodes, ...result.hits.map((h) => h.rule)],
    };
  };

  /** Warns a job's applicants inside the caller's transaction; dispatch the returned ids after it commits. */
  const warn = (q: Queryable, job: { id: number; title: string; company: string }) =>
    warnApplicants(q, notifications, job);

  return { screen, textHash, warn, dispatch: (id: number) => notifications.dispatch(id) };
}

export type ScreeningService = ReturnType<typeof createScreeningService>;
