// "Last responded": when the employer last acted on an applicant or a call for a job, shown to seekers
// on the job page; a fact about the job (table job_responses), so the jobs module keeps it. Depends on
// no other service, so re-confirm, applications and calls can all be built on it.
import type { Db, Queryable } from '../../shared/db/db.ts';

export function createResponsesService(db: Db) {
  return {
    /** Records an employer action on the job now. */
    async touch(jobId: number): Promise<void> {
      await db.query(
        `INSERT INTO job_responses (job_id, last_responded_at) VALUES ($1, now())
         ON CONFLICT (job_id) DO UPDATE SET last_responded_at = now()`,
        [jobId],
      );
    },
    async lastResponded(jobId: number, q: Queryable = db): Promise<string | null> {
      const { rows } = await q.query<{ last_responded_at: Date }>(
        'SELECT last_responded_at FROM job_responses WHERE job_id = $1',
        [jobId],
      );
      return rows[0]?.last_responded_at.toISOString() ?? null;
    },
  };
}

export type ResponsesService = ReturnType<typeof createResponsesService>;
