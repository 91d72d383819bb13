// SQL for interviews (table from 0400_company_invites.sql), and only here.
import type { Queryable } from '../../shared/db/db.ts';

export interface InterviewRow {
  id: number;
  application_id: number;
  starts_at: Date;
  duration_minutes: number;
  mode: 'in_person' | 'video' | 'phone';
  place: string | null;
  video_link: string | null;
  /** For the candidate (the seeker reads it), not the recruiters' stage note. */
  note: string | null;
  status: 'scheduled' | 'cancelled';
  sequence: number;
  created_at: Date;
  updated_at: Date;
  [key: string]: unknown;
}

export const interviewsRepo = {
  /** Which of these applications have an interview booked and still to come (a bulk move back leaves them). */
  async withUpcoming(q: Queryable, applicationIds: number[]): Promise<Set<number>> {
    if (!applicationIds.length) return new Set();
    const { rows } = await q.query<{ id: number }>(
      `SELECT DISTINCT application_id::int AS id FROM interviews
        WHERE application_id = ANY($1::bigint[]) AND status = 'scheduled' AND starts_at > now()`,
      [applicationIds],
    );
    return new Set(rows.map((r) => Number(r.id)));
  },
  /**
   * Cancels these applications' upcoming interviews in the caller's transaction, as `cancel` writes
   * it (status 'cancelled', sequence + 1): a rejected or withdrawn application has none to attend.
   */
  async cancelUpcoming(q: Queryable, applicationIds: number[]): Promise<number> {
    if (!applicationIds.length) return 0;
    const { rows } = await q.query<{ id: number }>(
      `UPDATE interviews SET status = 'cancelled', sequence = sequence + 1, updated_at = now()
        WHERE application_id = ANY($1::bigint[]) AND status = 'scheduled' AND starts_at > now()
       RETURNING id`,
      [applicationIds],
    );
    return rows.length;
  },
  /**
   * Puts back what `cancelUpcoming` cancelled when its move is undone: interviews of these
   * applications cancelled at or after `since` (the undone move's time) that are still to come.
   */
  async restoreCancelledSince(q: Queryable, applicationIds: number[], since: Date): Promise<number> {
    if (!applicationIds.length) return 0;
    const { rows } = await q.query<{ id: number }>(
      `UPDATE interviews SET status = 'scheduled', sequence = sequence + 1, updated_at = now()
        WHERE application_id = ANY($1::bigint[]) AND status = 'cancelled' AND updated_at >= $2
          AND starts_at > now()
       RETURNING id`,
      [applicationIds, since],
    );
    return rows.length;
  },
  async insert(
    q: Queryable,
    i: Pick<
      InterviewRow,
      'application_id' | 'starts_at' | 'duration_minutes' | 'mode' | 'place' | 'video_link' | 'note'
    > & {
      createdBy: string;
    },
  ): Promise<InterviewRow> {
    const { rows } = await q.query<InterviewRow>(
      `INSERT INTO interviews (application_id, starts_at, duration_minutes, mode, place, video_link, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [i.application_id, i.starts_at, i.duration_minutes, i.mode, i.place, i.video_link, i.note, i.createdBy],
    );
    return rows[0]!;
  },
  /**
   * Interviews written by seeding (demo data) in one statement: the same rows `insert` writes, dated
   * when they were scheduled. Callers check each one as scheduling does (`seedInterviews`).
   */
  async insertDated(
    q: Queryable,
    rows: (Pick<
      InterviewRow,
      | 'application_id'
      | 'starts_at'
      | 'duration_minutes'
      | 'mode'
      | 'place'
      | 'video_link'
      | 'note'
      | 'created_at'
    > & { createdBy: string | null })[],
  ): Promise<number> {
    if (!rows.length) return 0;
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const { rows: out } = await q.query<{ id: number }>(
      `INSERT INTO interviews (application_id, starts_at, duration_minutes, mode, place, video_link, note, created_by, created_at, updated_at)
       SELECT a, s, d, m, p, v, n, c, t, t
         FROM unnest($1::bigint[], $2::timestamptz[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::timestamptz[])
           AS x(a, s, d, m, p, v, n, c, t)
       RETURNING id`,
      [
        col('application_id'),
        col('starts_at'),
        col('duration_minutes'),
        col('mode'),
        col('place'),
        col('video_link'),
        col('note'),
        col('createdBy'),
        col('created_at'),
      ],
    );
    return out.length;
  },
  async byId(q: Queryable, id: number): Promise<InterviewRow | undefined> {
    const { rows } = await q.query<InterviewRow>('SELECT * FROM interviews WHERE id = $1', [id]);
    return rows[0];
  },
  /** Served by interviews_application_idx. */
  async ofApplication(q: Queryable, applicationId: number): Promise<InterviewRow[]> {
    const { rows } = await q.query<InterviewRow>(
      'SELECT * FROM interviews WHERE application_id = $1 ORDER BY starts_at',
      [applicationId],
    );
    return rows;
  },
  /** Every interview of these applications (a seeker's own, checked by the caller), soonest first. */
  async ofApplications(q: Queryable, applicationIds: number[]): Promise<InterviewRow[]> {
    if (!applicationIds.length) return [];
    const { rows } = await q.query<InterviewRow>(
      'SELECT * FROM interviews WHERE application_id = ANY($1::bigint[]) ORDER BY starts_at, id',
      [applicationIds],
    );
    return rows;
  },
  /** Each application's interview to show: the scheduled one if any, else the last cancelled. */
  async latestOf(q: Queryable, applicationIds: number[]): Promise<InterviewRow[]> {
    if (!applicationIds.length) return [];
    const { rows } = await q.query<InterviewRow>(
      `SELECT DISTINCT ON (application_id) * FROM interviews WHERE application_id = ANY($1::bigint[])
        ORDER BY application_id, (status = 'scheduled') DESC, starts_at DESC`,
      [applicationIds],
    );
    return rows;
  },
  async reschedule(
    q: Queryable,
    id: number,
    i: Pick<InterviewRow, 'starts_at' | 'duration_minutes' | 'mode' | 'place' | 'video_link' | 'note'>,
  ): Promise<InterviewRow> {
    const { rows } = await q.query<InterviewRow>(
      `UPDATE interviews SET starts_at = $2, duration_minutes = $3, mode = $4, place = $5, video_link = $6,
              note = $7, sequence = sequence + 1, updated_at = now() WHERE id = $1 RETURNING *`,
      [id, i.starts_at, i.duration_minutes, i.mode, i.place, i.video_link, i.note],
    );
    return rows[0]!;
  },
  async cancel(q: Queryable, id: number): Promise<InterviewRow> {
    const { rows } = await q.query<InterviewRow>(
      `UPDATE interviews SET status = 'cancelled', sequence = sequence + 1, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id],
    );
    return rows[0]!;
  },
};
