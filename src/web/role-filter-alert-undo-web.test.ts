// A fresh walker on main (fixj; issue #20): an empty experience read as "your profile says 0 years";
// Marathi said two words for interview; the experience filter said "1 years"; sign-in and sign-out
// landed on a page with no word about it.
import { readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerWithCompany, postJob, register, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

const LANGS = ['en', 'hi', 'mr'] as const;

forEachEngine('role filter shown, signed in/out, unknown experience, alert undo, words', ({ db }) => {
  let app: FastifyInstance;
  let twoYears: number;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    const employer = await employerWithCompany(app, { name: 'Fixj Back Office' });
    twoYears = (
      await postJob(app, employer, {
        title: 'Experienced support associate',
        education_min: 'below_10th',
        experience_min: 2,
        experience_max: 5,
      })
    ).id;
  });
  afterAll(() => app.close());

  const signedIn = async (token: string, lang: string) => {
    const b = new InjectBrowser(app);
    b.cookies.set('sid', token);
    await b.get(`/?lang=${lang}`);
    return b;
  };

  describe('no experience in the profile and a job asking for 2 years', () => {
    const words = {
      en: 'Your profile does not say your experience.',
      hi: 'आपकी प्रोफ़ाइल में आपका अनुभव नहीं लिखा है।',
      mr: 'तुमच्या प्रोफाइलमध्ये तुमचा अनुभव लिहिलेला नाही.',
    };
    const zero = { en: 'your profile says 0 years', hi: 'आपकी प्रोफ़ाइल में 0 साल', mr: 'प्रोफाइलमध्ये 0 वर्षे' };
    for (const lang of LANGS)
      it(`says the experience is not said, not "0 years", and asks first (${lang})`, async () => {
        const seeker = await register(app, 'seeker', 'Naya Seeker');
        const b = await signedIn(seeker.token, lang);
        const job = await b.get(`/jobs/${twoYears}`);
        expect(job.body).toContain(words[lang]);
        expect(job.body).not.toContain(zero[lang]);
        const ask = await b.post(`/jobs/${twoYears}/apply`, {}, `/jobs/${twoYears}`);
        expect(ask.statusCode).toBe(200);
        expect(ask.body).toContain(words[lang]);
        expect(ask.body).not.toContain(zero[lang]);
        expect(ask.body).toContain('name="education_ok" value="1"');
      });
  });

  it('Marathi says one word for interview (मुलाखत), never इंटरव्ह्यू', () => {
    const dir = new URL('../shared/i18n/mr/', import.meta.url);
    const all = readdirSync(dir)
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    expect(all).not.toContain('इंटरव्ह्यू');
    expect(all).toContain('"interview": "मुलाखत"');
  });

  describe('the experience filter counts years with plural rules', () => {
    const one = { en: '>1 year<', hi: '>1 साल<', mr: '>1 वर्ष<' };
    const two = { en: '>2 years<', hi: '>2 साल<', mr: '>2 वर्षे<' };
    for (const lang of LANGS)
      it(lang, async () => {
        const res = await app.inject({ method: 'GET', url: `/jobs?lang=${lang}` });
        const select = /<select id="f-exp"[\s\S]*?<\/select>/.exec(res.body)?.[0] ?? '';
        expect(select).toContain(one[lang]);
        expect(select).toContain(two[lang]);
        expect(select).not.toContain('>1 years<');
      });
  });

  describe('sign-in and sign-out say so where they land', () => {
    const inWords = { en: 'You are signed in.', hi: 'आप साइन इन हैं।', mr: 'तुम्ही साइन इन आहात.' };
    const outWords = {
      en: 'You are signed out.',
      hi: 'आप साइन आउट हो गए हैं।',
      mr: 'तुम्ही साइन आउट झाला आहात.',
    };
    for (const lang of LANGS)
      it(lang, async () => {
        const phone = uniquePhone();
        const reg = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: { role: 'seeker', name: 'Fixj Seeker', phone, password: 'correct horse battery' },
        });
        expect(reg.statusCode).toBe(201);
        const b = new InjectBrowser(app);
        await b.get(`/login?lang=${lang}`);
        const signIn = await b.post('/login', { login: phone, password: 'correct horse battery' }, '/login');
        expect(signIn.statusCode).toBe(303);
        const landed = await b.get(String(signIn.headers.location));
        expect(landed.body).toContain(inWords[lang]);
        // Said once: the next page does not repeat it.
        expect((await b.get(String(signIn.headers.location))).body).not.toContain(inWords[lang]);
        const out = await b.post('/logout', {}, '/');
        expect(out.statusCode).toBe(303);
        const home = await b.get(String(out.headers.location));
        expect(home.body).toContain(outWords[lang]);
        expect((await b.get('/')).body).not.toContain(outWords[lang]);
      });
  });
  describe('the profile pay error names the fields as they are labelled', () => {
    const words = {
      en: '“Expected salary from” must not be more than “Expected salary up to”.',
      hi: '“उम्मीद की सैलरी से” की रकम “उम्मीद की सैलरी तक” से ज़्यादा नहीं हो सकती।',
      mr: '“अपेक्षित पगार पासून” ची रक्कम “अपेक्षित पगार पर्यंत” पेक्षा जास्त असू शकत नाही.',
    };
    for (const lang of LANGS)
      it(lang, async () => {
        const seeker = await seekerWithProfile(app);
        const b = await signedIn(seeker.token, lang);
        const res = await b.post(
          '/me/profile',
          { city: 'thane', localities: ['thane/wagle-estate'], salary_min: '20000', salary_max: '15000' },
          '/me/profile',
        );
        expect(res.statusCode).toBe(400);
        expect(res.body).toContain(words[lang]);
        expect(res.body).not.toContain("'Salary from'");
        expect(res.body).toContain('value="20000"');
      });
  });
  describe('deleting a job alert says so and can be undone (no JS)', () => {
    const words = {
      en: ['Alert deleted', 'Undo', 'Alert restored, as it was.'],
      hi: ['अलर्ट हटा दिया गया', 'वापस लें', 'अलर्ट वापस आ गया, जैसा था।'],
      mr: ['अलर्ट हटवला', 'पूर्ववत करा', 'अलर्ट परत आला, जसा होता तसा.'],
    };
    for (const lang of LANGS)
      it(lang, async () => {
        const seeker = await register(app, 'seeker', 'Alert Seeker');
        const b = await signedIn(seeker.token, lang);
        const saved = await b.post(
          '/me/saved-searches',
          { q: 'voice process', city: 'pune', frequency: 'daily', name: 'Pune voice' },
          '/me/saved-searches',
        );
        expect(saved.statusCode).toBe(303);
        const list = await b.get('/me/saved-searches');
        const id = /action="\/me\/saved-searches\/([0-9a-f-]{36})\/delete"/.exec(list.body)?.[1];
        expect(id).toBeDefined();
        const posted = await b.post(`/me/saved-searches/${id}/delete`, {}, '/me/saved-searches');
        expect(posted.statusCode).toBe(303);
        const del = await b.get(String(posted.headers.location));
        const [deleted, undo, restored] = words[lang];
        expect(del.body).toContain(deleted);
        expect(del.body).toContain('action="/me/saved-searches/restore"');
        expect(del.body).toContain(`>${undo}</button>`);
        expect(del.body).not.toContain('Pune voice</a>');
        const form =
          /<form method="post" action="\/me\/saved-searches\/restore"[\s\S]*?<\/form>/.exec(del.body)?.[0] ??
          '';
        const hidden = Object.fromEntries(
          [...form.matchAll(/name="(name|frequency|query)" value="([^"]*)"/g)].map((m) => [
            m[1],
            (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&'),
          ]),
        );
        const back = await b.post('/me/saved-searches/restore', hidden, '/me/saved-searches');
        expect(back.statusCode).toBe(303);
        const after = await b.get(String(back.headers.location));
        expect(after.body).toContain(restored);
        expect(after.body).toContain('Pune voice</a>');
        const api = await app.inject({
          method: 'GET',
          url: '/api/v1/me/saved-searches',
          headers: seeker.auth,
        });
        const items = api.json<{
          items: { name: string; frequency: string; query: Record<string, unknown> }[];
        }>().items;
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({
          name: 'Pune voice',
          frequency: 'daily',
          query: { q: 'voice process', city: 'pune' },
        });
      });
  });
  describe('a role in the URL (where sign-in lands) is shown, counted and removable', () => {
    const words = {
      en: { heading: 'Data Entry Operator jobs', pill: '1 filter on' },
      hi: { heading: 'डेटा एंट्री ऑपरेटर की नौकरियां', pill: '1 फ़िल्टर लगा है' },
      mr: { heading: 'डेटा एंट्री ऑपरेटर नोकऱ्या', pill: '1 फिल्टर लावला आहे' },
    };
    for (const lang of LANGS)
      it(lang, async () => {
        const res = await app.inject({ method: 'GET', url: `/jobs?role=data-entry-operator&lang=${lang}` });
        expect(res.statusCode).toBe(200);
        expect(/<h1>([^<]*)<\/h1>/.exec(res.body)?.[1]).toBe(words[lang].heading);
        expect(res.body).toContain(words[lang].pill);
        // Its own select, set, with "any" to remove it: a filter submit keeps (or drops) it.
        const select = /<select id="f-role" name="role">[\s\S]*?<\/select>/.exec(res.body)?.[0] ?? '';
        expect(select).toMatch(/<option value="data-entry-operator" selected>/);
        expect(select).toMatch(/<option value="">/);
        // The panel stays closed: the results stay on the first screen where sign-in lands.
        expect(res.body).toMatch(/<details class="more" data-open-wide>/);
      });
  });
});
