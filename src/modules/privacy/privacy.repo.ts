// SQL for the contact-view audit (contact_views), and only that table. Never deletes rows: the
// audit outlives the viewer (viewer_id becomes null when that account is erased).
import type { Queryable } from '../../db/db.ts';

export interface ContactView {
  viewer_id: string | null;
  subject_user_id: string;
  field: string;
  purpose: string;
  viewed_at: string;
}

export const privacyRepo = {
  async insertView(q: Queryable, v: Omit<ContactView, 'viewed_at'>): Promise<void> {
    await q.query(
      'INSERT INTO contact_views (viewer_id, subject_user_id, field, purpose) VALUES ($1, $2, $3, $4)',
      [v.viewer_id, v.subject_user_id, v.field, v.purpose],
    );
  },
  async viewsOf(q: Queryable, subjectUserId: string, limit: number): Promise<ContactView[]> {
    const { rows } = await q.query<ContactView>(
      `SELECT viewer_id, subject_user_id, field, purpose, viewed_at
         FROM contact_views WHERE subject_user_id = $1 ORDER BY viewed_at DESC LIMIT $2`,
      [subjectUserId, limit],
    );
    return rows;
  },
  async viewsBy(q: Queryable, viewerId: string, limit: number): Promise<ContactView[]> {
    const { rows } = await q.query<ContactView>(
      `SELECT viewer_id, subject_user_id, field, purpose, viewed_at
         FROM contact_views WHERE viewer_id = $1 ORDER BY viewed_at DESC LIMIT $2`,
      [viewerId, limit],
    );
    return rows;
  },
};
