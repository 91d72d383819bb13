import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { FakeMsg91 } from '../../test/support/fakes/fake-msg91.ts';
import { buildProvidersApp } from '../../test/support/providers-app.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { gstinCheckCharacter } from '../shared/identifiers.ts';

const GSTIN = `27AAPFU0939F1Z${gstinCheckCharacter('27AAPFU0939F1Z')}`;

forEachEngine('employer verification page', ({ db }) => {
  let app: FastifyInstance;
  const sms = new FakeMsg91();
  beforeAll(async () => {
    await sms.start();
    app = await buildProvidersApp(db(), { msg91: sms });
  });
  afterAll(async () => {
    await app.close();
    await sms.stop();
  });

  /** An employer signed in through the web with a company that has a valid GSTIN and website. */
  async function employerInBrowser(lang = 'en'): Promise<InjectBrowser> {
    const b = new InjectBrowser(app);
    const phone = uniquePhone();
    const reg = await b.post(
      `/register?lang=${lang}`,
      { role: 'employer', name: 'Kavita Rao', phone, password: 'verify-in-vashi' },
      `/register?lang=${lang}`,
    );
    expect(reg.statusCode).toBe(303);
    const saved = await b.post(
      '/employer/company',
      {
        name: 'Vashi Voice Services',
        industry: 'bpo-kpo',
        city: 'navi-mumbai',
        website: 'https://vashivoice.in',
        gstin: GSTIN,
      },
      '/employer/company',
    );
    expect(saved.statusCode).toBe(303);
    return b;
  }

  it('an employer verifies the company from the web: details, a code by SMS, then the badge', async () => {
    const b = await employerInBrowser();
    const dash = await b.get('/employer');
    expect(dash.body).toContain('href="/employer/verification"');

    const first = await b.get('/employer/verification');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Verify your company');
    expect(postForms(first.body).every((f) => f.hasCsrf)).toBe(true);
    expect(first.body).toMatch(/GSTIN: <strong>passed<\/strong>/);

    const bad = await b.post(
      '/employer/verification',
      { cin: 'NOT-A-CIN', contact_email: 'hr@vashivoice.in', contact_phone: '12345' },
      '/employer/verification',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('This is not a valid CIN');
    expect(bad.body).toContain('Give a 10-digit Indian mobile number');

    const companyPhone = uniquePhone();
    const saved = await b.post(
      '/employer/verification',
      { cin: 'U72200MH2009PTC123456', contact_email: 'hr@vashivoice.in', contact_phone: companyPhone },
      '/employer/verification',
    );
    expect(saved.statusCode).toBe(303);
    const after = await b.get('/employer/verification?done=saved');
    expect(after.body).toContain('Saved.');
    expect(after.body).toMatch(/Company email on your website&#39;s domain: <strong>passed<\/strong>/);
    expect(after.body).not.toContain('✔ Verified');

    const sent = await b.post('/employer/verification/send', {}, '/employer/verification');
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toMatch(/Code sent to \+91/);

    const wrong = await b.post(
      '/employer/verification/confirm',
      { code: '000000' },
      '/employer/verification',
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('This is not the code we sent');

    // The code as the company phone received it: from the SMS provider (a local fake), not the database.
    const code = sms.codeFor(companyPhone);
    const ok = await b.post('/employer/verification/confirm', { code }, '/employer/verification');
    expect(ok.statusCode).toBe(303);
    const done = await b.get('/employer/verification?done=phone');
    expect(done.body).toContain('Phone confirmed.');
    expect(done.body).toMatch(/badge">✔/);
  });

  it('reads in Marathi, and strangers and seekers cannot reach it', async () => {
    const b = await employerInBrowser('mr');
    const page = await b.get('/employer/verification?lang=mr');
    expect(page.body).toContain('तुमच्या कंपनीची पडताळणी करा');

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
  });
});
