// `npm run bench:search`: search as a user meets it. The database is seeded the way the README tells
// a user (`npm run seed -- --jobs N`, a child process), the server started as `npm start` starts it (a
// child process on a spare port), and the load comes from a third process over HTTP:
//   1. never seen: 16 clients, every request a search nobody asked before (words x city or circle x
//      pay floor), so no cache can answer it: the figure users meet on the long tail (the headline);
//   2. cache hits: the mixed set of searches below, asked again and again after one warm-up round:
//      what a popular search costs. Its req/s is a cache-hit figure and is printed as such.
// Not part of `npm test`. A kept database (--pg-database / --pglite-dir) is seeded once and reused
// (the server migrates it at start); without one, a throw-away database is made and dropped.
// Usage: npm run bench:search -- [--engine both|postgres|pglite] [--jobs N] [--pg-jobs N]
//        [--pglite-jobs N] [--seconds S] [--port P] [--clients C]
//        [--pg-database NAME] [--pglite-dir PATH] [--seed-only]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { SearchQuery } from '../src/modules/search/index.ts';
import { openPglite } from '../src/shared/db/db.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    jobs: { type: 'string' },
    'pg-jobs': { type: 'string' },
    'pglite-jobs': { type: 'string' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '3301' },
    clients: { type: 'string', default: '16' },
    'pg-database': { type: 'string' },
    'pglite-dir': { type: 'string' },
    'seed-only': { type: 'boolean', default: false },
  },
});

/** What seekers do: words (English, Hinglish, Devanagari, typos), filters, places, sorts, browsing. */
export const MIXED: SearchQuery[] = [
  {},
  { q: 'call centre' },
  { q: 'call centre job andheri' },
  { q: 'back office ki naukri' },
  { q: 'data entry thane 12th pass' },
  { q: 'custmer suport' },
  { q: 'कॉल सेंटर' },
  { q: 'telecaller', sort: 'salary' },
  { q: 'chat support', work_mode: 'remote' },
  { city: 'pune', category: 'customer_service' },
  { education: '12th', experience_max: 0 } as unknown as SearchQuery,
  { near: '19.1197,72.8468', radius_km: 10, sort: 'distance' },
  { q: 'mis executive', city: 'mumbai', sort: 'recent' },
  { q: 'bpo night shift fresher' },
  { category: 'back_office', sort: 'recent' },
  { q: 'telecaller', city: 'thane', salary_min: 15000 },
];

const toQs = (q: SearchQuery) =>
  new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

/** Runs a command to its end, output passed through; rejects on a non-zero exit. */
function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = spawn(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${argv.join(' ')}: exit ${code}`)),
    ),
  );
}

/** The server as `npm start` runs it (tsx src/server.ts), ready once /health answers. */
async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: '0',
      NODE_ENV: 'production',
      // Production refuses the development key and a non-https address; the bench serves neither
      // mail nor cookies, so a throw-away secret and a placeholder https address stand in.
      APP_SECRET: randomBytes(32).toString('hex'),
      PUBLIC_URL: 'https://bench.invalid',
      LOG_LEVEL: 'warn',
    },
  });
  let exited = false;
  server.on('exit', () => {
    exited = true;
  });
  // Migrations of a reused million-job database may take minutes.
  for (let waited = 0; waited < 900_000; waited += 500) {
    if (exited) throw new Error('the server exited before it was ready');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill('SIGTERM');
  throw new Error('the server was not ready within 15 minutes');
}

interface LoadResult {
  requests: number;
  distinct: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function clients(
  port: number,
  mode: 'paths' | 'longtail' | 'commute',
  arg: string,
): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/search-clients.ts',
      `http://127.0.0.1:${port}`,
      args.seconds!,
      args.clients!,
      mode,
      arg,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  await new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(code) : reject(new Error(`load generator exited ${code}`)),
    ),
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult;
}

function report(label: string, r: LoadResult): void {
  console.log(
    `  ${label}: ${r.requests} requests (${r.distinct} distinct searches), ${r.rps.toFixed(1)} req/s, ` +
      `p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors`,
  );
}

