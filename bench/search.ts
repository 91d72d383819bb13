// `npm run bench:search`: seeds N jobs on each engine, warms up, and prints p50/p95/p99 of a mixed
// search query set (service level), requests per second through real HTTP (autocannon), and a naive
// baseline (the same searches with ILIKE and no index) in the same run.
// Usage: npm run bench:search -- [--engine both|postgres|pglite] [--jobs N] [--pg-jobs N]
//        [--pglite-jobs N] [--seconds S] [--port P] [--rounds R] [--connections C]
//        [--pg-database NAME (keep and reuse: seeded once, migrated every run)]
//        [--pglite-dir PATH (the same for PGlite: a data folder kept between runs)] [--seed-only]

import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemo } from '../src/modules/demo/index.ts';
import type { SearchQuery } from '../src/modules/search/index.ts';
import { parseQuery } from '../src/modules/search/index.ts';
import { createServices } from '../src/services.ts';
import { type Db, openPglite, openPostgres } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';
import { loadGazetteer } from '../src/shared/reference/index.ts';
import { naiveSearch } from './search-naive.ts';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    jobs: { type: 'string' },
    'pg-jobs': { type: 'string' },
    'pglite-jobs': { type: 'string' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '3301' },
    rounds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    // Keep (and reuse) a PostgreSQL database of this name instead of a throw-away one: seeded once
    // when it has no jobs, migrated on every run, never dropped.
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
];

