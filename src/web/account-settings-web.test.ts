import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { FakeMsg91 } from '../../test/support/fakes/fake-msg91.ts';
import { FakeSmtp } from '../../test/support/fakes/fake-smtp.ts';
import { buildProvidersApp } from '../../test/support/providers-app.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { translator } from '../shared/i18n/index.ts';

/** The confirmation link in the last mail to `address`, as the person would open it. */
function linkIn(smtp: FakeSmtp, address: string): string {
  const mail = smtp.lastTo(address);
  const link = mail && /https?:\/\/\S+\/account\/email\/confirm\?token=[A-Za-z0-9_.-]+/.exec(mail)?.[0];
  if (!link) throw new Error(`no confirmation link was mailed to ${address}`);
  return link.replace(/^https?:\/\/[^/]+/, '');
}

forEachEngine('your account page (web)', ({ db }) => {
  let app: FastifyInstance;
  const sms = new FakeMsg91();
  const smtp = new FakeSmtp();
  beforeAll(async () => {
    await sms.start();
    await smtp.start();
    app = await buildProvidersApp(db(), { msg91: sms }, { SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await app.close();
    await sms.stop();
    await smtp.stop();
  });

  it('with an SMS provider the code pages keep saying a code is sent by SMS, in en/hi/mr', async () => {
    for (const lang of ['en', 'hi', 'mr'] as const) {
      const t = translator(lang);
      const forgot = await new InjectBrowser(app).get(`/login/forgot?lang=${lang}`);
      expect(forgot.body).toContain(t('account.forgot.lead'));
      expect(forgot.body).not.toContain(t('account.forgot.leadNoSms'));
      expect(forgot.body).not.toContain('/dev/outbox');
      const code = await new InjectBrowser(app).get(`/login/code?lang=${lang}`);
      expect(code.body).toContain(t('authCode.lead'));
      expect(code.body).not.toContain('/dev/outbox');
    }
  });

  /** A seeker who signed up by SMS code (no password, no email), signed in in a browser. */
  async function codeSeeker(lang = 'en'): Promise<{ b: InjectBrowser; phone: string }> {
    const b = new InjectBrowser(app);
    await b.get(`/?lang=${lang}`);
    const phone = uniquePhone();
    await b.post('/login/code', { phone, next: '/' }, '/login/code');
    const done = await b.post(
      '/login/code/verify',
      { phone, code: sms.codeFor(phone), name: 'Rekha Sawant', role: 'seeker', next: '/' },
      '/login/code',
    );
    expect(done.statusCode).toBe(303);
    return { b, phone };
  }

  it('the account page is one tap from the header, works without JavaScript and every form carries its token', async () => {
    const { b } = await codeSeeker();
    const home = await b.get('/jobs');
    expect(home.body).toContain('href="/me/account"');
    const page = await b.get('/me/account');
    expect(page.statusCode).toBe(200);
    const forms = postForms(page.body);
    expect(forms.map((f) => f.action)).toEqual(
      expect.arrayContaining([
        '/me/account/phone',
        '/me/account/email',
        '/me/account/password',
        '/me/account/sign-out-everywhere',
      ]),
    );
    expect(forms.every((f) => f.hasCsrf)).toBe(true);
    // No password yet: the form offers to set one, without asking a current one.
    expect(page.body).toContain('Set a password');
    expect(page.body).not.toContain('name="current_password"');
    // No email: alerts go by SMS, and the page says so.
    expect(page.body).toContain('Job alerts and messages reach you by SMS.');
    expect((await new InjectBrowser(app).get('/me/account')).statusCode).toBe(302);
  });

  it('a new email is used only after the link in the real mail is opened; until then it signs no one in', async () => {
    const { b } = await codeSeeker();
    const email = `rekha${uniquePhone().slice(-6)}@example.in`;
    const asked = await b.post('/me/account/email', { email }, '/me/account');
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain(`Link sent to ${email}.`);
    expect(asked.body).toContain(`Waiting for confirmation: ${email}`);
    const me = (await b.get('/api/v1/me', { accept: 'application/json' })).json();
    expect(me).toMatchObject({ email: null, pending_email: email });

    const link = linkIn(smtp, email);
    // The outbox keeps what was sent, but not the link that proves the address.
    const kept = await app.services.notifications.outbox({ userId: me.id });
    expect(kept.some((m) => m.template === 'emailConfirm' && m.body.includes(link))).toBe(false);

    // Opening the link shows a button (a mail scanner's GET changes nothing); pressing it confirms.
    const opened = await b.get(link);
    expect(opened.body).toContain('Confirm my email');
    expect((await b.get('/api/v1/me', { accept: 'application/json' })).json().email).toBeNull();
    const confirmed = await b.post(
      '/account/email/confirm',
      { token: new URL(`http://x${link}`).searchParams.get('token') ?? '' },
      link,
    );
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain(`Confirmed: ${email} is now your email.`);
    expect((await b.get('/api/v1/me', { accept: 'application/json' })).json()).toMatchObject({
      email,
      pending_email: null,
    });
    const account = await b.get('/me/account');
    expect(account.body).toContain('Job alerts and messages reach you by email.');
  });

  it('a forged or mangled link confirms nothing and says so', async () => {
    const b = new InjectBrowser(app);
    const page = await b.get('/account/email/confirm?token=abc.def');
    const res = await b.post(
      '/account/email/confirm',
      { token: 'abc.def' },
      '/account/email/confirm?token=abc.def',
    );
    expect(page.statusCode).toBe(200);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('This link does not work');
  });

  it('forgot password in Marathi: a code by SMS, a new password, other sessions end', async () => {
    const { b: first, phone } = await codeSeeker('mr');
    const other = new InjectBrowser(app);
    await other.get('/?lang=mr');
    const login = await other.get('/login');
    expect(login.body).toContain('href="/login/forgot"');
    const asked = await other.post('/login/forgot', { phone }, '/login/forgot');
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('कोड SMS ने');
    const code = sms.codeFor(phone);
    const wrong = await other.post(
      '/login/forgot/reset',
      { phone, code: code === '111111' ? '222222' : '111111', password: 'navin-password-1' },
      '/login/forgot',
    );
    expect(wrong.statusCode).toBe(400);
    const done = await other.post(
      '/login/forgot/reset',
      { phone, code, password: 'navin-password-1' },
      '/login/forgot',
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/me/account?done=password');
    // The browser that was signed in before the reset is signed out.
    expect((await first.get('/me/account')).statusCode).toBe(302);
    const api = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password: 'navin-password-1' },
    });
    expect(api.statusCode).toBe(200);
    expect(Object.keys(api.json()).sort()).toEqual(['token', 'user']);
  });

  it('a new phone number: a code to it, then the old number is told; sign in with the new one', async () => {
    const { b, phone } = await codeSeeker('hi');
    const next = uniquePhone();
    const asked = await b.post('/me/account/phone', { phone: next }, '/me/account');
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('SMS से');
    const changed = await b.post(
      '/me/account/phone/verify',
      { phone: next, code: sms.codeFor(next) },
      '/me/account',
    );
    expect(changed.statusCode).toBe(303);
    expect((await b.get('/me/account?done=phone')).body).toContain('आपका नंबर बदल गया');
    expect(sms.lastTo(phone)?.templateId).toBe('6571a0d1d6fc05chg');
    expect((await b.get('/api/v1/me', { accept: 'application/json' })).json().phone).toBe(next);
  });

  it('changing the password ends the other sessions but keeps this one; sign out everywhere ends all', async () => {
    const { b, phone } = await codeSeeker();
    const other = new InjectBrowser(app);
    // Past the 30 s resend wait of the sign-up code, as if the person waited.
    await db().query(
      `UPDATE otp_codes SET created_at = created_at - interval '60 seconds' WHERE phone = $1`,
      [phone],
    );
    await other.post('/login/code', { phone, next: '/' }, '/login/code');
    await other.post('/login/code/verify', { phone, code: sms.codeFor(phone), next: '/' }, '/login/code');
    expect((await other.get('/me/account')).statusCode).toBe(200);

    const short = await b.post('/me/account/password', { password: 'short' }, '/me/account');
    expect(short.statusCode).toBe(400);
    const set = await b.post('/me/account/password', { password: 'rekha-first-pass' }, '/me/account');
    expect(set.statusCode).toBe(303);
    expect((await b.get('/me/account')).body).toContain('name="current_password"');
    expect((await other.get('/me/account')).statusCode).toBe(302);

    const wrong = await b.post(
      '/me/account/password',
      { current_password: 'not-it-at-all', password: 'rekha-second-pass' },
      '/me/account',
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('This is not your current password.');

    const out = await b.post('/me/account/sign-out-everywhere', {}, '/me/account');
    expect(out.statusCode).toBe(303);
    expect((await b.get('/me/account')).statusCode).toBe(302);
  });
});

describe('with no SMS or mail provider', () => {
  forEachEngine('the account pages say what was not sent', ({ db }) => {
    it('asking a link or a code says "not sent" and why, in the page language', async () => {
      const app = await buildTestApp(db());
      try {
        const b = new InjectBrowser(app);
        await b.post(
          '/register?lang=hi',
          { role: 'seeker', name: 'Kiran Patil', phone: uniquePhone(), password: 'kiran-in-thane' },
          '/register?lang=hi',
        );
        const link = await b.post('/me/account/email', { email: 'kiran.patil@example.in' }, '/me/account');
        expect(link.body).toContain('नहीं भेजा गया: कोई ईमेल प्रदाता सेट नहीं है');
        expect(link.body).not.toContain('लिंक kiran.patil@example.in पर भेजा गया');
        const code = await b.post('/me/account/phone', { phone: uniquePhone() }, '/me/account');
        expect(code.body).toContain('नहीं भेजा गया: कोई SMS प्रदाता सेट नहीं है');
        const page = await b.get('/me/account');
        expect(page.body).toContain('अभी वे भेजे नहीं जा रहे');
        // The hints under the forms say what is so with no provider, never "we send" (issue #20).
        expect(page.body).toContain(
          'इस साइट पर कोई SMS प्रदाता सेट नहीं है, इसलिए अभी नए नंबर पर कोड नहीं जा सकता',
        );
        expect(page.body).toContain(
          'इस साइट पर कोई ईमेल प्रदाता सेट नहीं है, इसलिए अभी पुष्टि का लिंक नहीं भेजा जा सकता',
        );
        for (const [lang, sms, email, never] of [
          [
            'en',
            'No SMS provider is configured on this site, so no code can reach a new number yet',
            'No email provider is configured on this site, so no confirmation link can be sent yet',
            /We send a (code|link)/,
          ],
          [
            'mr',
            'या साइटवर कोणताही SMS प्रदाता सेट केलेला नाही',
            'या साइटवर कोणताही ईमेल प्रदाता सेट केलेला नाही',
            /नवीन नंबरवर कोड पाठवतो|लिंक पाठवतो/,
          ],
        ] as const) {
          await b.get(`/?lang=${lang}`);
          const p = await b.get('/me/account');
          expect(p.body).toContain(sms);
          expect(p.body).toContain(email);
          expect(p.body).not.toMatch(never);
          // The password card does not offer "or with a code by SMS" when no SMS can leave.
          const t = translator(lang);
          expect(p.body).toContain(t('account.password.hasNoSms'));
          expect(p.body).not.toContain(t('account.password.has'));
        }
      } finally {
        await app.close();
      }
    });
  });
});
