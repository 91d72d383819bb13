// `npm run bench:candidates -- --seekers 100000`: candidate search over N demo seekers (about 80%
// opted in). On BENCH_DATABASE_URL (an empty or previously seeded PostgreSQL database) or, without
// it, an in-memory PGlite. Prints p50/p95 per query shape and the indexes each plan uses.
import { parseArgs } from 'node:util';
import { DEMO_LOGINS, seedDemo } from '../src/modules/demo/index.ts';
import type { CandidateQuery } from '../src/modules/seekers/index.ts';
import { candidateSql } from '../src/modules/seekers/index.ts';
import { createServices } from '../src/services.ts';
import { type Db, openPglite, openPostgres } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';

const { values } = parseArgs({
  options: { seekers: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '20' } },
  allowPositionals: true,
  strict: false,
});
const seekers = Number(values.seekers);
const rounds = Number(values.rounds);

const QUERIES: [string, CandidateQuery][] = [
  ['browse', {}],
  ['words + city + education', { q: 'data entry thane 12th pass' }],
  ['words + locality + years', { q: 'telecaller andheri 2 years' }],
  ['locality radius 25 km + skill', { locality: 'hinjewadi', radius_km: 25, skill: 'ms-excel' }],
  ['language + experience', { language: 'english', language_level: 'fluent', experience_min: 3 }],
  ['page 5 of a broad query', { q: 'customer service', page: 5 }],
];

const url = process.env.BENCH_DATABASE_URL;
const db: Db = url ? await openPostgres(url) : await openPglite();
await migrate(db);
const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM seeker_profiles');
if (rows[0]!.n < seekers * 0.9) {
  const t0 = performance.now();
  await seedDemo(db, { jobs: 0, companies: 5, seekers, batch: 5000 });
  if (db.engine === 'postgres') await db.query('VACUUM ANALYZE seeker_profiles, candidate_search');
  console.log(`seeded ${seekers} seekers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const services = createServices(db, { sessionDays: 1 });
const employer = await services.accounts.byPhone(DEMO_LOGINS.employer.phone);
if (!employer) throw new Error('demo employer missing');
const opted = await db.query<{ n: number }>(
  'SELECT count(*)::int AS n FROM seeker_profiles WHERE searchable',
);
console.log(
  `${db.engine}: ${opted.rows[0]!.n} opted-in of ${rows[0]!.n || seekers} seekers, ${rounds} rounds`,
);

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
for (const [name, query] of QUERIES) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    total = (await services.candidates.search(employer, query)).total;
    times.push(performance.now() - t0);
  }
  const resolved = await services.candidates.resolve(query);
  const { text, params } = candidateSql(resolved.filters, resolved.ranking, { limit: 20, offset: 0 });
  const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params)).rows
    .map((r) => r['QUERY PLAN'])
    .join('\n');
  const indexes =
    [...new Set(plan.match(/(seeker_profiles|candidate_search)_\w+_idx/g) ?? [])].join(', ') || 'seq scan';
  console.log(
    `${name.padEnd(32)} total ${String(total).padStart(6)}  p50 ${pct(times, 0.5).toFixed(1)} ms  p95 ${pct(times, 0.95).toFixed(1)} ms  [${indexes}]`,
  );
}
await db.close();
