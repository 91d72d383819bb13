// Web forms are checked by their schemas after the visitor is known: a stranger is sent to sign in
// and a wrong role refused whatever the form holds; a form with mistakes comes back with what was
// typed and one message per field in the page language, never the validator's English.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { REPORT_REASONS } from '../modules/trust/index.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { translator } from '../shared/i18n/index.ts';

/** Words a seeker or employer should never read: the validator's own. */
const DEVELOPER_WORDS =
  /must be|must have|must not|must match|must NOT|instancePath|experience_min|salary_min/;

/** What a reader sees: the page without its markup, styles and scripts. */
const visible = (page: string) =>
  page.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');

forEachEngine('web forms', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('a stranger posting a broken job form is sent to sign in; a seeker is refused, before any validation', async () => {
    const broken = { title: '', experience_min: '-3', salary_min: 'lots' };
    const stranger = await new InjectBrowser(app).post('/employer/jobs/new', broken);
    expect(stranger.statusCode).toBe(303);
    expect(stranger.headers.location).toBe('/login?next=%2Femployer%2Fjobs%2Fnew');

    const seeker = new InjectBrowser(app, (await register(app, 'seeker')).auth);
    const refused = await seeker.post('/employer/jobs/new', broken, '/jobs');
    expect(refused.statusCode).toBe(403);
    expect(visible(refused.body)).not.toMatch(DEVELOPER_WORDS);
  });

  it('a job form with mistakes comes back in Hindi with the typed text kept and a message per field', async () => {
    const employer = new InjectBrowser(app, (await employerWithCompany(app)).auth);
    await employer.get('/employer/jobs/new?lang=hi');
    const res = await employer.post(
      '/employer/jobs/new',
      {
        title: 'Voice process associate',
        description: 'Too short',
        role: 'customer-service-representative',
        industry: 'bpo-kpo',
        place: 'pune/kharadi',
        work_mode: 'onsite',
        shift: 'day',
        education_min: '12th',
        experience_min: '-1',
        salary_min: 'lots',
        openings: '2',
      },
      '/employer/jobs/new',
    );
    expect(res.statusCode).toBe(400);
    const t = translator('hi');
    expect(res.body).toContain('<html lang="hi">');
    expect(res.body).toContain('value="Voice process associate"');
    expect(res.body).toMatch(/<option value="pune\/kharadi" selected>/);
    // Each box says what it needs (issue 20): not "must be 0 or more" but "whole years, 0 to 40".
    expect(res.body).toContain(t('jobForm.errors.experience_min'));
    expect(res.body).toContain(t('jobForm.errors.salary_min'));
    expect(res.body).toContain(t('jobForm.errors.description'));
    expect(res.body).toContain('id="experience_min-error"');
    expect(res.body).toContain('id="salary_min-error"');
    expect(visible(res.body)).not.toMatch(DEVELOPER_WORDS);
  });

  it('the registration form reads its mistakes in Marathi and keeps the name and phone typed', async () => {
    const browser = new InjectBrowser(app);
    await browser.get('/register?lang=mr');
    const res = await browser.post(
      '/register',
      { role: 'employer', name: 'A', phone: '12345', email: 'not-an-email', password: 'short' },
      '/register',
    );
    expect(res.statusCode).toBe(400);
    const t = translator('mr');
    for (const key of [
      'web.form.nameRequired',
      'web.form.phoneInvalid',
      'web.form.emailInvalid',
      'web.form.passwordShort',
    ])
      expect(res.body, key).toContain(t(key));
    // The name rule is said, not just "enter your name": "A" is a name, only too short (issue #20).
    expect(res.body).toContain('तुमचे नाव लिहा: 2 ते 100 अक्षरे');
    expect(res.body).toContain('value="12345"');
    expect(res.body).toMatch(/<option value="employer" selected>/);
    expect(visible(res.body)).not.toMatch(DEVELOPER_WORDS);
  });

  it('the report form offers the one list of reasons and answers an unknown one in Marathi, keeping the detail', async () => {
    const job = await postJob(app, await employerWithCompany(app));
    const seeker = new InjectBrowser(app, (await register(app, 'seeker')).auth);
    const form = await seeker.get(`/jobs/${job.id}/report?lang=mr`);
    for (const reason of REPORT_REASONS) expect(form.body).toContain(`value="${reason}"`);
    const res = await seeker.post(
      `/jobs/${job.id}/report`,
      { reason: 'bored', detail: 'They wanted 2000 for a kit' },
      `/jobs/${job.id}/report`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(translator('mr')('web.form.choose'));
    expect(res.body).toContain('They wanted 2000 for a kit</textarea>');
    expect(visible(res.body)).not.toMatch(DEVELOPER_WORDS);
  });

  it('a search filter that cannot be read is named by its label, in the page language', async () => {
    const res = await new InjectBrowser(app).get('/jobs?q=support&salary_min=lots&lang=hi');
    expect(res.statusCode).toBe(400);
    const t = translator('hi');
    expect(res.body).toContain(`${t('search.salaryMin')}: ${t('web.form.number')}`);
    expect(visible(res.body)).not.toMatch(DEVELOPER_WORDS);
  });
});