async function pgJobs(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT to_regclass('jobs') IS NOT NULL AS migrated`);
    if (!rows[0].migrated) return 0;
    return (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs')).rows[0]!.n;
  } finally {
    await c.end();
  }
}

async function pgliteJobs(dir: string): Promise<number> {
  if (!existsSync(join(dir, 'PG_VERSION'))) return 0;
  const db = await openPglite(dir);
  try {
    const { rows } = await db.query<{ migrated: boolean }>(
      `SELECT to_regclass('jobs') IS NOT NULL AS migrated`,
    );
    if (!rows[0]!.migrated) return 0;
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs')).rows[0]!.n;
  } finally {
    await db.close();
  }
}

async function runEngine(engine: 'postgres' | 'pglite', jobs: number): Promise<void> {
  console.log(`\n== ${engine}: ${jobs.toLocaleString('en-IN')} jobs (load average ${load()})`);
  let target: string[];
  let env: NodeJS.ProcessEnv;
  let had: number;
  let cleanup = async () => {};
  if (engine === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const keep = args['pg-database'];
    if (keep && !/^[a-z_][a-z0-9_]*$/.test(keep))
      throw new Error('--pg-database: lowercase letters, digits, _');
    const name = keep ?? `deskhire_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    const url = u.toString();
    target = ['--database-url', url];
    env = { DATABASE_URL: url };
    had = await pgJobs(url);
    if (!keep)
      cleanup = async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
  } else {
    const dir = args['pglite-dir'] ?? mkdtempSync(join(tmpdir(), 'deskhire-bench-'));
    target = ['--data-dir', dir];
    env = { DATA_DIR: dir };
    had = await pgliteJobs(dir);
    if (!args['pglite-dir']) cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    if (had === 0) {
      const started = Date.now();
      console.log(`  npm run seed -- --jobs ${jobs} ${target[0]} …`);
      await run('npm', ['run', '--silent', 'seed', '--', '--jobs', String(jobs), ...target]);
      console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } else console.log(`  reusing ${had.toLocaleString('en-IN')} jobs already seeded`);
    if (args['seed-only']) return;
    const port = Number(args.port);
    const started = Date.now();
    const server = await startServer(env, port);
    console.log(`  server ready in ${((Date.now() - started) / 1000).toFixed(1)} s (migrations included)`);
    try {
      // 1. Never seen: nothing in any cache can answer these (each combination is asked once, in an
      // order drawn for this run; cached answers live a minute at most).
      console.log(`  load average before: ${load()}`);
      const seed = Date.now() % 2 ** 31;
      report(
        `never seen (${args.clients} clients, ${args.seconds} s)`,
        await clients(port, 'longtail', String(seed)),
      );
      // 1b. Commute searches (issue #21), never seen: words x station x minutes, read from the
      // stored commute_times (the server builds them at start).
      report(
        `commute, never seen (${args.clients} clients, ${args.seconds} s)`,
        await clients(port, 'commute', String(seed)),
      );
      // 2. Cache hits: one warm-up round (page one and page two), then the same searches again.
      const paths = MIXED.map((q) => `/api/v1/jobs?${toQs(q)}`);
      for (const path of [...paths]) {
        const body = (await (await fetch(`http://127.0.0.1:${port}${path}`)).json()) as {
          next_cursor?: string | null;
        };
        if (body.next_cursor) paths.push(`${path}&cursor=${encodeURIComponent(body.next_cursor)}`);
      }
      for (const path of paths) await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
      report(
        `cache hits, the mixed set (${args.clients} clients, ${args.seconds} s; req/s of cached answers)`,
        await clients(port, 'paths', JSON.stringify(paths)),
      );
      console.log(`  load average after: ${load()}`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.on('exit', r));
    }
  } finally {
    await cleanup();
  }
}

const engines =
  args.engine === 'both' ? (['postgres', 'pglite'] as const) : ([args.engine] as ('postgres' | 'pglite')[]);
for (const engine of engines) {
  const override = engine === 'postgres' ? args['pg-jobs'] : args['pglite-jobs'];
  const jobs = Number(override ?? args.jobs ?? (engine === 'postgres' ? 1_000_000 : 100_000));
  await runEngine(engine, jobs);
}
