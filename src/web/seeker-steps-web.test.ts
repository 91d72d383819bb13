// What a fresh-eyes phone walk of the seeker side found (fixc; issue #20): a seeker with an empty
// profile applied to a graduate-only job without a word and was told "the employer can now see your
// profile"; reference names English on hi / mr pages; code sign-in asked an existing number for a
// name; the email error had no example; Save job left the job page; the home page's example
// searches were English on hi / mr pages.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('seeker walk findings fixc', ({ db }) => {
  let app: FastifyInstance;
  let graduateOnly: number;
  let anyone: number;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    const employer = await employerWithCompany(app, { name: 'Fixc Support Services' });
    graduateOnly = (
      await postJob(app, employer, { title: 'Graduate support associate', education_min: 'graduate' })
    ).id;
    anyone = (
      await postJob(app, employer, { title: 'Support associate, any education', education_min: 'below_10th' })
    ).id;
  });
  afterAll(() => app.close());

  const signedIn = async (token: string, lang = 'en') => {
    const b = new InjectBrowser(app);
    b.cookies.set('sid', token);
    await b.get(`/?lang=${lang}`);
    return b;
  };
  const applicationsOf = async (auth: Record<string, string>) =>
    (await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: auth }))
      .json<{ items: { job: { id: number } }[] }>()
      .items.map((a) => a.job.id);

  describe('an empty profile and a graduate-only job', () => {
    for (const [lang, words] of Object.entries({
      en: 'Your profile does not say your education.',
      hi: 'आपकी प्रोफ़ाइल में आपकी पढ़ाई नहीं लिखी है।',
      mr: 'तुमच्या प्रोफाइलमध्ये तुमचे शिक्षण लिहिलेले नाही.',
    }))
      it(`asks first (${lang}): the job page warns, Apply asks "Apply anyway?" with a way to add the education`, async () => {
        const seeker = await register(app, 'seeker', 'Naya Seeker');
        const b = await signedIn(seeker.token, lang);
        const job = await b.get(`/jobs/${graduateOnly}`);
        expect(job.body).toContain(words);
        const ask = await b.post(`/jobs/${graduateOnly}/apply`, {}, `/jobs/${graduateOnly}`);
        expect(ask.statusCode).toBe(200);
        expect(ask.body).toContain(words);
        expect(ask.body).toContain('name="education_ok" value="1"');
        expect(ask.body).toContain('href="/me/profile?section=skills#section-skills"');
        expect(await applicationsOf(seeker.auth)).toEqual([]);
      });

    it('after "Apply anyway" with a near-empty profile, says what the employer sees and offers to complete it', async () => {
      const seeker = await register(app, 'seeker', 'Naya Seeker');
      const b = await signedIn(seeker.token);
      const yes = await b.post(`/jobs/${graduateOnly}/apply`, { education_ok: '1' }, `/jobs/${graduateOnly}`);
      expect(yes.statusCode).toBe(303);
      expect(await applicationsOf(seeker.auth)).toEqual([graduateOnly]);
      const landed = await b.get(String(yes.headers.location));
      expect(landed.body).not.toContain('can now see your profile');
      expect(landed.body).toContain('the employer sees only your name and phone number');
      expect(landed.body).toContain('Complete my profile');
      // From a card (a `next` page), the note where Apply was says the same.
      const card = await b.post(`/jobs/${anyone}/apply`, { next: `/jobs/${anyone}` }, `/jobs/${anyone}`);
      expect(card.headers.location).toBe(`/jobs/${anyone}`);
      const page = await b.get(`/jobs/${anyone}?lang=hi`);
      expect(page.body).toContain('सिर्फ़ आपका नाम और फ़ोन नंबर दिखता है');
    });

    it('a job open to any education is applied to at once, and a full profile hears the usual words', async () => {
      const seeker = await register(app, 'seeker', 'Naya Seeker');
      const b = await signedIn(seeker.token);
      const res = await b.post(`/jobs/${anyone}/apply`, {}, `/jobs/${anyone}`);
      expect(res.statusCode).toBe(303);
      expect(await applicationsOf(seeker.auth)).toEqual([anyone]);
    });
  });

  describe('reference names on hi / mr pages', () => {
    const nextStep = (body: string) =>
      /<section class="next-step[^"]*" id="next-step">[\s\S]*?<\/section>/.exec(body)?.[0] ?? '';
    for (const lang of ['hi', 'mr'])
      it(`the profile's next step names roles, skills and the city in ${lang}, never slugs or English`, async () => {
        const seeker = await seekerWithProfile(app, {
          city: 'nashik',
          localities: [],
          roles: ['customer-service-representative'],
          skills: ['typing'],
        });
        const b = await signedIn(seeker.token, lang);
        const box = nextStep((await b.get('/me/profile')).body);
        expect(box).toContain('id="next-step"');
        expect(box).toMatch(/<li>[\u0900-\u097f]/);
        for (const english of [
          'Customer Service Representative',
          'Nashik',
          'coaching',
          'ms-excel',
          'Team Leader',
        ])
          expect(box, english).not.toContain(english);
        expect(box).toContain(lang === 'hi' ? 'कस्टमर सर्विस रिप्रेजेंटेटिव' : 'कस्टमर सर्व्हिस रिप्रेझेंटेटिव्ह');
        expect(box).toContain('<li>कोचिंग</li>');
      });
  });

  describe('the email error gives an example', () => {
    it('on sign-up and on the account page, in en / hi / mr', async () => {
      for (const [lang, words] of Object.entries({
        en: 'Enter an email like name@example.com',
        hi: 'ईमेल ऐसे लिखें: name@example.com',
        mr: 'ईमेल असा लिहा: name@example.com',
      })) {
        const visitor = new InjectBrowser(app);
        await visitor.get(`/register?lang=${lang}`);
        const res = await visitor.post(
          '/register',
          {
            role: 'seeker',
            name: 'Email Tester',
            phone: '9876500011',
            email: 'priya.gmail',
            password: 'correct horse battery',
          },
          '/register',
        );
        expect(res.statusCode, lang).toBe(400);
        expect(res.body, lang).toContain(words);
        const seeker = await register(app, 'seeker', 'Email Tester');
        const b = await signedIn(seeker.token, lang);
        const account = await b.post('/me/account/email', { email: 'priya@' }, '/me/account');
        expect(account.statusCode, lang).toBe(400);
        expect(account.body, lang).toContain(words);
      }
    });
  });

  describe('Save job stays on the job page', () => {
    it('saves, comes back to the job page saying "Saved" with an undo, and the undo brings "Save job" back', async () => {
      const seeker = await seekerWithProfile(app);
      const b = await signedIn(seeker.token);
      const saved = await b.post(`/jobs/${anyone}/save`, {}, `/jobs/${anyone}`);
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe(`/jobs/${anyone}?saved=1#save`);
      const page = (await b.get(String(saved.headers.location).replace('#save', ''))).body;
      expect(page).toContain('Job saved.');
      expect(page).toContain(`action="/jobs/${anyone}/unsave"`);
      expect(page).toContain('>Undo</button>');
      expect(page).not.toContain(`action="/jobs/${anyone}/save"`);
      // Later visits still show the saved state (from the database), with a way to take it back.
      const later = (await b.get(`/jobs/${anyone}?lang=mr`)).body;
      expect(later).toContain('सेव्ह केली');
      expect(later).toContain(`action="/jobs/${anyone}/unsave"`);
      expect(later).not.toContain('नोकरी सेव्ह झाली.');
      const undone = await b.post(`/jobs/${anyone}/unsave`, {}, `/jobs/${anyone}`);
      expect(undone.headers.location).toBe(`/jobs/${anyone}?saved=0#save`);
      const after = (await b.get(`/jobs/${anyone}?saved=0&lang=en`)).body;
      expect(after).toContain('Removed from your saved jobs.');
      expect(after).toContain(`action="/jobs/${anyone}/save"`);
      expect((await b.get('/me/saved-jobs')).body).not.toContain('Support associate, any education');
    });
  });

  describe('example searches on the home page', () => {
    for (const lang of ['hi', 'mr'])
      it(`are in ${lang}, and the search finds jobs for them`, async () => {
        const home = (await new InjectBrowser(app).get(`/?lang=${lang}`)).body;
        const chips = /<ul class="chips">([\s\S]*?)<\/ul>/.exec(home)?.[1] ?? '';
        const words = [...chips.matchAll(/<a href="[^"]*">([^<]+)<\/a>/g)].map((m) => m[1]!);
        expect(words.length).toBeGreaterThan(5);
        for (const w of words) expect(w, w).toMatch(/^[\u0900-\u097f ]+$/);
        expect(/placeholder="([^"]*)"/.exec(home)?.[1]).toMatch(/^[\u0900-\u097f .,]+$/);
        const support = words.find((w) => w.includes('सपोर्ट') && w.includes('कस्टमर'))!;
        const res = await app.inject({ method: 'GET', url: `/api/v1/jobs?q=${encodeURIComponent(support)}` });
        expect(res.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
      });
  });

  describe("sign-in lands on the seeker's own jobs", () => {
    it('jobs of their city and role, with My applications and Jobs for you on the first screen', async () => {
      const seeker = await seekerWithProfile(app, { roles: ['customer-service-representative'] });
      const phone = (await app.inject({ method: 'GET', url: '/api/v1/me', headers: seeker.auth })).json<{
        phone: string;
      }>().phone;
      const b = new InjectBrowser(app);
      const res = await b.post(
        '/login',
        { login: phone, password: 'correct horse battery', next: '/' },
        '/login',
      );
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/jobs?city=thane&role=customer-service-representative');
      const page = (await b.get(String(res.headers.location))).body;
      const top = page.slice(page.indexOf('<main'), page.indexOf('<h1'));
      expect(top).toContain('href="/me/applications"');
      expect(top).toContain('href="/me/recommendations"');
      expect(top).toContain('Jobs for you');
    });
  });
});
