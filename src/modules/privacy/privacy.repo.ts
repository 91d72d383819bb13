// SQL for the contact-view audit (contact_views), and only that table (names of the viewer, the
// company and the job are joined in for the seeker's page). The audit outlives the viewer (viewer_id
// becomes null when that account is removed); rows go only by age, through the retention job.
import type { Queryable } from '../../shared/db/db.ts';

export interface ContactView {
  viewer_id: string | null;
  subject_user_id: string;
  field: string;
  purpose: string;
  company_id: string | null;
  application_id: number | null;
  viewed_at: string;
}

export interface ContactViewWrite {
  viewer_id: string;
  subject_user_id: string;
  field: string;
  purpose: string;
  company_id: string | null;
  application_id: number | null;
}

/** One row of "Who saw my number": who (recruiter and company), which detail, for which job, when. */
export interface ContactViewSeen {
  field: string;
  purpose: string;
  viewer_name: string | null;
  company_id: string | null;
  company_name: string | null;
  job_title: string | null;
  viewed_at: Date;
}

const COLUMNS = 'viewer_id, subject_user_id, field, purpose, company_id, application_id, viewed_at';

export const privacyRepo = {
  /** Retention: up to `batch` records older than `days`; returns how many went. */
  async deleteOlderThan(q: Queryable, days: number, batch: number): Promise<number> {
    const { rows } = await q.query(
      `DELETE FROM contact_views WHERE id IN (
         SELECT id FROM contact_views WHERE viewed_at < now() - make_interval(days => $1) LIMIT $2)
       RETURNING 1`,
      [days, batch],
    );
    return rows.length;
  },
  /**
   * Records many views in one statement. A view identical to one recorded in the last hour (same
   * viewer, person, detail, purpose and application) is not written again: reopening a page keeps
   * one row an hour.
   */
  async insertViews(q: Queryable, views: ContactViewWrite[], dedupeMinutes: number): Promise<number> {
    if (!views.length) return 0;
    const { rows } = await q.query<{ n: number }>(
      `WITH ins AS (
         INSERT INTO contact_views (viewer_id, subject_user_id, field, purpose, company_id, application_id)
         SELECT DISTINCT x.viewer_id, x.subject_user_id, x.field, x.purpose, x.company_id, x.application_id
           FROM jsonb_to_recordset($1::jsonb) AS x(viewer_id uuid, subject_user_id uuid, field text,
                purpose text, company_id uuid, application_id bigint)
          WHERE NOT EXISTS (
                SELECT 1 FROM contact_views v
                 WHERE v.subject_user_id = x.subject_user_id AND v.viewer_id = x.viewer_id
                   AND v.field = x.field AND v.purpose = x.purpose
                   AND v.application_id IS NOT DISTINCT FROM x.application_id
                   AND v.viewed_at > now() - make_interval(mins => $2::int))
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [JSON.stringify(views), dedupeMinutes],
    );
    return rows[0]?.n ?? 0;
  },
  async viewsOf(q: Queryable, subjectUserId: string, limit: number): Promise<ContactView[]> {
    const { rows } = await q.query<ContactView>(
      `SELECT ${COLUMNS} FROM contact_views WHERE subject_user_id = $1 ORDER BY viewed_at DESC, id DESC LIMIT $2`,
      [subjectUserId, limit],
    );
    return rows;
  },
  async viewsBy(q: Queryable, viewerId: string, limit: number): Promise<ContactView[]> {
    const { rows } = await q.query<ContactView>(
      `SELECT ${COLUMNS} FROM contact_views WHERE viewer_id = $1 ORDER BY viewed_at DESC, id DESC LIMIT $2`,
      [viewerId, limit],
    );
    return rows;
  },
  async seenBy(q: Queryable, subjectUserId: string, limit: number): Promise<ContactViewSeen[]> {
    const { rows } = await q.query<ContactViewSeen>(
      `SELECT v.field, v.purpose, u.name AS viewer_name, v.company_id, c.name AS company_name,
              a.job_title, v.viewed_at
         FROM contact_views v
         LEFT JOIN users u ON u.id = v.viewer_id
         LEFT JOIN companies c ON c.id = v.company_id
         LEFT JOIN applications a ON a.id = v.application_id
        WHERE v.subject_user_id = $1
        ORDER BY v.viewed_at DESC, v.id DESC LIMIT $2`,
      [subjectUserId, limit],
    );
    return rows;
  },
};
