// Loads demo data through the modules' bulk-insert repository functions: on first start of an
// empty embedded database, and from `deskhire seed --jobs N` for any size (streamed in batches).

import type { Db } from '../../shared/db/db.ts';
import { accountsRepo, createAccountsService } from '../accounts/index.ts';
import { companiesRepo } from '../companies/index.ts';
import { jobsRepo } from '../jobs/index.ts';
import { searchBulkLoad } from '../search/index.ts';
import { enrolKnownTotp } from '../security/index.ts';
import { seekersRepo } from '../seekers/index.ts';
import { createTaxonomyService } from '../taxonomy/index.ts';
import {
  DEMO_LOGINS,
  type DemoCompany,
  type DemoJob,
  demoJob,
  demoPastJob,
  demoPeople,
  demoSeekerProfile,
  Picker,
  rng,
} from './demo.generator.ts';
import { demoEmployerCity, seedDemoPipeline } from './demo.pipeline.ts';
import { recordDemoRun } from './demo-runs.ts';

export interface SeedOptions {
  jobs: number;
  /** Postings of the past six months that were filled or expired (insights history); default 0. */
  history?: number;
  companies?: number;
  seekers?: number;
  seed?: number;
  batch?: number;
  /** Fixed "now" so that the same seed yields the same dates (tests); defaults to the clock. */
  now?: number;
  onProgress?: (done: number, total: number) => void;
  /** Applicants, stage moves and views on the demo employer's newest jobs (demo.pipeline.ts). */
  pipeline?: boolean;
  /** Live jobs also in the MMR railway towns (Kalyan-Dombivli, Mira-Bhayandar, ...); default off. */
  mmrTowns?: boolean;
  /**
   * Fill the search tables once at the end (search_bulk_load_begin/end, migration 1300) instead of
   * batch by batch: for large seeds (`deskhire seed`); the jobs are searchable only once it ends.
   */
  bulk?: boolean;
  /** Connections storing batches at once (PostgreSQL only; PGlite has one). Default 1. */
  lanes?: number;
  /** APP_SECRET: seals the demo moderator's published authenticator secret (admins need one). */
  appSecret?: string;
}

