// An invariant of search (issue #15), over generated jobs whose role labels are random and so often
// wrong: a query made of a live job's title words finds that job on page one, unless more than a
// page of live jobs carry all those words. Employers pick the nearest box or a generic one; what the
// title says must be enough to be found.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { loadTaxonomy } from '../../shared/reference/index.ts';
import { jobsRepo } from '../jobs/index.ts';
import { normaliseText } from './query-normalise.ts';

const PAGE = 20;
// What employers put in titles: role names, abbreviations and processes, plus words that say nothing
// about the kind of job. Places, pay and experience are left out: those words filter on purpose.
const ROLE_WORDS = [
  'KYC',
  'Chat',
  'Email Support',
  'Telecaller',
  'Data Entry',
  'Back Office',
  'Collections',
  'Recovery',
  'MIS',
  'Accounts',
  'Team Leader',
  'Quality Analyst',
  'Trainer',
  'HR Operations',
  'Documentation',
  'Admin',
  'Customer Care',
  'International Voice',
  'Tech Support',
  'Help Desk',
  'Reconciliation',
  'CCE',
  'DEO',
  'AR Caller',
  'Telesales',
  'Operations',
];
const FILLERS = [
  'Senior',
  'Associate',
  'Executive',
  'Officer',
  'Analyst',
  'Process',
  'Specialist',
  'Apex',
  'Nimbus',
];
const ROLES = loadTaxonomy().roles;

const titleArb = fc
  .tuple(
    fc.subarray(ROLE_WORDS, { minLength: 1, maxLength: 2 }),
    fc.subarray(FILLERS, { minLength: 0, maxLength: 2 }),
  )
  .chain(([roles, fillers]) =>
    fc.shuffledSubarray([...roles, ...fillers], { minLength: roles.length + fillers.length }),
  )
  .map((words) => words.join(' '));

const jobArb = fc.record({
  title: titleArb,
  role: fc.constantFrom(...ROLES),
  skills: fc.subarray(['communication', 'ms-excel', 'data-entry', 'typing', 'tally'], { maxLength: 2 }),
});

forEachEngine('a live job is found by its own title words, whatever role was ticked', ({ db }) => {
  let app: FastifyInstance;
  let companyId = '';
  beforeAll(async () => {
    app = await buildTestApp(db());
    companyId = (await employerWithCompany(app)).companyId;
  });
  afterAll(() => app.close());

  it('holds over generated postings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jobArb, { minLength: 25, maxLength: 40 }), fc.nat(), async (jobs, pick) => {
        await db().query('DELETE FROM jobs');
        const now = new Date().toISOString();
        await jobsRepo.insertMany(
          db(),
          jobs.map((j) => ({
            company_id: companyId,
            title: j.title,
            description: 'Work with our team; training provided.',
            category: j.role.category,
            role: j.role.slug,
            sector: null,
            industry: 'bpo-kpo',
            city: 'pune',
            locality: 'kharadi',
            lat: 18.5515,
            lng: 73.9348,
            work_mode: 'onsite',
            shift: 'day',
            salary_min: 15000,
            salary_max: 20000,
            experience_min: 0,
            experience_max: null,
            education_min: '10th',
            education_rank: 1,
            languages: [],
            skills: j.skills,
            perks: [],
            openings: 1,
            status: 'published',
            posted_at: now,
            expires_at: new Date(Date.now() + 86_400_000).toISOString(),
            created_at: now,
          })),
        );
        const ids = (await db().query<{ id: string }>('SELECT id FROM jobs ORDER BY id')).rows.map((r) =>
          Number(r.id),
        );
        const at = pick % jobs.length;
        const target = jobs[at]!;
        const words = normaliseText(target.title).split(' ');
        const sharing = jobs.filter((j) => {
          const own = new Set(normaliseText(j.title).split(' '));
          return words.every((w) => own.has(w));
        }).length;
        const res = await app.inject({
          method: 'GET',
          url: `/api/v1/jobs?q=${encodeURIComponent(target.title)}&limit=${PAGE}`,
        });
        const found = res.json<{ items: { id: number }[] }>().items.map((i) => i.id);
        if (sharing <= PAGE)
          expect(found, `'${target.title}' filed as ${target.role.slug}`).toContain(ids[at]);
      }),
      { numRuns: 12, seed: 1512 },
    );
  }, 300_000);
});
