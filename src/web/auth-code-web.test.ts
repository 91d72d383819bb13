import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { withFakeSms } from '../../test/support/providers-app.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { formatClock } from '../shared/i18n/index.ts';

forEachEngine('sign in with a code (web)', ({ db }) => {
  let app: FastifyInstance;
  const sms = withFakeSms(db, (built) => {
    app = built;
  });

  it('a new seeker signs up from the sign-in page with the SMS code, in Hindi, and lands signed in', async () => {
    const b = new InjectBrowser(app);
    await b.get('/?lang=hi');
    const login = await b.get('/login');
    expect(login.body).toContain('href="/login/code');
    const phone = uniquePhone();
    const asked = await b.post('/login/code', { phone, next: '/' }, '/login/code');
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('SMS से कोड भेजा गया');
    const code = sms.codeFor(phone);
    expect(asked.body).not.toContain(code);
    const wrong = await b.post(
      '/login/code/verify',
      {
        phone,
        code: code === '123456' ? '654321' : '123456',
        name: 'Sunita Gaikwad',
        role: 'seeker',
        next: '/',
      },
      '/login/code',
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('यह कोड सही नहीं है');
    const done = await b.post(
      '/login/code/verify',
      { phone, code, name: 'Sunita Gaikwad', role: 'seeker', whatsapp_opt_in: '1', next: '/' },
      '/login/code',
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/jobs');
    const me = await b.get('/api/v1/me', { accept: 'application/json' });
    expect(me.json()).toMatchObject({ name: 'Sunita Gaikwad', phone, lang: 'hi', whatsapp_opt_in: true });
  });

  it('an existing seeker signing in by code (asked to go back to /) hears "You are signed in" where it lands, once (fixj)', async () => {
    const phone = uniquePhone();
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Code Seeker', phone, password: 'correct horse battery' },
    });
    expect(reg.statusCode).toBe(201);
    const b = new InjectBrowser(app);
    await b.get('/?lang=mr');
    const asked = await b.post('/login/code', { phone, next: '/' }, '/login/code');
    expect(asked.statusCode).toBe(200);
    const done = await b.post(
      '/login/code/verify',
      { phone, code: sms.codeFor(phone), next: '/' },
      '/login/code',
    );
    expect(done.statusCode).toBe(303);
    const landed = await b.get(String(done.headers.location));
    expect(landed.body).toContain('तुम्ही साइन इन आहात.');
    expect((await b.get(String(done.headers.location))).body).not.toContain('तुम्ही साइन इन आहात.');
  });

  it('with no SMS provider the page says the code was not sent and why, never "sent"', async () => {
    const plain = await buildTestApp(db());
    try {
      const b = new InjectBrowser(plain);
      const res = await b.post('/login/code', { phone: uniquePhone(), next: '/' }, '/login/code');
      expect(res.body).toContain('Code not sent: no SMS provider is configured.');
      expect(res.body).not.toMatch(/Code sent/);
    } finally {
      await plain.close();
    }
  });
});

