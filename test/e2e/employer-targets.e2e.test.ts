// The employer's pages on a 360 x 740 phone in real Chromium (issue 20, fixd): every tap target is
// at least 44 px tall, the error summary's links and the applicants' "All" tab included (measured on
// the dashboard, a job's edit page with errors, the applicants page and the hire page); the
// dashboard's job tabs are all in sight (they wrap, no clipped "Closed"); the company links under the
// title never start a line with "·". Screenshots under test-artifacts/screenshots/<lang>/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/shared/i18n/index.ts';
import { jobPayload, uniquePhone } from '../support/app.ts';
import { phone, screenshot, useBrowser, useOwnApp } from './browser.ts';

const PASSWORD = 'hiring-in-powai';

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

/**
 * Every tap target in <main> under 44 px tall or 44 px wide (walker, issue 20: hi "आंकड़े" was 38 px wide): buttons, button links, selects, inputs (a checkbox by
 * its label), summaries, every link in a nav or a list (tabs, the error summary, the company links),
 * and every link that stands alone on its line. Links inside running text are exempt (WCAG 2.5.8).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const standalone = (a: HTMLElement) => {
      const line = a.parentElement;
      if (!line) return false;
      if (line.tagName === 'LI' || a.closest('nav')) return true;
      let rest = line.textContent ?? '';
      for (const link of line.querySelectorAll('a')) rest = rest.replace(link.textContent ?? '', '');
      return !rest.replace(/[\s·|,]/g, '');
    };
    for (const el of document.querySelectorAll<HTMLElement>(
      'main button, main select, main input:not([type=hidden]), main summary, main a, main label.pick',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (el.closest('details:not([open])') && el.tagName !== 'SUMMARY')) continue;
      // The links styled as tap targets (a job card's figures link, too) are measured wherever they stand.
      if (
        el.tagName === 'A' &&
        !el.matches('a.button, .tap-links a, .card .figures a, .card > h2 > a') &&
        !standalone(el)
      )
        continue;
      const box =
        el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type)
          ? el.parentElement!.getBoundingClientRect()
          : r;
      if (box.height < 43.5 || box.width < 43.5)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}px`,
        );
    }
    return out;
  });
}

const browser = useBrowser();
const { base, app } = useOwnApp('fixd', {
  env: {
    DEV_OUTBOX: '1',
  },
});

describe('employer tap targets and tabs on a 360 px phone (fixd)', () => {
  for (const lang of ['en', 'hi', 'mr'] as const) {
    it(`measures the dashboard, a job's edit page with errors, applicants and hire in ${lang}`, async () => {
      const t = translator(lang);
      const employer = await person('employer', 'Kavita Shinde');
      await app().inject({
        method: 'POST',
        url: '/api/v1/companies',
        headers: employer.auth,
        payload: { name: 'Powai Order Desk', industry: 'e-commerce', city: 'mumbai' },
      });
      const post = async (over: Record<string, unknown>) =>
        (
          await app().inject({
            method: 'POST',
            url: '/api/v1/jobs',
            headers: employer.auth,
            payload: jobPayload(over),
          })
        ).json<{ id: number }>().id;
      const live = await post({ title: 'Customer Support Executive (Hindi)' });
      await post({ title: 'Back Office Associate', status: 'draft' });
      const closed = await post({ title: 'Chat Support Executive' });
      await app().inject({
        method: 'POST',
        url: `/api/v1/jobs/${closed}/close`,
        headers: employer.auth,
        payload: {},
      });
      await post({
        title: 'Data Entry Operator',
        description:
          'Data entry work, join today. Pay a refundable Registration Fee of Rs 1500 before joining.',
      });
      const seeker = await person('seeker', 'Sneha Patil');
      await app().inject({
        method: 'PUT',
        url: '/api/v1/me/profile',
        headers: seeker.auth,
        payload: {
          city: 'mumbai',
          localities: ['powai'],
          education: '12th',
          experience_years: 0,
          languages: ['hindi'],
        },
      });
      const applied = await app().inject({
        method: 'POST',
        url: `/api/v1/jobs/${live}/applications`,
        headers: seeker.auth,
      });
      const applicationId = applied.json<{ id: number }>().id;

      const { page, problems } = await phone(browser());
      await page.goto(`${base()}/login?next=${encodeURIComponent('/employer')}&lang=${lang}`);
      await page.fill('#login', employer.phone);
      await page.fill('#password', PASSWORD);
      await Promise.all([
        page.waitForURL(`${base()}/employer`),
        page.locator('main button[type=submit]').click(),
      ]);

      // Dashboard: every tab in sight at 360 px (the strip wraps), no line led by "·".
      await page.goto(`${base()}/employer?lang=${lang}`);
      await screenshot(page, lang, 'fixd-dashboard');
      const tabs = await page.$$eval('nav.tabs a', (as) =>
        as.map((a) => {
          const r = a.getBoundingClientRect();
          return { text: (a.textContent ?? '').trim(), right: r.right, left: r.left };
        }),
      );
      expect(tabs.map((x) => x.text).join(' ')).toContain(t('employerJobs.tabs.closed'));
      for (const tab of tabs) {
        expect(tab.left, tab.text).toBeGreaterThanOrEqual(0);
        expect(tab.right, tab.text).toBeLessThanOrEqual(360);
      }
      const companyLine = await page.$eval('main .company-links', (el) => (el as HTMLElement).innerText);
      for (const line of companyLine.split('\n')) expect(line.trim().startsWith('·')).toBe(false);
      expect(await smallTargets(page)).toEqual([]);

      // The edit page with errors: the summary's links are 44 px rows.
      await page.goto(`${base()}/employer/jobs/${live}/edit?lang=${lang}`);
      await page.fill('#title', '');
      await page.fill('#description', 'short');
      await page.locator('main form button[type=submit]').first().click();
      await page.waitForSelector('#form-errors');
      await screenshot(page, lang, 'fixd-edit-errors');
      expect(await page.locator('#form-errors a').count()).toBeGreaterThan(0);
      expect(await smallTargets(page)).toEqual([]);

      // Applicants: the stage tabs ("All" first) and every card control.
      await page.goto(`${base()}/employer/jobs/${live}/applicants?lang=${lang}`);
      await screenshot(page, lang, 'fixd-applicants');
      const all = await page.locator('nav.stage-tabs a').first().boundingBox();
      expect(all?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(await smallTargets(page)).toEqual([]);

      // A job's figures: the links under the title (mr "अर्जदार" was 43 px wide).
      await page.goto(`${base()}/employer/jobs/${live}/stats?lang=${lang}`);
      await screenshot(page, lang, 'fixi-stats');
      expect(await smallTargets(page)).toEqual([]);

      // Hire: asks first, says how the candidate hears of it.
      await page.goto(`${base()}/employer/applications/${applicationId}/hire?lang=${lang}`);
      await screenshot(page, lang, 'fixd-hire');
      expect(await page.locator('main').innerText()).not.toContain('told at once');
      expect(await smallTargets(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
