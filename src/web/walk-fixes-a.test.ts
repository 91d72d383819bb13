// Findings of the fresh-eyes walk (group A), each as a person on a phone would meet it: calling the
// employer of a loaded job, reporting a job, signing up, and the sign-in-by-code errors in hi/mr.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, register, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('walk findings A', ({ db }) => {
  let app: FastifyInstance;
  // A developer's machine (DEV_OUTBOX=1): unsent codes are readable at /dev/outbox.
  let dev: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    dev = await buildSeekerTestApp(db(), { DEV_OUTBOX: '1' });
  });
  afterAll(async () => {
    await app.close();
    await dev.close();
  });

  /** The last unsent sign-in code for a phone, read as a developer reads it at /dev/outbox. */
  async function devCode(): Promise<string> {
    const sent = await dev.services.notifications.outbox({ limit: 5 });
    const text = sent.find((m) => m.channel === 'sms');
    return /\b(\d{6})\b/.exec(text?.body ?? '')?.[1] ?? '';
  }

  /** A seeker signed in on the web (a cookie session), made through the API. */
  async function seekerBrowser(lang = 'en'): Promise<{ b: InjectBrowser; id: string }> {
    const phone = uniquePhone();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Sunita Kale', phone, password: 'correct horse battery' },
    });
    const id = res.json<{ user: { id: string } }>().user.id;
    await db().query(`UPDATE users SET phone_verified_at = now() WHERE id = $1`, [id]);
    const b = new InjectBrowser(app);
    await b.get(`/?lang=${lang}`);
    await b.post('/login', { login: phone, password: 'correct horse battery' }, '/login');
    return { b, id };
  }

  it('"Call the employer" on a job loaded without a poster (demo, import) rings the company owner, in en/hi/mr', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    // Bulk-loaded jobs (demo data, imports) carry no created_by.
    await db().query('UPDATE jobs SET created_by = NULL WHERE id = $1', [job.id]);
    for (const lang of ['en', 'hi', 'mr']) {
      const { b } = await seekerBrowser(lang);
      const page = await b.get(`/jobs/${job.id}`);
      expect(page.body).toContain(`action="/jobs/${job.id}/call"`);
      const call = await b.post(`/jobs/${job.id}/call`, {}, `/jobs/${job.id}`);
      expect(call.statusCode, call.body.slice(0, 300)).toBe(200);
      expect(call.body).not.toMatch(/Page not found|पेज नहीं मिला|पेज सापडले नाही/);
    }
    const { rows } = await db().query<{ n: string }>(
      `SELECT count(*) AS n FROM calls WHERE job_id = $1 AND direction = 'seeker_to_employer'`,
      [job.id],
    );
    expect(Number(rows[0]!.n)).toBe(3);
  });

  const ENGLISH_FRAGMENTS = /must be a 10-digit|is required for a new account|must not|must have/;

  it('every error of sign-in by code reads in the page language, as a sentence that says what to do', async () => {
    const expected = {
      en: [
        'Enter a 10-digit Indian mobile number, for example 98765 43210.',
        'enter your name (2 to 100 characters)',
      ],
      hi: ['10 अंकों का भारतीय मोबाइल नंबर लिखें', 'अपना नाम लिखें (2 से 100 अक्षर)'],
      mr: ['10 अंकी भारतीय मोबाइल नंबर लिहा', 'तुमचे नाव लिहा (2 ते 100 अक्षरे)'],
    };
    for (const lang of ['en', 'hi', 'mr'] as const) {
      const b = new InjectBrowser(dev);
      await b.get(`/?lang=${lang}`);
      const bad = await b.post('/login/code', { phone: '12345', next: '/' }, '/login/code');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain(expected[lang][0]);
      expect(bad.body).not.toMatch(ENGLISH_FRAGMENTS);
      const phone = uniquePhone();
      expect((await b.post('/login/code', { phone, next: '/' }, '/login/code')).statusCode).toBe(200);
      const code = await devCode();
      const noName = await b.post(
        '/login/code/verify',
        { phone, code, name: '', role: 'seeker', newcomer: '1', next: '/' },
        '/login/code',
      );
      expect(noName.statusCode).toBe(400);
      expect(noName.body).toContain(expected[lang][1]);
      expect(noName.body).not.toMatch(ENGLISH_FRAGMENTS);
    }
  });

  it('the dev outbox says truthfully that it shows codes, says "no provider" in the page language, and wraps the text', async () => {
    const b = new InjectBrowser(dev);
    await b.post('/login/code', { phone: uniquePhone(), next: '/' }, '/login/code');
    const en = await b.get('/dev/outbox?lang=en');
    expect(en.body).not.toContain('never shown');
    expect(en.body).toContain('One-time codes are shown in full here');
    for (const [lang, said] of [
      ['hi', 'कोई SMS प्रोवाइडर सेट नहीं है'],
      ['mr', 'कोणताही SMS प्रोव्हायडर सेट केलेला नाही'],
    ] as const) {
      const page = await b.get(`/dev/outbox?lang=${lang}`);
      expect(page.body).toContain(said);
      expect(page.body).not.toContain('no SMS provider is configured');
    }
    // The page's inline style keeps a long line (an SMS with its code) inside the card on a phone.
    expect(en.body).toMatch(/pre\.message-body\s*\{[^}]*white-space:\s*pre-wrap/);
  });

  /** A seeker signed in on the web whose account is `days` old. */
  async function agedSeeker(days: number, lang = 'en') {
    const s = await seekerBrowser(lang);
    await db().query(`UPDATE users SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [
      s.id,
      days,
    ]);
    return s;
  }
  const statusOf = async (id: number) =>
    (await db().query<{ status: string }>('SELECT status FROM jobs WHERE id = $1', [id])).rows[0]!.status;

  it('the report form picks no reason for the seeker and asks for one in the page language; a report can be withdrawn', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const asked = {
      en: 'Choose what happened, then send the report.',
      hi: 'चुनें कि क्या हुआ, फिर शिकायत भेजें।',
      mr: 'काय झाले ते निवडा, मग तक्रार पाठवा.',
    };
    for (const lang of ['en', 'hi', 'mr'] as const) {
      const { b } = await seekerBrowser(lang);
      const form = await b.get(`/jobs/${job.id}/report`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('name="reason" value="fee_asked"');
      expect(form.body).not.toMatch(/name="reason"[^>]*checked/);
      const none = await b.post(`/jobs/${job.id}/report`, { detail: 'asked' }, `/jobs/${job.id}/report`);
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain(asked[lang]);
    }
    const { b, id } = await seekerBrowser();
    const sent = await b.post(`/jobs/${job.id}/report`, { reason: 'spam_calls' }, `/jobs/${job.id}/report`);
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain(`action="/jobs/${job.id}/report/withdraw"`);
    const open = () =>
      db().query('SELECT 1 FROM job_reports WHERE job_id = $1 AND seeker_id = $2', [job.id, id]);
    expect((await open()).rows).toHaveLength(1);
    const undone = await b.post(`/jobs/${job.id}/report/withdraw`, {}, `/jobs/${job.id}/report`);
    expect(undone.statusCode).toBe(200);
    expect(undone.body).toContain('Your report is withdrawn.');
    expect((await open()).rows).toHaveLength(0);
  });

  it('three brand-new accounts cannot pause a job; established ones pause an unverified company, never a verified one (the moderators get it)', async () => {
    const report = async (jobId: number, who: { b: InjectBrowser }) =>
      (await who.b.post(`/jobs/${jobId}/report`, { reason: 'fee_asked' }, `/jobs/${jobId}/report`))
        .statusCode;

    const verified = await employerWithCompany(app, { name: 'Kavach Life Insurance' });
    await db().query('UPDATE companies SET verified = true WHERE id = $1', [verified.companyId]);
    const vJob = await postJob(app, verified);
    for (let i = 0; i < 3; i++) expect(await report(vJob.id, await seekerBrowser())).toBe(200);
    expect(await statusOf(vJob.id)).toBe('published');
    for (let i = 0; i < 3; i++) expect(await report(vJob.id, await agedSeeker(30))).toBe(200);
    expect(await statusOf(vJob.id)).toBe('published');
    expect((await app.services.trust.queue()).some((q) => q.job.id === vJob.id && q.reports.open === 6)).toBe(
      true,
    );

    const plain = await employerWithCompany(app, { name: 'Unknown Staffing' });
    const pJob = await postJob(app, plain);
    for (let i = 0; i < 3; i++) expect(await report(pJob.id, await seekerBrowser())).toBe(200);
    expect(await statusOf(pJob.id)).toBe('published');
    for (let i = 0; i < 3; i++) expect(await report(pJob.id, await agedSeeker(30))).toBe(200);
    expect(await statusOf(pJob.id)).toBe('held');

    // The link a visitor kept says the job is being checked, in their language, not "Page not found".
    for (const [lang, said] of [
      ['en', 'This job is being checked'],
      ['hi', 'इस नौकरी की जांच हो रही है'],
      ['mr', 'या नोकरीची तपासणी सुरू आहे'],
    ] as const) {
      const page = await new InjectBrowser(app).get(`/jobs/${pJob.id}?lang=${lang}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(said);
      expect(page.body).not.toMatch(/Page not found|पेज नहीं मिला|पेज सापडले नाही/);
    }
  });

  it('sign-up with the phone left empty says which box and what to type, in the page language', async () => {
    const b = new InjectBrowser(app);
    await b.get('/?lang=hi');
    const res = await b.post('/register', { role: 'seeker', name: 'Rekha Jadhav', phone: '' }, '/register');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('10 अंकों का भारतीय मोबाइल नंबर लिखें');
    expect(res.body).not.toContain('कृपया यह भरें');
  });

  it('sign-up from a job returns to it and asks for the code sent to the number; the number is proven only by that code', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const b = new InjectBrowser(dev);
    await b.get('/?lang=hi');
    const login = await b.get(`/login?next=${encodeURIComponent(`/jobs/${job.id}`)}`);
    // The page escapes '=' inside attributes as &#61;; a browser reads both the same.
    expect(login.body.replaceAll('&#61;', '=')).toContain(
      `href="/register?next=${encodeURIComponent(`/jobs/${job.id}`)}"`,
    );
    const form = await b.get(`/register?next=${encodeURIComponent(`/jobs/${job.id}`)}`);
    expect(form.body).toContain(`name="next" value="/jobs/${job.id}"`);
    const phone = uniquePhone();
    const made = await b.post(
      '/register',
      {
        role: 'seeker',
        name: 'Rekha Jadhav',
        phone,
        password: 'correct horse battery',
        next: `/jobs/${job.id}`,
      },
      '/register',
    );
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe(`/register/confirm?next=${encodeURIComponent(`/jobs/${job.id}`)}`);
    const verified = async () =>
      (
        await db().query<{ v: Date | null }>('SELECT phone_verified_at AS v FROM users WHERE phone = $1', [
          phone,
        ])
      ).rows[0]?.v;
    expect(await verified()).toBeNull();
    const step = await b.get(String(made.headers.location));
    expect(step.statusCode).toBe(200);
    expect(step.body).toContain('अपना मोबाइल नंबर पक्का करें');
    // With no SMS provider nothing was sent by SMS: the page never says it was (the second walk's
    // finding), and says where the code is instead (this test server keeps it in the dev outbox).
    expect(step.body).not.toContain('हमने 6 अंकों का कोड भेजा है');
    expect(step.body).toContain('डेव आउटबॉक्स में रखा जाता है');
    expect(step.body).toContain('<a href="/dev/outbox">/dev/outbox</a>');
    const code = await devCode();
    const wrong = await b.post(
      '/register/confirm',
      { code: code === '111111' ? '222222' : '111111', next: `/jobs/${job.id}` },
      String(made.headers.location),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('यह कोड सही नहीं है');
    expect(await verified()).toBeNull();
    const right = await b.post(
      '/register/confirm',
      { code, next: `/jobs/${job.id}` },
      String(made.headers.location),
    );
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe(`/jobs/${job.id}`);
    expect(await verified()).toBeInstanceOf(Date);

    // A next that leaves the site is refused, as on the sign-in page (the shared next-URL check).
    const away = await new InjectBrowser(dev).post(
      '/register',
      {
        role: 'seeker',
        name: 'Rekha Jadhav',
        phone: uniquePhone(),
        password: 'correct horse battery',
        next: 'https://evil.example/',
      },
      '/register',
    );
    expect(away.statusCode).toBe(400);
    expect(away.headers.location).toBeUndefined();
  });
});
