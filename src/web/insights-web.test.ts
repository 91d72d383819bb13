// The public insight, career and skill pages as a visitor sees them, on both engines: charts are
// SVG with a title and a data table beside them, thin data says so, and no page carries a script
// other than the static skills.js.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('insight, career and skill pages', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    for (let i = 0; i < 6; i++)
      await postJob(app, employer, {
        city: 'pune',
        locality: 'hinjewadi',
        salary_min: 12000 + i * 1000,
        salary_max: 16000 + i * 1000,
      });
    await postJob(app, employer, { role: 'team-lead', city: 'pune', locality: 'hinjewadi' });
    await app.services.insights.refresh({ force: true });
  });
  afterAll(() => app?.close());
  const page = (url: string) => app.inject({ url, headers: { accept: 'text/html' } });

  it('"customer service, Pune" shows charts with titles and data tables', async () => {
    const res = await page('/insights/customer-service/pune');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<svg class="chart"');
    expect(res.body).toMatch(/<title id="chart-\d+-t">Monthly salary/);
    expect(res.body).toContain('<table>');
    expect(res.body).toContain('₹17,000'); // midpoints 14k..19k plus the team lead's 18.5k
    expect(res.body).not.toMatch(/<script(?! src="\/static\/)/);
  });

  it('a role with one posting says there is not enough data', async () => {
    const res = await page('/insights/team-lead/pune');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Not enough data');
    expect(res.body).not.toContain('<svg class="chart"');
  });

  it('the overview, an unknown city and the offer check page', async () => {
    expect((await page('/insights')).statusCode).toBe(200);
    expect((await page('/insights/customer-service-representative/atlantis')).statusCode).toBe(404);
    const offer = await page(
      '/insights/offer?role=customer-service-representative&city=pune&salary_min=17000&salary_max=21000',
    );
    expect(offer.body).toContain('Above the market');
  });

  it('a seeker with a CSR role sees next steps with the skills they lack', async () => {
    const res = await page('/careers/customer-service-representative?skills=communication');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Team Lead');
    // Skills by their names, not their slugs.
    expect(res.body).toContain('Coaching');
    const api = (
      await app.inject({
        url: '/api/v1/careers/next?role=customer-service-representative&skills=communication,crm-tools&city=pune',
      })
    ).json();
    expect(api.next[0]).toMatchObject({ role: 'team-lead', move: 'up' });
    expect(api.next[0].missing_skills).toContain('coaching');
    expect(api.next[0].jobs).toHaveLength(1);
    expect(api.median_pay).toBe(16500);
    expect((await page('/careers')).statusCode).toBe(200);
  });

  it('a signed-in seeker sees the skill checks and the test page loads the paste blocker', async () => {
    const seeker = await register(app, 'seeker');
    const home = await app.inject({ url: '/skills', headers: { accept: 'text/html', ...seeker.auth } });
    expect(home.body).toContain('Typing test');
    const test = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/skills/tests',
        headers: seeker.auth,
        payload: { kind: 'typing' },
      })
    ).json();
    const res = await app.inject({
      url: `/skills/tests/${test.id}`,
      headers: { accept: 'text/html', ...seeker.auth },
    });
    expect(res.body).toContain('<script src="/static/skills.js" defer>');
    expect(res.body).toContain('data-nopaste');
  });

  it('the post-a-job page offers the competitiveness check', async () => {
    const employer = await employerWithCompany(app);
    const res = await app.inject({
      url: '/employer/jobs/new',
      headers: { accept: 'text/html', ...employer.auth },
    });
    expect(res.body).toContain('action="/insights/offer"');
  });
});
