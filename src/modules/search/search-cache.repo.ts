// The SQL of the search caches (migrations 0100, 0710): whole answers (search_responses), the top
// results of a filter set (search_pages) and its counts (search_counts), shared by every app
// instance, valid while no job changed (search_generation) and for at most a minute. Must never
// decide what to serve from them; the service does (search.service.ts).
//
// A search that misses (issue #15, the long tail) reads the page and counts entries of its filter
// set in one statement, and writes everything it computed (answer, page, counts) in one statement at
// the end: 2 cache round trips on the miss path instead of 5 (before: a read and a write each).
import { createHash } from 'node:crypto';
import type { Queryable } from '../../shared/db/db.ts';
import type { Counted } from './search-pay.repo.ts';
import { type Facets, facetKey, type PageRequest, type SearchFilters, type SearchRow } from './search-sql.ts';

export interface CachedPage {
  refTime: string;
  rows: SearchRow[];
}

export function pageKey(f: SearchFilters, page: Omit<PageRequest, 'refTime' | 'after' | 'limit'>): string {
  const key = [facetKey(f), page.sort, page.origin ?? null, page.boosts ?? null];
  return createHash('sha256').update(JSON.stringify(key)).digest('base64url');
}

/** The key of a filter set's counts in search_counts. */
export function countsKey(f: SearchFilters): string {
  return createHash('sha256')
    .update(JSON.stringify(facetKey(f)))
    .digest('base64url');
}

/** What one search computed and may share, each under the generation read before computing it. */
export interface CacheWrites {
  responses: { key: string; generation: number; body: string }[];
  pages: { key: string; generation: number; page: CachedPage }[];
  counts: { key: string; generation: number; counted: Counted }[];
}

export const newCacheWrites = (): CacheWrites => ({ responses: [], pages: [], counts: [] });

/** One entry a key: a statement may not upsert the same row twice (the last computed wins). */
function lastByKey<T extends { key: string }>(xs: T[]): T[] {
  return [...new Map(xs.map((x) => [x.key, x])).values()];
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

  /**
   * A filter set's cached page one and counts (`countsKey` undefined: not wanted), in one read, with
   * the current generation to store fresh ones under.
   */
  async get(
    q: Queryable,
    pageKeyOf: string,
    countsKeyOf: string | undefined,
  ): Promise<{ generation: number; page?: CachedPage; counts?: Counted }> {
    const { rows } = await q.query<{
      generation: number;
      ref_time: Date | null;
      rows: SearchRow[] | null;
      total: number | null;
      facets: Facets | null;
      estimate: boolean | null;
    }>(
      `SELECT s.last_value AS generation, p.ref_time, p.rows,
              c.total, c.facets, c.total_is_estimate AS estimate
         FROM search_generation s
         LEFT JOIN search_pages p
           ON p.key = $1 AND p.generation = s.last_value AND p.computed_at > now() - interval '60 seconds'
         LEFT JOIN search_counts c
           ON c.key = $2::text AND c.generation = s.last_value AND c.computed_at > now() - interval '60 seconds'`,
      [pageKeyOf, countsKeyOf ?? null],
    );
    const hit = rows[0];
    const out: { generation: number; page?: CachedPage; counts?: Counted } = {
      generation: hit?.generation ?? 0,
    };
    if (hit?.rows && hit.ref_time)
      out.page = {
        refTime: hit.ref_time.toISOString(),
        rows: hit.rows.map((r) => ({ ...r, posted_at: new Date(r.posted_at as unknown as string) })),
      };
    if (hit?.total != null && hit.facets)
      out.counts = { total: hit.total, facets: hit.facets, ...(hit.estimate ? { estimate: true } : {}) };
    return out;
  },

  /** Everything a search computed, stored in one statement (nothing to store: no statement). */
  async put(q: Queryable, writes: CacheWrites): Promise<void> {
    const responses = lastByKey(writes.responses);
    const pages = lastByKey(writes.pages);
    const counts = lastByKey(writes.counts);
    if (!responses.length && !pages.length && !counts.length) return;
    // Arrays go as text[] and are cast in the statement, so both engines send them the same way.
    await q.query(
      `WITH r AS (
         INSERT INTO search_responses (key, generation, body)
         SELECT u.key, u.generation, u.body FROM unnest($1::text[], $2::bigint[], $3::text[]) AS u(key, generation, body)
         ON CONFLICT (key) DO UPDATE
           SET generation = EXCLUDED.generation, body = EXCLUDED.body, computed_at = now()),
       p AS (
         INSERT INTO search_pages (key, generation, ref_time, rows)
         SELECT u.key, u.generation, u.ref_time::timestamptz, u.rows::jsonb
           FROM unnest($4::text[], $5::bigint[], $6::text[], $7::text[]) AS u(key, generation, ref_time, rows)
         ON CONFLICT (key) DO UPDATE
           SET generation = EXCLUDED.generation, ref_time = EXCLUDED.ref_time, rows = EXCLUDED.rows,
               computed_at = now()),
       c AS (
         INSERT INTO search_counts (key, generation, total, facets, total_is_estimate)
         SELECT u.key, u.generation, u.total, u.facets::jsonb, u.estimate
           FROM unnest($8::text[], $9::bigint[], $10::int[], $11::text[], $12::bool[]) AS u(key, generation, total, facets, estimate)
         ON CONFLICT (key) DO UPDATE
           SET generation = EXCLUDED.generation, total = EXCLUDED.total, facets = EXCLUDED.facets,
               total_is_estimate = EXCLUDED.total_is_estimate, computed_at = now())
       SELECT 1`,
      [
        responses.map((w) => w.key),
        responses.map((w) => w.generation),
        responses.map((w) => w.body),
        pages.map((w) => w.key),
        pages.map((w) => w.generation),
        pages.map((w) => w.page.refTime),
        pages.map((w) => JSON.stringify(w.page.rows)),
        counts.map((w) => w.key),
        counts.map((w) => w.generation),
        counts.map((w) => w.counted.total),
        counts.map((w) => JSON.stringify(w.counted.facets)),
        counts.map((w) => w.counted.estimate === true),
      ],
    );
  },
};
