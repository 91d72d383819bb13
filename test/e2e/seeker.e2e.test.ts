// The seeker's journey on a 360 px phone in English, Hindi and Marathi: pick a language, search by
// keyboard only, filter, open a job, a landing page; then, signed in, search, filter, apply and
// track the application, and apply once more with the keyboard alone. axe-core on each page;
// screenshots kept under test-artifacts/screenshots/<lang>/. The jobs and accounts the signed-in
// steps need are made through the API (test/support/http-api.ts): that set-up is not under test.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES, translator } from '../../src/shared/i18n/index.ts';
import { type ApiActor, HttpApi, signIn } from '../support/http-api.ts';
import {
  focusIsVisible,
  type PhonePage,
  phone,
  screenshot,
  seriousViolations,
  tabTo,
  useBrowser,
} from './browser.ts';

const base = inject('baseUrl');
const api = new HttpApi(base);
/** A word no demo job has, so a search for it finds exactly the job this language posted. */
const WORDS = { en: 'Vishwas', hi: 'Vikas', mr: 'Vinamra' } as const;
const PUNE = { en: 'Pune', hi: 'पुणे', mr: 'पुणे' } as const;

/** Bytes on the wire for one URL fetched with brotli allowed, as a phone browser would. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip', accept: 'text/html' } }, (res) => {
      let n = 0;
      res.on('data', (c: Buffer) => {
        n += c.length;
      });
      res.on('end', () => resolve(n));
    })
      .on('error', reject)
      .end();
  });
}

const browser = useBrowser();

describe('the results page budget', () => {
  it('a page of 20 demo results (stylesheet inlined) and its script stay under 100 KB compressed', async () => {
    const sizes = await Promise.all(
      ['/jobs?q=customer+support', '/static/app.js'].map((u) => wireBytes(`${base}${u}`)),
    );
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`results page on the wire: html+css ${sizes[0]} B, js ${sizes[1]} B, total ${total} B`);
    expect(total).toBeLessThan(100 * 1024);
  });
});

for (const lang of LANGUAGES) {
  describe(`a seeker on a phone, in ${lang}`, () => {
    const t = translator(lang);
    let p: PhonePage;
    beforeAll(async () => {
      p = await phone(browser());
    });
    afterAll(async () => {
      await p.page.context().close();
    });
    const expectHealthy = async (name: string) => {
      await screenshot(p.page, lang, name);
      expect(await seriousViolations(p.page), `${name}: axe`).toEqual([]);
      expect(p.problems, `${name}: console`).toEqual([]);
    };

    it('picks the language in the header and the site remembers it', async () => {
      await p.page.goto(`${base}/`);
      if (lang !== 'en') {
        // The switcher is a small form of buttons: reached and pressed from the keyboard.
        await p.page.focus(`.lang-pick button[value="${lang}"]`);
        await Promise.all([
          p.page.waitForResponse((r) => r.url().endsWith('/lang')),
          p.page.keyboard.press('Enter'),
        ]);
        await p.page.waitForFunction((l) => document.documentElement.lang === l, lang);
        expect(new URL(p.page.url()).pathname).toBe('/');
      }
      expect(await p.page.getAttribute('html', 'lang')).toBe(lang);
      await expect(p.page.locator('h1').textContent()).resolves.toBe(t('home.title'));
      await expectHealthy('home');
    });

    it('keyboard only: tabs to the search box, types, presses Enter and gets results', async () => {
      await p.page.goto(`${base}/`);
      expect(await p.page.getAttribute('html', 'lang')).toBe(lang);
      await tabTo(p.page, '#q');
      await p.page.keyboard.type('customer support');
      await Promise.all([p.page.waitForURL(/\/jobs\?/), p.page.keyboard.press('Enter')]);
      expect(p.page.url()).toContain('q=customer+support');
      // Empty fields are left out of the URL by app.js.
      expect(p.page.url()).not.toMatch(/=(&|$)/);
      await expect(p.page.locator('.cards > li').count()).resolves.toBeGreaterThan(0);
      await expectHealthy('results');
    });

    it('a filter applies as soon as it is chosen, and more filters open under one tap', async () => {
      await Promise.all([p.page.waitForURL(/city=pune/), p.page.selectOption('#f-city', 'pune')]);
      const places = await p.page.locator('.cards .facts').allTextContents();
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) expect(place).toContain(PUNE[lang]);
      await p.page.locator('details.more summary').click();
      await Promise.all([p.page.waitForURL(/work_mode=onsite/), p.page.selectOption('#f-work', 'onsite')]);
      await expect(p.page.locator('details.more .pill').textContent()).resolves.toBe(
        t('web.activeFilters', { count: 1 }),
      );
      await expectHealthy('results-filtered');
    });

    it('opens a job and can tab through the whole page', async () => {
      await p.page.goto(`${base}/jobs?city=pune&q=customer+support`);
      await Promise.all([p.page.waitForURL(/\/jobs\/\d+$/), p.page.locator('.cards h2 a').first().click()]);
      expect(await p.page.locator('script[type="application/ld+json"]').count()).toBe(1);
      await expect(p.page.locator('.facts dt').first().textContent()).resolves.toBe(t('job.salary'));
      await expectHealthy('job');
      await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const seen: string[] = [];
      for (let i = 0; i < 30; i++) {
        await p.page.keyboard.press('Tab');
        const focused = await p.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const box = el.getBoundingClientRect();
          return {
            what: `${el.tagName}${el.getAttribute('href') ?? ''}`,
            visible: box.width > 0 && box.height > 0,
          };
        });
        if (!focused) continue;
        expect(focused.visible, focused.what).toBe(true);
        seen.push(focused.what);
      }
      expect(seen.some((s) => s.startsWith('A/companies/'))).toBe(true);
      expect(seen.some((s) => s.startsWith('A/jobs/in/pune'))).toBe(true);
    });

    it('a city and work landing page reads in the language', async () => {
      await p.page.goto(`${base}/jobs/in/pune/customer-service`);
      await expect(p.page.locator('h1').textContent()).resolves.toBe(
        t('landing.categoryTitle', { city: PUNE[lang], category: t('enum.category.customer_service') }),
      );
      await expectHealthy('landing');
    });
  });

  describe(`a signed-in seeker applies and tracks it, in ${lang}`, () => {
    const t = translator(lang);
    const word = WORDS[lang];
    let p: PhonePage;
    let employer: ApiActor;
    let seeker: ApiActor;
    let jobId: number;
    let keyboardJobId: number;
    beforeAll(async () => {
      employer = await api.employerWithCompany(`${word} Care Services`);
      const common = { city: 'pune', locality: 'kharadi', salary_min: 16000, salary_max: 21000 };
      jobId = (await api.postJob(employer, { ...common, title: `${word} Customer Support Associate` })).id;
      keyboardJobId = (await api.postJob(employer, { ...common, title: `${word} Chat Support Executive` }))
        .id;
      seeker = await api.seekerWithProfile();
      p = await phone(browser());
      await signIn(p.page.context(), base, seeker);
    });
    afterAll(async () => {
      await p.page.context().close();
    });
    const expectHealthy = async (name: string) => {
      await screenshot(p.page, lang, name);
      expect(await seriousViolations(p.page), `${name}: axe`).toEqual([]);
      expect(p.problems, `${name}: console`).toEqual([]);
    };

    it('searches, filters by city, opens the job and applies', async () => {
      await p.page.goto(`${base}/?lang=${lang}`);
      await p.page.fill('#q', `${word} customer support`);
      await Promise.all([p.page.waitForURL(/\/jobs\?/), p.page.press('#q', 'Enter')]);
      await Promise.all([p.page.waitForURL(/city=pune/), p.page.selectOption('#f-city', 'pune')]);
      const card = p.page.locator(`.cards h2 a[href="/jobs/${jobId}"]`);
      await expect(card.count()).resolves.toBe(1);
      await expectHealthy('seeker-search');
      await Promise.all([p.page.waitForURL(new RegExp(`/jobs/${jobId}$`)), card.click()]);
      await expect(p.page.locator('form.apply button').textContent()).resolves.toBe(t('seeker.apply.button'));
      await expectHealthy('seeker-job');
      await Promise.all([
        p.page.waitForURL(/\/me\/applications/),
        p.page.locator('form.apply button').click(),
      ]);
      await expect(p.page.locator('[role=status]').textContent()).resolves.toBe(t('seeker.apply.done'));
      const mine = p.page.locator('.card', { has: p.page.locator(`a[href="/jobs/${jobId}"]`) });
      await expect(mine.locator('.stage').textContent()).resolves.toBe(t('seeker.stage.applied'));
      await expectHealthy('applied');
    });

    it('tracks the application: a shortlist shows once the employer can no longer take it back; a hire at once', async () => {
      const application = (await api.myApplications(seeker)).items.find((a) => a.job.id === jobId);
      expect(application?.stage).toBe('applied');
      await api.moveStage(employer, application!.id, 'shortlisted');
      await p.page.goto(`${base}/me/applications`);
      const mine = p.page.locator('.card', { has: p.page.locator(`a[href="/jobs/${jobId}"]`) });
      // Within the employer's undo window the seeker still reads the stage from before the move.
      await expect(mine.locator('.stage').textContent()).resolves.toBe(t('seeker.stage.applied'));
      // A hire cannot be undone: it commits the shortlist and shows at once, with both in the history.
      await api.moveStage(employer, application!.id, 'hired');
      await p.page.goto(`${base}/me/applications`);
      await expect(mine.locator('.stage').textContent()).resolves.toBe(t('seeker.stage.hired'));
      await expect(mine.locator('.history').textContent()).resolves.toContain(t('seeker.stage.shortlisted'));
      await expect(mine.locator('.history').textContent()).resolves.toContain(t('seeker.stage.hired'));
      await expectHealthy('application-tracked');
    });

    it('keyboard only: Tab to Apply, Enter, and every focused control shows its focus', async () => {
      await p.page.goto(`${base}/jobs/${keyboardJobId}`);
      await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const presses = await tabTo(p.page, 'form.apply button', 40, async () => {
        const focus = await focusIsVisible(p.page);
        expect(focus.visible, `focus ring on ${focus.what}`).toBe(true);
      });
      expect(presses).toBeGreaterThan(1);
      await Promise.all([p.page.waitForURL(/\/me\/applications/), p.page.keyboard.press('Enter')]);
      await expect(p.page.locator('[role=status]').textContent()).resolves.toBe(t('seeker.apply.done'));
      await expect(p.page.locator(`.card a[href="/jobs/${keyboardJobId}"]`).count()).resolves.toBe(1);
      await expectHealthy('applied-by-keyboard');
    });
  });
}
