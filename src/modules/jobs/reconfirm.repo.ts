// SQL of the re-confirm lifecycle ("is this job still open?"): which live jobs are due to be asked or
// closed, and the conditional UPDATEs that ask and close. The jobs module owns these writes; the
// hiring sweep drives them through jobs' public face (createJobReconfirmation). Each state change is
// one conditional UPDATE that re-checks every condition under the row lock, so two instances never
// both act on a job.
import type { Queryable } from '../../shared/db/db.ts';

export interface SweepJob {
  id: number;
  title: string;
  company_id: string;
  created_by: string | null;
}

/** The last sign of employer life: posted, edited or re-confirmed (updated_at), or any response. */
const LAST_ACTION = `greatest(j.posted_at, j.updated_at,
  (SELECT r.last_responded_at FROM job_responses r WHERE r.job_id = j.id))`;

const REQUEST_DUE = `j.status = 'published' AND j.reconfirm_requested_at IS NULL
  AND (j.expires_at IS NULL OR j.expires_at > now())
  AND ${LAST_ACTION} < now() - make_interval(days => $1::int)`;

const CLOSE_DUE = `j.status = 'published' AND j.reconfirm_requested_at <= now() - make_interval(days => $1::int)
  AND (j.expires_at IS NULL OR j.expires_at > now())
  AND ${LAST_ACTION} < j.reconfirm_requested_at`;

export const reconfirmRepo = {
  /** Live jobs idle for `idleDays` and not yet asked (to prepare the messages; changes nothing). */
  async dueForRequest(q: Queryable, idleDays: number, limit: number): Promise<SweepJob[]> {
    const { rows } = await q.query<SweepJob>(
      `SELECT j.id, j.title, j.company_id, j.created_by FROM jobs j WHERE ${REQUEST_DUE} ORDER BY j.id LIMIT $2`,
      [idleDays, limit],
    );
    return rows;
  },
  /** Asks: stamps the request on those of `ids` still due; returns the ones this call stamped. */
  async request(q: Queryable, ids: number[], idleDays: number): Promise<number[]> {
    const { rows } = await q.query<{ id: number }>(
      `UPDATE jobs j SET reconfirm_requested_at = now() WHERE ${REQUEST_DUE} AND j.id = ANY($2::bigint[]) RETURNING j.id`,
      [idleDays, ids],
    );
    return rows.map((r) => r.id);
  },
  /** Jobs asked `graceDays` ago with no employer action since (served by jobs_reconfirm_requested_idx). */
  async dueForClose(q: Queryable, graceDays: number, limit: number): Promise<SweepJob[]> {
    const { rows } = await q.query<SweepJob>(
      `SELECT j.id, j.title, j.company_id, j.created_by FROM jobs j WHERE ${CLOSE_DUE} ORDER BY j.id LIMIT $2`,
      [graceDays, limit],
    );
    return rows;
  },
  async close(q: Queryable, ids: number[], graceDays: number): Promise<number[]> {
    const { rows } = await q.query<{ id: number }>(
      `UPDATE jobs j SET status = 'closed', closed_reason = 'unconfirmed', closed_at = now(), updated_at = now()
        WHERE ${CLOSE_DUE} AND j.id = ANY($2::bigint[]) RETURNING j.id`,
      [graceDays, ids],
    );
    return rows.map((r) => r.id);
  },
};

/** The re-confirm steps the hiring sweep drives (jobs owns the rows; the sweep owns the messages). */
export function createJobReconfirmation() {
  return {
    dueForRequest: reconfirmRepo.dueForRequest,
    request: reconfirmRepo.request,
    dueForClose: reconfirmRepo.dueForClose,
    close: reconfirmRepo.close,
  };
}
export type JobReconfirmation = ReturnType<typeof createJobReconfirmation>;
