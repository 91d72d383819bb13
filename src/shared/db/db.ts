// One small query interface over two engines: PGlite (embedded, files under DATA_DIR) and a
// PostgreSQL server (DATABASE_URL). Modules write plain PostgreSQL against `Queryable`; nothing
// outside this folder knows which engine runs.
import { AsyncLocalStorage } from 'node:async_hooks';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { DataDirError, diskProblem, lockDataDir } from './data-dir.ts';

export type Engine = 'pglite' | 'postgres';
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends object = Row>(text: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations, dumps). */
  exec(text: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: Engine;
  /**
   * Reads that may be served by a replica (DATABASE_READ_URL): search, insights, recommendations.
   * Without a replica, or inside a read-your-writes window (`primaryReads`), this is the primary.
   */
  readonly read: ReadSide;
  /** Runs `fn` in one transaction; a thrown error rolls everything back. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` on one dedicated connection (DATABASE_DIRECT_URL when set) while another holds
   * `key` as a transaction-scoped advisory lock (start-up work). The lock ends with that
   * transaction or its connection, so it cannot outlive us even through PgBouncer. `onWait` hears
   * every few seconds while another process holds it.
   */
  withLock<T>(key: number, fn: (q: Queryable) => Promise<T>, opts?: { onWait?: LockWait }): Promise<T>;
  /**
   * Runs `fn` in one transaction where every statement is cut off after `CAPPED_STATEMENT_MS`
   * (SQLSTATE 57014): public reads that a query string shapes (search). The cap is `SET LOCAL`, sent
   * with BEGIN in one round trip, so nothing outlives the transaction (safe behind PgBouncer in
   * transaction mode); the cost is that round trip plus COMMIT (bench/capped-cost.ts). PGlite runs one statement at a time
   * in process and has no cap.
   */
  capped<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Connection pool figures for /metrics, all pools together (PGlite: one, never waiting). */
  poolStats(): PoolStats;
  /** Every pool by name, for readiness and metrics: `primary`, and `replica` with a read URL. */
  pools(): PoolInfo[];
}

export interface ReadSide extends Queryable {
  /** As `Db.capped`, on the replica unless this request must read its own writes. */
  capped<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** True when reads may come from a replica that lags the primary. */
  readonly lagging: boolean;
  /** The primary's WAL position now (undefined without a replica): a mark to compare against. */
  mark(): Promise<string | undefined>;
  /** Whether the reads served now have replayed everything up to `mark`. */
  reached(mark: string | undefined): Promise<boolean>;
}

export interface PoolInfo {
  /** `primary`, `replica` with a read URL; `embedded` for PGlite. Readiness pings each. */
  name: 'primary' | 'replica' | 'embedded';
  stats(): PoolStats;
  /** Resolves when the pool answers `SELECT 1`, rejects with the reason otherwise. */
  ping(): Promise<void>;
}

export type LockWait = (info: { key: number; waitedMs: number; holder: string | undefined }) => void;

/**
 * Read-your-writes: code running inside `primaryReads.run(true, fn)` reads from the primary even
 * when a replica is configured. The web layer enters it for a short window after a user writes
 * (src/http/read-your-writes.ts), so an employer finds the job they just posted.
 */
export const primaryReads = new AsyncLocalStorage<boolean>();

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

// Parse bigint and numeric as JS numbers: ids and money stay well inside 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/** How long one statement of a capped read (`Db.capped`) may run on the server engine. */
export const CAPPED_STATEMENT_MS = 2000;

export interface PgliteOptions {
  /**
   * Start an in-memory database from a `dumpDataDir()` tarball instead of running initdb: the test
   * factory (testing.ts) opens each suite's database from one migrated template this way.
   */
  loadDataDir?: Blob;
}

