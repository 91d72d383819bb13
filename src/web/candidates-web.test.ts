import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('employer candidate search and re-confirm pages', ({ db }) => {
  let app: FastifyInstance;
  let employer: InjectBrowser;
  let employerAuth: { authorization: string };
  let seekerPhone: string;

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    // A seeker opts in on the profile form (and allows calls).
    const seeker = new InjectBrowser(app);
    seekerPhone = uniquePhone();
    await seeker.post(
      '/register',
      { role: 'seeker', name: 'Sneha Kulkarni', phone: seekerPhone, password: 'found-in-thane' },
      '/register',
    );
    const profile = await seeker.get('/me/profile');
    expect(profile.body).toContain('name="searchable"');
    const saved = await seeker.post(
      '/me/profile',
      {
        city: 'thane',
        localities: ['thane/wagle-estate'],
        travel_km: '10',
        roles: ['data-entry-operator'],
        education: '12th',
        experience_years: '1',
        lang_marathi: 'fluent',
        skills: ['typing', 'data-entry'],
        contact_consent: '1',
        searchable: '1',
      },
      '/me/profile',
    );
    expect(saved.statusCode).toBe(303);
    const history = await seeker.get('/me/profile');
    expect(history.body).toContain('(candidate search)');

    employer = new InjectBrowser(app);
    const phone = uniquePhone();
    await employer.post(
      '/register',
      { role: 'employer', name: 'Anita HR', phone, password: 'hire-in-thane' },
      '/register',
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password: 'hire-in-thane' },
    });
    employerAuth = { authorization: `Bearer ${login.json().token}` };
    await app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: employerAuth,
      payload: { name: 'Thane Back Office Co', industry: 'bpo-kpo', city: 'thane' },
    });
  });
  afterAll(() => app.close());

  it('an employer finds an opted-in seeker by words, sees a masked phone, and reveals it where allowed', async () => {
    const page = await employer.get('/employer/candidates?q=data+entry+thane+12th+pass');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sneha K.');
    expect(page.body).not.toContain(seekerPhone);
    expect(page.body).toContain(`${seekerPhone.slice(0, 3)}•••••${seekerPhone.slice(-3)}`);
    expect(page.body).toContain('1 candidate');
    expect(postForms(page.body).every((f) => f.hasCsrf)).toBe(true);
    const reveal = postForms(page.body).find((f) => f.action.endsWith('/contact'));
    expect(reveal).toBeDefined();

    const shown = await employer.post(reveal!.action, {}, '/employer/candidates?q=data+entry');
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain(`href="tel:${seekerPhone}"`);
    expect(shown.body).toContain('https://wa.me/');

    const hindi = await employer.get('/employer/candidates?lang=hi&locality=wagle-estate&radius_km=5');
    expect(hindi.body).toContain('उम्मीदवार खोजें');
    expect(hindi.body).toContain('Sneha K.');
    const marathi = await employer.get('/employer/candidates?lang=mr&language=english');
    expect(marathi.body).toContain('अजून कोणताही उमेदवार जुळत नाही');
  });

  it('a bad filter is shown on the form, not a crash; seekers and strangers are kept out', async () => {
    const bad = await employer.get('/employer/candidates?locality=atlantis&radius_km=abc&experience_min=-4');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="locality-error"');
    const anonymous = await app.inject({ method: 'GET', url: '/employer/candidates' });
    expect(anonymous.statusCode).toBe(302);
  });

  it('the dashboard asks to re-confirm an idle job and one tap answers it', async () => {
    const job = await postJob(app, { token: '', id: '', auth: employerAuth });
    await db().query(
      `UPDATE jobs SET posted_at = now() - interval '15 days', updated_at = now() - interval '15 days' WHERE id = $1`,
      [job.id],
    );
    await app.services.reconfirm.sweep();
    const dashboard = await employer.get('/employer?lang=en');
    expect(dashboard.body).toContain('Still hiring?');
    expect(dashboard.body).toContain(`action="/employer/jobs/${job.id}/reconfirm"`);
    const linked = await employer.get(`/employer/jobs/${job.id}/reconfirm`);
    expect(linked.statusCode).toBe(200);
    expect(linked.body).toContain('Is this job still open?');
    const done = await employer.post(
      `/employer/jobs/${job.id}/reconfirm`,
      {},
      `/employer/jobs/${job.id}/reconfirm`,
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/employer?done=reconfirmed');
    const after = await employer.get('/employer?done=reconfirmed');
    expect(after.body).toContain('the job stays open');
    expect(after.body).not.toContain('Still hiring?');
  });
});
