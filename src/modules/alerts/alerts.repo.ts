// SQL for saved searches, the alert send log and saved jobs, and only here. The send log's
// primary key (saved search, job) is what guarantees a job is never alerted twice for one search.
import type { Queryable } from '../../shared/db/db.ts';

export interface SavedSearchRow {
  id: string;
  user_id: string;
  name: string;
  query: Record<string, unknown>;
  frequency: 'instant' | 'daily';
  alerts_on: boolean;
  last_checked_at: Date;
  last_sent_at: Date | null;
  created_at: Date;
}

export interface SavedJobRow {
  job_id: number;
  created_at: Date;
}

export const alertsRepo = {
  async now(q: Queryable): Promise<Date> {
    const { rows } = await q.query<{ now: Date }>('SELECT now() AS now');
    return rows[0]!.now;
  },

  async insertSearch(
    q: Queryable,
    s: { userId: string; name: string; query: object; frequency: string },
  ): Promise<SavedSearchRow> {
    const { rows } = await q.query<SavedSearchRow>(
      `INSERT INTO saved_searches (user_id, name, query, frequency) VALUES ($1, $2, $3, $4) RETURNING *`,
      [s.userId, s.name, JSON.stringify(s.query), s.frequency],
    );
    return rows[0]!;
  },

  /** saved_searches_user_idx */
  async searchesOf(q: Queryable, userId: string): Promise<SavedSearchRow[]> {
    const { rows } = await q.query<SavedSearchRow>(
      'SELECT * FROM saved_searches WHERE user_id = $1 ORDER BY created_at DESC, id',
      [userId],
    );
    return rows;
  },

  async countOf(q: Queryable, userId: string): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM saved_searches WHERE user_id = $1',
      [userId],
    );
    return rows[0]!.n;
  },

  async searchById(q: Queryable, id: string): Promise<SavedSearchRow | undefined> {
    const { rows } = await q.query<SavedSearchRow>('SELECT * FROM saved_searches WHERE id = $1', [id]);
    return rows[0];
  },

  async deleteSearch(q: Queryable, userId: string, id: string): Promise<boolean> {
    const { rows } = await q.query('DELETE FROM saved_searches WHERE id = $1 AND user_id = $2 RETURNING id', [
      id,
      userId,
    ]);
    return rows.length > 0;
  },

  async setAlerts(q: Queryable, id: string, on: boolean): Promise<void> {
    await q.query('UPDATE saved_searches SET alerts_on = $2 WHERE id = $1', [id, on]);
  },

  /** The next batch of searches with alerts on, in id order (saved_searches_due_idx). */
  async dueBatch(
    q: Queryable,
    frequency: string,
    afterId: string | null,
    limit: number,
  ): Promise<SavedSearchRow[]> {
    const { rows } = await q.query<SavedSearchRow>(
      `SELECT * FROM saved_searches
        WHERE frequency = $1 AND alerts_on AND ($2::uuid IS NULL OR id > $2)
        ORDER BY id LIMIT $3`,
      [frequency, afterId, limit],
    );
    return rows;
  },

  async alreadySent(q: Queryable, savedSearchId: string, jobIds: number[]): Promise<Set<number>> {
    if (!jobIds.length) return new Set();
    const { rows } = await q.query<{ job_id: number }>(
      'SELECT job_id FROM saved_search_sent WHERE saved_search_id = $1 AND job_id = ANY($2::bigint[])',
      [savedSearchId, jobIds],
    );
    return new Set(rows.map((r) => r.job_id));
  },

  /** Records the jobs as sent; returns only those not recorded before (a racing run gets none). */
  async recordSent(q: Queryable, savedSearchId: string, jobIds: number[]): Promise<Set<number>> {
    if (!jobIds.length) return new Set();
    const { rows } = await q.query<{ job_id: number }>(
      `INSERT INTO saved_search_sent (saved_search_id, job_id)
       SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING RETURNING job_id`,
      [savedSearchId, jobIds],
    );
    return new Set(rows.map((r) => r.job_id));
  },

  async linkNotification(q: Queryable, savedSearchId: string, jobIds: number[], notificationId: number) {
    await q.query(
      'UPDATE saved_search_sent SET notification_id = $3 WHERE saved_search_id = $1 AND job_id = ANY($2::bigint[])',
      [savedSearchId, jobIds, notificationId],
    );
  },

  async markChecked(q: Queryable, id: string, at: Date, sent: boolean): Promise<void> {
    await q.query(
      `UPDATE saved_searches SET last_checked_at = $2, last_sent_at = CASE WHEN $3 THEN $2 ELSE last_sent_at END
        WHERE id = $1`,
      [id, at, sent],
    );
  },

  async saveJob(q: Queryable, userId: string, jobId: number): Promise<SavedJobRow> {
    const { rows } = await q.query<SavedJobRow>(
      `INSERT INTO saved_jobs (user_id, job_id) VALUES ($1, $2)
       ON CONFLICT (user_id, job_id) DO UPDATE SET user_id = EXCLUDED.user_id
       RETURNING job_id, created_at`,
      [userId, jobId],
    );
    return rows[0]!;
  },

  async unsaveJob(q: Queryable, userId: string, jobId: number): Promise<void> {
    await q.query('DELETE FROM saved_jobs WHERE user_id = $1 AND job_id = $2', [userId, jobId]);
  },

  async isSaved(q: Queryable, userId: string, jobId: number): Promise<boolean> {
    const { rows } = await q.query('SELECT 1 FROM saved_jobs WHERE user_id = $1 AND job_id = $2', [
      userId,
      jobId,
    ]);
    return rows.length > 0;
  },

  /** Which of these jobs the seeker saved (a page of result cards): the saved_jobs primary key. */
  async savedAmong(q: Queryable, userId: string, jobIds: number[]): Promise<number[]> {
    if (!jobIds.length) return [];
    const { rows } = await q.query<{ job_id: number }>(
      'SELECT job_id FROM saved_jobs WHERE user_id = $1 AND job_id = ANY($2::bigint[])',
      [userId, jobIds],
    );
    return rows.map((r) => Number(r.job_id));
  },

  /** saved_jobs_user_idx */
  async savedJobsOf(q: Queryable, userId: string, limit: number): Promise<SavedJobRow[]> {
    const { rows } = await q.query<SavedJobRow>(
      'SELECT job_id, created_at FROM saved_jobs WHERE user_id = $1 ORDER BY created_at DESC, job_id DESC LIMIT $2',
      [userId, limit],
    );
    return rows;
  },

  async eraseOf(q: Queryable, userId: string): Promise<void> {
    await q.query('DELETE FROM saved_searches WHERE user_id = $1', [userId]);
    await q.query('DELETE FROM saved_jobs WHERE user_id = $1', [userId]);
  },
};
