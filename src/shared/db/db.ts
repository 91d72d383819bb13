// One small query interface over two engines: PGlite (embedded, files under DATA_DIR) and a
// PostgreSQL server (DATABASE_URL). Modules write plain PostgreSQL against `Queryable`; nothing
// outside this folder knows which engine runs.
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
  /** Runs `fn` in one transaction; a thrown error rolls everything back. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Runs `fn` on one dedicated connection holding a session advisory lock (start-up work). */
  withLock<T>(key: number, fn: (q: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` on one connection where every statement is cut off after `CAPPED_STATEMENT_MS`
   * (SQLSTATE 57014): public reads that a query string shapes (search). The server engine keeps a
   * small pool with the cap set at connect, so a capped read costs no extra round trips; PGlite runs
   * one statement at a time in process and has no cap.
   */
  capped<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Connection pool figures for /metrics (PGlite: one connection, never waiting). */
  poolStats(): PoolStats;
  /** Every pool this handle draws from, each with a probe; readiness pings them all. */
  pools(): PoolProbe[];
}

export interface PoolProbe {
  /** `main`, `capped` (and `read` once a replica is configured); `embedded` for PGlite. */
  name: string;
  /** Resolves when the pool hands out a working connection; rejects with the reason otherwise. */
  ping(): Promise<void>;
}

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

export async function openPglite(dataDir?: string): Promise<Db> {
  // A folder is locked to this process first (a second server on it refuses with one line).
  const lock = dataDir && !dataDir.startsWith('memory://') ? lockDataDir(dataDir) : undefined;
  const lite = await PGlite.create(dataDir ?? 'memory://', {
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
        ping: async () => {
          await query('SELECT 1');
          // A full disk does not fail a read: say so before writes start to hang.
          const full = dataDir && lock ? diskProblem(dataDir) : null;
          if (full) throw new Error(full);
        },
      },
    ],
  };
}

export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  const client = await pool.connect().catch((err: Error) => {
    void pool.end();
    throw new DatabaseUnavailable(`Cannot connect to DATABASE_URL (${redactUrl(url)}): ${err.message}`);
  });
  client.release();
  // Capped reads get their own pool, opened lazily, whose connections start with the time cap.
  let cappedPool: pg.Pool | undefined;
  const capPool = () => {
    if (!cappedPool) {
      cappedPool = new pg.Pool({
        connectionString: url,
        max: opts.max ?? 10,
        connectionTimeoutMillis: 5000,
        statement_timeout: CAPPED_STATEMENT_MS,
      });
      cappedPool.on('error', () => {});
    }
    return cappedPool;
  };
  const onClient = async <T>(fn: (c: pg.PoolClient) => Promise<T>, from: pg.Pool = pool): Promise<T> => {
    const c = await from.connect();
    try {
      return await fn(c);
    } finally {
      c.release();
    }
  };
  const wrap = (c: pg.PoolClient): Queryable => ({
    query: async <T extends object>(text: string, params?: readonly unknown[]) =>
      ({ rows: (await c.query(text, params as unknown[] | undefined)).rows }) as { rows: T[] },
    exec: async (text: string) => {
      await c.query(text);
    },
  });
  return {
    engine: 'postgres',
    query: async <T extends object>(text: string, params?: readonly unknown[]) =>
      ({ rows: (await pool.query(text, params as unknown[] | undefined)).rows }) as { rows: T[] },
    exec: async (text: string) => {
      await pool.query(text);
    },
    tx: (fn) =>
      onClient(async (c) => {
        await c.query('BEGIN');
        try {
          const out = await fn(wrap(c));
          await c.query('COMMIT');
          return out;
        } catch (err) {
          await c.query('ROLLBACK').catch(() => {});
          throw err;
        }
      }),
    withLock: (key, fn) =>
      onClient(async (c) => {
        await c.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn(wrap(c));
        } finally {
          await c.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {});
        }
      }),
    capped: (fn) => onClient((c) => fn(wrap(c)), capPool()),
    close: async () => {
      await Promise.all([pool.end(), cappedPool?.end()]);
    },
    pools: () => [
      { name: 'main', ping: async () => void (await pool.query('SELECT 1')) },
      { name: 'capped', ping: async () => void (await capPool().query('SELECT 1')) },
    ],
    poolStats: () => ({
      total: pool.totalCount + (cappedPool?.totalCount ?? 0),
      idle: pool.idleCount + (cappedPool?.idleCount ?? 0),
      waiting: pool.waitingCount + (cappedPool?.waitingCount ?? 0),
    }),
  };
}

export class DatabaseUnavailable extends Error {}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
