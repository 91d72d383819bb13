// Issue #20 (errors and words) on a 360x740 phone in hi and mr: the post-job form's examples in the
// page language, a number that already has an account with its Sign in links, and a new code asked
// for too soon saying how long to wait; the skip link and skill-test choices are thumb-sized.
// Screenshots under test-artifacts/screenshots/<lang>/words-*.png.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { translator } from '../../src/shared/i18n/index.ts';
import { employerWithCompany, register, uniquePhone } from '../support/app.ts';
import { phone, screenshot, sidewaysOverflow, useBrowser, useOwnApp } from './browser.ts';

const browser = useBrowser();
const { base, app } = useOwnApp('words', {
  env: {
    DEV_OUTBOX: '1',
  },
});

const heightOf = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())?.height ?? 0;

async function signedIn(page: Page, token: string) {
  await page.context().addCookies([{ name: 'sid', value: token, url: base() }]);
}

it('post-job examples, a taken number and a too-early code read in hi/mr and fit a phone', async () => {
  const employer = await employerWithCompany(app());
  const taken = uniquePhone();
  const made = await app().inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role: 'seeker', name: 'Kavita Shinde', phone: taken, password: 'kavita-first-account' },
  });
  expect(made.statusCode).toBe(201);
  for (const lang of ['hi', 'mr'] as const) {
    const t = translator(lang);

    // 1. The post-job form: its title example and the company website hint in the page language.
    const { page: emp } = await phone(browser());
    await signedIn(emp, employer.token);
    await emp.goto(`${base()}/employer/jobs/new?lang=${lang}`);
    expect(await emp.getAttribute('#title', 'placeholder')).toBe(t('jobForm.titleExample'));
    expect(await sidewaysOverflow(emp)).toBeLessThanOrEqual(0);
    await emp.locator('#title').scrollIntoViewIfNeeded();
    await screenshot(emp, lang, 'words-post-job', { fullPage: false });
    await emp.goto(`${base()}/employer/company?lang=${lang}`);
    expect(await emp.locator('#website-hint').innerText()).toBe(t('jobForm.websiteHint'));
    await screenshot(emp, lang, 'words-company', { fullPage: false });
    await emp.context().close();

    // 3. Registering a number that already has an account.
    const { page } = await phone(browser());
    await page.goto(`${base()}/register?lang=${lang}`);
    await page.fill('#name', 'Kavita Shinde');
    await page.fill('#phone', taken);
    await page.fill('#password', 'kavita-in-thane-again');
    await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
    expect(await page.inputValue('#phone')).toBe(taken);
    expect(await page.locator('#phone-error').innerText()).toBe(t('auth.phoneTaken'));
    const signIn = page.locator('.field-links a').first();
    expect(await signIn.innerText()).toBe(t('auth.phoneTakenSignIn'));
    expect(await heightOf(page, '.field-links a')).toBeGreaterThanOrEqual(44);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.locator('#phone').scrollIntoViewIfNeeded();
    await screenshot(page, lang, 'words-number-taken', { fullPage: false });
    await Promise.all([page.waitForNavigation(), signIn.click()]);
    expect(page.url()).toContain('/login?login=');
    expect(await page.inputValue('#login')).toBe(taken);

    // 4. A new sign-in code asked for during the 30 s cooldown, without JavaScript's help.
    await page.goto(`${base()}/login/code?lang=${lang}`);
    await page.fill('#phone', uniquePhone());
    await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
    await Promise.all([
      page.waitForNavigation(),
      page.click(`main form[action="/login/code"] button:has-text("${t('authCode.resend')}")`),
    ]);
    const alert = (await page.locator('main p.errors[role=alert]').first().textContent()) ?? '';
    expect(alert).toMatch(new RegExp(t('authCode.cooldown', { seconds: '\\d+' }).replace(/[.।]$/, '')));
    expect(await page.locator('main').textContent()).not.toContain(t('sms.notConfigured'));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, lang, 'words-code-wait', { fullPage: false });

    // 6. The skip link, once focused, is a full tap target.
    await page.goto(`${base()}/?lang=${lang}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await heightOf(page, 'a.skip')).toBeGreaterThanOrEqual(44);
    await page.context().close();
  }
});

it('the English skill test’s answer choices are 44 px rows with the circle beside the answer', async () => {
  const seeker = await register(app(), 'seeker');
  const { page } = await phone(browser());
  await signedIn(page, seeker.token);
  await page.goto(`${base()}/skills?lang=mr`);
  await Promise.all([page.waitForNavigation(), page.click('button[name=kind][value=english]')]);
  const choices = page.locator('main input[type=radio]');
  expect(await choices.count()).toBeGreaterThan(1);
  const rows = await page.$$eval('main input[type=radio]', (inputs) =>
    inputs.map((i) => ({
      row: (i.closest('label') as HTMLElement).getBoundingClientRect().height,
      circle: i.getBoundingClientRect().width,
    })),
  );
  for (const { row, circle } of rows) {
    // A thumb-sized row with the circle beside its answer (it was a 44 px circle above the text).
    expect(row).toBeGreaterThanOrEqual(44);
    expect(row).toBeLessThan(64);
    expect(circle).toBeLessThanOrEqual(24);
  }
  await screenshot(page, 'mr', 'words-skill-choices', { fullPage: false });
  await page.context().close();
});
