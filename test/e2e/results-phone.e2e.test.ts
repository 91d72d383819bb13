// The results page on a 360 x 740 phone (touch, deviceScaleFactor 2), for a visitor and a signed-in
// seeker in English, Hindi and Marathi: the first job's title is on the first screen, also after
// a filter is applied (the page lands at #results, issue #20), filters keep "Filters" open across a submit, and axe-core finds nothing serious. Screenshots (first
// screen only) are kept under test-artifacts/screenshots/<lang>/results-phone-*.png.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/i18n/index.ts';
import { HttpApi, signIn } from '../support/http-api.ts';
import { phoneContext, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);

const browser = useBrowser();

for (const who of ['visitor', 'seeker'] as const) {
  describe(`the results page on a phone, ${who}`, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await phoneContext(browser(), { deviceScaleFactor: 2 });
      if (who === 'seeker') await signIn(context, base, await api.seekerWithProfile());
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const lang of LANGUAGES) {
      it(`in ${lang}, the first job's title is on the first screen`, async () => {
        const page = await context.newPage();
        await page.goto(`${base}/jobs?q=customer+support&lang=${lang}`);
        const box = await page.locator('.cards .card h2').first().boundingBox();
        expect(box).not.toBeNull();
        const bottom = (box?.y ?? 0) + (box?.height ?? 0);
        console.log(`${who} ${lang}: first card title ends at ${Math.round(bottom)} px`);
        // A first-screen screenshot (not the full page): what the seeker sees before scrolling.
        await screenshot(page, lang, `results-phone-${who}`, { fullPage: false });
        expect(bottom).toBeLessThanOrEqual(740);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }

    for (const lang of LANGUAGES) {
      it(`in ${lang}, after picking a city and applying "pay at least 25,000", the count and the first job's title are on the first screen`, async () => {
        const page = await context.newPage();
        await page.goto(`${base}/jobs?q=customer+support&lang=${lang}`);
        await Promise.all([page.waitForURL(/city=mumbai/), page.selectOption('#f-city', 'mumbai')]);
        // Picking a city adds no commute limit the seeker never chose (issue #20).
        expect(page.url()).not.toContain('commute_max_min');
        await page.locator('details.more summary').tap();
        await page.locator('#f-sal').fill('25000');
        await Promise.all([page.waitForURL(/salary_min=25000/), page.locator('button.apply-filters').tap()]);
        expect(page.url()).not.toContain('commute_max_min');
        const count = await page.locator('#results .count').boundingBox();
        const title = await page.locator('.cards .card h2').first().boundingBox();
        expect(count).not.toBeNull();
        expect(title).not.toBeNull();
        const bottom = (title?.y ?? 0) + (title?.height ?? 0);
        console.log(
          `${who} ${lang}: after a filter, count at ${Math.round(count?.y ?? -1)} px, first title ends at ${Math.round(bottom)} px`,
        );
        expect(count?.y ?? -1).toBeGreaterThanOrEqual(-2);
        expect(title?.y ?? -1).toBeGreaterThanOrEqual(0);
        expect(bottom).toBeLessThanOrEqual(740);
        await screenshot(page, lang, `results-phone-${who}-after-filter`, { fullPage: false });
        await page.close();
      });
    }

    it('a filter chosen under "More filters" applies at once and the panel is still open after, also after picking a city', async () => {
      const page = await context.newPage();
      await page.goto(`${base}/jobs?q=customer+support&lang=en`);
      await page.locator('details.more summary').tap();
      await Promise.all([page.waitForURL(/shift=day/), page.selectOption('#f-shift', 'day')]);
      expect(page.url()).toContain('open=1');
      expect(await page.locator('details.more').getAttribute('open')).not.toBeNull();
      await expect(page.locator('#f-shift').inputValue()).resolves.toBe('day');
      // The page comes back at the results (issue #20): the count on top, the open panel above it.
      expect(new URL(page.url()).hash).toBe('#results');
      const count = await page.locator('#results .count').boundingBox();
      expect(count?.y ?? -1).toBeGreaterThanOrEqual(-2);
      expect(count?.y ?? 999).toBeLessThanOrEqual(60);
      // Picking a city (outside the panel) neither collapses it nor drops the shift.
      await Promise.all([page.waitForURL(/city=pune/), page.selectOption('#f-city', 'pune')]);
      expect(await page.locator('details.more').getAttribute('open')).not.toBeNull();
      await expect(page.locator('#f-shift').inputValue()).resolves.toBe('day');
      expect(new URL(page.url()).hash).toBe('#results');
      const summary = await page.locator('details.more summary').boundingBox();
      expect(summary?.height ?? 0).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'en', `results-phone-${who}-filters`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  });
}
