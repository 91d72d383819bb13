// `npm run bench:search-trace`: where one search spends its time, statement by statement. Runs each
// given search once through the real search service (no HTTP, no cache hit: the caches are
// emptied first) on a kept database, and prints every statement it sent with its time; with
// --explain, the two slowest statements of each search again under EXPLAIN (ANALYZE, BUFFERS)
// (planning and execution time; --plan prints the plans). Single
// client, so the figures are distorted less by the machine's load than the bench's. Not in `npm test`.
// Usage: npm run bench:search-trace -- (--database-url URL | --pglite-dir DIR) [--explain|--plan] [--sql]
//        'q=call centre&city=thane&salary_min=16000' ...   (no searches: the long-tail shapes below)
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createCommuteService } from '../src/modules/commute/index.ts';
import { createSearchService, type SearchQuery } from '../src/modules/search/index.ts';
import { createTaxonomyService } from '../src/modules/taxonomy/index.ts';
import { type Db, openPglite, openPostgres, type Queryable } from '../src/shared/db/db.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'database-url': { type: 'string' },
    'pglite-dir': { type: 'string' },
    explain: { type: 'boolean', default: false },
    plan: { type: 'boolean', default: false },
    sql: { type: 'boolean', default: false },
  },
});

/** One of each long-tail shape of bench/search-clients.ts (words x place x pay floor). */
const SHAPES = [
  'q=call centre&city=mumbai&salary_min=15000',
  'q=call centre&city=mumbai&salary_min=16000',
  'q=telecaller&near=19.2183,72.9781&radius_km=10&salary_min=18000',
  'q=back office&near=19.0596,72.8295&radius_km=5&salary_min=22000',
  'q=fresher&city=pune&salary_min=12000',
  'q=fresher&near=19.1197,72.8468&radius_km=15&salary_min=16000',
  'q=work from home&city=thane&salary_min=20000',
  'q=work from home&near=18.5204,73.8567&radius_km=10&salary_min=25000',
  'q=kyc&city=mumbai&salary_min=15000',
  'q=international voice&near=19.1197,72.8468&radius_km=3&salary_min=30000',
  'q=night shift&city=navi-mumbai&salary_min=18000',
  'q=custmer suport&city=pune&salary_min=16000',
  'q=कॉल सेंटर&near=19.0330,73.0297&radius_km=10&salary_min=20000',
  'q=naukri back office&city=mumbai&salary_min=35000',
  'q=team leader&near=19.1197,72.8468&radius_km=15&salary_min=10000',
];

interface Sent {
  sql: string;
  params: readonly unknown[] | undefined;
  ms: number;
}

/** The Db with every statement timed into `log` (BEGIN/COMMIT of capped reads included). */
function traced(db: Db, log: Sent[]): Db {
  const wrap = (q: Queryable): Queryable => ({
    query: async (sql, params) => {
      const t = performance.now();
      try {
        return await q.query(sql, params);
      } finally {
        log.push({ sql, params, ms: performance.now() - t });
      }
    },
    exec: (sql) => q.exec(sql),
  });
  return {
    ...db,
    ...wrap(db),
    capped: (fn) => db.capped((q) => fn(wrap(q))),
    tx: (fn) => db.tx((q) => fn(wrap(q))),
    read: Object.assign(Object.create(db.read), {
      ...wrap(db.read),
      capped: <T>(fn: (q: Queryable) => Promise<T>) => db.read.capped((q) => fn(wrap(q))),
      mark: () => db.read.mark(),
      reached: (m: string | undefined) => db.read.reached(m),
    }),
  } as Db;
}

const url = args['database-url'];
const raw = url ? await openPostgres(url) : await openPglite(args['pglite-dir']);
const log: Sent[] = [];
const db = traced(raw, log);
const search = createSearchService(db, {
  taxonomy: createTaxonomyService(raw),
  commute: createCommuteService(raw),
});
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

await search.searchJson({}); // parser and taxonomy warm-up, not measured
for (const qs of positionals.length ? positionals : SHAPES) {
  await raw.exec('DELETE FROM search_counts; DELETE FROM search_pages; DELETE FROM search_responses');
  const query = Object.fromEntries(new URLSearchParams(qs)) as Record<string, unknown>;
  for (const k of ['salary_min', 'radius_km', 'experience_max', 'commute_max_min', 'limit'])
    if (query[k] !== undefined) query[k] = Number(query[k]);
  log.length = 0;
  const t = performance.now();
  const body = JSON.parse(await search.searchJson(query as SearchQuery)) as {
    total?: number;
    total_is_estimate?: boolean;
    items: unknown[];
  };
  const total = performance.now() - t;
  const sqlMs = log.reduce((s, e) => s + e.ms, 0);
  console.log(
    `\n${qs}\n  ${total.toFixed(1)} ms in all, ${log.length} statements (${sqlMs.toFixed(1)} ms summed; counts and page overlap), ` +
      `total ${body.total}${body.total_is_estimate ? ' (estimate)' : ''}, ${body.items.length} items`,
  );
  const slow = [...log].sort((a, b) => b.ms - a.ms);
  for (const e of log)
    console.log(`  ${e.ms.toFixed(1).padStart(7)} ms  ${oneLine(e.sql).slice(0, args.sql ? 10_000 : 110)}`);
  // The two slowest reads again under EXPLAIN ANALYZE: planning and execution apart (--plan: the plan).
  for (const e of args.explain || args.plan ? slow.slice(0, 2) : []) {
    if (!/^\s*(WITH|SELECT|\()/i.test(e.sql) || /^\s*EXPLAIN/i.test(e.sql)) continue;
    // Inside a capped read, so under the search's own session settings (CAPPED_BEGIN in db.ts).
    const { rows } = await raw.capped((q) =>
      q.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${e.sql}`, e.params),
    );
    const lines = rows.map((r) => String(Object.values(r)[0]));
    const times = lines.filter((l) => /^(Planning|Execution) Time/.test(l)).join(', ');
    console.log(`  EXPLAIN ANALYZE of "${oneLine(e.sql).slice(0, 60)}": ${times}`);
    if (args.plan) console.log(lines.map((l) => `    ${l}`).join('\n'));
  }
}
await raw.close();
