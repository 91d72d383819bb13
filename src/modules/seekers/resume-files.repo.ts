// The SQL of the database file store (resume_files, migration 0960): bytes by random key. Knows
// nothing of profiles or who may read a file; the service decides that.
import type { Queryable } from '../../shared/db/db.ts';

export const resumeFilesRepo = {
  async put(q: Queryable, key: string, bytes: Buffer, ownerId: string | null): Promise<void> {
    await q.query(
      `INSERT INTO resume_files (key, owner_id, bytes) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET bytes = EXCLUDED.bytes, owner_id = EXCLUDED.owner_id`,
      [key, ownerId, bytes],
    );
  },
  async get(q: Queryable, key: string): Promise<Buffer | undefined> {
    const { rows } = await q.query<{ bytes: Uint8Array }>('SELECT bytes FROM resume_files WHERE key = $1', [
      key,
    ]);
    const b = rows[0]?.bytes;
    return b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength) : undefined;
  },
  async delete(q: Queryable, key: string): Promise<void> {
    await q.query('DELETE FROM resume_files WHERE key = $1', [key]);
  },
  /** Every file one person uploaded (erasure). */
  async deleteOwnedBy(q: Queryable, ownerId: string): Promise<number> {
    const { rows } = await q.query('DELETE FROM resume_files WHERE owner_id = $1 RETURNING 1', [ownerId]);
    return rows.length;
  },
};

/** Every resume a profile points at, in pages by user id (a move walks them all). */
export async function profileResumeKeys(
  q: Queryable,
  after: string | null,
  limit: number,
): Promise<{ user_id: string; resume_key: string }[]> {
  const { rows } = await q.query<{ user_id: string; resume_key: string }>(
    `SELECT user_id, resume_key FROM seeker_profiles
      WHERE resume_key IS NOT NULL AND ($1::uuid IS NULL OR user_id > $1::uuid)
      ORDER BY user_id LIMIT $2`,
    [after, limit],
  );
  return rows;
}
