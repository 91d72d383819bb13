import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, registerAdmin, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { FakeMsg91 } from '../../test/support/fakes/fake-msg91.ts';
import { uniqueGstin } from '../../test/support/identity.ts';
import { buildProvidersApp } from '../../test/support/providers-app.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('employer verification page', ({ db }) => {
  let app: FastifyInstance;
  const sms = new FakeMsg91();
  /** Every warning and error the server logged: a reply sent twice shows up here. */
  const logged: string[] = [];
  beforeAll(async () => {
    await sms.start();
    const stream = new Writable({
      write(chunk, _enc, done) {
        logged.push(String(chunk));
        done();
      },
    });
    // Company phone codes go out by SMS (a local fake MSG91); email links stay in the outbox.
    app = await buildProvidersApp(db(), { msg91: sms }, {}, { logger: pino({ level: 'warn' }, stream) });
  });
  afterAll(async () => {
    await app.close();
    await sms.stop();
  });

  /** An employer signed in through the web with a company that has a valid GSTIN and website. */
  async function employerInBrowser(
    lang = 'en',
    website = 'https://vashivoice.in',
    on: FastifyInstance = app,
  ): Promise<InjectBrowser> {
    const b = new InjectBrowser(on);
    const reg = await b.post(
      `/register?lang=${lang}`,
      { role: 'employer', name: 'Kavita Rao', phone: uniquePhone(), password: 'verify-in-vashi' },
      `/register?lang=${lang}`,
    );
    expect(reg.statusCode).toBe(303);
    const saved = await b.post(
      '/employer/company',
      {
        name: 'Vashi Voice Services',
        industry: 'bpo-kpo',
        city: 'navi-mumbai',
        website,
        gstin: uniqueGstin(),
      },
      '/employer/company',
    );
    expect(saved.statusCode).toBe(303);
    return b;
  }

  /** The confirmation link in the newest company-email message, read as an admin reads the outbox. */
  async function emailedLink(): Promise<string> {
    const admin = await registerAdmin(app, db());
    const outbox = await app.inject({ method: 'GET', url: '/api/v1/admin/outbox', headers: admin.auth });
    const mail = outbox
      .json<{ items: { template: string; body: string }[] }>()
      .items.find((m) => m.template === 'companyEmailConfirm');
    return /http:\/\/localhost:3000(\/verify\/company-email\/[A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
  }

  async function confirmPhone(b: InjectBrowser, companyPhone: string) {
    const sent = await b.post('/employer/verification/send', {}, '/employer/verification');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toMatch(/Code sent to \+91/);

    const wrong = await b.post(
      '/employer/verification/confirm',
      { code: '000000' },
      '/employer/verification',
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('That code is not right');

    // The code as the company phone received it: from the SMS provider (a local fake), not the database.
    const code = sms.codeFor(companyPhone);
    return b.post('/employer/verification/confirm', { code }, '/employer/verification');
  }

  it('a refused form keeps every typed value and says what to fix per field; a free mailbox says why it does not count', async () => {
    const b = await employerInBrowser();
    const first = await b.get('/employer/verification');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Verify your company');
    expect(postForms(first.body).every((f) => f.hasCsrf)).toBe(true);
    expect(first.body).toMatch(/GSTIN: <strong>passed<\/strong>/);

    const bad = await b.post(
      '/employer/verification',
      { cin: 'NOT-A-CIN', udyam: 'UDYAM-XX', contact_email: 'hr@vashivoice.in', contact_phone: '12345' },
      '/employer/verification',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('This is not a valid CIN');
    expect(bad.body).toContain('This is not a valid Udyam number');
    expect(bad.body).toContain('Give a 10-digit Indian mobile number');
    // What was typed stays in the form, the good value and the bad ones alike.
    expect(bad.body).toContain('value="NOT-A-CIN"');
    expect(bad.body).toContain('value="hr@vashivoice.in"');
    expect(bad.body).toContain('value="12345"');

    const gmail = await b.post(
      '/employer/verification',
      { contact_email: 'vashivoice.hr@gmail.com' },
      '/employer/verification',
    );
    expect(gmail.statusCode).toBe(303);
    const after = await b.get('/employer/verification');
    expect(after.body).toContain('this is a free mailbox (Gmail, Yahoo…) that anyone can open');
    expect(after.body).toContain('id="contact_email-error"');

    const other = await b.post(
      '/employer/verification',
      { contact_email: 'hr@another.in' },
      '/employer/verification',
    );
    expect(other.statusCode).toBe(303);
    expect((await b.get('/employer/verification')).body).toContain(
      'this address is not on your website&#39;s domain',
    );
  });

  it('an email typed on the firm domain and the owner own phone do not verify; the badge waits for the emailed link', async () => {
    const b = await employerInBrowser('en', 'https://thanetalk.in');
    const companyPhone = uniquePhone();
    const saved = await b.post(
      '/employer/verification',
      { cin: 'U72200MH2009PTC654321', contact_email: 'hr@thanetalk.in', contact_phone: companyPhone },
      '/employer/verification',
    );
    expect(saved.statusCode).toBe(303);
    const waiting = await b.get('/employer/verification?done=saved');
    expect(waiting.body).toContain('no link could be sent to this address yet');
    expect((await confirmPhone(b, companyPhone)).statusCode).toBe(303);
    const notYet = await b.get('/employer/verification?done=phone');
    expect(notYet.body).toContain('Phone confirmed.');
    expect(notYet.body).not.toMatch(/badge">✔/);

    const link = await emailedLink();
    // Opening the link shows a button; a mail scanner's GET confirms nothing.
    const opened = await new InjectBrowser(app).get(link);
    expect(opened.statusCode).toBe(200);
    expect((await b.get('/employer/verification')).body).not.toMatch(/badge">✔/);
    const mailbox = new InjectBrowser(app);
    const clicked = await mailbox.post(link, {}, link);
    expect(clicked.statusCode).toBe(200);
    expect(clicked.body).toContain('the address is confirmed');

    const done = await b.get('/employer/verification');
    expect(done.body).toMatch(/badge">✔/);
    expect(done.body).toContain(
      'Verified by: GSTIN checked, CIN checked, company email confirmed, phone confirmed',
    );
    // Seekers read the same on the company's public page.
    const companyUrl = /href="(\/companies\/[0-9a-f-]{36})"/.exec(done.body)![1]!;
    const publicPage = await new InjectBrowser(app).get(companyUrl);
    expect(publicPage.body).toContain(
      'Verified by: GSTIN checked, CIN checked, company email confirmed, phone confirmed',
    );
  });

  it('with no SMS provider the company phone code is not sent, and the page says so and why', async () => {
    const bare = await buildTestApp(db());
    try {
      const b = await employerInBrowser('en', 'https://airolitalk.in', bare);
      const saved = await b.post(
        '/employer/verification',
        { contact_phone: uniquePhone() },
        '/employer/verification',
      );
      expect(saved.statusCode).toBe(303);
      const sent = await b.post('/employer/verification/send', {}, '/employer/verification');
      expect(sent.statusCode).toBe(200);
      expect(sent.body).toMatch(/Code not sent to \+91[^:]*: no SMS provider is configured/);
      expect(sent.body).not.toMatch(/Code sent to/);
    } finally {
      await bare.close();
    }
  });

  it('reads in Marathi, strangers and seekers cannot reach it, and no reply is ever sent twice', async () => {
    const b = await employerInBrowser('mr', 'https://punekar.in');
    const page = await b.get('/employer/verification?lang=mr');
    expect(page.body).toContain('तुमच्या कंपनीची पडताळणी करा');
    const bad = await b.post('/employer/verification', { cin: 'NOT-A-CIN' }, '/employer/verification');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="NOT-A-CIN"');

    const anon = await app.inject({
      method: 'GET',
      url: '/employer/verification',
      headers: { accept: 'text/html' },
    });
    expect(anon.statusCode).toBe(302);
    expect(anon.headers.location).toMatch(/^\/login\?next=/);

    const seeker = new InjectBrowser(app);
    await seeker.post(
      '/register',
      { role: 'seeker', name: 'Sunil', phone: uniquePhone(), password: 'seeker-in-thane' },
      '/register',
    );
    const refused = await seeker.get('/employer/verification');
    expect(refused.statusCode).toBe(403);
    const noCsrf = await b.post('/employer/verification', { cin: 'U72200MH2009PTC123456' });
    expect(noCsrf.statusCode).toBe(403);
    expect(logged.filter((line) => /already sent/i.test(line))).toEqual([]);
  });
});
