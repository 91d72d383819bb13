// A visitor on a 360 x 740 phone taps Save on a results card (#20): the sign-in page says why
// ("Sign in to save this job: …, …. You come back to it after."), and after signing in with a
// password they are back on that card, which says "Saved · Undo", and the job is in Saved jobs.
// Screenshots: test-artifacts/screenshots/en/save-sign-in-*.png.
import { expect, inject, it } from 'vitest';
import { translator } from '../../src/shared/i18n/index.ts';
import { freshPhone, HttpApi } from '../support/http-api.ts';
import { phone, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);
const t = translator('en');

const browser = useBrowser();

it('en: Save on a card → sign in (told why) → back on the card, saved', async () => {
  const word = `Savvorin${Date.now() % 100000}`;
  const employer = await api.employerWithCompany('Savvorin Services');
  const job = await api.postJob(employer, {
    title: `${word} customer support executive`,
    city: 'mumbai',
    locality: 'andheri-east',
  });
  const number = freshPhone();
  const password = 'savvorin-walk-pass';
  const reg = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'seeker', name: 'Sneha Jadhav', phone: number, password }),
  });
  expect(reg.status).toBe(201);

  const { page, problems } = await phone(browser());
  await page.goto(`${base}/jobs?q=${word}&lang=en`);
  await Promise.all([page.waitForURL(/\/login\?next=/), page.locator(`#job-${job.id} .save-card a`).tap()]);
  const why = page.locator('main .why');
  await expect(why.textContent()).resolves.toContain(
    `Sign in to save this job: ${word} customer support executive, `,
  );
  await expect(why.textContent()).resolves.toContain('You come back to it after.');
  expect(await why.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  await screenshot(page, 'en', 'save-sign-in-sign-in-to-save', { fullPage: false });
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('#login').fill(number);
  await page.locator('#password').fill(password);
  await Promise.all([
    page.waitForURL(new RegExp(`/jobs\\?.*#job-${job.id}$`)),
    page.locator('main form button[type=submit]').tap(),
  ]);
  const card = page.locator(`#job-${job.id} .save-card`);
  await expect(card.textContent()).resolves.toContain(t('seekerSteps.save.cardSaved'));
  await expect(card.locator('button').textContent()).resolves.toBe(t('seekerSteps.save.undo'));
  // The card is on the screen where the anchor landed.
  expect(
    await card.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }),
  ).toBe(true);
  await screenshot(page, 'en', 'save-sign-in-back-on-card-saved', { fullPage: false });
  await page.goto(`${base}/me/saved-jobs`);
  await expect(page.locator('main').textContent()).resolves.toContain(`${word} customer support executive`);
  // The job page's Save for a visitor, as it looks.
  const visitor = await phone(browser());
  await visitor.page.goto(`${base}/jobs/${job.id}?lang=hi`);
  await screenshot(visitor.page, 'hi', 'save-sign-in-job-page-visitor', { fullPage: false });
  expect(await visitor.page.locator('#save a').getAttribute('href')).toBe(
    `/login?next=${encodeURIComponent(`/jobs/${job.id}/save`)}`,
  );
  // The employer's words, marked on a Hindi page (looked at, not asserted beyond the label).
  await visitor.page.locator('.employer-words').scrollIntoViewIfNeeded();
  await screenshot(visitor.page, 'hi', 'save-sign-in-employer-words', { fullPage: false });
  // Every invalid field of /register at once, the emptied password too.
  await visitor.page.goto(`${base}/register?lang=en`);
  await visitor.page.locator('#phone').fill('12345');
  await visitor.page.locator('#email').fill('abc@');
  await visitor.page.locator('#password').fill('123');
  await visitor.page.locator('main form button[type=submit]').tap();
  await visitor.page.locator('#password-error').waitFor();
  await visitor.page.locator('#password-error').scrollIntoViewIfNeeded();
  await screenshot(visitor.page, 'en', 'save-sign-in-register-errors', { fullPage: false });
  expect(problems).toEqual([]);
  await page.context().close();
  await visitor.page.context().close();
});
