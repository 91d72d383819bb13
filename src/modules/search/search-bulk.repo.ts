// Owns the bulk-load switch of the search tables (migration 1300): a caller that inserts many jobs at
// once (the seed) calls begin, inserts jobs (on several connections if it likes), then end; job_search,
// the facet cubes and search_words are filled once at the end instead of batch by batch.
// Must never be used for a few jobs (end rebuilds every index of jobs and job_search) nor while the
// server takes posts it must show at once (between begin and end a new job is not searchable).
import type { Queryable } from '../../shared/db/db.ts';

export const searchBulkLoad = {
  /** Refuses when another bulk load is open (under way, or interrupted: `end` finishes it). */
  async begin(q: Queryable): Promise<void> {
    await q.query('SELECT search_bulk_load_begin()');
  },
  /**
   * Fills job_search (and so the cubes) and search_words from jobs, rebuilds the indexes and turns
   * the triggers back on; returns the live jobs added. Does nothing (0) when no bulk load is open, so
   * start-up calls it to finish a load that died half way.
   */
  async end(q: Queryable): Promise<number> {
    const { rows } = await q.query<{ filled: string }>('SELECT search_bulk_load_end() AS filled');
    return Number(rows[0]!.filled);
  },
};
