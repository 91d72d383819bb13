// A fresh walker on main (fixl; issue #20): the saved-searches page promised a "stop" it has not;
// "Alert deleted. · Undo" had a dangling dot and the delete answered its POST with a page (a reload
// posted again); "Who called me?" sent visitors to sign in with no reason; the candidate search
// stayed at the top of the page; the /insights role select was cut at 360 px; Marathi said two words
// for "shortlisted"; a career page listed one job title twice.
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { translator } from '../shared/i18n/index.ts';

const LANGS = ['en', 'hi', 'mr'] as const;

const decoded = (body: string) =>
  body
    .replaceAll('&#61;', '=')
    .replaceAll('&#38;', '&')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&#34;', '"')
    .replaceAll('&quot;', '"');

forEachEngine('alert delete PRG, caller sign-in why, candidates anchor, insights, words', ({ db }) => {
  let app: FastifyInstance;
  let employerToken: string;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    const employer = await employerWithCompany(app, { name: 'Fixl Supervisors' });
    employerToken = employer.token;
    for (let i = 0; i < 2; i++)
      await postJob(app, employer, {
        title: 'Process Supervisor - BPO',
        role: 'team-lead',
        education_min: 'below_10th',
      });
  });
  afterAll(() => app.close());

  const signedIn = async (token: string, lang: string) => {
    const b = new InjectBrowser(app);
    b.cookies.set('sid', token);
    await b.get(`/?lang=${lang}`);
    return b;
  };

  describe('saved searches: the lead names only what exists; delete redirects to one tidy line', () => {
    const words = {
      en: {
        lead: 'delete any alert you no longer want here.',
        old: 'stop or delete',
        deleted: 'Alert deleted',
        undo: 'Undo',
      },
      hi: {
        lead: 'जो अलर्ट अब नहीं चाहिए, उसे यहां हटाएं।',
        old: 'रोकें या हटाएं',
        deleted: 'अलर्ट हटा दिया गया',
        undo: 'वापस लें',
      },
      mr: {
        lead: 'जो अलर्ट आता नको, तो इथे काढून टाका.',
        old: 'थांबवा किंवा काढा',
        deleted: 'अलर्ट हटवला',
        undo: 'पूर्ववत करा',
      },
    };
    for (const lang of LANGS)
      it(lang, async () => {
        const w = words[lang];
        const seeker = await register(app, 'seeker', 'Fixl Seeker');
        const b = await signedIn(seeker.token, lang);
        await b.post(
          '/me/saved-searches',
          { q: 'voice process', city: 'pune', frequency: 'daily', name: 'Pune voice' },
          '/me/saved-searches',
        );
        const list = await b.get('/me/saved-searches');
        expect(list.body).toContain(w.lead);
        expect(list.body).not.toContain(w.old);
        const id = /action="\/me\/saved-searches\/([0-9a-f-]{36})\/delete"/.exec(list.body)?.[1];
        const del = await b.post(`/me/saved-searches/${id}/delete`, {}, '/me/saved-searches');
        expect(del.statusCode).toBe(303);
        const to = String(del.headers.location);
        expect(to.startsWith('/me/saved-searches?')).toBe(true);
        // The reload of that address shows the same line and deletes nothing more.
        for (const page of [await b.get(to), await b.get(to)]) {
          expect(page.statusCode).toBe(200);
          const notice =
            /<div class="notice save-card" role="status">[\s\S]*?<\/div>/.exec(page.body)?.[0] ?? '';
          expect(notice).toContain(
            `<span>${w.deleted}</span> · <form method="post" action="/me/saved-searches/restore"`,
          );
          expect(notice).toContain(`<button type="submit" class="secondary">${w.undo}</button>`);
          expect(page.body).not.toMatch(/[.।] · /);
          expect(page.body).not.toContain('Pune voice</a>');
        }
        const form = /<form method="post" action="\/me\/saved-searches\/restore"[\s\S]*?<\/form>/.exec(
          (await b.get(to)).body,
        )?.[0];
        const hidden = Object.fromEntries(
          [...(form ?? '').matchAll(/name="(name|frequency|query)" value="([^"]*)"/g)].map((m) => [
            m[1],
            decoded(m[2] ?? ''),
          ]),
        );
        const back = await b.post('/me/saved-searches/restore', hidden, '/me/saved-searches');
        expect(back.statusCode).toBe(303);
        expect((await b.get('/me/saved-searches')).body).toContain('Pune voice</a>');
      });

    it('a made-up deleted search in the address shows no Undo', async () => {
      const seeker = await register(app, 'seeker', 'Fixl Forger');
      const b = await signedIn(seeker.token, 'en');
      const page = await b.get('/me/saved-searches?done=deleted&name=x&query=%7Bnot-json');
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('/me/saved-searches/restore');
    });

    it('the Undo line is one flex row in app.css, as the saved job one is', () => {
      const css = readFileSync(new URL('./static/app.css', import.meta.url), 'utf8');
      expect(css).toMatch(/\.notice\.save-card \{\s*display: flex;/);
    });
  });

  describe('a visitor opening "Who called me?" is told why they sign in', () => {
    for (const lang of LANGS)
      it(lang, async () => {
        const b = new InjectBrowser(app);
        await b.get(`/?lang=${lang}`);
        const res = await b.get('/trust/caller');
        expect(res.statusCode).toBe(302);
        const login = decoded((await b.get(String(res.headers.location))).body);
        const why = translator(lang)('seekerSteps.why.caller');
        expect(why).not.toBe('seekerSteps.why.caller');
        expect(login).toContain(`<p class="notice why" role="status">${why}</p>`);
      });
  });

  it('/employer/candidates submits to #results and the list has that anchor', async () => {
    const b = await signedIn(employerToken, 'en');
    const page = await b.get('/employer/candidates?q=typing');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('action="/employer/candidates#results"');
    expect(page.body).toMatch(/id="results"[^>]*>/);
  });

  it('/insights: the role and city pick is one column at 360 px (not the two-column .row)', async () => {
    const page = await app.inject({ method: 'GET', url: '/insights' });
    expect(page.body).toContain('<form method="get" action="/insights/go" class="pick">');
    const css = readFileSync(new URL('./static/app.css', import.meta.url), 'utf8');
    expect(css).toMatch(/form\.pick \{\s*display: grid;\s*grid-template-columns: minmax\(0, 1fr\);/);
  });

  it('Marathi says one word for the shortlisted stage everywhere (Hindi too)', () => {
    for (const [lang, word, other] of [
      ['mr', 'शॉर्टलिस्ट', 'निवड यादी'],
      ['hi', 'शॉर्टलिस्ट', 'चयन सूची'],
    ] as const) {
      const dir = new URL(`../shared/i18n/${lang}/`, import.meta.url);
      const all = readdirSync(dir)
        .map((f) => readFileSync(new URL(f, dir), 'utf8'))
        .join('\n');
      expect(all, lang).not.toContain(other);
      expect(translator(lang)('hiring.stage.shortlisted'), lang).toContain(word);
      expect(translator(lang)('hiring.stats.timeToShortlist'), lang).toContain(word);
    }
  });

  it('a career page lists a job title its employers posted twice once', async () => {
    const page = await app.inject({ method: 'GET', url: '/careers/customer-service-representative' });
    expect(page.statusCode).toBe(200);
    expect(page.body.split('>Process Supervisor - BPO</a>').length - 1).toBe(1);
  });
});
