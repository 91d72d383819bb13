// The employer's and the interview journeys of issue 20 in real Chromium on a 360 x 740 phone, in
// English, Hindi and Marathi: the dashboard tabs, the close confirmation, the edit page, an
// interview with a past time (a form error) and then booked, the seeker's My applications with the
// interview, the insight page on sample data and the public company page. Each page: a screenshot
// (test-artifacts/screenshots/<lang>/), no serious or critical axe finding, every control at least
// 44 px tall, chart text at least 12 px as drawn. Runs its own app (PGlite in memory).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/modules/demo/index.ts';
import { translator } from '../../src/shared/i18n/index.ts';
import { jobPayload, uniquePhone } from '../support/app.ts';
import { phone, screenshot, seriousViolations, useBrowser, useOwnApp } from './browser.ts';

const PASSWORD = 'hiring-in-vashi';

async function person(role: 'seeker' | 'employer', name: string) {
  const phoneNo = uniquePhone();
  const res = await app().inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role, name, phone: phoneNo, password: PASSWORD },
  });
  const body = res.json<{ token: string; user: { id: string } }>();
  return { id: body.user.id, phone: phoneNo, auth: { authorization: `Bearer ${body.token}` } };
}

async function signIn(page: Page, who: { phone: string }, next: string) {
  await page.goto(`${base()}/login?next=${encodeURIComponent(next)}`);
  await page.fill('#login', who.phone);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(`${base()}${next}`), page.locator('main button[type=submit]').click()]);
}

/**
 * Controls under 44 px tall. Links inside running text are exempt, as WCAG 2.5.8 allows; a link that
 * stands alone (its line holds only links and separators: "Company · Company profile · Get
 * verified", "Back to your jobs") is a control and is measured.
 */
