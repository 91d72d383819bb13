// What a fresh walk on a 360 x 740 phone still found on the seeker's side (#20), in English, Hindi
// and Marathi: every link and button on every seeker page is at least 44 px tall; a visitor who taps
// Apply signs up and lands on that job's apply step, told the account was created; after each action
// (apply, withdraw, undo, a profile section saved) the message is on the screen without scrolling.
// axe-core finds nothing serious. Screenshots (first screen): test-artifacts/screenshots/<lang>/walk-*.png.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { freshPhone, HttpApi, signIn } from '../support/http-api.ts';
import { pageWidth, phone, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);

const browser = useBrowser();

async function shot(page: Page, lang: string, name: string): Promise<void> {
  await screenshot(page, lang, `walk-${name}`, { fullPage: false });
}

/** Visible links, buttons and summaries under 44 px tall, by their text and height. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a, button, summary')) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (el.classList.contains('skip')) continue; // off screen until focused
      if (box.height < 44)
        out.push(`${(el.textContent ?? '').trim().slice(0, 40)} (${Math.round(box.height)} px)`);
    }
    return out;
  });
}

/** Whether the element is on the first screen as it stands (no scrolling). */
function onScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
}

async function healthy(page: Page): Promise<void> {
  const width = await pageWidth(page);
  expect(width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page), page.url()).toEqual([]);
}

