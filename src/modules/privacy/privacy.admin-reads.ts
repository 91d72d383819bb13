// The admin audit trail (admin_reads): every time an admin reads a person's phone, email or resume,
// one row (who, whose, what, why, when), never deduplicated, never shown to anyone but admins and
// the person's own export. SQL for that table, and only here.
import type { Queryable } from '../../shared/db/db.ts';

export interface AdminRead {
  id: number;
  admin_id: string | null;
  admin_name: string | null;
  subject_user_id: string | null;
  subject_name: string | null;
  field: string;
  purpose: string;
  read_at: string;
}

export const adminReadsRepo = {
  async insert(
    q: Queryable,
    reads: { admin_id: string; subject_user_id: string; field: string; purpose: string }[],
  ): Promise<number> {
    if (!reads.length) return 0;
    const { rows } = await q.query(
      `INSERT INTO admin_reads (admin_id, subject_user_id, field, purpose)
       SELECT admin_id, subject_user_id, field, purpose
         FROM jsonb_to_recordset($1::jsonb) AS x(admin_id uuid, subject_user_id uuid, field text, purpose text)
       RETURNING 1`,
      [JSON.stringify(reads)],
    );
    return rows.length;
  },
  /** Newest first (admin_reads_time_idx, or admin_reads_subject_idx for one person). */
  async list(
    q: Queryable,
    opts: { limit: number; before?: number; subjectUserId?: string },
  ): Promise<AdminRead[]> {
    const { rows } = await q.query<AdminRead>(
      `SELECT r.id::int AS id, r.admin_id, a.name AS admin_name, r.subject_user_id, s.name AS subject_name,
              r.field, r.purpose, r.read_at::text AS read_at
         FROM admin_reads r
         LEFT JOIN users a ON a.id = r.admin_id
         LEFT JOIN users s ON s.id = r.subject_user_id
        WHERE ($2::bigint IS NULL OR r.id < $2) AND ($3::uuid IS NULL OR r.subject_user_id = $3)
        ORDER BY r.read_at DESC, r.id DESC LIMIT $1`,
      [opts.limit, opts.before ?? null, opts.subjectUserId ?? null],
    );
    return rows.map((r) => ({ ...r, read_at: new Date(r.read_at).toISOString() }));
  },
};
