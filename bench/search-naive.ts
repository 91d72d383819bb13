// The naive baseline for bench/search.ts: what search looks like without understanding or indexes —
// every typed word as an ILIKE over title and description, explicit filters, newest first, facets by
// GROUPING SETS, index scans switched off. Only for comparison; never used by the app.

import type { SearchQuery } from '../src/modules/search/index.ts';
import type { Db } from '../src/shared/db/db.ts';

export async function naiveSearch(db: Db, query: SearchQuery): Promise<number> {
  const params: unknown[] = [];
  const add = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`status = 'published'`, `expires_at > now()`];
  for (const word of (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean))
    where.push(`(title || ' ' || description) ILIKE ${add(`%${word}%`)}`);
  if (query.city) where.push(`city = ${add(query.city)}`);
  if (query.category) where.push(`category = ${add(query.category)}`);
  if (query.work_mode) where.push(`work_mode = ${add(query.work_mode)}`);
  if (query.experience_max !== undefined) where.push(`experience_min <= ${add(query.experience_max)}`);
  const sql = where.join(' AND ');
  return db.tx(async (q) => {
    await q.query('SET LOCAL enable_indexscan = off');
    await q.query('SET LOCAL enable_bitmapscan = off');
    await q.query('SET LOCAL enable_indexonlyscan = off');
    await q.query(
      `SELECT id, title FROM jobs WHERE ${sql} ORDER BY posted_at DESC, id DESC LIMIT 21`,
      params,
    );
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE ${sql}
        GROUP BY GROUPING SETS ((city), (work_mode), (category), (industry), (shift), (education_min), ())`,
      params,
    );
    return rows.length;
  });
}
