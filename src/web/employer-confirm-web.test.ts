// What an employer reads after each step on a phone (issue 20, the walk's leftovers): a job-form
// mistake says what is wrong and what to do in the page's language, listed first with the typed input
// kept; publishing, saving, pausing, closing and reopening each confirm what happened to which job at
// the top of the page (and say truthfully when the screen held it instead); the title hint names
// roles in the page's language.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { type Lang, translator } from '../shared/i18n/index.ts';

/** A complete post-job form as a browser sends it. */
const FORM = {
  title: 'Customer Support Executive (Hindi), Powai',
  role: 'customer-service-representative',
  industry: 'e-commerce',
  place: 'mumbai/powai',
  work_mode: 'onsite',
  shift: 'day',
  education_min: '12th',
  salary_min: '15000',
  salary_max: '21000',
  experience_min: '0',
  openings: '3',
  skills: 'Communication, MS Excel',
  description:
    'Answer customer calls about orders and refunds for an online grocer; training given; day shift.',
  status: 'published',
};

/** The first screen's confirmation: the `.notice.done` block, its text without markup. */
const notice = (body: string) =>
  (
    /<div class="notice done" role="status" id="done">([\s\S]*?)<\/div>\s*(?:<p|<nav|<h|<ol|<ul)/.exec(
      body,
    )?.[1] ?? ''
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

forEachEngine('employer confirmations and form errors on the web', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  async function employer() {
    const who = await employerWithCompany(app, { industry: 'banking' });
    return { who, b: new InjectBrowser(app, who.auth) };
  }

  describe('job form mistakes', () => {
    for (const lang of ['en', 'hi', 'mr'] as const satisfies Lang[]) {
      it(`each says what is wrong and what to do, in ${lang}, listed first, with the typed input kept`, async () => {
        const { b } = await employer();
        const t = translator(lang);
        await b.get(`/employer/jobs/new?lang=${lang}`);
        const res = await b.post(
          '/employer/jobs/new',
          {
            ...FORM,
            title: 'Hi',
            industry: '',
            description: 'Too short',
            openings: '0',
            salary_min: '30000',
            salary_max: '20000',
          },
          `/employer/jobs/new?lang=${lang}`,
        );
        expect(res.statusCode).toBe(400);
        for (const key of ['title', 'industry', 'description', 'openings'])
          expect(res.body, key).toContain(`id="${key}-error">${t(`jobForm.errors.${key}`)}</p>`);
        // The rule across two boxes is told in the same round, not after the others are fixed.
        expect(res.body).toContain(`id="salary_min-error">${t('jobForm.errors.salaryOrder')}</p>`);
        expect(res.body).not.toContain(t('forms.required'));
        expect(res.body).not.toContain(t('web.form.choose'));
        // The summary on the first screen lists them in the form's order, each a link to its box.
        const summary = /<div class="errors" role="alert" id="form-errors">([\s\S]*?)<\/div>/.exec(
          res.body,
        )?.[1];
        expect(summary).toContain(t('jobForm.fixThese', { count: 5 }));
        expect([...(summary ?? '').matchAll(/<a href="#(\w+)">/g)].map((m) => m[1])).toEqual([
          'title',
          'industry',
          'salary_min',
          'openings',
          'description',
        ]);
        // What was typed is still there.
        expect(res.body).toContain('value="Hi"');
        expect(res.body).toContain('value="Communication, MS Excel"');
        expect(res.body).toMatch(/<option value="mumbai\/powai" selected>/);
        expect(res.body).toContain('>Too short</textarea>');
      });
    }

    it('a salary range the wrong way round says so on the salary, in Marathi', async () => {
      const { b } = await employer();
      const t = translator('mr');
      await b.get('/employer/jobs/new?lang=mr');
      const res = await b.post(
        '/employer/jobs/new',
        { ...FORM, salary_min: '30000', salary_max: '20000' },
        '/employer/jobs/new?lang=mr',
      );
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(`id="salary_min-error">${t('jobForm.errors.salaryOrder')}</p>`);
      expect(res.body).toContain('value="30000"');
      const oneEnd = await b.post(
        '/employer/jobs/new',
        { ...FORM, salary_max: '' },
        '/employer/jobs/new?lang=mr',
      );
      expect(oneEnd.body).toContain(t('jobForm.errors.salaryBoth'));
    });

    it('the industry starts as the company’s own, and an empty choice reads “Pick one”', async () => {
      const { b } = await employer();
      const form = (await b.get('/employer/jobs/new?lang=hi')).body;
      expect(form).toMatch(
        /<select id="industry" name="industry" required>\s*<option value="">एक चुनें<\/option>/,
      );
      expect(form).toContain('<option value="banking" selected>');
    });
  });

  describe('each action confirms what happened, at the top of the page', () => {
    it('publishing a new job says it is live and links to it; a draft says seekers do not see it', async () => {
      const { b } = await employer();
      const posted = await b.post('/employer/jobs/new', FORM, '/employer/jobs/new');
      expect(posted.statusCode).toBe(303);
      const location = posted.headers.location as string;
      // No #job anchor: the browser stays at the top, where the confirmation is.
      expect(location).toMatch(/^\/employer\?done=publish&job=\d+$/);
      const id = /job=(\d+)/.exec(location)![1];
      const dash = await b.get(location);
      expect(notice(dash.body)).toContain(`“${FORM.title}” is live: seekers can find it and apply now.`);
      expect(dash.body).toContain(
        `<a class="button small secondary" href="/jobs/${id}">See it as seekers do</a>`,
      );
      // It comes before the tabs and the list, so a phone's first screen shows it.
      expect(dash.body.indexOf('id="done"')).toBeLessThan(dash.body.indexOf('<nav class="tabs"'));

      const draft = await b.post('/employer/jobs/new', { ...FORM, status: 'draft' }, '/employer/jobs/new');
      const draftPage = await b.get(draft.headers.location as string);
      expect(notice(draftPage.body)).toContain(
        'is saved as a draft: seekers do not see it until you publish it.',
      );
      expect(draftPage.body).toContain('aria-current="page">Drafts');
    });

    it('a posting the scam screen holds says it is not live yet, and why, in Hindi', async () => {
      const { b } = await employer();
      const posted = await b.post(
        '/employer/jobs/new',
        {
          ...FORM,
          description:
            'Data entry work, join today. Pay a refundable registration fee of Rs 1500 before joining; training kit charges extra.',
        },
        '/employer/jobs/new',
      );
      const location = posted.headers.location as string;
      expect(location).toMatch(/done=held&job=\d+/);
      const page = await b.get(`${location}&lang=hi`);
      const t = translator('hi');
      expect(notice(page.body)).toContain(t('jobDone.held', { job: FORM.title }));
      expect(notice(page.body)).toContain(t('jobDone.heldWhy'));
      expect(notice(page.body)).not.toContain(t('jobDone.publish', { job: FORM.title }));
      expect(page.body).not.toContain('See it as seekers do');
    });

    it('edit, pause (with resume), close (with undo) and reopen each name the job and what it is now', async () => {
      const { who, b } = await employer();
      const job = await postJob(app, who, { title: 'Inbound voice process, Powai' });
      const title = 'Inbound voice process, Powai';

      const edited = await b.post(
        `/employer/jobs/${job.id}/edit`,
        { ...FORM, title },
        `/employer/jobs/${job.id}/edit`,
      );
      expect(edited.headers.location).toBe(`/employer?tab=live&done=edited&job=${job.id}`);
      expect(notice((await b.get(edited.headers.location as string)).body)).toContain(
        `Your changes to “${title}” are saved and live.`,
      );

      const paused = await b.post(`/employer/jobs/${job.id}/pause`, {}, '/employer');
      const pausedPage = await b.get(paused.headers.location as string);
      expect(notice(pausedPage.body)).toContain(`“${title}” is paused: seekers no longer see it.`);
      expect(pausedPage.body).toMatch(
        new RegExp(`id="done">[\\s\\S]*action="/employer/jobs/${job.id}/publish"[\\s\\S]*Undo: resume it`),
      );
      await b.post(`/employer/jobs/${job.id}/publish`, {}, '/employer');

      const closed = await b.post(
        `/employer/jobs/${job.id}/close`,
        { reason: 'filled' },
        `/employer/jobs/${job.id}/close`,
      );
      expect(closed.headers.location).toBe(`/employer?tab=closed&done=close&job=${job.id}`);
      const closedPage = await b.get(closed.headers.location as string);
      expect(notice(closedPage.body)).toContain(`“${title}” is closed: seekers no longer see it or apply.`);
      expect(closedPage.body).toMatch(
        new RegExp(`id="done">[\\s\\S]*action="/employer/jobs/${job.id}/reopen"[\\s\\S]*Undo: reopen it`),
      );
      const reopened = await b.post(`/employer/jobs/${job.id}/reopen`, {}, closed.headers.location as string);
      expect(notice((await b.get(reopened.headers.location as string)).body)).toContain(
        `“${title}” is open again: seekers can find it and apply.`,
      );
    });

    it('another company’s job id in the address shows no confirmation', async () => {
      const { who } = await employer();
      const job = await postJob(app, who);
      const other = await employer();
      const page = await other.b.get(`/employer?done=publish&job=${job.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('id="done"');
    });
  });

  it('the title hint names both roles in the page’s language', async () => {
    const { who, b } = await employer();
    // A KYC title under the back office role: search reads it as the KYC role.
    await postJob(app, who, {
      title: 'KYC Executive',
      category: 'back_office',
      role: 'back-office-executive',
    });
    for (const lang of ['hi', 'mr'] as const) {
      const t = translator(lang);
      const page = (await b.get(`/employer?lang=${lang}`)).body;
      expect(page, lang).toContain(t('landing.role.back-office-executive'));
      expect(page, lang).toContain(t('landing.role.kyc-compliance-executive'));
      expect(page, lang).not.toContain('you picked');
      expect(page, lang).not.toMatch(/class="notice hint"[^>]*>[^<]*Back Office Executive/);
    }
  });
});
