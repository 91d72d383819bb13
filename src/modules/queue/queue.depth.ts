// Queue depth for /metrics: how many pg-boss jobs wait, retry or run, per queue. Reads the
// `pgboss` schema this module owns; an app whose queue never started (tests, CLI) reports none.
import type { Queryable } from '../../shared/db/db.ts';

export interface QueueDepth {
  queue: string;
  state: string;
  count: number;
}

export async function queueDepth(q: Queryable): Promise<QueueDepth[]> {
  const { rows: schema } = await q.query<{ present: boolean }>(
    "SELECT to_regclass('pgboss.job') IS NOT NULL AS present",
  );
  if (!schema[0]?.present) return [];
  const { rows } = await q.query<{ queue: string; state: string; count: number }>(
    `SELECT name AS queue, state::text AS state, count(*)::int AS count
       FROM pgboss.job
      WHERE state IN ('created', 'retry', 'active')
      GROUP BY name, state`,
  );
  return rows;
}
