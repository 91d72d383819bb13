// `npm run bench:applicants -- --applicants 300`: the employer's applicant list of one job with N
// applicants (profiles from the demo generator, a few stage moves), as the applicants page reads it
// (contact-view audit on). On BENCH_DATABASE_URL (an empty or previously seeded PostgreSQL database)
// or, without it, an in-memory PGlite. Prints p50/p95 and the queries one list sends.
// 25 Nov 2026, 300 applicants, 2 shared cores: PostgreSQL p50 20-28 ms, 10 queries (before the
// page's profiles and accounts were read at once: p50 165-180 ms, 609 queries); PGlite 45 ms (was 286).
import { parseArgs } from 'node:util';
import type { AuthUser } from '../src/modules/accounts/index.ts';
import type { StageBody } from '../src/modules/applications/index.ts';
import { DEMO_LOGINS, seedDemo } from '../src/modules/demo/index.ts';
import type { JobBody } from '../src/modules/jobs/index.ts';
import { createServices } from '../src/services.ts';
import { type Db, openPglite, openPostgres, type Queryable } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';

const { values } = parseArgs({
  options: {
    applicants: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '30' },
  },
  allowPositionals: true,
  strict: false,
});
const applicants = Number(values.applicants);
const rounds = Number(values.rounds);
const TITLE = `Bench applicant list (${applicants})`;

const url = process.env.BENCH_DATABASE_URL;
const raw: Db = url ? await openPostgres(url) : await openPglite();
await migrate(raw);

let queries = 0;
const wrap = (q: Queryable): Queryable => ({
  exec: (text) => {
    queries++;
    return q.exec(text);
  },
  query: (text, params) => {
    queries++;
    return q.query(text, params);
  },
});
const db = {
  ...raw,
  ...wrap(raw),
  tx: <T>(fn: (q: Queryable) => Promise<T>) => raw.tx((q) => fn(wrap(q))),
  capped: <T>(fn: (q: Queryable) => Promise<T>) => raw.capped((q) => fn(wrap(q))),
} as Db;
const services = createServices(db, { sessionDays: 1 });

if (!(await services.accounts.byPhone(DEMO_LOGINS.employer.phone)))
  await seedDemo(raw, { jobs: 0, companies: 5, seekers: Math.max(applicants + 10, 500), batch: 5000 });
const found = await services.accounts.byPhone(DEMO_LOGINS.employer.phone);
if (!found) throw new Error('demo employer missing');
const employer: AuthUser = found;

const existing = (await services.jobs.listMine(employer)).find((j) => j.title === TITLE);
let jobId = existing?.id;
if (jobId === undefined) {
  const t0 = performance.now();
  const job = await services.jobs.create(employer, {
    title: TITLE,
    description: 'Answer inbound customer calls about orders and refunds. Freshers welcome; training given.',
    category: 'customer_service',
    role: 'customer-service-representative',
    industry: 'e-commerce',
    city: 'mumbai',
    locality: 'powai',
    work_mode: 'onsite',
    shift: 'day',
    salary_min: 15000,
    salary_max: 22000,
    experience_min: 0,
    experience_max: 2,
    education_min: '12th',
    languages: [{ language: 'english', level: 'fluent' }, 'hindi'],
    skills: ['communication', 'crm-tools'],
    perks: ['pf'],
    openings: applicants,
    status: 'published',
  } as JobBody);
  jobId = job.id;
  const { rows } = await raw.query<{ id: string; name: string }>(
    `SELECT id, name FROM users WHERE role = 'seeker' AND deleted_at IS NULL ORDER BY phone LIMIT $1`,
    [applicants],
  );
  if (rows.length < applicants) throw new Error(`only ${rows.length} seekers to apply`);
  for (const [i, s] of rows.entries()) {
    const { application } = await services.applications.apply(
      { id: s.id, role: 'seeker', name: s.name },
      jobId,
    );
    if (i % 5 === 0)
      await services.applications.moveStage(employer, application.id, {
        stage: 'shortlisted' as StageBody['stage'],
      });
  }
  if (raw.engine === 'postgres') await raw.query('VACUUM ANALYZE');
  console.log(
    `job ${jobId}: ${applicants} applications in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
for (let i = 0; i < 3; i++) await services.applications.listForJob(employer, jobId);
const times: number[] = [];
let sent = 0;
let items = 0;
for (let i = 0; i < rounds; i++) {
  const before = queries;
  const t0 = performance.now();
  items = (await services.applications.listForJob(employer, jobId)).items.length;
  times.push(performance.now() - t0);
  sent = queries - before;
}
console.log(
  `${raw.engine}: listForJob, ${items} applicants, ${rounds} rounds: p50 ${pct(times, 0.5).toFixed(1)} ms  p95 ${pct(times, 0.95).toFixed(1)} ms  ${sent} queries a list`,
);
await raw.close();