/** A search around a point: `near`, or a locality the parser reads in q (the mix has two). */
const gazetteer = loadGazetteer();
const isPlace = (q: SearchQuery) =>
  Boolean(q.near || q.locality || (q.q && parseQuery(q.q, gazetteer).locality));

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
function summary(label: string, times: number[]): void {
  const s = [...times].sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(34)} n=${String(s.length).padStart(5)}  p50 ${fmt(pct(s, 0.5)).padStart(10)}  p95 ${fmt(pct(s, 0.95)).padStart(10)}  p99 ${fmt(pct(s, 0.99)).padStart(10)}`,
  );
}

function toQs(q: SearchQuery): string {
  return new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
}

async function seed(db: Db, jobs: number): Promise<void> {
  const started = Date.now();
  let last = 0;
  await seedDemo(db, {
    jobs,
    companies: 200,
    seekers: 50,
    seed: 20261124,
    batch: 2000,
    onProgress: (done, total) => {
      if (Date.now() - last > 5000 || done === total) {
        last = Date.now();
        const rate = Math.round(done / ((Date.now() - started) / 1000));
        process.stdout.write(
          `  seeded ${done.toLocaleString('en-IN')} / ${total.toLocaleString('en-IN')} (${rate}/s)\n`,
        );
      }
    },
  });
  await db.exec('ANALYZE');
  console.log(`  seed + analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function runEngine(engine: 'postgres' | 'pglite', jobs: number): Promise<void> {
  console.log(`\n== ${engine}: ${jobs.toLocaleString('en-IN')} jobs`);
  let db: Db;
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
    db = await openPostgres(withDatabaseName(adminUrl, name), { max: 16 });
    if (!keep)
      cleanup = async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
  } else {
    db = await openPglite(args['pglite-dir']);
  }
  try {
    await migrate(db);
    const { rows: had } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
    if (had[0]!.n === 0) await seed(db, jobs);
    else console.log(`  reusing ${had[0]!.n.toLocaleString('en-IN')} jobs already seeded`);
    if (args['seed-only']) return;
    // A reused database may hold jobs that expired since it was seeded.
    const services = createServices(db, { sessionDays: 1 });
    const gone = await services.search.expire();
    if (gone) console.log(`  swept ${gone.toLocaleString('en-IN')} expired jobs out of the search document`);
    await db.exec('ANALYZE job_search; ANALYZE job_search_facets');
    const { rows: live } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM job_search');
    console.log(`  live jobs in the search document: ${live[0]!.n.toLocaleString('en-IN')}`);
    const rounds = Number(args.rounds);

    // A seeker's visit: page one, then page two through the cursor page one returned.
    // A search cut off by the statement timeout answers 400 ("too broad"): counted, timed, reported.
    const failed: string[] = [];
    const visit = async (q: SearchQuery, into: number[]) => {
      let t = performance.now();
      let first: Awaited<ReturnType<typeof services.search.search>>;
      try {
        first = await services.search.search(q);
      } catch (err) {
        into.push(performance.now() - t);
        failed.push(`${JSON.stringify(q)}: ${(err as Error).message}`);
        return;
      }
      into.push(performance.now() - t);
      if (!first.next_cursor) return;
      t = performance.now();
      await services.search.search({ ...q, cursor: first.next_cursor });
      into.push(performance.now() - t);
    };
    // Cold: every query right after a write, so nothing comes from the cache.
    // An untimed pass first opens the pool's connections and loads their catalog caches, as a
    // running server has; the caches of answers stay cold (a generation bump before every search).
    for (const q of MIXED) {
      await db.query(`SELECT nextval('search_generation')`);
      await visit(q, []);
    }
    const cold: number[] = [];
    const coldNoPlace: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let r = 0; r < 3; r++) {
      for (const q of MIXED) {
        await db.query(`SELECT nextval('search_generation')`);
        const mine: number[] = [];
        await visit(q, mine);
        cold.push(...mine);
        if (!isPlace(q)) coldNoPlace.push(...mine);
        perQuery.set(JSON.stringify(q), [...(perQuery.get(JSON.stringify(q)) ?? []), ...mine]);
      }
    }
    if (process.env.BENCH_DEBUG)
      for (const [q, times] of perQuery)
        console.log(`    ${q}: ${times.map((t) => t.toFixed(1)).join(' ')} ms`);
    // Warm: one untimed round fills the caches (each cold search above bumped the generation, so
    // only the last one's entries were still valid), then the timed rounds.
    for (const q of MIXED) await visit(q, []);
    const warm: number[] = [];
    const warmNoPlace: number[] = [];
    for (let r = 0; r < rounds; r++)
      for (const q of MIXED) {
        const mine: number[] = [];
        await visit(q, mine);
        warm.push(...mine);
        if (!isPlace(q)) warmNoPlace.push(...mine);
      }
    // As served over HTTP: searchJson, whose whole answer comes from search_responses when cached.
    const served: number[] = [];
    const serve = async (q: SearchQuery) => {
      let t = performance.now();
      const first = JSON.parse(await services.search.searchJson(q)) as { next_cursor: string | null };
      served.push(performance.now() - t);
      if (!first.next_cursor) return;
      t = performance.now();
      await services.search.searchJson({ ...q, cursor: first.next_cursor });
      served.push(performance.now() - t);
    };
    for (const q of MIXED) await serve(q);
    served.length = 0;
    for (let r = 0; r < rounds; r++) for (const q of MIXED) await serve(q);
    console.log('  latency (service, one at a time):');
    summary('mixed set, caches cold', cold);
    summary('mixed set, ranking + counts cached', warm);
    summary('mixed set, as served (answer cached)', served);
    summary('mixed set, cold + ranking cached', [...cold, ...warm]);
    // The same run without the two place searches (near / a locality in q), the slow part at 1M.
    summary('without place searches, cold', coldNoPlace);
    summary('without place searches, warm', warmNoPlace);
    if (failed.length)
      console.log(
        `  ${failed.length} searches cut off at the 2 s statement timeout (400):\n    ${[...new Set(failed)].join('\n    ')}`,
      );

    const naive: number[] = [];
    for (const q of MIXED) {
      const t = performance.now();
      await naiveSearch(db, q);
      naive.push(performance.now() - t);
    }
    summary('naive baseline (ILIKE, no index)', naive);
    const s1 = [...cold, ...warm].sort((a, b) => a - b);
    const s2 = [...naive].sort((a, b) => a - b);
    console.log(
      `  naive / ours at p50: ${(pct(s2, 0.5) / pct(s1, 0.5)).toFixed(1)}x, at p95: ${(pct(s2, 0.95) / pct(s1, 0.95)).toFixed(1)}x`,
    );

    const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0' });
    const app = await buildApp({ db, config });
    const port = Number(args.port);
    await app.listen({ port, host: '127.0.0.1' });
    try {
      // autocannon runs in a child process, so the server keeps this process's event loop to itself.
      const paths = MIXED.map((q) => `/api/v1/jobs?${toQs(q)}`);
      const connections = Number(args.connections);
      // Warm-up: each search of the set and its page two once, as a first seeker would.
      for (const path of paths) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        const body = (await res.json()) as { next_cursor?: string | null };
        if (body.next_cursor)
          await (
            await fetch(`http://127.0.0.1:${port}${path}&cursor=${encodeURIComponent(body.next_cursor)}`)
          ).text();
      }
      await http('steady: no job changes', port, paths, connections);
      // Every job change invalidates every cached answer (search_generation): an employer's edit each
      // second is far above WorkIndia's ~300k new jobs a month (one per 9 s): the pessimistic case.
      const { rows: edited } = await db.query<{ id: number }>(
        `SELECT id FROM job_search WHERE expires_at > now() + interval '1 day' ORDER BY id LIMIT 10`,
      );
      let edits = 0;
      const writer = setInterval(() => {
        const id = edited[edits++ % edited.length]!.id;
        void db.query(`UPDATE jobs SET title = title WHERE id = $1`, [id]);
      }, 1000);
      try {
        await http('a job edited every second', port, paths, connections);
      } finally {
        clearInterval(writer);
      }
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    await cleanup();
  }

  async function http(label: string, port: number, paths: string[], connections: number): Promise<void> {
    {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/search-load.ts',
          `http://127.0.0.1:${port}`,
          args.seconds!,
          String(connections),
          JSON.stringify(paths),
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      await new Promise((resolve, reject) =>
        child.on('exit', (code) =>
          code === 0 ? resolve(code) : reject(new Error(`load generator exited ${code}`)),
        ),
      );
      const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
      console.log(
        `  HTTP, ${label} (autocannon in a child process, ${connections} connections, ${args.seconds} s): ${Math.round(r.rps!)} req/s, ` +
          `latency p50 ${r.p50} ms, p97.5 ${r.p97_5} ms, p99 ${r.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors`,
      );
    }
  }
}

// Run as a script only (the debug helpers import MIXED).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const engines =
    args.engine === 'both' ? (['postgres', 'pglite'] as const) : ([args.engine] as ('postgres' | 'pglite')[]);
  for (const engine of engines) {
    const override = engine === 'postgres' ? args['pg-jobs'] : args['pglite-jobs'];
    const jobs = Number(override ?? args.jobs ?? (engine === 'postgres' ? 1_000_000 : 100_000));
    await runEngine(engine, jobs);
  }
}
