// Code sign-in (a phone walk, issue #20): an existing number was shown the "New to Deskhire?" name
// fields. The name is now asked only after the code is right and only for a new number, so the
// page never tells a stranger whether a number has an account.
import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { register, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { withFakeSms } from '../../test/support/providers-app.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('code sign-in asks a name only of a new number', ({ db }) => {
  let app: FastifyInstance;
  const sms = withFakeSms(db, (built) => {
    app = built;
  });

  const nameField = /name="name"|name="role"/;
  const wrongOf = (code: string) => (code === '123456' ? '654321' : '123456');

  it('an existing number is never shown the name fields; a wrong code reads the same as for a new number', async () => {
    const phoneOf = async (token: string) =>
      (
        await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
      ).json<{
        phone: string;
      }>().phone;
    const known = await register(app, 'seeker', 'Rekha Jadhav');
    const phone = await phoneOf(known.token);
    const fresh = uniquePhone();
    const pages: Record<string, { asked: string; wrong: string }> = {};
    for (const number of [phone, fresh]) {
      const b = new InjectBrowser(app);
      const asked = await b.post('/login/code', { phone: number, next: '/' }, '/login/code');
      expect(asked.statusCode).toBe(200);
      const wrong = await b.post(
        '/login/code/verify',
        { phone: number, code: wrongOf(sms.codeFor(number)), next: '/' },
        '/login/code',
      );
      expect(wrong.statusCode).toBe(400);
      pages[number] = { asked: asked.body, wrong: wrong.body };
    }
    for (const number of [phone, fresh]) {
      expect(pages[number]!.asked).not.toMatch(nameField);
      expect(pages[number]!.asked).not.toContain('New to Deskhire');
      expect(pages[number]!.wrong).not.toMatch(nameField);
      expect(pages[number]!.wrong).toContain('id="code-error"');
    }
    // The right code signs the existing number in at once.
    const b = new InjectBrowser(app);
    await b.post('/login/code', { phone, next: '/' }, '/login/code');
    const done = await b.post(
      '/login/code/verify',
      { phone, code: sms.codeFor(phone), next: '/' },
      '/login/code',
    );
    expect(done.statusCode).toBe(303);
  });

  it('a new number with the right code is then asked its name (in Marathi), keeps the code, and signs up', async () => {
    const b = new InjectBrowser(app);
    await b.get('/?lang=mr');
    const phone = uniquePhone();
    await b.post('/login/code', { phone, next: '/' }, '/login/code');
    const code = sms.codeFor(phone);
    const ask = await b.post('/login/code/verify', { phone, code, next: '/' }, '/login/code');
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('हा नंबर Deskhire वर नवीन आहे');
    expect(ask.body).toMatch(nameField);
    expect(ask.body).not.toContain('id="name-error"');
    expect(ask.body).toContain(`name="code" value="${code}"`);
    const blank = await b.post(
      '/login/code/verify',
      { phone, code, newcomer: '1', next: '/' },
      '/login/code',
    );
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('id="name-error"');
    const done = await b.post(
      '/login/code/verify',
      { phone, code, newcomer: '1', name: 'Sunil More', role: 'seeker', next: '/' },
      '/login/code',
    );
    expect(done.statusCode).toBe(303);
    const me = await b.get('/api/v1/me', { accept: 'application/json' });
    expect(me.json()).toMatchObject({ name: 'Sunil More', phone });
  });
});
