// The Postgres-backed job queue: pg-boss over our own Db, so it runs on a PostgreSQL server (the
// pg pool) and on embedded PGlite alike. Owns the `pgboss` schema; knows nothing of what jobs do.
import PgBoss from 'pg-boss';
import type { Db } from '../../shared/db/db.ts';

/**
 * pg-boss's custom `db` option. pg-boss sends its schema scripts as several statements without
 * parameters (BEGIN; ...; COMMIT): PostgreSQL runs those through pg's simple protocol, while
 * PGlite's `query` prepares one statement only, so such a script goes through `exec` instead.
 */
export function pgBossDb(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length || db.engine === 'postgres') return db.query(text, values);
      try {
        return await db.query(text);
      } catch (err) {
        if (!/multiple commands/i.test((err as Error).message)) throw err;
        await db.exec(text);
        return { rows: [] };
      }
    },
  } as PgBoss.Db;
}

export type JobHandler<T> = (data: T) => Promise<unknown>;

export interface QueueDefinition<T = unknown> {
  name: string;
  handler: JobHandler<T>;
  /** Cron in Asia/Kolkata (pg-boss checks schedules about every 30 s). */
  cron?: string;
  /** `stately`: at most one waiting and one running (periodic work that must not pile up). */
  policy?: 'standard' | 'stately';
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  pollingIntervalSeconds?: number;
}

/** `startAfterSeconds`: the job waits this long before a worker may take it (a held message). */
export interface SendOptions {
  startAfterSeconds?: number;
}

export interface JobQueue {
  send<T extends object>(name: string, data: T, opts?: SendOptions): Promise<void>;
  /** Graceful: stop fetching, let running jobs finish (up to `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
  readonly boss: PgBoss;
}

const QUEUE_SETUP_LOCK = 727_002;

/** Starts pg-boss (creating or migrating its schema), declares queues and schedules, and works them. */
export async function startQueue(
  db: Db,
  definitions: QueueDefinition[],
  opts: { onError: (err: Error) => void; work?: boolean },
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: pgBossDb(db),
    schema: 'pgboss',
    // Finished jobs are kept a week for inspection, then removed by pg-boss's maintenance.
    deleteAfterDays: 7,
  });
  boss.on('error', opts.onError);
  // Two instances starting together on a fresh database would race creating pg-boss's schema and
  // queues; an advisory lock makes the second wait until the first has finished.
  await db.withLock(QUEUE_SETUP_LOCK, async () => {
    await boss.start();
    for (const d of definitions) {
      await boss.createQueue(d.name, {
        name: d.name,
        policy: d.policy ?? 'standard',
        retryLimit: d.retryLimit ?? 0,
        retryDelay: d.retryDelaySeconds ?? 30,
        retryBackoff: (d.retryLimit ?? 0) > 0,
        expireInSeconds: d.expireInSeconds ?? 600,
      });
      if (d.cron) await boss.schedule(d.name, d.cron, {}, { tz: 'Asia/Kolkata' });
    }
  });
  if (opts.work !== false) {
    for (const d of definitions) {
      await boss.work<Record<string, unknown>>(
        d.name,
        { pollingIntervalSeconds: d.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          for (const job of jobs) await d.handler(job.data);
        },
      );
    }
  }
  return {
    boss,
    async send(name, data, opts) {
      if (opts?.startAfterSeconds) await boss.send(name, data, { startAfter: opts.startAfterSeconds });
      else await boss.send(name, data);
    },
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/**
 * The app's handle on the job queue. It is made before the services, which send through it (the outbox
 * hands each stored message to delivery), and bound to the running pg-boss once the workers start
 * (server.ts, after listen). While no queue runs in this process (tests, the CLI) a send does nothing
 * on purpose: the outbox row stays `queued` and the sweeper dispatches it when a queue runs.
 */
export interface QueueHandle {
  send<T extends object>(name: string, data: T, opts?: SendOptions): Promise<void>;
  bind(queue: JobQueue | undefined): void;
  readonly running: boolean;
}

export function createQueueHandle(): QueueHandle {
  let queue: JobQueue | undefined;
  return {
    async send(name, data, opts) {
      if (queue) await queue.send(name, data, opts);
    },
    bind(next) {
      queue = next;
    },
    get running() {
      return queue !== undefined;
    },
  };
}
