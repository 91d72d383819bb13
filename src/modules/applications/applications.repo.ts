// SQL for applications and their stage history, and only here. One application per seeker and
// job is the unique constraint's job: inserts use ON CONFLICT DO NOTHING and then read the winner.
import type { Queryable } from '../../shared/db/db.ts';

export interface ApplicationRow {
  id: number;
  job_id: number;
  company_id: string;
  seeker_id: string | null;
  job_title: string;
  company_name: string;
  stage: string;
  idempotency_key: string | null;
  created_at: Date;
  updated_at: Date;
  [key: string]: unknown;
}

export interface EventRow {
  application_id: number;
  actor_role: string;
  from_stage: string | null;
  to_stage: string;
  note: string | null;
  created_at: Date;
  [key: string]: unknown;
}

/** An application's latest stage move, as an undo reads it. */
export interface LastMove {
  id: number;
  from_stage: string | null;
  to_stage: string;
  actor_role: string;
  /** Younger than the undo window. */
  recent: boolean;
  created_at: Date;
}

const COLS =
  'id, job_id, company_id, seeker_id, job_title, company_name, stage, idempotency_key, created_at, updated_at';

export const applicationsRepo = {
  /** The new application's row, or undefined when one already exists (for this job or this key). */
  async insert(
    q: Queryable,
    a: {
      jobId: number;
      companyId: string;
      seekerId: string;
      jobTitle: string;
      companyName: string;
      key: string | null;
    },
  ): Promise<ApplicationRow | undefined> {
    const { rows } = await q.query<ApplicationRow>(
      `INSERT INTO applications (job_id, company_id, seeker_id, job_title, company_name, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING ${COLS}`,
      [a.jobId, a.companyId, a.seekerId, a.jobTitle, a.companyName, a.key],
    );
    return rows[0];
  },
  async bySeekerAndJob(q: Queryable, seekerId: string, jobId: number): Promise<ApplicationRow | undefined> {
    const { rows } = await q.query<ApplicationRow>(
      `SELECT ${COLS} FROM applications WHERE seeker_id = $1 AND job_id = $2`,
      [seekerId, jobId],
    );
    return rows[0];
  },
  async bySeekerAndKey(q: Queryable, seekerId: string, key: string): Promise<ApplicationRow | undefined> {
    const { rows } = await q.query<ApplicationRow>(
      `SELECT ${COLS} FROM applications WHERE seeker_id = $1 AND idempotency_key = $2`,
      [seekerId, key],
    );
    return rows[0];
  },
  async byId(q: Queryable, id: number, lock = false): Promise<ApplicationRow | undefined> {
    const { rows } = await q.query<ApplicationRow>(
      `SELECT ${COLS} FROM applications WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  },
  /** Many by primary key (a bulk move); `lock` takes them in id order, so two bulks cannot deadlock. */
  async byIds(q: Queryable, ids: number[], lock = false): Promise<ApplicationRow[]> {
    if (!ids.length) return [];
    const { rows } = await q.query<ApplicationRow>(
      `SELECT ${COLS} FROM applications WHERE id = ANY($1::bigint[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
      [ids],
    );
    return rows;
  },
  /** "My applications": served by applications_seeker_updated_idx. */
  async bySeeker(q: Queryable, seekerId: string, limit = 200): Promise<ApplicationRow[]> {
    const { rows } = await q.query<ApplicationRow>(
      `SELECT ${COLS} FROM applications WHERE seeker_id = $1 ORDER BY updated_at DESC, id DESC LIMIT $2`,
      [seekerId, limit],
    );
    return rows;
  },
  /** A job's applicants, newest first: served by applications_job_created_idx. */
  async byJob(q: Queryable, jobId: number, limit = 500): Promise<ApplicationRow[]> {
    const { rows } = await q.query<ApplicationRow>(
      `SELECT ${COLS} FROM applications WHERE job_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [jobId, limit],
    );
    return rows;
  },
  async countByJob(q: Queryable, jobId: number): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM applications WHERE job_id = $1',
      [jobId],
    );
    return rows[0]?.n ?? 0;
  },
  /** Applications of each job by stage (dashboard): served by applications_job_created_idx. */
  async stageCounts(q: Queryable, jobIds: number[]): Promise<{ job_id: number; stage: string; n: number }[]> {
    if (!jobIds.length) return [];
    const { rows } = await q.query<{ job_id: number; stage: string; n: number }>(
      `SELECT job_id, stage, count(*)::int AS n FROM applications
        WHERE job_id = ANY($1::bigint[]) GROUP BY job_id, stage`,
      [jobIds],
    );
    return rows;
  },
  /** Applications a day over the last `days` India days, oldest first, zeros included. */
  async appliesByDay(q: Queryable, jobId: number, days: number): Promise<{ day: string; applies: number }[]> {
    const { rows } = await q.query<{ day: string; applies: number }>(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, count(a.id)::int AS applies
         FROM (SELECT ((now() AT TIME ZONE 'Asia/Kolkata')::date - n) AS day
                 FROM generate_series(0, $2::int - 1) AS n) d
         LEFT JOIN applications a
           ON a.job_id = $1 AND (a.created_at AT TIME ZONE 'Asia/Kolkata')::date = d.day
        GROUP BY d.day ORDER BY d.day`,
      [jobId, days],
    );
    return rows;
  },
  /**
   * Median hours from applying to the first employer move to shortlisted or beyond (an applicant
   * called and invited straight to interview was shortlisted too), over the applications that got
   * there; `n` = how many did.
   */
  async shortlistHours(q: Queryable, jobId: number): Promise<{ median: number | null; n: number }> {
    const { rows } = await q.query<{ median: number | null; n: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median, count(*)::int AS n
         FROM (SELECT extract(epoch FROM min(e.created_at) - a.created_at) / 3600.0 AS hours
                 FROM applications a
                 JOIN application_events e ON e.application_id = a.id
                WHERE a.job_id = $1 AND e.actor_role <> 'seeker'
                  AND e.to_stage IN ('shortlisted', 'interview', 'offered', 'hired')
                GROUP BY a.id, a.created_at) t`,
      [jobId],
    );
    return { median: rows[0]?.median === null ? null : Number(rows[0]?.median), n: rows[0]?.n ?? 0 };
  },
  async hiredCount(q: Queryable, jobId: number): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM applications WHERE job_id = $1 AND stage = 'hired'`,
      [jobId],
    );
    return rows[0]?.n ?? 0;
  },
  async appliedJobIds(q: Queryable, seekerId: string): Promise<number[]> {
    const { rows } = await q.query<{ job_id: number }>(
      'SELECT job_id FROM applications WHERE seeker_id = $1',
      [seekerId],
    );
    return rows.map((r) => r.job_id);
  },
  /** This seeker's applications among these jobs (the unique (seeker_id, job_id) index). */
  async mineAmong(
    q: Queryable,
    seekerId: string,
    jobIds: number[],
  ): Promise<{ id: number; job_id: number; stage: string; created_at: Date }[]> {
    if (!jobIds.length) return [];
    const { rows } = await q.query<{ id: number; job_id: number; stage: string; created_at: Date }>(
      'SELECT id, job_id, stage, created_at FROM applications WHERE seeker_id = $1 AND job_id = ANY($2::bigint[])',
      [seekerId, jobIds],
    );
    return rows;
  },
  async hasAppliedTo(q: Queryable, seekerId: string, companyIds: string[]): Promise<boolean> {
    const { rows } = await q.query<{ ok: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM applications WHERE seeker_id = $1 AND company_id = ANY($2::uuid[])
                       AND stage <> 'withdrawn') AS ok`,
      [seekerId, companyIds],
    );
    return rows[0]?.ok ?? false;
  },
  async setStage(q: Queryable, id: number, stage: string): Promise<void> {
    await q.query('UPDATE applications SET stage = $2, updated_at = now() WHERE id = $1', [id, stage]);
  },
  async touch(q: Queryable, id: number): Promise<void> {
    await q.query('UPDATE applications SET updated_at = now() WHERE id = $1', [id]);
  },
  async setStageMany(q: Queryable, ids: number[], stage: string): Promise<void> {
    if (!ids.length) return;
    await q.query('UPDATE applications SET stage = $2, updated_at = now() WHERE id = ANY($1::bigint[])', [
      ids,
      stage,
    ]);
  },
  async insertEvent(
    q: Queryable,
    e: {
      applicationId: number;
      actorId: string;
      actorRole: string;
      from: string | null;
      to: string;
      note: string | null;
    },
  ): Promise<void> {
    await q.query(
      `INSERT INTO application_events (application_id, actor_id, actor_role, from_stage, to_stage, note)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.applicationId, e.actorId, e.actorRole, e.from, e.to, e.note],
    );
  },
  /**
   * The application's latest stage move (not a note on the same stage), and whether it is younger
   * than `withinSeconds`: what an undo would take back. Reads application_events_application_idx.
   */
  async lastMove(q: Queryable, id: number, withinSeconds: number): Promise<LastMove | undefined> {
    const { rows } = await q.query<LastMove>(
      `SELECT id, from_stage, to_stage, actor_role, created_at,
              created_at > now() - make_interval(secs => $2) AS recent
         FROM application_events
        WHERE application_id = $1 AND from_stage IS DISTINCT FROM to_stage
        ORDER BY id DESC LIMIT 1`,
      [id, withinSeconds],
    );
    return rows[0];
  },
  /** An undone move leaves the history: within the undo window it is as if it never happened. */
  async deleteEvent(q: Queryable, eventId: number): Promise<void> {
    await q.query('DELETE FROM application_events WHERE id = $1', [eventId]);
  },
  /** One history entry for each of many applications, in one statement (a bulk move). */
  async insertEvents(
    q: Queryable,
    events: {
      applicationId: number;
      actorId: string;
      actorRole: string;
      from: string | null;
      to: string;
      note: string | null;
    }[],
  ): Promise<void> {
    if (!events.length) return;
    await q.query(
      `INSERT INTO application_events (application_id, actor_id, actor_role, from_stage, to_stage, note)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        events.map((e) => e.applicationId),
        events.map((e) => e.actorId),
        events.map((e) => e.actorRole),
        events.map((e) => e.from),
        events.map((e) => e.to),
        events.map((e) => e.note),
      ],
    );
  },
  async events(q: Queryable, applicationIds: number[]): Promise<EventRow[]> {
    if (!applicationIds.length) return [];
    const { rows } = await q.query<EventRow>(
      `SELECT application_id, actor_role, from_stage, to_stage, note, created_at FROM application_events
        WHERE application_id = ANY($1::bigint[]) ORDER BY application_id, id`,
      [applicationIds],
    );
    return rows;
  },
  /** Each application's history, oldest first (applications without any are absent). */
  async eventsOf(q: Queryable, applicationIds: number[]): Promise<Map<number, EventRow[]>> {
    const byApp = new Map<number, EventRow[]>();
    for (const e of await applicationsRepo.events(q, applicationIds))
      byApp.set(e.application_id, [...(byApp.get(e.application_id) ?? []), e]);
    return byApp;
  },
  /** Erasure: the application stays as an anonymous stub (counts stay true); nothing points back. */
  async anonymiseSeeker(q: Queryable, seekerId: string): Promise<void> {
    await q.query(
      `UPDATE application_events SET note = NULL, actor_id = NULL
        WHERE application_id IN (SELECT id FROM applications WHERE seeker_id = $1)`,
      [seekerId],
    );
    await q.query(
      `UPDATE applications SET seeker_id = NULL, idempotency_key = NULL, anonymised_at = now()
        WHERE seeker_id = $1`,
      [seekerId],
    );
  },
};