export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<Db> {
  // A folder is locked to this process first (a second server on it refuses with one line).
  const lock = dataDir && !dataDir.startsWith('memory://') ? lockDataDir(dataDir) : undefined;
  const lite = await PGlite.create(dataDir ?? 'memory://', {
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: { 20: (v: string) => Number.parseInt(v, 10), 1700: (v: string) => Number.parseFloat(v) },
  }).catch((err: Error) => {
    lock?.release();
    throw new DataDirError(`DATA_DIR ${lock?.path.replace(/\/[^/]+$/, '')} cannot be opened: ${err.message}`);
  });
  const query = async <T extends object>(text: string, params?: readonly unknown[]) => {
    const res = await lite.query<T>(text, params as unknown[] | undefined);
    return { rows: res.rows };
  };
  const exec = async (text: string) => {
    await lite.exec(text);
  };
  return {
    engine: 'pglite',
    query,
    exec,
    tx: (fn) =>
      lite.transaction((t) =>
        fn({
          query: async <T extends object>(text: string, params?: readonly unknown[]) => ({
            rows: (await t.query<T>(text, params as unknown[] | undefined)).rows,
          }),
          exec: async (text: string) => {
            await t.exec(text);
          },
        }),
      ),
    // PGlite has a single connection, so no other process can race us.
    withLock: (_key, fn) => fn({ query, exec }),
    capped: (fn) => fn({ query, exec }),
    read: {
      query,
      exec,
      capped: (fn) => fn({ query, exec }),
      lagging: false,
      mark: async () => undefined,
      reached: async () => true,
    },
    close: async () => {
      try {
        await lite.close();
      } finally {
        lock?.release();
      }
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    pools: () => [
      {
        name: 'embedded',
        stats: () => ({ total: 1, idle: 1, waiting: 0 }),
        ping: async () => {
          await lite.query('SELECT 1');
          // A full disk does not fail a read: say so before writes start to hang.
          const full = dataDir && lock ? diskProblem(dataDir) : null;
          if (full) throw new Error(full);
        },
      },
    ],
  };
}

export interface PostgresOptions {
  max?: number;
  /** Start-up locks (migrations, queue setup) connect here: a server, not a transaction pooler. */
  directUrl?: string;
  /** A streaming replica for `Db.read`. */
  readUrl?: string;
}

async function openPool(url: string, max: number, what: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  const client = await pool.connect().catch((err: Error) => {
    void pool.end();
    throw new DatabaseUnavailable(`Cannot connect to ${what} (${redactUrl(url)}): ${err.message}`);
  });
  client.release();
  return pool;
}

function wrap(c: pg.PoolClient | pg.Client): Queryable {
  return {
    query: async <T extends object>(text: string, params?: readonly unknown[]) =>
      ({ rows: (await c.query(text, params as unknown[] | undefined)).rows }) as { rows: T[] },
    exec: async (text: string) => {
      await c.query(text);
    },
  };
}

async function onClient<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    return await fn(c);
  } finally {
    c.release();
  }
}

async function inTx<T>(pool: pg.Pool, begin: string, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return onClient(pool, async (c) => {
    await c.query(begin);
    try {
      const out = await fn(wrap(c));
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    }
  });
}

// One simple-protocol message: BEGIN and the cap arrive together, so the cap costs no extra trip.
// The same message turns off, for this transaction only, two things that cost a capped read more
// than they give (issue #15, 16 concurrent searches on 2 cores): JIT compilation, which PostgreSQL
// starts for any plan whose estimated cost passes jit_above_cost and which took 50-300 ms of a
// search's time (the cube sums and GIN reads are costed high but run in milliseconds), and parallel
// workers, which under concurrent searches only add processes fighting for the same cores.
const CAPPED_BEGIN = `BEGIN; SET LOCAL statement_timeout = ${CAPPED_STATEMENT_MS}; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0`;

