import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import {
  Browser,
  buildSeekerTestApp,
  fakeExe,
  htmlPosingAsPdf,
  multipartBody,
  tinyPdf,
} from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('seeker web pages', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  const upload = async (b: Browser, bytes: Buffer) => {
    const csrf = await b.csrf('/me/profile');
    const body = multipartBody(
      { field: 'resume', filename: 'cv.pdf', type: 'application/pdf', bytes },
      { _csrf: csrf },
    );
    return app.inject({
      method: 'POST',
      url: '/me/profile/resume',
      headers: { ...body.headers, cookie: b.cookieHeader, accept: 'text/html' },
      payload: body.payload,
    });
  };

  it('a new seeker registers, fills the profile, sees recommendations with reasons, applies in one tap and finds it in My applications', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, {
      title: 'Back Office Executive – Wagle Estate',
      category: 'back_office',
      role: 'back-office-executive',
      city: 'thane',
      locality: 'wagle-estate',
      education_min: '12th',
    });
    const b = new Browser(app);
    const reg = await b.post(
      '/register',
      { role: 'seeker', name: 'Sneha Kulkarni', phone: uniquePhone(), password: 'apply-in-thane' },
      '/register',
    );
    expect(reg.statusCode).toBe(303);

    const bad = await b.post(
      '/me/profile',
      {
        city: 'thane',
        localities: ['thane/wagle-estate', 'pune/hinjewadi'],
        education: '12th',
        salary_min: '20000',
        salary_max: '15000',
      },
      '/me/profile',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="localities-error"');
    expect(bad.body).toContain('id="salary_min-error"');

    const saved = await b.post(
      '/me/profile',
      {
        city: 'thane',
        localities: ['thane/wagle-estate'],
        travel_km: '10',
        roles: ['back-office-executive'],
        education: '12th',
        experience_years: '0',
        lang_marathi: 'fluent',
        lang_hindi: 'conversational',
        skills: ['typing'],
        salary_min: '12000',
        salary_max: '18000',
        shifts: ['day'],
        availability: 'immediate',
        contact_consent: '1',
      },
      '/me/profile',
    );
    expect(saved.statusCode).toBe(303);
    const profile = await b.get('/me/profile?done=saved');
    expect(profile.body).toContain('Profile saved.');
    expect(profile.body).toMatch(/value="thane\/wagle-estate" checked/);

    const recs = await b.get('/me/recommendations');
    expect(recs.statusCode).toBe(200);
    expect(recs.body).toContain(`href="/jobs/${job.id}"`);
    expect(recs.body).toContain('In Wagle Estate');
    expect(recs.body).toContain('Fits 12th pass');
    // Works without JavaScript: no inline script (the one external enhancement file is allowed).
    expect(recs.body).not.toMatch(/<script(?![^>]*\bsrc=)/);

    const page = await b.get(`/jobs/${job.id}`);
    expect(page.body).toContain(`action="/jobs/${job.id}/apply"`);
    const applied = await b.post(`/jobs/${job.id}/apply`, {}, `/jobs/${job.id}`);
    expect(applied.statusCode).toBe(303);
    expect(applied.headers.location).toMatch(/^\/me\/applications\?done=applied/);
    const twice = await b.post(`/jobs/${job.id}/apply`, {}, `/jobs/${job.id}`);
    expect(twice.headers.location).toMatch(/done=already/);

    const mine = await b.get('/me/applications?done=applied');
    expect(mine.body).toContain('Back Office Executive – Wagle Estate');
    expect(mine.body).toContain('Applied');
    const id = /id="application-(\d+)"/.exec(mine.body)![1];
    const withdrawn = await b.post(`/me/applications/${id}/withdraw`, {}, '/me/applications');
    expect(withdrawn.statusCode).toBe(303);
    expect((await b.get('/me/applications')).body).toContain('Withdrawn');
    expect((await b.get('/me/recommendations')).body).not.toContain(`href="/jobs/${job.id}"`);
  });

  it('the resume form takes a PDF and shows an inline error for an .exe renamed .pdf', async () => {
    const b = new Browser(app);
    await b.post(
      '/register',
      { role: 'seeker', name: 'Amit Jadhav', phone: uniquePhone(), password: 'resume-upload' },
      '/register',
    );
    const bad = await upload(b, fakeExe());
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="resume-error"');
    expect(bad.body).toContain('Upload a PDF file: this file is not a PDF.');
    const posing = await upload(b, htmlPosingAsPdf());
    expect(posing.statusCode).toBe(400);
    expect(posing.body).toContain('This file starts like a PDF but does not open as one');
    const good = await upload(b, tinyPdf());
    expect(good.statusCode).toBe(303);
    expect((await b.get('/me/profile')).body).toContain('cv.pdf');
  });

  it('signed-out visitors see "Sign in to apply"; employers see no apply button; results cards carry it for seekers', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: 'Zyxwv Telecaller' });
    expect((await new Browser(app).get(`/jobs/${job.id}`)).body).toContain('Sign in to apply');
    const s = new Browser(app);
    await s.post(
      '/register',
      { role: 'seeker', name: 'Kiran Shah', phone: uniquePhone(), password: 'cards-apply' },
      '/register',
    );
    expect((await s.get('/jobs?q=zyxwv')).body).toContain(`action="/jobs/${job.id}/apply"`);
    const e = new Browser(app);
    await e.post(
      '/register',
      { role: 'employer', name: 'Hiring Person', phone: uniquePhone(), password: 'no-apply-here' },
      '/register',
    );
    expect((await e.get(`/jobs/${job.id}`)).body).not.toContain('/apply"');
  });
});
