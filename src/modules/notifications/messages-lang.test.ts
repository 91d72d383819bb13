// Messages reach people in their own language: users.lang is set on sign-up from the request's
// language, follows the language switcher (POST /lang, not a ?lang= link) and the profile setting, and the saved-search digest is
// rendered from the catalogues in it. A saved search alerts instantly unless daily is chosen.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildTestApp,
  employerWithCompany,
  postJob,
  register,
  uniquePhone,
  withEmail,
} from '../../../test/support/app.ts';
import { InjectBrowser as Browser } from '../../../test/support/browser.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('messages in the recipient language', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  const langOf = async (auth: Record<string, string>) =>
    (await app.inject({ url: '/api/v1/me', headers: auth })).json<{ lang: string }>().lang;

  it('sign-up keeps the request language: the API body, else Accept-Language; the web form, its page language', async () => {
    const viaHeader = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'accept-language': 'mr-IN,mr;q=0.9,en;q=0.5' },
      payload: {
        role: 'seeker',
        name: 'Sunita More',
        phone: uniquePhone(),
        password: 'correct horse battery',
      },
    });
    expect(await langOf({ authorization: `Bearer ${viaHeader.json().token}` })).toBe('mr');
    const viaBody = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'accept-language': 'mr' },
      payload: {
        role: 'seeker',
        name: 'Ravi',
        phone: uniquePhone(),
        password: 'correct horse battery',
        lang: 'hi',
      },
    });
    expect(await langOf({ authorization: `Bearer ${viaBody.json().token}` })).toBe('hi');
    expect(await langOf((await register(app, 'seeker', 'Test seeker', withEmail())).auth)).toBe('en');

    const browser = new Browser(app);
    await browser.get('/register?lang=hi');
    const done = await browser.post(
      '/register',
      { role: 'seeker', name: 'Kavita Shinde', phone: uniquePhone(), password: 'correct horse battery' },
      '/register',
    );
    expect(done.statusCode).toBe(303);
    const me = await browser.get('/api/v1/me', { accept: 'application/json' });
    expect(me.json().lang).toBe('hi');
  });

  it('the language switcher (a POST), the profile form and PATCH /me change users.lang; a ?lang= link does not', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    const browser = new Browser(app, seeker.auth);
    // Reading a page in another language (a shared link, a crawler's alternate) is not a choice.
    const hindiPage = await browser.get('/jobs?q=support&lang=hi');
    expect(hindiPage.body).toContain('<html lang="hi">');
    expect(await langOf(seeker.auth)).toBe('en');

    // The header switcher posts the language and the page to come back to.
    expect(hindiPage.body).toContain('action="/lang"');
    const switched = await browser.post('/lang', { lang: 'mr', next: '/jobs?q=support' }, '/jobs?q=support');
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe('/jobs?q=support');
    expect(await langOf(seeker.auth)).toBe('mr');
    expect((await browser.get('/jobs?q=support')).body).toContain('<html lang="mr">');
    // Without the form's token nothing changes.
    expect((await browser.post('/lang', { lang: 'hi' })).statusCode).toBe(403);
    expect(await langOf(seeker.auth)).toBe('mr');

    const profile = await browser.get('/me/profile');
    expect(profile.body).toContain('id="messages-lang"');
    const saved = await browser.post('/me/language', { lang: 'hi' }, '/me/profile');
    expect(saved.statusCode).toBe(303);
    expect(await langOf(seeker.auth)).toBe('hi');
    expect((await browser.post('/me/language', { lang: 'fr' }, '/me/profile')).statusCode).toBe(400);

    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: seeker.auth,
      payload: { lang: 'en' },
    });
    expect(patched.json()).toMatchObject({ lang: 'en' });
    const bad = await app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: seeker.auth,
      payload: { lang: 'de' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('a saved-search digest is written in the seeker’s language, with Latin digits', async () => {
    const hindi = await register(app, 'seeker', 'Meena Jadhav', withEmail());
    const marathi = await register(app, 'seeker', 'Ganesh Pawar', withEmail());
    await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: hindi.auth, payload: { lang: 'hi' } });
    await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: marathi.auth, payload: { lang: 'mr' } });
    for (const s of [hindi, marathi]) {
      const saved = await app.inject({
        method: 'POST',
        url: '/api/v1/me/saved-searches',
        headers: s.auth,
        payload: { query: { q: 'plovexa' } },
      });
      // No frequency given: instant alerts.
      expect(saved.json()).toMatchObject({ frequency: 'instant' });
    }
    const employer = await employerWithCompany(app, { name: 'Plovexa Services' });
    await postJob(app, employer, { title: 'Plovexa chat support executive' });
    await app.services.alerts.runDigests('instant');
    const digestOf = async (userId: string) =>
      (await app.services.notifications.outbox({ userId })).find((m) => m.template === 'alertDigest');
    const hi = await digestOf(hindi.id);
    expect(hi?.subject).toBe('“plovexa” के लिए 1 नई नौकरी');
    expect(hi?.body).toContain('नमस्ते Meena Jadhav');
    expect(hi?.body).toMatch(/15,000/);
    const mr = await digestOf(marathi.id);
    expect(mr?.subject).toContain('नवीन नोकरी');
    expect(mr?.body).toContain('नमस्कार Ganesh Pawar');
  });

  it('the saved-search form offers instant alerts first and selected', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    const page = await new Browser(app, seeker.auth).get('/jobs?q=support');
    expect(page.body).toMatch(/<option value="instant" selected>/);
  });
});
