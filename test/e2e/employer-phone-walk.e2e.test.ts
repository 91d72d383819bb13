// The third phone walk's employer findings in real Chromium at 360 x 740, in en / hi / mr: a past
// interview time on the last of many applicants answers with its error on the first screen, focused,
// input kept; Cancel interview and a bulk reject ask first; the dashboard tabs count new applicants.
// Screenshots (the first screen, as the phone shows it) go to /tmp/phoneb-shots for a person to look at.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { jobPayload, uniquePhone } from '../support/app.ts';
import { type PhonePage, phone, screenshotTo, seriousViolations, useBrowser, useOwnApp } from './browser.ts';

const PASSWORD = 'hiring-in-vashi';
const SHOTS = process.env.PHONE_SHOTS ?? path.join(tmpdir(), 'phoneb-shots');

async function person(role: 'seeker' | 'employer', name: string) {
  const phoneNo = uniquePhone();
  const res = await app().inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role, name, phone: phoneNo, password: PASSWORD },
  });
  const body = res.json<{ token: string; user: { id: string } }>();
  return { id: body.user.id, phone: phoneNo, auth: { authorization: `Bearer ${body.token}` } };
}

const browser = useBrowser();
const { base, app } = useOwnApp('phoneb');
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the employer journeys on a 360 x 740 phone (third walk)', () => {
  let employer: Awaited<ReturnType<typeof person>>;
  let jobId: number;
  let appIds: number[];
  let emp: PhonePage;
  const shot = (lang: string, name: string) => screenshotTo(emp.page, SHOTS, `${lang}-${name}`);

  beforeAll(async () => {
    employer = await person('employer', 'Sunita Rao');
    await app().inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: employer.auth,
      payload: { name: 'Vashi Care Services', industry: 'bpo-kpo', city: 'navi-mumbai' },
    });
    const job = await app().inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: employer.auth,
      payload: jobPayload({ title: 'Customer Support Executive (Hindi)' }),
    });
    jobId = job.json<{ id: number }>().id;
    appIds = [];
    for (const name of [
      'Sneha Patil',
      'Rahul Jadhav',
      'Imran Shaikh',
      'Pooja More',
      'Amit Kale',
      'Neha Gupta',
    ]) {
      const s = await person('seeker', name);
      const applied = await app().inject({
        method: 'POST',
        url: `/api/v1/jobs/${jobId}/applications`,
        headers: s.auth,
      });
      appIds.push(applied.json<{ id: number }>().id);
    }
    emp = await phone(browser());
    await emp.page.goto(`${base()}/login?next=%2Femployer`);
    await emp.page.fill('#login', employer.phone);
    await emp.page.fill('#password', PASSWORD);
    await Promise.all([
      emp.page.waitForURL(`${base()}/employer`),
      emp.page.locator('main button[type=submit]').click(),
    ]);
  });
  afterAll(async () => {
    await emp?.page.context().close();
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: a past interview time on the last applicant shows its error on the first screen, focused, input kept`, async () => {
      const t = translator(lang);
      const p = emp.page;
      await p.goto(`${base()}/employer/jobs/${jobId}/applicants?lang=${lang}`);
      const last = p.locator(`#application-${appIds.at(-1)}`);
      await last.locator('summary', { hasText: t('hiring.scheduleInterview') }).click();
      await last.locator('input[name=starts_at]').fill('2020-01-06T11:00');
      await last.locator('input[name=place]').fill('Palm Beach Road, Vashi');
      await Promise.all([
        p.waitForLoadState('load'),
        last.locator('form button[type=submit]', { hasText: t('hiring.schedule') }).click(),
      ]);
      await p.waitForSelector('.field-error');
      const error = await p.locator('.field-error').first().boundingBox();
      expect(error).not.toBeNull();
      expect(error!.y + error!.height, 'error within the first 740 px').toBeLessThan(740);
      await expect(p.locator('.field-error').first().textContent()).resolves.toBe(
        t('interviews.errors.past'),
      );
      expect(await p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
        'starts_at',
      );
      await expect(p.locator('input[name=place]').inputValue()).resolves.toBe('Palm Beach Road, Vashi');
      await shot(lang, 'interview-past-error');
      expect(await seriousViolations(p), 'axe').toEqual([]);
    });

    it(`${lang}: the dashboard counts new applicants per tab; a bulk reject and a cancel ask first`, async () => {
      const t = translator(lang);
      const p = emp.page;
      await p.goto(`${base()}/employer?lang=${lang}`);
      await expect(p.locator('.tabs a[aria-current=page] .new-n').textContent()).resolves.toBe(
        t('employerPhone.tabNew', { count: formatNumber(appIds.length, lang) }),
      );
      await shot(lang, 'dashboard');
      expect(await seriousViolations(p), 'dashboard axe').toEqual([]);

      await p.goto(`${base()}/employer/jobs/${jobId}/applicants?lang=${lang}`);
      await p.locator(`input[name=ids][value="${appIds[0]}"]`).check();
      await p.locator(`input[name=ids][value="${appIds[1]}"]`).check();
      await p.selectOption('#bulk-stage', 'rejected');
      await Promise.all([p.waitForLoadState('load'), p.locator('#bulk button[type=submit]').click()]);
      await expect(p.locator('h1').textContent()).resolves.toBe(
        t('employerPhone.bulkTitle', { count: 2, stage: t('hiring.stage.rejected') }),
      );
      await shot(lang, 'bulk-confirm');
      expect(await seriousViolations(p), 'bulk confirm axe').toEqual([]);
    });
  }

  it('Cancel interview goes through its question, in Marathi', async () => {
    const t = translator('mr');
    const p = emp.page;
    const starts = new Date(Date.now() + 2 * 86_400_000);
    await app().inject({
      method: 'POST',
      url: `/api/v1/applications/${appIds[2]}/interviews`,
      headers: employer.auth,
      payload: { starts_at: starts.toISOString(), duration_minutes: 30, mode: 'phone' },
    });
    await p.goto(`${base()}/employer/jobs/${jobId}/applicants?lang=mr#application-${appIds[2]}`);
    await Promise.all([
      p.waitForLoadState('load'),
      p.locator(`#application-${appIds[2]} a`, { hasText: t('interviews.cancel') }).click(),
    ]);
    await expect(p.locator('h1').textContent()).resolves.toBe(
      t('employerPhone.cancelTitle', { name: 'Imran Shaikh' }),
    );
    await shot('mr', 'cancel-confirm');
    expect(await seriousViolations(p), 'cancel axe').toEqual([]);
    await Promise.all([p.waitForLoadState('load'), p.locator('main button[type=submit].danger').click()]);
    await expect(p.locator('.notice[role=status]').first().textContent()).resolves.toContain(
      'मुलाखत रद्द झाली.',
    );
    await shot('mr', 'cancel-done');
  });
});
