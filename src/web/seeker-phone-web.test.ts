// The last phone walk's seeker findings (issue 20), checked on the HTML: Call on result cards for
// visitors (sign-in, then the call step, then back to the card); "More filters" open after a filter
// inside it, landing at #results; alerts that say whether they are sent and where they look; Undo after
// removing a saved job; /insights and /careers linked from the home page and the menu.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { LANGUAGES, translator } from '../shared/i18n/index.ts';
import { savedSearchFlash } from './pages/alerts.ts';

const unentity = (s: string) => s.replaceAll('&#61;', '=').replaceAll('&amp;', '&');

forEachEngine('phone walk findings (seeker)', ({ db }) => {
  let app: FastifyInstance;
  let jobId: number;
  let employerPhone: string;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    const employer = await employerWithCompany(app);
    const { rows } = await db().query<{ phone: string }>('SELECT phone FROM users WHERE id = $1', [
      employer.id,
    ]);
    employerPhone = rows[0]!.phone;
    jobId = (
      await postJob(app, employer, {
        title: 'Quendrith customer support executive',
        city: 'pune',
        locality: 'kharadi',
      })
    ).id;
  });
  afterAll(() => app.close());

  /** A seeker signed in on the web with a confirmed phone, `next` followed as a browser would. */
  async function seeker(next?: string): Promise<{ b: InjectBrowser; location?: string }> {
    const phone = uniquePhone();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Kavita Shinde', phone, password: 'phone-walk-a' },
    });
    const id = res.json<{ user: { id: string } }>().user.id;
    await db().query(`UPDATE users SET phone_verified_at = now() WHERE id = $1`, [id]);
    const b = new InjectBrowser(app);
    const from = next ? `/login?next=${encodeURIComponent(next)}` : '/login';
    const login = await b.post(
      '/login',
      { login: phone, password: 'phone-walk-a', ...(next ? { next } : {}) },
      from,
    );
    return { b, location: login.headers.location as string | undefined };
  }

  describe('Call on a result card', () => {
    it('a visitor sees Apply and Call on each card, in en/hi/mr; Call leads to sign-in and back to the call step', async () => {
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        const page = await new InjectBrowser(app).get(`/jobs?q=quendrith&lang=${lang}`);
        const card = /<li class="card" id="job-\d+">[\s\S]*?<\/li>/.exec(page.body)?.[0] ?? '';
        expect(card).toContain(`>${t('seeker.apply.button')}</a>`);
        expect(card).toContain(`>${t('seekerCall.button')}</a>`);
      }
      const page = await new InjectBrowser(app).get('/jobs?q=quendrith');
      const back = `/jobs?q=quendrith#job-${jobId}`;
      const step = `/jobs/${jobId}/call?back=${encodeURIComponent(back)}`;
      expect(unentity(page.body)).toContain(`href="/login?next=${encodeURIComponent(step)}"`);

      // Signing in comes back to the call step: the job named, one Call button carrying the card.
      const { b, location } = await seeker(step);
      expect(location).toBe(step);
      const stepPage = await b.get(step);
      expect(stepPage.statusCode).toBe(200);
      expect(stepPage.body).toContain('Quendrith customer support executive');
      expect(stepPage.body).toContain(`<form method="post" action="/jobs/${jobId}/call" class="call">`);
      expect(unentity(stepPage.body)).toContain(`<input type="hidden" name="back" value="${back}">`);
      expect(stepPage.body).not.toContain(employerPhone);

      // The call follows the signed-in rules (no provider here: "not placed"), and leads back to the card.
      const call = await b.post(`/jobs/${jobId}/call`, { back }, step);
      expect(call.statusCode).toBe(200);
      expect(call.body).toContain(translator('en')('seekerCall.notPlaced'));
      expect(unentity(call.body)).toContain(`href="${back}"`);
      expect(call.body).not.toContain(employerPhone);
    });

    it('a signed-in seeker has Call on each card too, next to Apply, carrying the card to come back to', async () => {
      const { b } = await seeker();
      const page = await b.get('/jobs?q=quendrith');
      const card = /<li class="card" id="job-\d+">[\s\S]*?<\/li>/.exec(page.body)?.[0] ?? '';
      expect(card).toContain(`action="/jobs/${jobId}/apply"`);
      expect(card).toContain(`action="/jobs/${jobId}/call"`);
      expect(unentity(card)).toContain(`name="back" value="/jobs?q=quendrith#job-${jobId}"`);
    });

    it('a visitor opening the call step is sent to sign in and back to it; a foreign back is dropped', async () => {
      const visitor = await new InjectBrowser(app).get(`/jobs/${jobId}/call`);
      expect(visitor.statusCode).toBe(302);
      expect(visitor.headers.location).toBe(`/login?next=${encodeURIComponent(`/jobs/${jobId}/call`)}`);
      const { b } = await seeker();
      const evil = await b.get(`/jobs/${jobId}/call?back=${encodeURIComponent('//evil.example/jobs')}`);
      expect(evil.statusCode).toBe(200);
      expect(evil.body).not.toContain('name="back" value="//evil');
      expect(evil.body).not.toContain('href="//evil');
      expect(evil.body).toContain(`href="/jobs/${jobId}"`);
    });
  });

  describe('"More filters" after a filter', () => {
    it('stays open when a filter inside it is set, and every filter submit lands at #results (issue #20)', async () => {
      const visitor = new InjectBrowser(app);
      const plain = await visitor.get('/jobs?q=quendrith');
      expect(plain.body).toMatch(/<details class="more" data-open-wide>/);
      expect(plain.body).toContain('<form method="get" action="/jobs#results" class="filters" id="filters"');
      expect(plain.body).toContain('formaction="/jobs#results"');
      // No `open=1` (the city was picked, or the page was reloaded): a set shift still opens the panel.
      const shift = await visitor.get('/jobs?q=quendrith&city=pune&shift=day');
      expect(shift.body).toMatch(/<details class="more" data-open-wide open>/);
      // A landing page's own category is not the seeker's choice: its results stay first.
      const landing = await visitor.get('/jobs/in/pune/customer-service');
      expect(landing.body).toMatch(/<details class="more" data-open-wide>/);
    });
  });

  describe('job alerts', () => {
    it('say they are not sent while no provider is configured, in en/hi/mr, and show the city of each alert', async () => {
      const { b } = await seeker();
      const saved = await b.post(
        '/me/saved-searches',
        { q: 'quendrith', city: 'pune', locality: 'kharadi', frequency: 'daily' },
        '/jobs?q=quendrith&city=pune&locality=kharadi',
      );
      expect(saved.statusCode).toBe(303);
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        const page = await b.get(`/me/saved-searches?done=saved&lang=${lang}`);
        const channel = t('account.channel.sms');
        expect(page.body).toContain(t('seekerPhone.alerts.savedNotSent', { channel }));
        expect(page.body).not.toContain(t('alerts.searches.saved'));
        expect(page.body).not.toContain(t('alerts.searches.lead'));
        const label = t('seekerPhone.alerts.where', { where: '@' }).split('@')[0] ?? '';
        if (lang === 'en') expect(page.body).toContain(`${label}Pune · Kharadi`);
        else expect(page.body).toMatch(new RegExp(`${label}[\u0900-\u097F]+ · [\u0900-\u097F]+`));
      }
    });

    it('say where they go only when that channel can send', () => {
      const ctx = { t: translator('en') } as Parameters<typeof savedSearchFlash>[0];
      expect(savedSearchFlash(ctx, { name: 'whatsapp', configured: true })).toBe(
        'Saved. New matching jobs will reach you by WhatsApp.',
      );
      expect(savedSearchFlash(ctx, { name: 'email', configured: false })).toContain(
        'no email provider is configured',
      );
    });
  });

  it('removing a saved job says so with an Undo that saves it again, in en/hi/mr', async () => {
    const { b } = await seeker();
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      await b.post(`/jobs/${jobId}/save`, {}, `/jobs/${jobId}`);
      const removed = await b.post(`/me/saved-jobs/${jobId}/delete`, {}, '/me/saved-jobs');
      expect(removed.statusCode).toBe(303);
      expect(removed.headers.location).toBe(`/me/saved-jobs?done=removed&undo=${jobId}`);
      const page = await b.get(`${removed.headers.location}&lang=${lang}`);
      expect(page.body).toContain(t('seekerPhone.savedJobs.removed'));
      expect(page.body).toContain(`action="/me/saved-jobs/${jobId}/restore"`);
      expect(page.body).toContain(`>${t('seekerPhone.savedJobs.undo')}</button>`);
      expect(page.body).not.toContain(`href="/jobs/${jobId}"`);
      const undone = await b.post(`/me/saved-jobs/${jobId}/restore`, {}, removed.headers.location as string);
      expect(undone.headers.location).toBe('/me/saved-jobs?done=restored');
      const back = await b.get(`/me/saved-jobs?done=restored&lang=${lang}`);
      expect(back.body).toContain(`href="/jobs/${jobId}"`);
      expect(back.body).toContain(t('seekerPhone.savedJobs.restored'));
      await b.post(`/me/saved-jobs/${jobId}/delete`, {}, '/me/saved-jobs');
    }
  });

  it('words that find nothing offer each word alone and common searches, in en/hi/mr', async () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const page = await new InjectBrowser(app).get(`/jobs?q=zzqqxx+vvbbnn&lang=${lang}`);
      const empty = /<div class="empty-state">[\s\S]*?<\/div>/.exec(page.body)?.[0] ?? '';
      expect(empty).toContain(`<h2>${t('seekerPhone.empty.tryTitle')}</h2>`);
      expect(unentity(empty)).toContain('href="/jobs?q=vvbbnn"');
      expect(unentity(empty)).toContain('href="/jobs?q=customer+support"');
      // No provider is configured: the visitor is not promised an email.
      expect(page.body).not.toContain(t('journeys.empty.alertLead'));
      expect(page.body).toContain(t('seekerPhone.empty.alertLead'));
    }
    // A filter to drop is the better offer: then no word list.
    const filtered = await new InjectBrowser(app).get('/jobs?q=zzqqxx&shift=uk');
    expect(filtered.body).not.toContain('href="/jobs?q=customer+support"');
  });

  it('the home page and the menu link to salary insights and career paths, in en/hi/mr', async () => {
    const { b } = await seeker();
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const home = await new InjectBrowser(app).get(`/?lang=${lang}`);
      expect(home.body).toContain(`<a href="/insights">${t('seekerPhone.home.insights')}</a>`);
      expect(home.body).toContain(`<a href="/careers">${t('seekerPhone.home.careers')}</a>`);
      const menu = /<div class="menu-list">[\s\S]*?<\/div>/.exec(
        (await b.get(`/jobs?lang=${lang}`)).body,
      )?.[0];
      expect(menu).toContain(`<a href="/insights">${t('seekerPhone.nav.insights')}</a>`);
      expect(menu).toContain(`<a href="/careers">${t('seekerPhone.nav.careers')}</a>`);
    }
  });
});