export async function seedDemo(
  db: Db,
  opts: SeedOptions,
): Promise<{ users: number; companies: number; jobs: number }> {
  const p = new Picker(rng(opts.seed ?? 20261124));
  const taxonomy = createTaxonomyService(db);
  const tax = await taxonomy.get();
  const accounts = createAccountsService(db, { sessionDays: 1 });
  // One hash for every demo account: hashing 500 passwords would only slow the first start.
  const passwordHash = await accounts.hashPassword(DEMO_LOGINS.password);
  const people = demoPeople(p, opts.companies ?? 50, opts.seekers ?? 500);
  await db.tx(async (q) => {
    await accountsRepo.insertMany(
      q,
      people.users.map((u) => ({ ...u, password_hash: passwordHash })),
    );
    await companiesRepo.insertMany(q, people.companies);
  });
  const moderator = await accounts.byPhone(DEMO_LOGINS.admin.phone);
  if (moderator && opts.appSecret)
    await enrolKnownTotp(db, opts.appSecret, moderator.id, DEMO_LOGINS.adminTotpSecret);
  const companies: DemoCompany[] = people.companies;
  const batch = opts.batch ?? 1000;
  const now = opts.now ?? Date.now();
  const history = opts.history ?? 0;
  // History from its own sequence, so the live jobs are the same with or without it.
  const past = new Picker(rng((opts.seed ?? 20261124) ^ 0x5eed));
  const batches = function* (): Generator<DemoJob[]> {
    for (let made = 0; made < opts.jobs; made += batch)
      yield Array.from({ length: Math.min(batch, opts.jobs - made) }, () =>
        demoJob(p, tax, companies, now, { mmrTowns: opts.mmrTowns }),
      );
    for (let made = 0; made < history; made += batch)
      yield Array.from({ length: Math.min(batch, history - made) }, () =>
        demoPastJob(past, tax, companies, now),
      );
  };
  let done = 0;
  // Batches are generated in order on this thread (so the same seed gives the same jobs) and stored
  // by `lanes` loops at once, each on its own connection; the next batch is made while they store.
  const rows = batches();
  const lane = async () => {
    for (let next = rows.next(); !next.done; next = rows.next()) {
      await jobsRepo.insertMany(db, next.value);
      done += next.value.length;
      opts.onProgress?.(Math.min(done, opts.jobs), opts.jobs);
    }
  };
  const lanes = db.engine === 'postgres' ? Math.max(1, opts.lanes ?? 1) : 1;
  if (opts.bulk) await searchBulkLoad.begin(db);
  await Promise.all(Array.from({ length: lanes }, lane));
  if (opts.bulk) await searchBulkLoad.end(db);
  // Seeker profiles come from their own random stream, so the jobs above stay what they were.
  // Every seeker but the demo login (whose profile is theirs to fill in) gets one.
  const ps = new Picker(rng((opts.seed ?? 20261124) + 1));
  const seekerIds = people.users
    .filter((u) => u.role === 'seeker' && u.phone !== DEMO_LOGINS.seeker.phone)
    .map((u) => u.id);
  for (let i = 0; i < seekerIds.length; i += batch)
    await seekersRepo.insertMany(
      db,
      seekerIds.slice(i, i + batch).map((id) => demoSeekerProfile(ps, tax, id, now)),
    );
  if (opts.pipeline) {
    // The demo seeker: a customer service representative in the city the demo employer hires in
    // most, with applications at three stages (the career "next step" and tracking show at once).
    const seeker = people.users.find((u) => u.phone === DEMO_LOGINS.seeker.phone);
    const citySlug = await demoEmployerCity(db, DEMO_LOGINS.employer.phone);
    const city = tax.cities.find((c) => c.slug === citySlug);
    if (seeker && city) {
      const profile = demoSeekerProfile(ps, tax, seeker.id, now);
      const places = city.localities.slice(0, 2);
      await seekersRepo.insertMany(db, [
        {
          ...profile,
          city: city.slug,
          localities: places.map((l) => l.slug),
          places: places.map((l) => ({ slug: l.slug, name: l.name, lat: l.lat, lng: l.lng })),
          roles: ['customer-service-representative'],
          education: '12th',
          education_rank: tax.education_levels.find((e) => e.slug === '12th')?.rank ?? profile.education_rank,
          experience_years: 1,
          skills: ['communication', 'customer-handling'].filter((s) => tax.skills.includes(s)),
          searchable: false,
          contact_consent: false,
          updated_at: new Date(now).toISOString(),
        },
      ]);
    }
    await db.tx((q) =>
      seedDemoPipeline(q, DEMO_LOGINS.employer.phone, { seekerPhone: DEMO_LOGINS.seeker.phone }),
    );
  }
  await recordDemoRun(db, done);
  await readyToServe(db);
  return { users: people.users.length, companies: companies.length, jobs: done };
}

/**
 * After a bulk load the planner knows nothing of the new rows (PostgreSQL's docs: run ANALYZE after
 * loading data), and autovacuum may take minutes to get there: meanwhile searches plan for empty
 * tables and time out. VACUUM ANALYZE gathers the statistics and also marks the pages all-visible,
 * so index-only scans (the cubes, the rank indexes) skip the heap from the first search.
 */
async function readyToServe(db: Db): Promise<void> {
  await db.exec('VACUUM (ANALYZE)');
}

/** First start of an empty database: the realistic default set (~2,000 live jobs and 1,200 past ones). */
export async function seedDemoIfEmpty(
  db: Db,
  appSecret: string,
): Promise<{ users: number; companies: number; jobs: number } | null> {
  if ((await jobsRepo.count(db)) > 0) return null;
  return seedDemo(db, {
    jobs: 2000,
    history: 1200,
    companies: 50,
    seekers: 500,
    pipeline: true,
    mmrTowns: true,
    appSecret,
  });
}
