// The demo seeker's interviews on a 360 x 740 phone in English, Hindi and Marathi (issue #20): My
// applications shows the interview's date, time and place on its card, and My interviews lists the
// upcoming one with its calendar file and what to do if they cannot come. Nothing scrolls sideways,
// tap targets are at least 44 px, axe-core finds nothing serious. Screenshots go to
// test-artifacts/screenshots/<lang>/interviews-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_LOGINS } from '../../src/modules/demo/index.ts';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { type ApiActor, signIn } from '../support/http-api.ts';
import { pageWidth, phone, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');

const browser = useBrowser();
let seeker: ApiActor;
beforeAll(async () => {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: DEMO_LOGINS.seeker.phone, password: DEMO_LOGINS.password }),
  });
  expect(res.status).toBe(200);
  seeker = (await res.json()) as ApiActor;
});

/** Nothing wider than the phone, no serious accessibility finding, no small button or summary in `scope`. */
async function healthy(page: Page, scope: string): Promise<void> {
  const width = await pageWidth(page);
  expect(width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
  const small = await page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      `${sel} .button, ${sel} button, ${sel} summary`,
    )) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.height < 44)
        out.push(`${el.textContent?.trim()} ${box.height}`);
    }
    return out;
  }, scope);
  expect(small).toEqual([]);
}

for (const lang of LANGUAGES) {
  const t = translator(lang);
  describe(`the demo seeker's interviews on a phone, in ${lang}`, () => {
    let p: Awaited<ReturnType<typeof phone>>;
    beforeAll(async () => {
      p = await phone(browser());
      await signIn(p.page.context(), base, seeker);
    });
    afterAll(async () => {
      await p?.page.context().close();
    });

    it('My applications: the Interview card says when and where, and leads to My interviews', async () => {
      const { page } = p;
      await page.goto(`${base}/me/applications?lang=${lang}`);
      const card = page.locator('li.card', { has: page.locator('.interview-box') }).first();
      await card.scrollIntoViewIfNeeded();
      await expect(card.locator('.interview-when').textContent()).resolves.toMatch(/\d/);
      await screenshot(page, lang, 'interviews-my-applications', { fullPage: true });
      await healthy(page, 'main');
      await card.getByRole('link', { name: t('seeker.interviews.all') }).click();
      await page.waitForURL(/\/me\/interviews/);
    });

    it('My interviews: the upcoming one with calendar and what to do if they cannot come, the past one below', async () => {
      const { page } = p;
      await page.goto(`${base}/me/interviews?lang=${lang}`);
      await expect(page.locator('h1').textContent()).resolves.toBe(t('seeker.interviews.title'));
      await expect(page.getByRole('link', { name: t('seeker.interviews.calendar') }).count()).resolves.toBe(
        1,
      );
      await expect(page.getByText(t('seeker.interviews.past')).count()).resolves.toBe(1);
      await screenshot(page, lang, 'interviews-first-screen', { fullPage: false });
      await screenshot(page, lang, 'interviews-page', { fullPage: true });
      await healthy(page, 'main');
      // The calendar link answers with an invite, not an error page.
      const href = await page
        .getByRole('link', { name: t('seeker.interviews.calendar') })
        .getAttribute('href');
      const ics = await page.context().request.get(`${base}${href}`);
      expect(ics.status()).toBe(200);
      expect(await ics.text()).toContain('BEGIN:VEVENT');
      expect(p.problems).toEqual([]);
    });
  });
}
