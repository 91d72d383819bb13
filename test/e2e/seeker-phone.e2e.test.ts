// The last phone walk's seeker findings (issue 20) in Chromium at 360 x 740, in en/hi/mr: a visitor
// taps Call on a result card, signs in, lands on the call step and comes back to the card; without
// JavaScript a filter inside "More filters" comes back with the panel open, at #results; the language
// buttons are 44 px targets; /me/recommendations has no serious axe-core finding. Screenshots (first
// screen) go to test-artifacts/screenshots/<lang>/seeker-phone-*.png.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { DEMO_PASSWORD, freshPhone, HttpApi, signIn } from '../support/http-api.ts';
import { phoneContext, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);

const browser = useBrowser();

async function shot(page: Page, lang: string, name: string): Promise<void> {
  await screenshot(page, lang, `seeker-phone-${name}`, { fullPage: false });
}

for (const lang of LANGUAGES) {
  const t = translator(lang);
  describe(`seeker phone findings, in ${lang}`, () => {
    const word = `Tamarisk${lang}`;
    let jobId: number;
    beforeAll(async () => {
      const employer = await api.employerWithCompany(`Tamarisk Services ${lang}`);
      jobId = (
        await api.postJob(employer, {
          title: `${word} customer support executive`,
          city: 'pune',
          locality: 'kharadi',
        })
      ).id;
    });

    it('a visitor taps Call on a card, signs in, lands on the call step, calls, and comes back to the card', async () => {
      const context = await phoneContext(browser());
      const page = await context.newPage();
      await page.goto(`${base}/jobs?q=${word}&lang=${lang}`);
      const card = page.locator(`#job-${jobId}`);
      await expect(card.locator('.job-actions a').allTextContents()).resolves.toEqual([
        t('seeker.apply.button'),
        t('seekerCall.button'),
      ]);
      for (const box of await card
        .locator('.job-actions a')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.right).toBeLessThanOrEqual(360);
      }
      await shot(page, lang, 'visitor-card');
      await Promise.all([page.waitForURL(/\/login\?next=/), card.locator('.job-actions a').nth(1).tap()]);
      // A seeker signs in on the page the tap led to, and lands on the call step.
      const phone = freshPhone();
      await api.call('POST', '/auth/register', {
        role: 'seeker',
        name: 'Rekha Jadhav',
        phone,
        password: DEMO_PASSWORD,
      });
      await page.locator('input[name="login"]').fill(phone);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await Promise.all([
        page.waitForURL(new RegExp(`/jobs/${jobId}/call`)),
        page.locator('main form[action="/login"] button[type=submit]').tap(),
      ]);
      await expect(page.locator('h1').textContent()).resolves.toBe(t('seekerCall.title'));
      await expect(page.locator('main').textContent()).resolves.toContain(
        `${word} customer support executive`,
      );
      await shot(page, lang, 'call-step');
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('main form.call button').tap();
      await page.waitForLoadState();
      // No telephony provider on the test server: "not placed" (or, out of the employer's calling
      // hours, when to call); never "calling", and never a number.
      const said = (await page.locator('main [role=alert]').textContent()) ?? '';
      expect(
        said === t('seekerCall.notPlaced') || said.endsWith(t('seekerCall.refused', { detail: '' }).trim()),
      ).toBe(true);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/\b[6-9]\d{9}\b/);
      await Promise.all([
        page.waitForURL(new RegExp(`#job-${jobId}$`)),
        page.locator('main a', { hasText: t('seekerPhone.call.backToResults') }).tap(),
      ]);
      await context.close();
    });

    it('without JavaScript, a filter inside "More filters" comes back with the panel open, at #results (issue #20)', async () => {
      const context = await phoneContext(browser(), { javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${base}/jobs?q=customer+support&lang=${lang}`);
      await page.locator('details.more summary').tap();
      await page.selectOption('#f-shift', 'day');
      await page.selectOption('#f-city', 'pune');
      await Promise.all([page.waitForURL(/shift=day/), page.locator('button.apply-filters').tap()]);
      expect(new URL(page.url()).hash).toBe('#results');
      // The default commute limit goes as an empty value: no limit the seeker never chose.
      expect(page.url()).not.toMatch(/commute_max_min=\d/);
      expect(await page.locator('details.more').getAttribute('open')).not.toBeNull();
      await expect(page.locator('#f-city').inputValue()).resolves.toBe('pune');
      // A search from the top box keeps it open too: the shift is still set.
      await Promise.all([page.waitForURL(/q=/), page.locator('.searchbar button').tap()]);
      expect(await page.locator('details.more').getAttribute('open')).not.toBeNull();
      await shot(page, lang, 'filters-no-js');
      await context.close();
    });

    it('the language buttons are 44 px targets, and /me/recommendations has no serious axe finding', async () => {
      const context = await phoneContext(browser());
      await signIn(context, base, await api.login('9000000003'));
      const page = await context.newPage();
      await page.goto(`${base}/me/recommendations?lang=${lang}`);
      for (const box of await page
        .locator('.lang-pick button')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      expect(await page.locator('.cards .card').count()).toBeGreaterThan(10);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, lang, 'recommendations');
      await context.close();
    });
  });
}
