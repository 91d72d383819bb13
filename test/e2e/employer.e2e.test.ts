// The employer's journey on a phone in English, Hindi and Marathi: register, company profile, post
// a job (first with a mistake the form explains inline), find it in search as a seeker would, then
// shortlist the seeker who applied (through the API) and schedule an interview. Calls, outcomes and
// hiring are in employer-hiring tests.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { HttpApi } from '../support/http-api.ts';
import { type PhonePage, phone, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);
const NAMES = { en: 'Sahyog', hi: 'Sahkar', mr: 'Sampark' } as const;

const browser = useBrowser();

for (const [i, lang] of LANGUAGES.entries()) {
  describe(`an employer on a phone, in ${lang}`, () => {
    const t = translator(lang);
    const word = NAMES[lang];
    let p: PhonePage;
    let jobPath = '';
    let phoneNumber = '';
    beforeAll(async () => {
      p = await phone(browser());
    });
    afterAll(async () => {
      await p.page.context().close();
    });
    const expectHealthy = async (name: string) => {
      await screenshot(p.page, lang, name);
      expect(await seriousViolations(p.page), `${name}: axe`).toEqual([]);
      expect(p.problems, `${name}: console`).toEqual([]);
    };

    it('registers as an employer and creates the company profile', async () => {
      await p.page.goto(`${base}/register?role=employer&lang=${lang}`);
      await expect(p.page.locator('h1').textContent()).resolves.toBe(t('auth.registerTitle'));
      await expectHealthy('register');
      await p.page.selectOption('#role', 'employer');
      await p.page.fill('#name', 'Meera Joshi');
      phoneNumber = `9${String(Date.now()).slice(-8)}${i}`;
      await p.page.fill('#phone', phoneNumber);
      await p.page.fill('#password', 'hiring-in-kharadi');
      // Next the code sent to the number (no SMS provider here: "Do it later"), then the company form.
      await Promise.all([
        p.page.waitForURL(/\/register\/confirm\?/),
        p.page.locator('main button[type=submit]').click(),
      ]);
      await expectHealthy('confirm-number');
      await Promise.all([
        p.page.waitForURL(/\/employer\/company$/),
        p.page.locator(`main a:text-is("${t('authConfirm.later')}")`).click(),
      ]);
      await p.page.fill('#name', `${word} Customer Care Pvt Ltd`);
      await p.page.selectOption('#industry', 'bpo-kpo');
      await p.page.selectOption('#city', 'pune');
      await expectHealthy('company');
      await Promise.all([
        p.page.waitForURL(/\/employer\?done=company$/),
        p.page.locator('main button[type=submit]').click(),
      ]);
      await expectHealthy('dashboard');
    });

    it('posts a job: a mistake is explained next to the field, then the job goes live', async () => {
      await Promise.all([
        p.page.waitForURL(/\/employer\/jobs\/new$/),
        p.page.locator('main a[href="/employer/jobs/new"]').click(),
      ]);
      await p.page.fill('#title', 'Hi');
      await p.page.selectOption('#role', 'chat-support-executive');
      await p.page.selectOption('#industry', 'e-commerce');
      await p.page.selectOption('#place', 'pune/kharadi');
      await p.page.fill('#description', 'short');
      await p.page.locator('main button[value=published]').click();
      await p.page.waitForLoadState();
      // The summary at the top lists what to correct; each box says what it needs.
      await expect(p.page.locator('#form-errors p').textContent()).resolves.toBe(
        t('jobForm.fixThese', { count: 2 }),
      );
      await expect(p.page.locator('#title-error').textContent()).resolves.toBe(t('jobForm.errors.title'));
      expect(await p.page.getAttribute('#title', 'aria-invalid')).toBe('true');
      await expectHealthy('post-job-errors');

      await p.page.fill('#title', `${word} Chat Support Associate`);
      await p.page.fill('#salary_min', '16000');
      await p.page.fill('#salary_max', '21000');
      await p.page.fill(
        '#description',
        'Answer customer chats for our food delivery app from our Kharadi office. Day shift, six days a week. Training provided; interview at our office.',
      );
      await Promise.all([
        p.page.waitForURL(/\/employer\?done=publish&job=\d+$/),
        p.page.locator('main button[value=published]').click(),
      ]);
      // The dashboard says the job is live and links to it as seekers see it.
      await expect(p.page.locator('#done').isVisible()).resolves.toBe(true);
      jobPath = `/jobs/${new URL(p.page.url()).searchParams.get('job')}`;
      await expect(p.page.locator(`#done a[href="${jobPath}"]`).count()).resolves.toBe(1);
      await expectHealthy('job-posted');

      await p.page.goto(`${base}/jobs?q=${word.toLowerCase()}`);
      await expect(p.page.locator(`.cards a[href="${jobPath}"]`).count()).resolves.toBe(1);
      await expectHealthy('search-finds-it');
    });

    it('shortlists the seeker who applied and schedules an interview', async () => {
      const jobId = Number(jobPath.split('/').pop());
      const seeker = await api.seekerWithProfile('Sneha Kulkarni');
      const application = await api.apply(seeker, jobId);
      await p.page.goto(`${base}/employer`);
      await Promise.all([
        // With a new applicant the dashboard's link opens the new ones ("1 new applicant").
        p.page.waitForURL(new RegExp(`/employer/jobs/${jobId}/applicants(\\?stage=applied)?$`)),
        p.page.locator(`main a[href^="/employer/jobs/${jobId}/applicants"]`).click(),
      ]);
      const card = p.page.locator('.cards > li', { hasText: 'Sneha Kulkarni' });
      await expect(card.locator('.status').textContent()).resolves.toBe(t('hiring.stage.applied'));
      await expectHealthy('applicants');

      await Promise.all([
        p.page.waitForURL(/done=moved/),
        card.locator('form:has(input[name=stage][value=shortlisted]) button').click(),
      ]);
      // The move says what happened, with Undo while the seeker's message waits.
      await expect(p.page.locator('#moved p').textContent()).resolves.toContain(
        t('hiringUndo.moved', { name: 'Sneha Kulkarni', stage: t('hiring.stage.shortlisted') }),
      );
      await expect(p.page.locator('#moved button').textContent()).resolves.toBe(t('hiringUndo.undo'));
      await expect(card.locator('.status').textContent()).resolves.toBe(t('hiring.stage.shortlisted'));
      await expectHealthy('shortlisted');

      await card.locator('details summary').click();
      // Tomorrow at 11:00, India time (the form's datetime-local has no zone).
      const day = new Date(Date.now() + 5.5 * 3600_000 + 86400_000).toISOString().slice(0, 10);
      await card.locator('input[name=starts_at]').fill(`${day}T11:00`);
      await card.locator('input[name=place]').fill('Kharadi office, 3rd floor');
      await expectHealthy('interview-form');
      await Promise.all([
        p.page.waitForURL(/done=scheduled/),
        card.locator('form[action$="/interview"] button[type=submit]').click(),
      ]);
      await expect(p.page.locator('[role=status]').textContent()).resolves.toBe(t('hiring.scheduled'));
      await expectHealthy('interview-scheduled');
      const interviews = await api.call<{ starts_at: string }[] | { items: { starts_at: string }[] }>(
        'GET',
        `/applications/${application.id}/interviews`,
        undefined,
        await api.login(phoneNumber, 'hiring-in-kharadi'),
      );
      expect(JSON.stringify(interviews)).toContain(day);
    });
  });
}
