// SQL for the per-job, per-day view counters (0760_job_views.sql), and only here. A view is one
// upsert on the (job_id, day) primary key; days are India days, like every date an employer reads.
import type { Queryable } from '../../shared/db/db.ts';

const TODAY_IST = `(now() AT TIME ZONE 'Asia/Kolkata')::date`;

export const jobViewsRepo = {
  async record(q: Queryable, jobId: number): Promise<void> {
    await q.query(
      `INSERT INTO job_views_daily (job_id, day, views) VALUES ($1, ${TODAY_IST}, 1)
       ON CONFLICT (job_id, day) DO UPDATE SET views = job_views_daily.views + 1`,
      [jobId],
    );
  },
  /** The last `days` India days, oldest first, a zero where nobody looked (primary key range scan). */
  async daily(q: Queryable, jobId: number, days: number): Promise<{ day: string; views: number }[]> {
    const { rows } = await q.query<{ day: string; views: number }>(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(v.views, 0)::int AS views
         FROM (SELECT (${TODAY_IST} - n) AS day FROM generate_series(0, $2::int - 1) AS n) d
         LEFT JOIN job_views_daily v ON v.job_id = $1 AND v.day = d.day
        ORDER BY d.day`,
      [jobId, days],
    );
    return rows;
  },
  /** All-time views of each job. */
  async totals(q: Queryable, jobIds: number[]): Promise<Map<number, number>> {
    if (!jobIds.length) return new Map();
    const { rows } = await q.query<{ job_id: number; views: number }>(
      `SELECT job_id, sum(views)::int AS views FROM job_views_daily
        WHERE job_id = ANY($1::bigint[]) GROUP BY job_id`,
      [jobIds],
    );
    return new Map(rows.map((r) => [Number(r.job_id), r.views]));
  },
};
