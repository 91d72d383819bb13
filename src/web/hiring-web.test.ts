import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('employer applicants page', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  it('an employer shortlists from the applicants page and schedules an interview; the seeker sees both steps, not the note', async () => {
    const b = new InjectBrowser(app);
    const phone = uniquePhone();
    const reg = await b.post(
      '/register',
      { role: 'employer', name: 'Anita HR', phone, password: 'hire-in-powai' },
      '/register',
    );
    expect(reg.statusCode).toBe(303);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password: 'hire-in-powai' },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    await app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: auth,
      payload: { name: 'Powai Care Services', industry: 'bpo-kpo', city: 'mumbai' },
    });
    const job = await postJob(app, { token: login.json().token, id: '', auth });
    const seeker = await seekerWithProfile(app);
    const applied = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: seeker.auth,
    });
    const appId = applied.json().id;

    const page = await b.get(`/employer/jobs/${job.id}/applicants`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Priya Patil');
    expect(page.body).toMatch(/Match \d+\/100/);
    expect(postForms(page.body).every((f) => f.hasCsrf)).toBe(true);

    const url = `/employer/jobs/${job.id}/applicants`;
    const moved = await b.post(
      `/employer/applications/${appId}/stage`,
      { stage: 'shortlisted', note: 'Good Hindi' },
      url,
    );
    expect(moved.statusCode).toBe(303);
    const when = new Date(Date.now() + 2 * 86_400_000 + 5.5 * 3_600_000).toISOString().slice(0, 16);
    const scheduled = await b.post(
      `/employer/applications/${appId}/interview`,
      { starts_at: when, duration_minutes: '30', mode: 'in_person', place: 'Powai office' },
      url,
    );
    expect(scheduled.statusCode).toBe(303);
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(mine.json().items[0].history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'shortlisted',
      'interview',
    ]);
    // The note is the recruiters': on their page, never on the seeker's.
    expect((await b.get(url)).body).toContain('Good Hindi');
    const seekerPage = await app.inject({
      method: 'GET',
      url: '/me/applications',
      headers: { ...seeker.auth, accept: 'text/html' },
    });
    expect(seekerPage.body).toContain('Shortlisted (employer)');
    expect(seekerPage.body).not.toContain('Good Hindi');

    const jobPage = await app.inject({
      method: 'GET',
      url: `/jobs/${job.id}`,
      headers: { accept: 'text/html' },
    });
    expect(jobPage.body).toContain('Employer last responded');

    const hindi = await b.get(`${url}?lang=hi`);
    expect(hindi.body).toContain('आवेदक');

    const outsider = new InjectBrowser(app);
    await outsider.post(
      '/register',
      { role: 'employer', name: 'Other HR', phone: uniquePhone(), password: 'other-company' },
      '/register',
    );
    expect((await outsider.get(url)).statusCode).toBe(404);
  });
});
