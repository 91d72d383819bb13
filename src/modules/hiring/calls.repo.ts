// SQL for calls, per-job call caps and "last responded" (0401_calls.sql), and only here.
import type { Queryable } from '../../shared/db/db.ts';

export type CallStatus = 'requested' | 'not_placed' | 'placed' | 'answered' | 'missed' | 'busy' | 'failed';

export interface CallRow {
  id: number;
  application_id: number | null;
  direction: 'employer_to_seeker' | 'seeker_to_employer';
  status: CallStatus;
  duration_seconds: number | null;
  answered_at: Date | null;
  seeker_id: string | null;
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
      applicationId: number | null;
      jobId: number;
      callerId: string;
      channel: 'call' | 'whatsapp';
      provider: string;
      ref: string | null;
      direction?: CallRow['direction'];
      seekerId?: string | null;
    },
  ): Promise<CallRow> {
    const { rows } = await q.query<CallRow>(
      `INSERT INTO calls (application_id, job_id, caller_id, channel, provider, provider_ref, direction, seeker_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        c.applicationId,
        c.jobId,
        c.callerId,
        c.channel,
        c.provider,
        c.ref,
        c.direction ?? 'employer_to_seeker',
        c.seekerId ?? null,
      ],
    );
    return rows[0]!;
  },
  async setPlaced(q: Queryable, id: number, ref: string): Promise<CallRow> {
    const { rows } = await q.query<CallRow>(
      `UPDATE calls SET provider_ref = $2, status = 'placed' WHERE id = $1 RETURNING *`,
      [id, ref],
    );
    return rows[0]!;
  },
  async setStatus(q: Queryable, id: number, status: CallStatus): Promise<CallRow> {
    const { rows } = await q.query<CallRow>('UPDATE calls SET status = $2 WHERE id = $1 RETURNING *', [
      id,
      status,
    ]);
    return rows[0]!;
  },
  /** The provider's final word on a call; only a placed call can end (a repeat changes nothing). */
  async finish(
    q: Queryable,
    id: number,
    end: { status: 'answered' | 'missed' | 'busy' | 'failed'; durationSeconds: number | null },
  ): Promise<CallRow | undefined> {
    const { rows } = await q.query<CallRow>(
      `UPDATE calls SET status = $2, duration_seconds = $3,
              answered_at = CASE WHEN $2 = 'answered' THEN now() END
        WHERE id = $1 AND status = 'placed' RETURNING *`,
      [id, end.status, end.durationSeconds],
    );
    return rows[0];
  },
  /** A webhook event seen before is skipped (webhook_events primary key); true the first time. */
  async firstSight(q: Queryable, provider: string, eventId: string): Promise<boolean> {
    const { rows } = await q.query(
      'INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
      [provider, eventId],
    );
    return rows.length > 0;
  },
  async hours(q: Queryable, jobId: number): Promise<{ from_minute: number; to_minute: number } | null> {
    const { rows } = await q.query<{ from_minute: number; to_minute: number }>(
      'SELECT from_minute, to_minute FROM job_calling_hours WHERE job_id = $1',
      [jobId],
    );
    return rows[0] ?? null;
  },
  async setHours(q: Queryable, jobId: number, fromMinute: number, toMinute: number): Promise<void> {
    await q.query(
      `INSERT INTO job_calling_hours (job_id, from_minute, to_minute) VALUES ($1, $2, $3)
       ON CONFLICT (job_id) DO UPDATE SET from_minute = EXCLUDED.from_minute, to_minute = EXCLUDED.to_minute,
              updated_at = now()`,
      [jobId, fromMinute, toMinute],
    );
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
  /** Calls placed for a job since midnight India time, both directions (the cap): calls_job_created_idx. */
  async countToday(q: Queryable, jobId: number): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM calls WHERE job_id = $1 AND channel = 'call'
          AND status NOT IN ('not_placed', 'failed')
          AND created_at >= (date_trunc('day', now() AT TIME ZONE 'Asia/Kolkata') AT TIME ZONE 'Asia/Kolkata')`,
      [jobId],
    );
    return rows[0]?.n ?? 0;
  },
  /** Calls the provider reported answered, for each job (employer figures): calls_job_created_idx. */
  async countByJobs(q: Queryable, jobIds: number[]): Promise<Map<number, number>> {
    if (!jobIds.length) return new Map();
    const { rows } = await q.query<{ job_id: number; n: number }>(
      `SELECT job_id, count(*)::int AS n FROM calls WHERE job_id = ANY($1::bigint[]) AND channel = 'call'
          AND status = 'answered'
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
