// The moderator's journey on a phone in English, Hindi and Marathi: the demo admin opens the
// moderation queue, opens a held job (a fee asked of seekers holds it whatever its score), goes
// back and approves it, and rejects another with a reason. The held jobs are posted through the API.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { type ApiActor, DEMO_ADMIN_PHONE, HttpApi, signIn } from '../support/http-api.ts';
import { type PhonePage, phone, screenshot, seriousViolations, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);
const WORDS = { en: 'Nirbhay', hi: 'Nischal', mr: 'Nishant' } as const;
const FEE = 'Registration fee Rs 499 before joining, pay on the first day.';

const browser = useBrowser();
let admin: ApiActor;
beforeAll(async () => {
  admin = await api.login(DEMO_ADMIN_PHONE);
});

for (const lang of LANGUAGES) {
  describe(`a moderator on a phone, in ${lang}`, () => {
    const t = translator(lang);
    const word = WORDS[lang];
    let p: PhonePage;
    const held: Record<'approve' | 'reject', number> = { approve: 0, reject: 0 };
    beforeAll(async () => {
      const employer = await api.employerWithCompany(`${word} Staffing Solutions`);
      for (const verb of ['approve', 'reject'] as const) {
        const job = await api.postJob(employer, {
          title: `${word} Back Office Executive ${verb === 'approve' ? 'A' : 'B'}`,
          description: `Update customer records in Excel at our Pune office. ${FEE}`,
        });
        expect(job.status).toBe('held');
        held[verb] = job.id;
      }
      p = await phone(browser());
      await signIn(p.page.context(), base, admin);
    });
    afterAll(async () => {
      await p.page.context().close();
    });
    const expectHealthy = async (name: string) => {
      await screenshot(p.page, lang, name);
      expect(await seriousViolations(p.page), `${name}: axe`).toEqual([]);
      expect(p.problems, `${name}: console`).toEqual([]);
    };
    const cardOf = (id: number) =>
      p.page.locator('.cards > li', { has: p.page.locator(`h3 a[href="/jobs/${id}"]`) });

    it('sees the held jobs in the queue and opens one', async () => {
      await p.page.goto(`${base}/admin/moderation?lang=${lang}`);
      await expect(p.page.locator('h1').textContent()).resolves.toBe(t('trust.moderation.title'));
      await expect(cardOf(held.approve).count()).resolves.toBe(1);
      await expect(cardOf(held.reject).count()).resolves.toBe(1);
      await expectHealthy('moderation-queue');
      await Promise.all([
        p.page.waitForURL(new RegExp(`/jobs/${held.approve}$`)),
        cardOf(held.approve).locator('h3 a').click(),
      ]);
      await expect(p.page.locator('h1').textContent()).resolves.toContain(word);
      await expectHealthy('moderation-held-job');
    });

    it('approves one and rejects the other with a reason', async () => {
      await p.page.goto(`${base}/admin/moderation`);
      await Promise.all([
        p.page.waitForURL(/done=approve/),
        cardOf(held.approve).locator('form[action$="/approve"] button').click(),
      ]);
      await expect(p.page.locator('[role=status]').textContent()).resolves.toBe(
        t('trust.moderation.done.approve', { count: 0 }),
      );
      await expect(cardOf(held.approve).count()).resolves.toBe(0);
      const reject = cardOf(held.reject).locator('form[action$="/reject"]');
      await reject.locator('input[name=reason]').fill('Asks seekers for a fee');
      await Promise.all([p.page.waitForURL(/done=reject/), reject.locator('button').click()]);
      await expect(p.page.locator('[role=status]').textContent()).resolves.toBe(
        t('trust.moderation.done.reject', { count: 0 }),
      );
      await expect(cardOf(held.reject).count()).resolves.toBe(0);
      await expectHealthy('moderation-done');
      const status = async (id: number) =>
        (await api.call<{ status: string }>('GET', `/jobs/${id}`, undefined, admin)).status;
      expect(await status(held.approve)).toBe('published');
      expect(await status(held.reject)).not.toBe('held');
    });
  });
}
