// Benchmark: recommendations for one seeker against a large set of live jobs on PostgreSQL.
// Target (issue #4): p95 <= 50 ms at 1M live jobs. Uses BENCH_DATABASE_URL (default: the local
// server's `deskhire_bench` database), seeding BENCH_JOBS demo jobs (default 1,000,000) when the
// database is empty. Seekers are synthetic profiles spread over real localities; they need no rows.
import pg from 'pg';
import { rng, seedDemo } from '../src/modules/demo/index.ts';
import { recommendationsRepo } from '../src/modules/recommendations/index.ts';
import type { ProfileRow } from '../src/modules/seekers/index.ts';
import { createServices } from '../src/services.ts';
import { type Db, openPostgres } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';

function withDatabaseName(url: string, name: string): string {
  const u = new globalThis.URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

const SERVER = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const URL = process.env.BENCH_DATABASE_URL ?? withDatabaseName(SERVER, 'deskhire_bench');
const JOBS = Number(process.env.BENCH_JOBS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);

async function ensureDatabase(): Promise<void> {
  const name = new globalThis.URL(URL).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabaseName(URL, 'postgres') });
  await admin.connect();
  const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rows.length) await admin.query(`CREATE DATABASE ${name.replace(/[^a-z0-9_]/gi, '')}`);
  await admin.end();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function benchRecommendations(): Promise<void> {
  await ensureDatabase();
  const db: Db = await openPostgres(URL, { max: 4 });
  try {
    await migrate(db);
    const have = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs')).rows[0]!.n;
    if (have === 0) {
      console.log(
        `recommendations: seeding ${JOBS.toLocaleString('en-IN')} jobs into ${new globalThis.URL(URL).pathname.slice(1)} (once)…`,
      );
      await seedDemo(db, { jobs: JOBS, companies: 2000, seekers: 2000, batch: 2000 });
      // Index-only scans need a current visibility map: vacuum once after the bulk load.
      await db.exec('VACUUM ANALYZE jobs');
    }
    const live = (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM jobs WHERE status = 'published' AND expires_at > now()`,
      )
    ).rows[0]!.n;
    const services = createServices(db, { sessionDays: 1 });
    const tax = await services.taxonomy.get();
    const random = rng(4242);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const weighted = tax.cities.filter((c) => ['mumbai', 'pune', 'thane', 'navi-mumbai'].includes(c.slug));
    const profiles: ProfileRow[] = Array.from({ length: 50 }, (_, i) => {
      const city = i % 5 === 0 ? pick(tax.cities) : pick(weighted);
      const localities = [pick(city.localities), pick(city.localities)];
      const education = pick(tax.education_levels);
      return {
        user_id: `bench-${i}`,
        city: city.slug,
        localities: localities.map((l) => l.slug),
        places: localities.map((l) => ({ slug: l.slug, name: l.name, lat: l.lat, lng: l.lng })),
        travel_km: pick([5, 10, 15, 25]),
        roles: [pick(tax.roles).slug, pick(tax.roles).slug],
        education: education.slug,
        education_rank: education.rank,
        experience_years: pick([0, 0, 1, 2, 5]),
        languages: [
          { language: 'hindi', level: 'fluent' },
          { language: pick(['english', 'marathi']), level: 'conversational' },
        ],
        skills: [pick(tax.skills), pick(tax.skills), pick(tax.skills)],
        salary_min: pick([null, 10000, 15000, 20000]),
        salary_max: null,
        work_modes: pick([[], ['onsite'], ['onsite', 'remote']]),
        shifts: pick([[], ['day'], ['day', 'rotational']]),
        availability: 'immediate',
        home_station: null,
        contact_consent: false,
        searchable: false,
        resume_key: null,
        resume_name: null,
        resume_size: null,
        resume_uploaded_at: null,
        updated_at: new Date(),
      };
    });
    const inputs = await Promise.all(profiles.map((p) => services.recommendations.inputFor(p, [], 20)));
    for (const input of inputs.slice(0, 20)) await recommendationsRepo.recommend(db, input); // warm-up
    const times: number[] = [];
    const slow = process.env.BENCH_DEBUG ? new Map<number, number[]>() : undefined;
    let shown = 0;
    for (let i = 0; i < RUNS; i++) {
      const input = inputs[i % inputs.length]!;
      const t0 = performance.now();
      shown += (await recommendationsRepo.recommend(db, input)).length;
      times.push(performance.now() - t0);
      slow?.set(i % inputs.length, [...(slow.get(i % inputs.length) ?? []), performance.now() - t0]);
    }
    times.sort((a, b) => a - b);
    if (slow)
      for (const [k, v] of slow)
        console.log(
          k,
          profiles[k]!.city,
          inputs[k]!.near.length,
          inputs[k]!.perLocality,
          inputs[k]!.educationRank,
          v.map((x) => x.toFixed(0)).join(' '),
        );
    console.log(
      `recommendations (PostgreSQL, ${live.toLocaleString('en-IN')} live of ${have.toLocaleString('en-IN')} jobs, ${RUNS} requests, 50 seekers): ` +
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, ` +
        `avg ${(shown / RUNS).toFixed(1)} jobs shown (target p95 <= 50 ms)`,
    );
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRecommendations();
