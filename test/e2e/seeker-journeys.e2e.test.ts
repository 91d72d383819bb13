// A seeker's journeys on a 360 x 740 phone in English, Hindi and Marathi, as one walk per language:
// the header menu (no sideways scroll), Apply from a card (back to the same card, now "Applied"),
// the question before applying below a job's education, Withdraw with its confirmation and Undo,
// the empty results' next steps, and the profile's sections. axe-core finds nothing serious on any
// page; every page fits 360 px; tap targets are at least 44 px. Screenshots (first screen) go to
// test-artifacts/screenshots/<lang>/journey-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { HttpApi, signIn } from '../support/http-api.ts';
import { pageWidth, phone, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);

const browser = useBrowser();

async function shot(page: Page, lang: string, name: string): Promise<void> {
  await screenshot(page, lang, `journey-${name}`, { fullPage: false });
}

/** Nothing wider than the phone, and no serious accessibility finding. */
async function healthy(page: Page): Promise<void> {
  const width = await pageWidth(page);
  expect(width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
}

/** Visible links and buttons smaller than 44 px tall, by their text. */
async function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sel} a, ${sel} button, ${sel} summary`)) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.height < 44)
        out.push(`${el.textContent?.trim()} ${box.height}`);
    }
    return out;
  }, scope);
}

for (const lang of LANGUAGES) {
  const t = translator(lang);
  describe(`a seeker's journeys on a phone, in ${lang}`, () => {
    const word = `Zephyrine${lang}`;
    let plain: number;
    let graduate: number;
    let p: Awaited<ReturnType<typeof phone>>;
    beforeAll(async () => {
      const employer = await api.employerWithCompany(`Journey Services ${lang}`);
      plain = (
        await api.postJob(employer, {
          title: `${word} customer support executive`,
          city: 'pune',
          locality: 'kharadi',
        })
      ).id;
      graduate = (
        await api.postJob(employer, {
          title: `${word} KYC analyst`,
          city: 'pune',
          locality: 'kharadi',
          education_min: 'graduate',
        })
      ).id;
      p = await phone(browser());
      await signIn(p.page.context(), base, await api.seekerWithProfile());
    });
    afterAll(async () => {
      await p?.page.context().close();
    });

    it('the header folds its links under Menu: nothing off the right edge, every link reachable and big enough', async () => {
      const { page } = p;
      await page.goto(`${base}/jobs?q=${word}&lang=${lang}`);
      await healthy(page);
      await shot(page, lang, 'results');
      await page.locator('header details.menu summary').tap();
      const links = page.locator('header .menu-list a, header .menu-list button');
      expect(await links.count()).toBeGreaterThanOrEqual(6);
      for (const box of await links.evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect().toJSON()),
      )) {
        expect(box.right).toBeLessThanOrEqual(360);
        expect(box.left).toBeGreaterThanOrEqual(0);
      }
      expect(await smallTargets(page, 'header')).toEqual([]);
      await shot(page, lang, 'menu');
      await healthy(page);
      await page.locator('header details.menu summary').tap();
    });

    it('Apply on a card comes back to that card, which says Applied', async () => {
      const { page } = p;
      await page.goto(`${base}/jobs?q=${word}&lang=${lang}`);
      await Promise.all([
        page.waitForURL(new RegExp(`#job-${plain}$`)),
        page.locator(`#job-${plain} form.apply button`).tap(),
      ]);
      await expect(page.locator(`#job-${plain} .applied`).textContent()).resolves.toContain(
        t('journeys.apply.applied'),
      );
      expect(await smallTargets(page, `#job-${plain}`)).toEqual([]);
      await page.locator(`#job-${plain}`).scrollIntoViewIfNeeded();
      await shot(page, lang, 'applied-card');
      await healthy(page);
    });

    it('below a graduate-only job, the seeker is asked first, and applies on "Apply anyway"', async () => {
      const { page } = p;
      await page.goto(`${base}/jobs/${graduate}?lang=${lang}`);
      await expect(page.locator('.notice.warn').textContent()).resolves.toContain(
        t('enum.education.graduate'),
      );
      await Promise.all([page.waitForURL(/\/apply$/), page.locator('form.apply button').tap()]);
      await expect(page.locator('h1').textContent()).resolves.toBe(t('journeys.apply.confirmTitle'));
      await healthy(page);
      await shot(page, lang, 'education-question');
      await Promise.all([page.waitForURL(/\/me\/applications/), page.locator('main form button').tap()]);
      await page.goto(`${base}/jobs/${graduate}?lang=${lang}`);
      await expect(page.locator('.applied').count()).resolves.toBe(1);
    });

    it('Withdraw asks first, then Undo puts the application back', async () => {
      const { page } = p;
      await page.goto(`${base}/me/applications?lang=${lang}`);
      await shot(page, lang, 'applications');
      await healthy(page);
      const card = page.locator('.cards .card', { hasText: `${word} customer support` });
      await card.locator('a.button').tap();
      await page.waitForURL(/\/withdraw/);
      await expect(page.locator('h1').textContent()).resolves.toBe(t('journeys.withdraw.confirmTitle'));
      await healthy(page);
      await shot(page, lang, 'withdraw-question');
      await Promise.all([page.waitForURL(/done=withdrawn/), page.locator('main form button.danger').tap()]);
      await shot(page, lang, 'withdrawn-undo');
      await healthy(page);
      await Promise.all([page.waitForURL(/done=restored/), page.locator('main .notice form button').tap()]);
      await expect(page.locator('[role=status]').textContent()).resolves.toBe(
        t('journeys.withdraw.restored'),
      );
    });

    it('an empty result offers filters to drop, nearby localities and an alert', async () => {
      const { page } = p;
      await page.goto(`${base}/jobs?q=${word}&city=pune&locality=kharadi&shift=uk&lang=${lang}`);
      await expect(page.locator('.empty-state .chip-links a').count()).resolves.toBeGreaterThanOrEqual(4);
      expect(await smallTargets(page, '.empty-state')).toEqual([]);
      await page.locator('.empty-state').scrollIntoViewIfNeeded();
      await shot(page, lang, 'empty');
      await healthy(page);
      const drop = page.locator('.empty-state .chip-links a', { hasText: t('enum.shift.uk') });
      await Promise.all([page.waitForURL((u) => !u.search.includes('shift=')), drop.tap()]);
      await expect(page.locator('.cards .card').count()).resolves.toBeGreaterThan(0);
    });

    it('the profile is a screen of short sections; a section opens, filters its localities, and saves on its own', async () => {
      const { page } = p;
      await page.goto(`${base}/me/profile?lang=${lang}`);
      await shot(page, lang, 'profile');
      await healthy(page);
      await page.locator('#section-place summary').tap();
      await page.locator('#locality-filter').fill('hinj');
      await expect(page.locator('#locality-list label:visible').count()).resolves.toBeLessThanOrEqual(2);
      await shot(page, lang, 'profile-place');
      await healthy(page);
      await Promise.all([
        page.waitForURL(/section=place/),
        page.locator('#section-place form button[type=submit]:not([name=step])').last().tap(),
      ]);
      await expect(page.locator('[role=status]').first().textContent()).resolves.toBe(
        t('seeker.profile.saved'),
      );
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${lang}: profile page ${height} px tall with one section open`);
    });
  });
}
