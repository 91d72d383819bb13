// Phone-first accounts on a 360x740 phone, in en, hi and mr, against local fakes of MSG91 and
// Exotel: sign up with an SMS code, sign in, forgot password, the account page, and an employer's
// Call. Each step is screenshotted (test-artifacts/screenshots/<lang>/account-*.png) and checked
// for tap targets of at least 44 px and for serious accessibility problems.
// Runs its own app in this process (PGlite in memory) so it can point it at the fakes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobPayload, uniquePhone } from '../support/app.ts';
import { FakeExotel } from '../support/fakes/fake-exotel.ts';
import { FakeMsg91 } from '../support/fakes/fake-msg91.ts';
import { APP_SECRET, applyFromVashi } from '../support/providers-app.ts';
import { type PhonePage, phone, screenshot, seriousViolations, useBrowser, useOwnApp } from './browser.ts';

const sms = new FakeMsg91();
const exotel = new FakeExotel();

beforeAll(async () => {
  await Promise.all([sms.start(), exotel.start()]);
});
afterAll(async () => {
  await Promise.all([sms.stop(), exotel.stop()]);
});
const browser = useBrowser();
const { base, app } = useOwnApp('account', {
  env: () => ({
    APP_SECRET,
    MSG91_AUTH_KEY: 'e2e-auth-key-123',
    MSG91_TEMPLATES: 'otpCode=65f0e2eotp;phoneChanged=65f0e2echg',
    MSG91_BASE_URL: sms.url,
    EXOTEL_SID: 'deskhire1',
    EXOTEL_API_KEY: 'exotel-key',
    EXOTEL_API_TOKEN: 'exotel-token',
    EXOTEL_CALLER_ID: '02248904500',
    EXOTEL_BASE_URL: exotel.url,
  }),
});

/** Buttons, inputs and selects in the page body that are smaller than a thumb (44 px high). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.$$eval('main button, main input:not([type=hidden]):not([type=checkbox]), main select', (els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ e, h: e.getBoundingClientRect().height }))
      .filter(({ h }) => h < 44)
      .map(({ e, h }) => `${e.outerHTML.slice(0, 80)} is ${Math.round(h)} px`),
  );
}

/** Screenshot plus the checks every page of this walk must pass. */
async function look(p: PhonePage, lang: string, name: string): Promise<void> {
  await screenshot(p.page, lang, `account-${name}`);
  expect(await smallTargets(p.page), `${lang} ${name}`).toEqual([]);
  expect(await seriousViolations(p.page), `${lang} ${name}`).toEqual([]);
  // Nothing runs off the right edge of a 360 px screen.
  expect(
    await p.page.evaluate(() => document.documentElement.scrollWidth),
    `${lang} ${name}`,
  ).toBeLessThanOrEqual(360);
}

const submit = (page: Page, action: string) =>
  page.locator(`main form[action="${action}"] button[type=submit]`);

describe.each(['en', 'hi', 'mr'])('on a phone in %s', (lang) => {
  it('sign up by SMS code, sign in, forgot password, the account page, and an employer’s Call', async () => {
    // --- Sign up with phone + code ---
    const seekerPhone = uniquePhone();
    const s = await phone(browser());
    await s.page.goto(`${base()}/login/code?lang=${lang}`);
    await look(s, lang, 'code-phone');
    await s.page.fill('#phone', seekerPhone.slice(3));
    await submit(s.page, '/login/code').click();
    await s.page.waitForSelector('#code');
    const code = sms.codeFor(seekerPhone);
    await s.page.fill('#code', code);
    await look(s, lang, 'code-verify');
    // The right code for a new number: only then the page asks the name.
    await submit(s.page, '/login/code/verify').click();
    await s.page.waitForSelector('#name');
    await s.page.fill('#name', 'Sneha Patil');
    await look(s, lang, 'code-new-number');
    await Promise.all([s.page.waitForURL(`${base()}/jobs`), submit(s.page, '/login/code/verify').click()]);

    // --- The account page: set a first password ---
    await s.page.goto(`${base()}/me/account`);
    await look(s, lang, 'page');
    await s.page.fill('#password', 'sneha-first-pass');
    await Promise.all([s.page.waitForURL(/done=password/), submit(s.page, '/me/account/password').click()]);
    expect(await s.page.locator('[role=status]').count()).toBe(1);

    // --- Sign in with the password on another phone ---
    const other = await phone(browser());
    await other.page.goto(`${base()}/login?lang=${lang}`);
    await look(other, lang, 'login');
    await other.page.fill('#login', seekerPhone);
    await other.page.fill('#password', 'sneha-first-pass');
    await Promise.all([other.page.waitForURL(`${base()}/jobs`), submit(other.page, '/login').click()]);

    // --- Forgot password: a code by SMS, a new password ---
    const lost = await phone(browser());
    await lost.page.goto(`${base()}/login?lang=${lang}`);
    await lost.page.locator('a[href="/login/forgot"]').click();
    await look(lost, lang, 'forgot');
    await lost.page.fill('#phone', seekerPhone.slice(3));
    await submit(lost.page, '/login/forgot').click();
    await lost.page.waitForSelector('#code');
    await lost.page.fill('#code', sms.codeFor(seekerPhone));
    await lost.page.fill('#password', 'sneha-new-pass-2');
    await look(lost, lang, 'reset');
    await Promise.all([
      lost.page.waitForURL(/\/me\/account/),
      submit(lost.page, '/login/forgot/reset').click(),
    ]);
    await look(lost, lang, 'after-reset');
    // The phone signed in with the old password is signed out.
    await other.page.goto(`${base()}/me/account`);
    expect(other.page.url()).toContain('/login');

    // --- An employer presses Call on the seeker's application ---
    const employerPhone = uniquePhone();
    const reg = await app().inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        role: 'employer',
        name: 'Kavita Shinde',
        phone: employerPhone,
        password: 'calls-from-vashi',
        lang,
      },
    });
    const employerAuth = { authorization: `Bearer ${reg.json().token}` };
    await app().inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: employerAuth,
      payload: { name: 'Vashi Voice Services', industry: 'bpo-kpo', city: 'navi-mumbai' },
    });
    const job = await app().inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: employerAuth,
      payload: jobPayload({ city: 'navi-mumbai', locality: 'vashi' }),
    });
    const jobId = job.json<{ id: number }>().id;
    const sid = (await lost.page.context().cookies()).find((c) => c.name === 'sid')!.value;
    const seekerAuth = { authorization: `Bearer ${sid}` };
    const applicationId = await applyFromVashi(app(), seekerAuth, jobId);
    const emp = await phone(browser());
    const applicants = `/employer/jobs/${jobId}/applicants`;
    await emp.page.goto(`${base()}/login?lang=${lang}&next=${encodeURIComponent(applicants)}`);
    await emp.page.fill('#login', employerPhone);
    await emp.page.fill('#password', 'calls-from-vashi');
    await Promise.all([emp.page.waitForURL(`${base()}${applicants}`), submit(emp.page, '/login').click()]);
    const card = emp.page.locator(`#application-${applicationId}`);
    await Promise.all([
      emp.page.waitForURL(/done=called/),
      card.locator('form[action$="/call"] button').click(),
    ]);
    expect(exotel.calls.at(-1)).toMatchObject({ from: employerPhone, to: seekerPhone });
    await screenshot(emp.page, lang, 'account-employer-called');

    for (const p of [s, other, lost, emp]) expect(p.problems).toEqual([]);
  });
});