const poolStatsOf = (p: pg.Pool): PoolStats => ({
  total: p.totalCount,
  idle: p.idleCount,
  waiting: p.waitingCount,
});

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<Db> {
  const max = opts.max ?? 10;
  const pool = await openPool(url, max, 'DATABASE_URL');
  const replica = opts.readUrl
    ? await openPool(opts.readUrl, max, 'DATABASE_READ_URL').catch(async (err: unknown) => {
        await pool.end();
        throw err;
      })
    : undefined;
  const directUrl = opts.directUrl ?? url;
  const sticky = () => primaryReads.getStore() === true;
  const readPool = () => (replica && !sticky() ? replica : pool);
  const query = async <T extends object>(text: string, params?: readonly unknown[]) =>
    ({ rows: (await pool.query(text, params as unknown[] | undefined)).rows }) as { rows: T[] };
  const exec = async (text: string) => {
    await pool.query(text);
  };
  const pools: PoolInfo[] = [
    {
      name: 'primary',
      stats: () => poolStatsOf(pool),
      ping: async () => {
        await pool.query('SELECT 1');
      },
    },
  ];
  if (replica)
    pools.push({
      name: 'replica',
      stats: () => poolStatsOf(replica),
      ping: async () => {
        await replica.query('SELECT 1');
      },
    });
  return {
    engine: 'postgres',
    query,
    exec,
    tx: (fn) => inTx(pool, 'BEGIN', fn),
    withLock: (key, fn, lockOpts) => withServerLock(directUrl, key, fn, lockOpts?.onWait),
    capped: (fn) => inTx(pool, CAPPED_BEGIN, fn),
    read: {
      query: async <T extends object>(text: string, params?: readonly unknown[]) =>
        ({ rows: (await readPool().query(text, params as unknown[] | undefined)).rows }) as { rows: T[] },
      exec: async (text: string) => {
        await readPool().query(text);
      },
      capped: (fn) => inTx(readPool(), CAPPED_BEGIN, fn),
      get lagging() {
        return Boolean(replica) && !sticky();
      },
      mark: async () => {
        if (!replica || sticky()) return undefined;
        const { rows } = await pool.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
        return rows[0]?.lsn;
      },
      reached: async (mark) => {
        if (!mark || !replica || sticky()) return true;
        const { rows } = await replica.query<{ ok: boolean | null }>(
          'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok',
          [mark],
        );
        return rows[0]?.ok === true;
      },
    },
    close: async () => {
      await Promise.all([pool.end(), replica?.end()]);
    },
    poolStats: () => {
      const all = pools.map((p) => p.stats());
      return {
        total: all.reduce((n, s) => n + s.total, 0),
        idle: all.reduce((n, s) => n + s.idle, 0),
        waiting: all.reduce((n, s) => n + s.waiting, 0),
      };
    },
    pools: () => pools,
  };
}

/** How often a process waiting for a start-up lock says so, and retries. */
const LOCK_REPORT_MS = 5000;
const LOCK_RETRY_MS = 250;

/**
 * The lock lives in an open transaction on its own connection (`pg_try_advisory_xact_lock`), and
 * the work runs on a second one, so the work may commit its own transactions. If this process dies,
 * its connections close and the server ends the transaction: the lock can never be left behind,
 * even when `url` is a PgBouncer in transaction mode (a transaction keeps its server connection).
 */
async function withServerLock<T>(
  url: string,
  key: number,
  fn: (q: Queryable) => Promise<T>,
  onWait: LockWait | undefined,
): Promise<T> {
  const holder = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  const worker = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  holder.on('error', () => {});
  worker.on('error', () => {});
  try {
    await holder.connect();
    await worker.connect();
    await holder.query('BEGIN');
    const started = Date.now();
    let reported = started;
    for (;;) {
      const { rows } = await holder.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
        key,
      ]);
      if (rows[0]?.ok) break;
      if (Date.now() - reported >= LOCK_REPORT_MS) {
        reported = Date.now();
        onWait?.({ key, waitedMs: reported - started, holder: await lockHolder(worker, key) });
      }
      await new Promise((r) => setTimeout(r, LOCK_RETRY_MS));
    }
    try {
      return await fn(wrap(worker));
    } finally {
      await holder.query('COMMIT').catch(() => {});
    }
  } finally {
    await Promise.all([holder.end().catch(() => {}), worker.end().catch(() => {})]);
  }
}

/** Who holds an advisory lock: "pid 123 (deskhire, 10.0.0.5)", for the waiting line. */
async function lockHolder(q: pg.Client, key: number): Promise<string | undefined> {
  const { rows } = await q
    .query<{ who: string }>(
      `SELECT 'pid ' || l.pid || ' (' || coalesce(nullif(a.application_name, ''), 'unnamed') || ', ' ||
              coalesce(host(a.client_addr), 'local') || ')' AS who
         FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objid = $1::bigint % 4294967296`,
      [key],
    )
    .catch(() => ({ rows: [] as { who: string }[] }));
  return rows[0]?.who;
}

export class DatabaseUnavailable extends Error {}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  directUrl?: string;
  readUrl?: string;
}): Promise<Db> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, { directUrl: opts.directUrl, readUrl: opts.readUrl })
    : openPglite(opts.dataDir);
}
