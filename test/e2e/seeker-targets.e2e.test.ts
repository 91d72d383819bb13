// Tap targets on the seeker's pages at 360 px (fixc walk, issue #20): every button, field and
// standalone link at least 44 px high on /jobs, a job page, the profile with errors and My
// applications (links inside a sentence stay text-sized, as WCAG 2.5.8 allows).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { HttpApi, signIn } from '../support/http-api.ts';
import { launch, screenshot } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await signIn(context, base, await api.seekerWithProfile());
});
afterAll(async () => {
  await browser?.close();
});

async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const standalone = (a: HTMLElement) => {
      const line = a.parentElement;
      if (!line) return false;
      let rest = line.textContent ?? '';
      for (const link of line.querySelectorAll('a')) rest = rest.replace(link.textContent ?? '', '');
      return !rest.replace(/[\s·|,:✓]/g, '');
    };
    for (const el of document.querySelectorAll<HTMLElement>(
      'main button, main a.button, main select, main input:not([type=hidden]), main summary, main nav a, main a',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (el.closest('details:not([open])') && el.tagName !== 'SUMMARY')) continue;
      if (el.tagName === 'A' && !el.matches('a.button, nav a') && !standalone(el)) continue;
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
  });
}

it('every tap target on /jobs, a job page, the profile with errors and My applications is at least 44 px', async () => {
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  await page.goto(`${base}/jobs?q=customer+support`);
  await screenshot(page, 'en', 'seeker-targets-jobs');
  found.jobs = await smallTargets(page);
  const href = await page.locator('.cards .card h2 a').first().getAttribute('href');
  await page.goto(`${base}${href}`);
  found.job = await smallTargets(page);
  await page.goto(`${base}/me/profile?section=work`);
  await page.fill('#salary_min', '90000');
  await page.fill('#salary_max', '20000');
  await page.locator('#section-work form button[type=submit]').last().click();
  await page.waitForSelector('.errors');
  await screenshot(page, 'en', 'seeker-targets-profile-errors');
  found.profile = await smallTargets(page);
  await page.goto(`${base}/me/applications`);
  found.applications = await smallTargets(page);
  expect(found).toEqual({ jobs: [], job: [], profile: [], applications: [] });
});