async function smallTargets(page: Page, links = true): Promise<string[]> {
  return page.evaluate((links) => {
    const out: string[] = [];
    const standalone = (a: HTMLElement) => {
      const line = a.parentElement;
      if (!line || a.closest('nav')) return false;
      let rest = line.textContent ?? '';
      for (const link of line.querySelectorAll('a')) rest = rest.replace(link.textContent ?? '', '');
      return !rest.replace(/[\s·|,]/g, '');
    };
    for (const el of document.querySelectorAll<HTMLElement>(
      'main button, main a.button, main select, main input:not([type=hidden]), main summary, main nav a, main label.pick, main label.choice, main a',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (el.closest('details:not([open])') && el.tagName !== 'SUMMARY')) continue;
      if (el.tagName === 'A' && !el.matches('a.button, nav a') && (!links || !standalone(el))) continue;
      const box =
        el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type)
          ? el.parentElement!.getBoundingClientRect()
          : r;
      if (box.height < 43.5)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.height)}px`,
        );
    }
    return out;
  }, links);
}

/** The smallest chart text as drawn on screen, in CSS pixels. */
async function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Number.POSITIVE_INFINITY;
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text'))
        min = Math.min(min, Number(t.getAttribute('font-size')) * scale);
    }
    return min;
  });
}

const browser = useBrowser();
const { base, app } = useOwnApp('20', {
  beforeBuild: async (db) => {
    await seedDemo(db, { jobs: 400, history: 300, companies: 10, seekers: 10, seed: 11 });
  },
  afterBuild: async (app) => {
    await app.services.insights.refresh({ force: true });
  },
});

describe('employer jobs, interviews and insights on a 360 px phone', () => {
  for (const lang of ['en', 'hi', 'mr'] as const) {
    it(`walks every page in ${lang}`, async () => {
      const t = translator(lang);
      const employer = await person('employer', 'Kavita Shinde');
      const company = await app().inject({
        method: 'POST',
        url: '/api/v1/companies',
        headers: employer.auth,
        payload: { name: 'Vashi Care Services', industry: 'bpo-kpo', city: 'navi-mumbai' },
      });
      const jobs: number[] = [];
      for (let k = 0; k < 3; k++) {
        const res = await app().inject({
          method: 'POST',
          url: '/api/v1/jobs',
          headers: employer.auth,
          payload: jobPayload({
            title: ['Customer Support Executive (Hindi)', 'Back Office Associate', 'Chat Support Executive'][
              k
            ],
            city: 'navi-mumbai',
            locality: 'vashi',
            interview: {
              address: 'Palm Beach Galleria, Sector 19D, Vashi',
              walk_in_from: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
              timings: '10 am to 4 pm',
            },
          }),
        });
        jobs.push(res.json<{ id: number }>().id);
      }
      const seeker = await person('seeker', 'Sneha Patil');
      await app().inject({
        method: 'PUT',
        url: '/api/v1/me/profile',
        headers: seeker.auth,
        payload: {
          city: 'navi-mumbai',
          localities: ['vashi'],
          education: '12th',
          experience_years: 0,
          languages: ['hindi'],
        },
      });
      const applied = await app().inject({
        method: 'POST',
        url: `/api/v1/jobs/${jobs[0]}/applications`,
        headers: seeker.auth,
      });
      const appId = applied.json<{ id: number }>().id;

      const emp = await phone(browser());
      const page = emp.page;
      await signIn(page, employer, '/employer');
      /** Standalone links are measured on the employer's pages (this walk's); the seeker-side
       * insight page keeps the controls-only rule until its own pass. */
      const check = async (name: string, links = true) => {
        await screenshot(page, lang, name);
        expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
        expect(await smallTargets(page, links), `${name}: tap targets`).toEqual([]);
      };
      /** The element is on the first screen (360 x 740) without scrolling. */
      const onFirstScreen = async (selector: string) => {
        const box = await page.locator(selector).boundingBox();
        return !!box && box.y >= 0 && box.y + Math.min(box.height, 120) <= 740;
      };
      // Post a job with two mistakes: the summary of what to fix is on the first screen, in the
      // page's language, and the typed input is kept; then publish and read "… is live" at the top.
      await page.goto(`${base()}/employer/jobs/new?lang=${lang}`);
      await page.fill('#title', 'KYC Executive (Vashi)');
      await page.selectOption('#role', 'back-office-executive');
      await page.selectOption('#industry', '');
      await page.selectOption('#place', 'navi-mumbai/vashi');
      await page.fill('#salary_min', '30000');
      await page.fill('#salary_max', '20000');
      await page.fill(
        '#description',
        'Check KYC documents of new bank customers and update the records; day shift, training given.',
      );
      await Promise.all([page.waitForLoadState(), page.locator('main button[value=published]').click()]);
      await page.waitForSelector('#form-errors');
      expect(await onFirstScreen('#form-errors'), 'form errors on the first screen').toBe(true);
      await expect(page.locator('#form-errors li').count()).resolves.toBe(2);
      await expect(page.inputValue('#salary_min')).resolves.toBe('30000');
      await check('20-post-errors');
      await page.selectOption('#industry', 'banking');
      await page.fill('#salary_min', '16000');
      await page.fill('#salary_max', '22000');
      await Promise.all([
        page.waitForURL(/done=publish&job=\d+/),
        page.locator('main button[value=published]').click(),
      ]);
      expect(await onFirstScreen('#done'), 'published notice on the first screen').toBe(true);
      await expect(page.locator('#done a[href^="/jobs/"]').count()).resolves.toBe(1);
      const posted = Number(new URL(page.url()).searchParams.get('job'));
      // The title reads as the KYC role: the hint names both roles in the page's language.
      if (lang !== 'en')
        await expect(page.locator(`#job-${posted} .notice.hint`).textContent()).resolves.not.toMatch(
          /Back Office Executive|you picked/,
        );
      await check('20-posted-live');
      // Edit, then pause and resume from the notice: each says what happened, at the top.
      await page.goto(`${base()}/employer/jobs/${posted}/edit?lang=${lang}`);
      await page.fill('#openings', '4');
      await Promise.all([
        page.waitForURL(/done=edited/),
        page.locator('main form button[type=submit]').first().click(),
      ]);
      expect(await onFirstScreen('#done'), 'edited notice on the first screen').toBe(true);
      await check('20-edited');
      await Promise.all([
        page.waitForURL(/done=pause/),
        page.locator(`#job-${posted} form[action$="/pause"] button`).click(),
      ]);
      expect(await onFirstScreen('#done form[action$="/publish"] button'), 'resume on the first screen').toBe(
        true,
      );
      // A paused job is not called live, even when the screen flagged it (the same text is posted
      // by the walks in the other languages).
      await expect(page.locator('#done').textContent()).resolves.not.toContain(
        translator(lang)('jobDone.flagged', { job: 'KYC Executive (Vashi)' }),
      );
      await check('20-paused-resume');
      await Promise.all([
        page.waitForURL(/done=publish/),
        page.locator('#done form[action$="/publish"] button').click(),
      ]);

      await page.goto(`${base()}/employer?lang=${lang}`);
      await expect(page.locator('nav.tabs a[aria-current=page]').count()).resolves.toBe(1);
      await check('20-dashboard');
      await page.goto(`${base()}/employer/jobs/${jobs[2]}/close?lang=${lang}`);
      await check('20-close-confirm');
      await page.locator('main button.danger').click();
      await page.waitForURL(/done=close/);
      expect(await onFirstScreen('#done form[action$="/reopen"] button'), 'undo on the first screen').toBe(
        true,
      );
      await check('20-closed-undo');
      await Promise.all([
        page.waitForURL(/done=reopen/),
        page.locator('#done form[action$="/reopen"] button').click(),
      ]);
      expect(await onFirstScreen('#done'), 'reopened notice on the first screen').toBe(true);
      await check('20-reopened');
      await page.goto(`${base()}/employer/jobs/${jobs[0]}/stats?lang=${lang}`);
      await check('20-stats');
      await page.goto(`${base()}/employer/jobs/${jobs[1]}/edit?lang=${lang}`);
      await check('20-edit');

      // A past time: the error comes back on the form's own page, the typed place kept.
      await page.goto(`${base()}/employer/jobs/${jobs[0]}/applicants?lang=${lang}`);
      const card = page.locator(`#application-${appId}`);
      await card.locator('summary', { hasText: t('hiring.scheduleInterview') }).click();
      await card.locator('input[name=starts_at]').fill('2020-01-06T11:00');
      await card.locator('input[name=place]').fill('Palm Beach Galleria, Vashi');
      await Promise.all([
        page.waitForLoadState('load'),
        card.locator('form button[type=submit]', { hasText: t('hiring.schedule') }).click(),
      ]);
      await page.waitForSelector('.field-error');
      await expect(page.locator('.field-error').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('input[name=place]').inputValue()).resolves.toBe(
        'Palm Beach Galleria, Vashi',
      );
      await check('20-interview-past');
      const soon = new Date(Date.now() + 3 * 86_400_000 + 330 * 60_000).toISOString().slice(0, 11);
      await page.locator('input[name=starts_at]').fill(`${soon}11:00`);
      await Promise.all([
        page.waitForURL(/done=scheduled/),
        page.locator('form button[type=submit]', { hasText: t('hiring.schedule') }).click(),
      ]);
      await expect(page.locator(`#application-${appId} .interview-when`).isVisible()).resolves.toBe(true);
      await check('20-applicants-interview');

      const sk = await phone(browser());
      await signIn(sk.page, seeker, '/me/applications');
      await sk.page.goto(`${base()}/me/applications?lang=${lang}`);
      await expect(sk.page.locator('.interview-when').isVisible()).resolves.toBe(true);
      await screenshot(sk.page, lang, '20-seeker-applications');
      expect(await seriousViolations(sk.page)).toEqual([]);
      await sk.page.context().close();

      await page.goto(`${base()}/insights/customer-service/mumbai?lang=${lang}`);
      await expect(page.locator('.sample-data').isVisible()).resolves.toBe(true);
      expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
      await check('20-insights', false);
      await page.goto(`${base()}/jobs/${jobs[0]}?lang=${lang}`);
      await screenshot(page, lang, '20-job-walk-in');
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();

      const visitor = await phone(browser());
      await visitor.page.goto(`${base()}/companies/${company.json<{ id: string }>().id}?lang=${lang}`);
      await screenshot(visitor.page, lang, '20-company-visitor');
      expect(await seriousViolations(visitor.page)).toEqual([]);
      await visitor.page.context().close();
    });
  }
});
