// The SQL of the ranking cache (search_pages, migration 0100): the top results of a search, shared
// by every app instance, valid while no job changed (search_generation) and for at most a minute.
// Must never decide what to serve from it; the service does (search.service.ts).
import { createHash } from 'node:crypto';
import type { Queryable } from '../../shared/db/db.ts';
import { facetKey, type PageRequest, type SearchFilters, type SearchRow } from './search-sql.ts';

export interface CachedPage {
  refTime: string;
  rows: SearchRow[];
}

export function pageKey(f: SearchFilters, page: Omit<PageRequest, 'refTime' | 'after' | 'limit'>): string {
  const key = [facetKey(f), page.sort, page.origin ?? null, page.boosts ?? null];
  return createHash('sha256').update(JSON.stringify(key)).digest('base64url');
}

export const searchCacheRepo = {
  /** A whole cached HTTP answer, or the current generation to store a fresh one under. */
  async responseGet(q: Queryable, key: string): Promise<{ body: string } | { generation: number }> {
    const { rows } = await q.query<{ generation: number; body: string | null }>(
      `SELECT s.last_value AS generation, r.body
         FROM search_generation s
         LEFT JOIN search_responses r
           ON r.key = $1 AND r.generation = s.last_value AND r.computed_at > now() - interval '60 seconds'`,
      [key],
    );
    const hit = rows[0];
    return hit?.body ? { body: hit.body } : { generation: hit?.generation ?? 0 };
  },

  async responsePut(q: Queryable, key: string, generation: number, body: string): Promise<void> {
    await q.query(
      `INSERT INTO search_responses (key, generation, body) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE
         SET generation = EXCLUDED.generation, body = EXCLUDED.body, computed_at = now()`,
      [key, generation, body],
    );
  },

  /** The cached page one, or the current generation to store a fresh one under. */
  async pageGet(q: Queryable, key: string): Promise<CachedPage | { generation: number }> {
    const { rows } = await q.query<{ generation: number; ref_time: Date | null; rows: SearchRow[] | null }>(
      `SELECT s.last_value AS generation, p.ref_time, p.rows
         FROM search_generation s
         LEFT JOIN search_pages p
           ON p.key = $1 AND p.generation = s.last_value AND p.computed_at > now() - interval '60 seconds'`,
      [key],
    );
    const hit = rows[0];
    if (!hit?.rows || !hit.ref_time) return { generation: hit?.generation ?? 0 };
    return {
      refTime: hit.ref_time.toISOString(),
      rows: hit.rows.map((r) => ({ ...r, posted_at: new Date(r.posted_at as unknown as string) })),
    };
  },

  async pagePut(q: Queryable, key: string, generation: number, page: CachedPage): Promise<void> {
    await q.query(
      `INSERT INTO search_pages (key, generation, ref_time, rows) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE
         SET generation = EXCLUDED.generation, ref_time = EXCLUDED.ref_time, rows = EXCLUDED.rows, computed_at = now()`,
      [key, generation, page.refTime, JSON.stringify(page.rows)],
    );
  },
};
