// Owns keeping every job's derived concepts (jobs.title_concepts, skill_concepts) in step with the
// search vocabulary: an online walk over the jobs by id, in batches, re-deriving rows whose version is
// not the current one. Must never lock the table or rewrite it in one statement (a 1M-job database
// keeps serving while this runs), and never touches a job's employer-visible fields.
import type { Db } from '../../shared/db/db.ts';
import { jobConcepts, VOCABULARY_VERSION } from '../search/index.ts';
import { jobsRepo } from './jobs.repo.ts';

export interface ConceptRefresh {
  scanned: number;
  updated: number;
  /** The last id looked at: a later run may resume after it. */
  lastId: number;
  /** Whether the walk reached the end of the table. */
  done: boolean;
}

/**
 * The queue's entry point: resumes the walk for the current vocabulary where the last run stopped,
 * runs until `deadline`, and records how far it got; once a version is done it costs one read.
 */
export async function resumeJobConcepts(db: Db, deadline: number, batch?: number): Promise<ConceptRefresh> {
  const progress = await jobsRepo.conceptProgress(db, VOCABULARY_VERSION);
  if (progress.done) return { scanned: 0, updated: 0, lastId: progress.afterId, done: true };
  const run = await refreshJobConcepts(db, {
    afterId: progress.afterId,
    deadline,
    ...(batch !== undefined ? { batch } : {}),
  });
  await jobsRepo.saveConceptProgress(db, VOCABULARY_VERSION, run.lastId, run.done);
  return run;
}

/**
 * Re-derives stale job concepts in batches of `batch` jobs (each batch one short transaction), until
 * the table ends or `deadline` (ms since epoch) passes, whichever is first.
 */
export async function refreshJobConcepts(
  db: Db,
  opts: { batch?: number; afterId?: number; deadline?: number } = {},
): Promise<ConceptRefresh> {
  const batch = opts.batch ?? 2000;
  let lastId = opts.afterId ?? 0;
  let scanned = 0;
  let updated = 0;
  for (;;) {
    const rows = await jobsRepo.conceptBatch(db, lastId, batch);
    if (!rows.length) return { scanned, updated, lastId, done: true };
    scanned += rows.length;
    lastId = rows[rows.length - 1]!.id;
    const stale = rows
      .filter((r) => r.concepts_version !== VOCABULARY_VERSION)
      .map((r) => {
        const c = jobConcepts(r);
        return { id: r.id, title: c.title, skills: c.skills };
      });
    if (stale.length) {
      await db.tx((q) => jobsRepo.setConcepts(q, stale, VOCABULARY_VERSION));
      updated += stale.length;
    }
    if (rows.length < batch) return { scanned, updated, lastId, done: true };
    if (opts.deadline !== undefined && Date.now() > opts.deadline)
      return { scanned, updated, lastId, done: false };
  }
}
