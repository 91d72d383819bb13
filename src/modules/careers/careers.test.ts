// "Your next step" and verified badges through HTTP on both engines: a seeker with a CSR profile
// gets the next role with its pay step, the skills and checks they lack, and live jobs near them;
// an employer sees applicants' badges and filters the applicant list by badge.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob, register } from '../../../test/support/app.ts';
import { Browser, buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { SqlParams } from '../../shared/db/sql.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('next step and badges', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor & { companyId: string };
  let csr: Actor;
  let teamLeadJob: number;
  let csrJob: number;

  /** A passed typing test, as the skills service records it (test row, then badge). */
  const giveBadge = async (userId: string, kind: string, score: number) => {
    const { rows } = await db().query<{ id: string }>(
      `INSERT INTO skill_tests (user_id, kind, content, deadline_at, submitted_at, outcome)
       VALUES ($1, $2, '{}', now(), now(), 'passed') RETURNING id`,
      [userId, kind],
    );
    await db().query(
      `INSERT INTO skill_badges (user_id, kind, test_id, label, score, accuracy, expires_at)
       VALUES ($1, $2, $3, 'badge', $4, 98, now() + interval '1 year')`,
      [userId, kind, rows[0]!.id, score],
    );
  };

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app, { city: 'pune' });
    // Five postings each give the CSR and team-lead medians in Pune (20,000 and 32,000).
    for (let i = 0; i < 5; i++) {
      csrJob = (
        await postJob(app, employer, {
          city: 'pune',
          locality: 'hinjewadi',
          salary_min: 18000,
          salary_max: 22000,
        })
      ).id;
      teamLeadJob = (
        await postJob(app, employer, {
          title: `Team Leader - Voice Process ${i}`,
          role: 'team-lead',
          city: 'pune',
          locality: 'hinjewadi',
          salary_min: 28000,
          salary_max: 36000,
          experience_min: 3,
          experience_max: 6,
        })
      ).id;
    }
    await app.services.insights.refresh({ force: true });
    csr = await seekerWithProfile(app, {
      city: 'pune',
      localities: ['hinjewadi'],
      roles: ['customer-service-representative'],
      skills: ['communication', 'customer-handling'],
    });
  });
  afterAll(() => app?.close());

  const nextStep = (who: Actor) => app.inject({ url: '/api/v1/me/next-step', headers: who.auth });

  it('a CSR in Pune sees team lead next: pay step, the skills they lack and live jobs near them', async () => {
    const res = await nextStep(csr);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'ok',
      role: 'customer-service-representative',
      city: 'pune',
      pay_city: 'pune',
      median_pay: 20000,
    });
    const lead = body.next.find((n: { role: string }) => n.role === 'team-lead');
    expect(lead).toMatchObject({ move: 'up', median_pay: 32000, pay_step: 12000 });
    expect(lead.missing_skills).toEqual(['coaching', 'reporting', 'ms-excel']);
    expect(lead.missing_checks).toEqual(['english']);
    expect(lead.jobs.map((j: { id: number }) => j.id)).toContain(teamLeadJob);
    expect(lead.jobs.every((j: { city: string }) => j.city === 'pune')).toBe(true);
  });

  it('a verified badge counts: the check it proves is no longer missing', async () => {
    await giveBadge(csr.id, 'english', 80);
    const lead = (await nextStep(csr)).json().next.find((n: { role: string }) => n.role === 'team-lead');
    expect(lead.missing_checks).toEqual([]);
    expect((await nextStep(csr)).json().badges).toEqual(['english']);
  });

  it('a seeker without a role is asked for one; employers have no next step', async () => {
    const fresh = await register(app, 'seeker');
    expect((await nextStep(fresh)).json()).toMatchObject({ status: 'no_role', role: null, next: [] });
    expect((await nextStep(employer)).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/me/next-step' })).statusCode).toBe(401);
  });

  it('the profile page shows the next step and the badges', async () => {
    const me = await seekerWithProfile(app, {
      city: 'pune',
      localities: ['hinjewadi'],
      roles: ['customer-service-representative'],
      skills: ['communication'],
    });
    await giveBadge(me.id, 'typing', 42);
    const browser = new Browser(app, { authorization: me.auth.authorization });
    const page = (await browser.get('/me/profile')).body;
    const section = page.slice(page.indexOf('id="next-step"'), page.indexOf('id="badges"'));
    expect(section).toContain('Team Lead');
    // Skills by their names in the page's language, never their slugs.
    expect(section).toContain('<li>Coaching</li>');
    expect(section).toContain(`href="/jobs/${teamLeadJob}"`);
    expect(page.slice(page.indexOf('id="badges"'))).toContain('42 words a minute, 98% accurate');
  });

  it('an employer sees applicants’ badges and filters the list by badge', async () => {
    const typist = await seekerWithProfile(app, { city: 'pune', localities: ['hinjewadi'] });
    await giveBadge(typist.id, 'typing', 40);
    const slow = await seekerWithProfile(app, { city: 'pune', localities: ['hinjewadi'] });
    await giveBadge(slow.id, 'typing', 20);
    const none = await seekerWithProfile(app, { city: 'pune', localities: ['hinjewadi'] });
    for (const s of [typist, slow, none])
      await app.inject({ method: 'POST', url: `/api/v1/jobs/${csrJob}/applications`, headers: s.auth });
    const list = async (query: string) =>
      (
        await app.inject({ url: `/api/v1/jobs/${csrJob}/applications?${query}`, headers: employer.auth })
      ).json<{ items: { seeker: { id: string }; badges: { kind: string; score: number }[] }[] }>().items;
    const all = await list('');
    expect(all).toHaveLength(3);
    expect(all.find((a) => a.seeker.id === typist.id)?.badges).toMatchObject([{ kind: 'typing', score: 40 }]);
    expect(all.find((a) => a.seeker.id === none.id)?.badges).toEqual([]);
    expect((await list('badge=typing')).map((a) => a.seeker.id).sort()).toEqual([typist.id, slow.id].sort());
    expect((await list('badge=typing&badge_min=35')).map((a) => a.seeker.id)).toEqual([typist.id]);
    expect(await list('badge=english')).toEqual([]);
    // The page: the badge filter control, and only badge holders with it on.
    const browser = new Browser(app, { authorization: employer.auth.authorization });
    const page = (await browser.get(`/employer/jobs/${csrJob}/applicants?badge=typing&stage=applied`)).body;
    expect(page).toContain('<option value="typing" selected>');
    expect(page.match(/class="badge"/g)).toHaveLength(2);
  });

  it('other modules can filter by badge in their own SQL', async () => {
    const params = new SqlParams();
    const where = app.services.skills.badgeFilterSql('u.id', params, { kind: 'typing', minScore: 35 });
    const { rows } = await db().query<{ id: string }>(
      `SELECT u.id FROM users u WHERE ${where}`,
      params.values,
    );
    expect(rows.map((r) => r.id)).toContain(
      (await db().query<{ user_id: string }>(`SELECT user_id FROM skill_badges WHERE score = 40`)).rows[0]!
        .user_id,
    );
    expect(rows.every((r) => r.id !== csr.id)).toBe(true);
  });
});
