// A results card's Save on a 360 x 740 phone (issue #20), in English, Hindi and Marathi: a signed-in
// seeker taps Save, comes back on the same card (#job-<id>) which says "Saved · Undo", both targets
// at least 44 px; Undo puts Save back. A visitor's Save leads to sign-in. Screenshots (first screen)
// under test-artifacts/screenshots/<lang>/pipe-save-*.png; axe-core finds nothing serious.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { HttpApi, signIn } from '../support/http-api.ts';
import { screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);

const browser = useBrowser();

const phoneContext = (): Promise<BrowserContext> =>
  browser().newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
  });

describe('Save on a results card, on a phone', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneContext();
    await signIn(context, base, await api.seekerWithProfile());
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const [n, lang] of LANGUAGES.entries()) {
    it(`in ${lang}, Save comes back to the card with "Saved · Undo", and Undo puts Save back`, async () => {
      const t = translator(lang);
      const page = await context.newPage();
      await page.goto(`${base}/jobs?q=customer+support&lang=${lang}`);
      // A card of its own for each language (the second card on, so the page must scroll back to it).
      const card = page.locator('.cards .card').nth(n + 1);
      const id = (await card.getAttribute('id')) ?? '';
      expect(id).toMatch(/^job-\d+$/);
      const save = card.locator('.save-card button');
      await expect(save.textContent()).resolves.toBe(t('seekerSteps.save.card'));
      expect((await save.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await save.scrollIntoViewIfNeeded();
      await Promise.all([page.waitForURL((u) => u.hash === `#${id}`), save.tap()]);
      await page.waitForLoadState('load');
      const again = page.locator(`#${id}`);
      await expect(again.locator('.save-card').textContent()).resolves.toContain(
        t('seekerSteps.save.cardSaved'),
      );
      const undo = again.locator('.save-card button');
      await expect(undo.textContent()).resolves.toBe(t('seekerSteps.save.undo'));
      const box = await undo.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      // The card the seeker came back to is on the screen, with its "Saved · Undo".
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
      await screenshot(page, lang, 'pipe-save-saved', { fullPage: false });
      expect(await seriousViolations(page)).toEqual([]);
      // The same address comes back (the card's anchor): wait for the page that has Save again.
      await Promise.all([page.waitForEvent('framenavigated'), undo.tap()]);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).hash).toBe(`#${id}`);
      await expect(page.locator(`#${id} .save-card button`).textContent()).resolves.toBe(
        t('seekerSteps.save.card'),
      );
      // The first job's title is still on the first screen of the results.
      await page.goto(`${base}/jobs?q=customer+support&lang=${lang}`);
      const title = await page.locator('.cards .card h2').first().boundingBox();
      expect((title?.y ?? 0) + (title?.height ?? 0)).toBeLessThanOrEqual(740);
      await page.close();
    });
  }

  it("a visitor's Save leads to sign-in, and says where it comes back to", async () => {
    const visitor = await phoneContext();
    const page = await visitor.newPage();
    await page.goto(`${base}/jobs?q=customer+support&lang=en`);
    const link = page.locator('.cards .card .save-card a').first();
    expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await Promise.all([page.waitForURL(/\/login\?next=/), link.tap()]);
    expect(decodeURIComponent(decodeURIComponent(page.url()))).toMatch(
      /\/jobs\/\d+\/save\?back=\/jobs\?q=customer\+support/,
    );
    await screenshot(page, 'en', 'pipe-save-visitor-sign-in', { fullPage: false });
    await visitor.close();
  });
});

