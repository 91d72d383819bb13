// Walk findings A on a 360x740 phone in en, hi and mr: the report form's reasons sit in one tidy
// column of thumb-sized rows, the dev outbox keeps a long SMS inside its card, and the new pages
// (confirm your number, a job being checked) fit the screen. Screenshots under
// test-artifacts/screenshots/<lang>/walk-a-*.png.
import { expect, it } from 'vitest';
import { employerWithCompany, postJob, uniquePhone } from '../support/app.ts';
import { phone, screenshot, sidewaysOverflow, useBrowser, useOwnApp } from './browser.ts';

const browser = useBrowser();
const { base, app, db } = useOwnApp('walk-a', {
  env: {
    DEV_OUTBOX: '1',
  },
});

it('report reasons, the outbox, confirm-your-number and a job being checked fit a phone in en/hi/mr', async () => {
  const employer = await employerWithCompany(app());
  const job = await postJob(app(), employer);
  for (const lang of ['en', 'hi', 'mr']) {
    const { page } = await phone(browser());
    await page.goto(`${base()}/?lang=${lang}`);
    // Sign up through the form: the next page asks for the code sent to the number.
    await page.goto(`${base()}/register?next=${encodeURIComponent(`/jobs/${job.id}`)}`);
    await page.fill('#name', 'Rekha Jadhav');
    await page.fill('#phone', uniquePhone().slice(3));
    await page.fill('#password', 'correct horse battery');
    await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
    expect(page.url()).toContain('/register/confirm');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, lang, 'walk-a-confirm-number');

    // The outbox: the SMS with its code wraps inside its card.
    await page.goto(`${base()}/dev/outbox`);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const sticksOut = await page.$$eval('pre.message-body', (els) =>
      els.some((e) => e.scrollWidth > e.clientWidth + 1),
    );
    expect(sticksOut).toBe(false);
    await screenshot(page, lang, 'walk-a-outbox');

    // The report form: one column of radios, each row at least 44 px, none chosen.
    await page.goto(`${base()}/jobs/${job.id}/report`);
    const rows = await page.$$eval('main label.choice', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const radio = e.querySelector('input')!.getBoundingClientRect();
        return {
          height: r.height,
          radioX: Math.round(radio.left),
          radioW: radio.width,
          checked: e.querySelector('input')!.checked,
        };
      }),
    );
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.height).toBeGreaterThanOrEqual(44);
      expect(r.radioW).toBeLessThanOrEqual(24);
      expect(r.checked).toBe(false);
    }
    expect(new Set(rows.map((r) => r.radioX)).size).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, lang, 'walk-a-report-form');
    // The browser itself asks for a reason first (the server answers 400 without one too).
    expect(
      await page.$eval('main form[action$="/report"]', (f) => (f as HTMLFormElement).checkValidity()),
    ).toBe(false);
    await page.check('input[value="wrong_salary"]');
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);
    await screenshot(page, lang, 'walk-a-report-thanks');
    await page.close();
  }
  // A live job paused for the moderators: its old link says so.
  await db().query(`UPDATE jobs SET status = 'held' WHERE id = $1`, [job.id]);
  for (const lang of ['en', 'hi', 'mr']) {
    const { page } = await phone(browser());
    await page.goto(`${base()}/jobs/${job.id}?lang=${lang}`);
    expect(await page.textContent('h1')).not.toMatch(/not found|नहीं मिला|सापडले नाही/i);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, lang, 'walk-a-under-review');
    await page.goto(`${base()}/login/code`);
    await page.fill('#phone', '12345');
    await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
    await screenshot(page, lang, 'walk-a-code-bad-phone');
    await page.close();
  }
});