for (const lang of LANGUAGES) {
  const t = translator(lang);
  describe(`a seeker's walk on a phone, in ${lang}`, () => {
    const word = `Quorvane${lang}`;
    let first: number;
    let second: number;

    beforeAll(async () => {
      const employer = await api.employerWithCompany(`Walk Services ${lang}`);
      first = (
        await api.postJob(employer, {
          title: `${word} customer support executive`,
          city: 'pune',
          locality: 'kharadi',
        })
      ).id;
      second = (
        await api.postJob(employer, {
          title: `${word} chat support associate`,
          city: 'pune',
          locality: 'kharadi',
        })
      ).id;
    });

    it('every link and button on the pages a visitor sees is at least 44 px tall', async () => {
      const { page } = await phone(browser());
      const pages = [
        '/',
        `/jobs?q=${word}`,
        '/jobs?q=customer+support&open=1',
        `/jobs/${first}`,
        '/jobs/in/pune',
        '/login',
        '/register',
        '/insights',
        '/insights/customer-service-representative/mumbai',
        '/careers',
        '/careers/customer-service-representative',
        '/skills',
      ];
      for (const url of pages) {
        await page.goto(`${base}${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(await smallTargets(page), url).toEqual([]);
        await healthy(page);
      }
      await page.goto(`${base}/insights/customer-service-representative/mumbai?lang=${lang}`);
      await page.locator('details.figure-table summary').last().tap();
      expect(await smallTargets(page)).toEqual([]);
      await page.context().close();
    });

    it('a visitor taps Apply, signs up, lands on the apply step told the account exists, and applies in one tap', async () => {
      const { page, problems } = await phone(browser());
      await page.goto(`${base}/jobs?q=${word}&lang=${lang}`);
      await Promise.all([page.waitForURL(/\/login\?next=/), page.locator(`#job-${first} p.apply a`).tap()]);
      await shot(page, lang, 'sign-in-to-apply');
      await Promise.all([
        page.waitForURL(/\/register\?next=/),
        page.locator('main a[href^="/register"]').tap(),
      ]);
      await page.locator('#name').fill('Kavita Shinde');
      await page.locator('#phone').fill(freshPhone());
      // No SMS provider here: a password is needed to sign in again later.
      await page.locator('#password').fill('kavita-walk-pass');
      // The new number is proven by a code next: that page says the account exists, and "Do it later"
      // goes on to the apply step.
      await Promise.all([
        page.waitForURL(/\/register\/confirm\?next=/),
        page.locator('main form button[type=submit]').tap(),
      ]);
      await expect(page.locator('#flash').textContent()).resolves.toBe(t('seekerWalk.welcome'));
      expect(await onScreen(page, '#flash')).toBe(true);
      await shot(page, lang, 'confirm-phone-welcome');
      expect(await smallTargets(page)).toEqual([]);
      await Promise.all([
        page.waitForURL(new RegExp(`/jobs/${first}/apply\\?back=`)),
        page.locator(`main a:text-is("${t('authConfirm.later')}")`).tap(),
      ]);
      expect(await onScreen(page, 'main form button[type=submit]')).toBe(true);
      await shot(page, lang, 'apply-step-welcome');
      await healthy(page);
      expect(await smallTargets(page)).toEqual([]);
      await Promise.all([
        page.waitForURL(new RegExp(`#job-${first}$`)),
        page.locator('main form button[type=submit]').tap(),
      ]);
      const sent = `#job-${first} [role=status]`;
      // A new account's profile is empty: the note says so truthfully and offers to complete it.
      await expect(page.locator(sent).textContent()).resolves.toContain(t('seekerSteps.apply.doneThin'));
      await expect(page.locator(`${sent} a`).textContent()).resolves.toBe(t('seekerSteps.apply.complete'));
      expect(await onScreen(page, sent)).toBe(true);
      await shot(page, lang, 'applied-from-card');
      await healthy(page);
      expect(problems).toEqual([]);
      await page.context().close();
    });

    it('after applying, withdrawing, undoing and saving a profile section, the message is on the screen', async () => {
      const { page } = await phone(browser());
      const seeker = await api.seekerWithProfile();
      await signIn(page.context(), base, seeker);
      // Two applications already, so the new one's card is not the first thing on the page.
      await api.apply(seeker, first);
      await page.goto(`${base}/jobs/${second}?lang=${lang}`);
      await Promise.all([page.waitForURL(/done=applied/), page.locator('main form.apply button').tap()]);
      expect(await onScreen(page, 'main [role=status]')).toBe(true);
      await expect(page.locator('main [role=status]').textContent()).resolves.toBe(t('seeker.apply.done'));
      await shot(page, lang, 'applied-from-job');
      await healthy(page);
      expect(await smallTargets(page)).toEqual([]);

      const card = page.locator('.cards .card', { hasText: `${word} chat support` });
      await card.locator('a.button').tap();
      await page.waitForURL(/\/withdraw/);
      await Promise.all([page.waitForURL(/done=withdrawn/), page.locator('main form button.danger').tap()]);
      expect(await onScreen(page, 'main [role=status]')).toBe(true);
      expect(await onScreen(page, 'main [role=status] form button')).toBe(true);
      await shot(page, lang, 'withdrawn');
      await healthy(page);
      await Promise.all([
        page.waitForURL(/done=restored/),
        page.locator('main [role=status] form button').tap(),
      ]);
      await expect(page.locator('main [role=status]').textContent()).resolves.toBe(
        t('journeys.withdraw.restored'),
      );
      expect(await onScreen(page, 'main [role=status]')).toBe(true);

      await page.goto(`${base}/me/profile?lang=${lang}`);
      await page.locator('#section-work summary').tap();
      await Promise.all([
        page.waitForURL(/section=work/),
        page.locator('#section-work form button[type=submit]').tap(),
      ]);
      await expect(page.locator('#section-work [role=status]').textContent()).resolves.toBe(
        t('seeker.profile.saved'),
      );
      expect(await onScreen(page, '#section-work [role=status]')).toBe(true);
      await shot(page, lang, 'profile-saved');
      await healthy(page);

      for (const url of [
        '/me/applications',
        '/me/profile',
        '/me/saved-jobs',
        '/me/saved-searches',
        '/me/data',
        '/me/account',
        `/jobs/${first}`,
      ]) {
        await page.goto(`${base}${url}?lang=${lang}`);
        expect(await smallTargets(page), url).toEqual([]);
        await healthy(page);
      }
      await page.context().close();
    });
  });
}
