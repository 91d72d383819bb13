// `npx tsx bench/trigger-cost.ts [--jobs 5000] [--writes 300]`: what the trigger-maintained
// counters cost on writes. In a throwaway database on the PostgreSQL server (BENCH_ADMIN_URL,
// default the local test server), seeded with demo data, it times one-row job inserts (a posting
// going live, as an employer publishes) and one-row seeker profile updates, first as shipped, then
// with the counter triggers disabled, then with every trigger on the table disabled (the floor).
// Each write is its own autocommit statement, as the app sends them. Dropped at the end.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { seedDemo } from '../src/modules/demo/index.ts';
import { openPostgres } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '5000' }, writes: { type: 'string', default: '300' } },
});
const writes = Number(values.writes);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `deskhire_bench_triggers_${randomBytes(3).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${name}`;
const db = await openPostgres(dbUrl.toString(), { max: 2 });

async function timed(label: string, sql: string, params: (i: number) => unknown[]): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < writes; i++) {
    const t = process.hrtime.bigint();
    await db.query(sql, params(i));
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(2);
  const mean = (ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(2);
  console.log(`${label.padEnd(58)} mean ${mean} ms  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms`);
  return ms;
}

try {
  await migrate(db);
  const seeded = await seedDemo(db, {
    jobs: Number(values.jobs),
    companies: 50,
    seekers: 2000,
    batch: 2000,
  });
  await db.query('ANALYZE');
  console.log(
    `PostgreSQL ${(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v}, ${seeded.jobs} jobs and ` +
      `${seeded.users} users seeded; ${writes} writes per line, one statement each`,
  );
  const { rows: tpl } = await db.query<{ id: number }>(
    `SELECT id FROM jobs WHERE status = 'published' ORDER BY id LIMIT $1`,
    [writes],
  );
  // Every stored column of a published job, so the copy is complete even with triggers off.
  const { rows: colRows } = await db.query<{ c: string }>(
    `SELECT column_name AS c FROM information_schema.columns
      WHERE table_name = 'jobs' AND table_schema = 'public' AND is_generated = 'NEVER'
        AND column_default IS DISTINCT FROM 'nextval' AND is_identity = 'NO'
        AND column_name NOT IN ('id', 'status', 'posted_at', 'expires_at', 'created_at', 'updated_at')`,
  );
  const cols = colRows.map((r) => r.c).join(', ');
  const postJob = `INSERT INTO jobs (${cols}, status, posted_at, expires_at)
    SELECT ${cols}, 'published', now(), now() + interval '30 days' FROM jobs WHERE id = $1`;
  const jobArgs = (i: number) => [tpl[i % tpl.length]!.id];
  const { rows: seekers } = await db.query<{ user_id: string }>(
    'SELECT user_id FROM seeker_profiles WHERE searchable ORDER BY user_id LIMIT $1',
    [writes],
  );
  const editProfile =
    'UPDATE seeker_profiles SET experience_years = (experience_years + 1) % 6 WHERE user_id = $1';
  const seekerArgs = (i: number) => [seekers[i % seekers.length]!.user_id];

  await timed('job published: as shipped (document + cubes + facets)', postJob, jobArgs);
  await timed('seeker profile edit: as shipped (candidate copy + bands)', editProfile, seekerArgs);
  await db.exec('ALTER TABLE job_search DISABLE TRIGGER USER');
  await db.exec('ALTER TABLE candidate_search DISABLE TRIGGER USER');
  await timed('job published: without counter triggers (no cubes/facets)', postJob, jobArgs);
  await timed('seeker profile edit: without band counters', editProfile, seekerArgs);
  await db.exec('ALTER TABLE jobs DISABLE TRIGGER USER');
  await db.exec('ALTER TABLE seeker_profiles DISABLE TRIGGER USER');
  await timed('job published: no triggers at all (the floor)', postJob, jobArgs);
  await timed('seeker profile edit: no triggers at all (the floor)', editProfile, seekerArgs);
} finally {
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
