// The demo module's record of its own loads (table demo_runs, migration 1200), and only here:
// whether this database holds sample data, so pages built on it can say so.
import type { Db, Queryable } from '../../shared/db/db.ts';

export async function recordDemoRun(q: Queryable, jobs: number): Promise<void> {
  await q.query('INSERT INTO demo_runs (jobs) VALUES ($1)', [jobs]);
}

export function createDemoService(db: Db) {
  let cached: { at: number; value: boolean } | undefined;
  return {
    /** True once demo data was loaded into this database (read at most once a minute). */
    async sampleData(): Promise<boolean> {
      if (cached && Date.now() - cached.at < 60_000) return cached.value;
      const { rows } = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM demo_runs) AS any');
      cached = { at: Date.now(), value: rows[0]?.any === true };
      return cached.value;
    },
  };
}

export type DemoService = ReturnType<typeof createDemoService>;