describe('a bulk move with a hire among the picked, on a phone', () => {
  for (const lang of LANGUAGES) {
    it(`in ${lang}, the question says who stays and why, the result who moved and who not, with one Undo; the hire's card offers only "Did not join?"`, async () => {
      const t = translator(lang);
      const employer = await api.employerWithCompany('Vashi Contact Centre');
      const job = await api.postJob(employer, { title: 'Inbound voice agent' });
      const ids: number[] = [];
      for (const name of ['Asha Kale', 'Ravi More', 'Meena Shah']) {
        const seeker = await api.register('seeker', name);
        ids.push((await api.apply(seeker, job.id)).id);
      }
      const [asha] = ids as [number];
      await api.moveStage(employer, asha, 'hired');
      const context = await phoneContext();
      await signIn(context, base, employer);
      const page = await context.newPage();
      await page.goto(`${base}/employer/jobs/${job.id}/applicants?lang=${lang}`);
      for (const id of ids) await page.locator(`input[name=ids][value="${id}"]`).check();
      await page.selectOption('#bulk-stage', 'shortlisted');
      await Promise.all([
        page.waitForURL(/applicants\/bulk/),
        page.locator('#bulk button[type=submit]').tap(),
      ]);
      const shortlisted = t('hiring.stage.shortlisted');
      await expect(page.locator('h1').textContent()).resolves.toBe(
        t('employerPhone.bulkTitle', { count: 2, stage: shortlisted }),
      );
      await expect(page.locator('.bulk-left').textContent()).resolves.toContain(
        t('hiringUndo.bulk.reason.hired', { name: 'Asha Kale' }),
      );
      // Two buttons that each say whom they move; no box to tick that the button would not mention.
      expect(await page.locator('input[name=include_settled]').count()).toBe(0);
      const these = page.locator('button[name=include_settled][value="0"]');
      const all = page.locator('button[name=include_settled][value="1"]');
      await expect(these.textContent()).resolves.toBe(t('employerPhone.bulkConfirm', { count: 2 }));
      await expect(all.textContent()).resolves.toBe(t('hiringUndo.bulk.moveAll', { count: 3, settled: 1 }));
      for (const button of [these, all])
        expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await screenshot(page, lang, 'pipe-bulk-question', { fullPage: false });
      expect(await seriousViolations(page)).toEqual([]);

      await Promise.all([page.waitForURL((u) => u.hash === '#bulk-result'), these.tap()]);
      await page.waitForLoadState('load');
      const notice = page.locator('#bulk-result');
      const said = (await notice.textContent()) ?? '';
      expect(said).toContain(t('hiringUndo.bulk.reason.hired', { name: 'Asha Kale' }));
      expect(said).toContain(t('hiringUndo.bulk.left', { count: 1 }));
      const undo = notice.locator('button');
      await expect(undo.textContent()).resolves.toBe(t('hiringUndo.bulk.undoAll', { count: 2 }));
      const box = await undo.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
      await screenshot(page, lang, 'pipe-bulk-result', { fullPage: false });
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`${base}/employer/jobs/${job.id}/applicants?lang=${lang}#application-${asha}`);
      const hired = page.locator(`#application-${asha}`);
      expect(await hired.locator('.stage-rejected').count()).toBe(0);
      const didNotJoin = hired.locator('.did-not-join a');
      await expect(didNotJoin.textContent()).resolves.toBe(t('hiringUndo.didNotJoin'));
      expect((await didNotJoin.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      await didNotJoin.scrollIntoViewIfNeeded();
      await screenshot(page, lang, 'pipe-hired-card', { fullPage: false });
      await context.close();
    });
  }
});

/** The box's row: at least 44 px tall and most of the 360 px screen wide; a tap at its far end ticks the box. */
async function tapRow(page: Page, row: Locator, box: Locator, name: string) {
  // Filters and profile sections are folded on a phone: open them as the user would.
  for (const summary of await row.locator('xpath=ancestor::details[not(@open)]/summary').all())
    await summary.tap();
  await row.scrollIntoViewIfNeeded();
  const r = await row.boundingBox();
  expect(r?.height ?? 0, `${name} height`).toBeGreaterThanOrEqual(44);
  expect(r?.width ?? 0, `${name} width`).toBeGreaterThanOrEqual(280);
  const before = await box.isChecked();
  await page.touchscreen.tap((r?.x ?? 0) + (r?.width ?? 0) - 6, (r?.y ?? 0) + (r?.height ?? 0) / 2);
  expect(await box.isChecked(), `${name} ticked from the row's far end`).toBe(!before);
}

describe('every choice is a 44 px row on a 360 px phone', () => {
  it('the verified filter, the profile roles and skills, the applicant picks, and the stage tabs', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    await page.goto(`${base}/jobs?q=customer+support&lang=en`);
    const verified = page.locator('input[name=verified]');
    await tapRow(page, page.locator('label', { has: verified }), verified, 'verified filter');
    await screenshot(page, 'en', 'fixg-jobs-verified', { fullPage: false });

    await signIn(context, base, await api.seekerWithProfile());
    await page.goto(`${base}/me/profile?lang=en`);
    for (const name of ['roles', 'skills']) {
      const boxes = page.locator(`input[name=${name}]`);
      expect(await boxes.count()).toBeGreaterThan(1);
      for (const i of [0, 1]) {
        const box = boxes.nth(i);
        await tapRow(page, box.locator('xpath=..'), box, `${name} ${i}`);
      }
    }
    await page.locator('input[name=skills]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'en', 'fixg-profile-skills', { fullPage: false });
    await context.close();

    const employer = await api.employerWithCompany('Thane Support Desk');
    const job = await api.postJob(employer, { title: 'Chat support agent' });
    for (const name of ['Kiran Jadhav', 'Pooja Naik']) {
      const seeker = await api.register('seeker', name);
      await api.apply(seeker, job.id);
    }
    const emp = await phoneContext();
    await signIn(emp, base, employer);
    const list = await emp.newPage();
    await list.goto(`${base}/employer/jobs/${job.id}/applicants?lang=en`);
    const tabs = list.locator('nav.stage-tabs a');
    expect(await tabs.count()).toBeGreaterThan(1);
    for (const tab of await tabs.all()) {
      const b = await tab.boundingBox();
      expect(b?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(b?.width ?? 0).toBeGreaterThanOrEqual(44);
    }
    const picks = list.locator('.card .pick input');
    expect(await picks.count()).toBe(2);
    for (const i of [0, 1]) {
      const box = picks.nth(i);
      await tapRow(list, box.locator('xpath=..'), box, `pick ${i}`);
    }
    await list.locator('.card .pick').first().scrollIntoViewIfNeeded();
    await screenshot(list, 'en', 'fixg-applicant-picks', { fullPage: false });
    await emp.close();
  });
});