forEachEngine('code sign-in with no SMS provider tells the truth (issue #20)', ({ db }) => {
  it('every number, new or known, is offered a password sign-in and a password sign-up with the number kept; a wrong code is "not right", in en/hi/mr', async () => {
    const plain = await buildTestApp(db());
    try {
      const known = uniquePhone();
      await new InjectBrowser(plain).post(
        '/register',
        { role: 'seeker', name: 'Ganesh More', phone: known, password: 'ganesh-in-vashi' },
        '/register',
      );
      const fresh = uniquePhone();
      const links: string[] = [];
      for (const phone of [known, fresh]) {
        const b = new InjectBrowser(plain);
        const res = await b.post('/login/code', { phone, next: '/' }, '/login/code');
        expect(res.body).toContain('Code not sent: no SMS provider is configured.');
        expect(res.body).toContain('New here? Create an account with a password.');
        const raw = /<a href="(\/register\?[^"]*)">Create an account with a password<\/a>/.exec(
          res.body,
        )?.[1];
        expect(raw).toBeDefined();
        const href = raw!
          .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
          .replaceAll('&amp;', '&');
        expect(new URLSearchParams(href.split('?')[1]!).get('phone')).toBe(phone);
        links.push(res.body.replace(phone, 'PHONE').replace(encodeURIComponent(phone), 'PHONE'));
        const wrong = await b.post('/login/code/verify', { phone, code: '123456', next: '/' }, '/login/code');
        expect(wrong.statusCode).toBe(400);
        expect(wrong.body).toContain('That code is not right. Check the 6 digits');
        expect(wrong.body).not.toContain('the code we sent');
        expect(wrong.body).toContain('Create an account with a password');
        // The register page keeps the number.
        const reg = await b.get(href);
        expect(reg.statusCode).toBe(200);
        expect(reg.body).toContain(`value="${phone}"`);
      }
      // The offer is the same for a known and a new number: nothing tells them apart.
      const offer = (body: string) =>
        /<p>No code\? Other ways in:.*?<\/p>/s.exec(body)?.[0]?.replace(/phone(=|&#61;)[^&"]+/, '');
      expect(offer(links[0]!)).toBe(offer(links[1]!));
      for (const [lang, register, wrongText] of [
        ['hi', 'पासवर्ड के साथ खाता बनाएँ', 'यह कोड सही नहीं है'],
        ['mr', 'पासवर्डसह खाते तयार करा', 'हा कोड बरोबर नाही'],
      ] as const) {
        const b = new InjectBrowser(plain);
        await b.get(`/?lang=${lang}`);
        const phone = uniquePhone();
        const res = await b.post('/login/code', { phone, next: '/' }, '/login/code');
        expect(res.body).toContain(register);
        const wrong = await b.post('/login/code/verify', { phone, code: '123456', next: '/' }, '/login/code');
        expect(wrong.body).toContain(wrongText);
      }
    } finally {
      await plain.close();
    }
  });
});

forEachEngine('a seeker calls the employer from the job page', ({ db }) => {
  it('without a telephony provider the page says the call was not placed and offers to apply; outside hours it says when', async () => {
    const app = await buildTestApp(db());
    try {
      const employer = await employerWithCompany(app);
      const job = await postJob(app, employer);
      const b = new InjectBrowser(app);
      const phone = uniquePhone();
      await b.post(
        '/register',
        { role: 'seeker', name: 'Ganesh More', phone, password: 'ganesh-in-vashi' },
        '/register',
      );
      const page = await b.get(`/jobs/${job.id}`);
      expect(page.body).toContain(`action="/jobs/${job.id}/call"`);
      const res = await b.post(`/jobs/${job.id}/call`, {}, `/jobs/${job.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Call not placed: no telephony provider is configured.');
      expect(res.body).toContain(`action="/jobs/${job.id}/apply"`);
      // Hours that exclude now: the page says when the employer takes calls.
      const now = new Date(Date.now() + 330 * 60_000);
      const away = Math.min((now.getUTCHours() * 60 + now.getUTCMinutes() + 720) % 1440, 1438);
      const hhmm = (m: number) =>
        `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      await app.inject({
        method: 'PUT',
        url: `/api/v1/jobs/${job.id}/calling-hours`,
        headers: employer.auth,
        payload: { from: hhmm(away), to: hhmm(away + 1) },
      });
      const closed = await b.post(`/jobs/${job.id}/call`, {}, `/jobs/${job.id}`);
      expect(closed.statusCode).toBe(429);
      // In the page's words for the time of day ("2:05 am", "रात 2:05"), not "02:05".
      const from = formatClock(hhmm(away), 'en');
      const to = formatClock(hhmm(away + 1), 'en');
      expect(closed.body).toContain(`The employer takes calls between ${from} and ${to}`);
    } finally {
      await app.close();
    }
  });
});
