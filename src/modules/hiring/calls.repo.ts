// SQL for calls, per-job call caps and "last responded" (0401_calls.sql), and only here.
import type { Queryable } from '../../shared/db/db.ts';

export interface CallRow {
  id: number;
  application_id: number;
  job_id: number;
  channel: 'call' | 'whatsapp';
  provider: string;
  provider_ref: string | null;
  outcome: string | null;
  outcome_at: Date | null;
  created_at: Date;
  [key: string]: unknown;
}

export const callsRepo = {
  async insert(
    q: Queryable,
    c: {
      applicationId: number;
      jobId: number;
      callerId: string;
      channel: 'call' | 'whatsapp';
      provider: string;
      ref: string | null;
    },
  ): Promise<CallRow> {
    const { rows } = await q.query<CallRow>(
      `INSERT INTO calls (application_id, job_id, caller_id, channel, provider, provider_ref)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [c.applicationId, c.jobId, c.callerId, c.channel, c.provider, c.ref],
    );
    return rows[0]!;
  },
  async setRef(q: Queryable, id: number, ref: string): Promise<void> {
    await q.query('UPDATE calls SET provider_ref = $2 WHERE id = $1', [id, ref]);
  },
  async byId(q: Queryable, id: number): Promise<CallRow | undefined> {
    const { rows } = await q.query<CallRow>('SELECT * FROM calls WHERE id = $1', [id]);
    return rows[0];
  },
  async setOutcome(q: Queryable, id: number, outcome: string): Promise<CallRow> {
    const { rows } = await q.query<CallRow>(
      'UPDATE calls SET outcome = $2, outcome_at = now() WHERE id = $1 RETURNING *',
      [id, outcome],
    );
    return rows[0]!;
  },
  /** Calls placed for a job since midnight India time: served by calls_job_created_idx. */
  async countToday(q: Queryable, jobId: number): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM calls WHERE job_id = $1 AND channel = 'call'
          AND created_at >= (date_trunc('day', now() AT TIME ZONE 'Asia/Kolkata') AT TIME ZONE 'Asia/Kolkata')`,
      [jobId],
    );
    return rows[0]?.n ?? 0;
  },
  /** Calls placed for each job, all time (dashboard): served by calls_job_created_idx. */
  async countByJobs(q: Queryable, jobIds: number[]): Promise<Map<number, number>> {
    if (!jobIds.length) return new Map();
    const { rows } = await q.query<{ job_id: number; n: number }>(
      `SELECT job_id, count(*)::int AS n FROM calls WHERE job_id = ANY($1::bigint[]) AND channel = 'call'
        GROUP BY job_id`,
      [jobIds],
    );
    return new Map(rows.map((r) => [Number(r.job_id), r.n]));
  },
  /** Every call of a job's applications, for the applicants page's call trails. */
  async ofJob(q: Queryable, jobId: number): Promise<CallRow[]> {
    const { rows } = await q.query<CallRow>('SELECT * FROM calls WHERE job_id = $1 ORDER BY id', [jobId]);
    return rows;
  },
  async ofApplication(q: Queryable, applicationId: number): Promise<CallRow[]> {
    const { rows } = await q.query<CallRow>('SELECT * FROM calls WHERE application_id = $1 ORDER BY id', [
      applicationId,
    ]);
    return rows;
  },
  async cap(q: Queryable, jobId: number): Promise<number | null> {
    const { rows } = await q.query<{ daily_cap: number }>(
      'SELECT daily_cap FROM job_call_caps WHERE job_id = $1',
      [jobId],
    );
    return rows[0]?.daily_cap ?? null;
  },
  async setCap(q: Queryable, jobId: number, cap: number): Promise<void> {
    await q.query(
      `INSERT INTO job_call_caps (job_id, daily_cap) VALUES ($1, $2)
       ON CONFLICT (job_id) DO UPDATE SET daily_cap = EXCLUDED.daily_cap, updated_at = now()`,
      [jobId, cap],
    );
  },
};
