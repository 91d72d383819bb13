// Issue #20, errors and words: every example on the employer's forms reads in the page language, the
// dev outbox speaks it too, a taken number says what to do with working links, a code asked for too
// soon says how long to wait, and no page says "we sent" when nothing could be sent.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { LANGUAGES, translator } from '../shared/i18n/index.ts';

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every placeholder and hint of the form on a page, as a reader sees them. */
function examplesOf(body: string): string[] {
  const form = /<form method="post" action="\/employer[^"]*"[\s\S]*?<\/form>/.exec(body)?.[0] ?? '';
  const placeholders = [...form.matchAll(/placeholder="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  const hints = [...form.matchAll(/<p class="hint"[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
    decode((m[1] ?? '').replace(/<[^>]+>/g, '')),
  );
  return [...placeholders, ...hints];
}

/**
 * English words left in a Hindi/Marathi example: what remains after taking out a bracketed English
 * job name (as Indian job boards write it), web addresses, email addresses and codes in capitals
 * (GSTIN, UDYAM-…) and product names written the same in every language (MS Excel, Tally).
 */
function englishIn(text: string): string[] {
  const rest = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S*/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b(MS \w+|Tally|WhatsApp|Deskhire)\b/g, ' ')
    .replace(/\b[A-Z][A-Z0-9-]+\b/g, ' ');
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

forEachEngine('employer forms: examples and hints in the page language (issue #20)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('post-job, edit-job and company forms have no English example or hint on hi/mr pages, and a website hint', async () => {
    const employer = await employerWithCompany(app);
    const jobId = (await postJob(app, employer)).id;
    const b = new InjectBrowser(app, employer.auth);
    for (const lang of ['hi', 'mr'] as const) {
      for (const path of ['/employer/jobs/new', `/employer/jobs/${jobId}/edit`, '/employer/company']) {
        const page = await b.get(`${path}?lang=${lang}`);
        expect(page.statusCode, path).toBe(200);
        const examples = examplesOf(page.body);
        expect(examples.length, `${lang} ${path}`).toBeGreaterThan(0);
        for (const text of examples) expect(englishIn(text), `${lang} ${path}: "${text}"`).toEqual([]);
      }
      const t = translator(lang);
      const company = await b.get(`/employer/company?lang=${lang}`);
      expect(decode(company.body)).toContain(t('jobForm.websiteHint'));
      expect(company.body).not.toContain('placeholder="https://"');
      const post = await b.get(`/employer/jobs/new?lang=${lang}`);
      expect(decode(post.body)).toContain(`placeholder="${t('jobForm.titleExample')}"`);
    }
    const en = await b.get('/employer/jobs/new?lang=en');
    expect(decode(en.body)).toContain(`placeholder="${translator('en')('jobForm.titleExample')}"`);
  });
});

forEachEngine('the dev outbox in the page language (issue #20)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('the code pages say a code goes to the dev outbox, not "we send it by SMS", in en/hi/mr', async () => {
    const seeker = new InjectBrowser(app);
    await seeker.post(
      '/register',
      { role: 'seeker', name: 'Asha Jadhav', phone: uniquePhone(), password: 'asha-in-nashik' },
      '/register',
    );
    const employer = await employerWithCompany(app);
    const boss = new InjectBrowser(app, employer.auth);
    await boss.post('/employer/verification', { contact_phone: uniquePhone() }, '/employer/verification');
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const pages = {
        confirm: decode((await seeker.get(`/register/confirm?next=/jobs&lang=${lang}`)).body),
        forgot: decode((await new InjectBrowser(app).get(`/login/forgot?lang=${lang}`)).body),
        code: decode((await new InjectBrowser(app).get(`/login/code?lang=${lang}`)).body),
        verify: decode((await boss.get(`/employer/verification?lang=${lang}`)).body),
      };
      expect(pages.confirm, lang).toContain(t('authConfirm.leadDevOutbox'));
      expect(pages.confirm, lang).not.toContain(t('authConfirm.lead'));
      expect(pages.forgot, lang).toContain(t('account.forgot.leadDevOutbox'));
      expect(pages.forgot, lang).not.toContain(t('account.forgot.lead'));
      expect(pages.code, lang).toContain(t('authCode.leadDevOutbox'));
      expect(pages.code, lang).not.toContain(t('authCode.lead'));
      expect(pages.verify, lang).toContain(t('verification.phoneHintDevOutbox'));
      expect(pages.verify, lang).not.toContain(t('verification.phoneHint'));
      for (const page of [pages.confirm, pages.forgot, pages.code])
        expect(page).toContain('href="/dev/outbox"');
    }
  });

  it('channel, status, heading and date read in hi/mr; the message body stays as sent', async () => {
    const b = new InjectBrowser(app);
    await b.post('/login/code', { phone: uniquePhone(), next: '/' }, '/login/code?lang=mr');
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const page = await b.get(`/dev/outbox?lang=${lang}`);
      expect(page.statusCode).toBe(200);
      const card = decode(
        /<article class="card outbox-message"[\s\S]*?<\/article>/.exec(page.body)?.[0] ?? '',
      );
      expect(card).toContain(`${t('outbox.channel')}: SMS`);
      expect(card).toContain(`<h2>${t('outbox.heading', { channel: 'SMS' })}</h2>`);
      expect(card).not.toContain('otpCode');
      // The body is kept as it was written (in Marathi, the language of the page that asked).
      expect(card).toMatch(/<pre class="message-body">\d{6} /);
      if (lang !== 'en') {
        const facts = /<p class="facts">([\s\S]*?)<\/p>/.exec(card)?.[1] ?? '';
        expect(facts, lang).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
        expect(facts, lang).not.toMatch(/\b(am|pm|AM|PM)\b/);
        expect(facts, lang).not.toMatch(/\d{4}-\d\d-\d\d/);
      }
    }
  });
});

forEachEngine('registering a number that already has an account (issue #20)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('says so in a whole sentence by the phone box, with Sign in and code links, the number kept, in en/hi/mr', async () => {
    const phone = uniquePhone();
    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Kavita Shinde', phone, password: 'kavita-first-account' },
    });
    expect(made.statusCode).toBe(201);
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const b = new InjectBrowser(app);
      await b.get(`/register?lang=${lang}`);
      const res = await b.post(
        '/register',
        { role: 'seeker', name: 'Kavita Shinde', phone, password: 'kavita-in-thane' },
        '/register',
      );
      expect(res.statusCode).toBe(400);
      const body = decode(res.body);
      const field = /<div class="field invalid">\s*<label for="phone">[\s\S]*?<\/div>/.exec(body)?.[0] ?? '';
      expect(field, lang).toContain(`value="${phone}"`);
      expect(field, lang).toContain(t('auth.phoneTaken'));
      expect(field).not.toContain('already registered; sign in instead');
      expect(field).toContain(`href="/login?login=${encodeURIComponent(phone)}"`);
      expect(field).toContain(`href="/login/code?phone=${encodeURIComponent(phone)}"`);
      expect(field).toContain(t('auth.phoneTakenSignIn'));
      expect(field).toContain(t('auth.phoneTakenCode'));
      // The links work: each opens its page with the number already filled in.
      const login = await b.get(`/login?login=${encodeURIComponent(phone)}`);
      expect(decode(login.body)).toContain(`value="${phone}"`);
      const code = await b.get(`/login/code?phone=${encodeURIComponent(phone)}`);
      expect(decode(code.body)).toContain(`value="${phone}"`);
    }
  });
});

forEachEngine('a new code asked for too soon says how long to wait (issue #20)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('sign-in by code: "wait N seconds" during the cooldown, never "not sent: no SMS provider", in en/hi/mr', async () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const b = new InjectBrowser(app);
      const phone = uniquePhone();
      const first = await b.post('/login/code', { phone, next: '/' }, `/login/code?lang=${lang}`);
      expect(first.statusCode).toBe(200);
      expect(decode(first.body)).toContain(t('authCode.notSent', { reason: t('sms.notConfigured') }));
      const again = await b.post('/login/code', { phone, next: '/' }, '/login/code');
      expect(again.statusCode).toBe(429);
      const seconds = Number(again.headers['retry-after']);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(30);
      const body = decode(again.body);
      expect(body).toContain(t('authCode.cooldown', { seconds }));
      expect(body).not.toContain(t('sms.notConfigured'));
      expect(body).not.toContain(t('authCode.wait', { seconds }));
    }
  });

  it('the sign-up number check: "Send a new code" during the cooldown says to wait, in en/hi/mr', async () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const b = new InjectBrowser(app);
      await b.get(`/register?lang=${lang}`);
      const made = await b.post(
        '/register',
        { role: 'seeker', name: 'Rahul Patil', phone: uniquePhone(), password: 'rahul-in-kalyan' },
        '/register',
      );
      expect(made.statusCode).toBe(303);
      const again = await b.post(
        '/register/confirm/resend',
        { next: '/jobs' },
        '/register/confirm?next=/jobs',
      );
      expect(again.statusCode).toBe(429);
      const seconds = Number(again.headers['retry-after']);
      const body = decode(again.body);
      expect(body).toContain(t('authCode.cooldown', { seconds }));
      // The lead says where codes go on this machine (the dev outbox); no "not sent" claim for the wait.
      expect(body).not.toContain(t('authCode.notSent', { reason: t('sms.notConfigured') }));
    }
  });
});

describe('no provider: pages never say "we sent" (issue #20)', () => {
  forEachEngine('truth where nothing was sent', ({ db }) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      // No DEV_OUTBOX and no providers: nothing can be sent at all.
      const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0' });
      app = await buildApp({ db: db(), config });
      await app.ready();
    });
    afterAll(() => app.close());

    // What the pages said before: "Open the link we sent", "This is not the code we sent".
    const SENT_LINK = {
      en: 'Open the link we sent',
      hi: 'हमारा भेजा लिंक खोलें',
      mr: 'आम्ही पाठवलेली लिंक उघडा',
    };
    const SENT_CODE = {
      en: 'not the code we sent',
      hi: 'यह वह कोड नहीं है जो हमने भेजा था',
      mr: 'आम्ही पाठवलेला हा कोड नाही',
    };

    it('the code sign-in page says up front that no code can be sent, not "we send a code", in en/hi/mr', async () => {
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        const page = decode((await new InjectBrowser(app).get(`/login/code?lang=${lang}`)).body);
        expect(page, lang).toContain(t('authCode.leadNoSms'));
        expect(page, lang).not.toContain(t('authCode.lead'));
      }
    });

    it('confirm-number, forgot-password and company-phone pages say no code can be sent, never "we send", in en/hi/mr', async () => {
      const seeker = new InjectBrowser(app);
      const made = await seeker.post(
        '/register',
        { role: 'seeker', name: 'Asha Jadhav', phone: uniquePhone(), password: 'asha-in-nashik' },
        '/register',
      );
      expect(made.statusCode).toBe(303);
      const employer = await employerWithCompany(app);
      const boss = new InjectBrowser(app, employer.auth);
      const saved = await boss.post(
        '/employer/verification',
        { contact_phone: uniquePhone() },
        '/employer/verification',
      );
      expect(saved.statusCode).toBe(303);
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        const confirm = decode((await seeker.get(`/register/confirm?next=/jobs&lang=${lang}`)).body);
        expect(confirm, lang).toContain(t('authConfirm.leadNoSms'));
        expect(confirm, lang).not.toContain(t('authConfirm.lead'));
        const forgot = decode((await new InjectBrowser(app).get(`/login/forgot?lang=${lang}`)).body);
        expect(forgot, lang).toContain(t('account.forgot.leadNoSms'));
        expect(forgot, lang).not.toContain(t('account.forgot.lead'));
        const verify = decode((await boss.get(`/employer/verification?lang=${lang}`)).body);
        expect(verify, lang).toContain(t('verification.phoneHintNoSms'));
        expect(verify, lang).not.toContain(t('verification.phoneHint'));
        for (const page of [confirm, forgot, verify]) expect(page, lang).not.toContain('/dev/outbox');
      }
    });

    it('the account page keeps a new email waiting without claiming a link went, in en/hi/mr', async () => {
      const seeker = await register(app, 'seeker');
      const b = new InjectBrowser(app, seeker.auth);
      const email = `walk${Date.now()}@example.in`;
      await b.post('/me/account/email', { email }, '/me/account');
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        const page = decode((await b.get(`/me/account?lang=${lang}`)).body);
        expect(page, lang).toContain(t('account.email.pendingNoEmail', { email }));
        expect(page, lang).not.toContain(SENT_LINK[lang]);
      }
    });

    it('a wrong company-phone code is "not right", never "not the code we sent", in en/hi/mr', async () => {
      const employer = await employerWithCompany(app);
      const b = new InjectBrowser(app, employer.auth);
      const saved = await b.post(
        '/employer/verification',
        { contact_phone: uniquePhone() },
        '/employer/verification',
      );
      expect(saved.statusCode).toBe(303);
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        await b.get(`/employer/verification?lang=${lang}`);
        const res = await b.post('/employer/verification/confirm', { code: '12' }, '/employer/verification');
        expect(res.statusCode).toBe(400);
        const body = decode(res.body);
        expect(body).toContain(t('verification.invalid.code'));
        expect(body, lang).not.toContain(SENT_CODE[lang]);
      }
      expect(translator('en')('verification.invalid.code')).toMatch(/not right/);
    });

    it('a company email waiting for its link says no link could be sent, and "send again" says not sent, in en/hi/mr', async () => {
      const employer = await employerWithCompany(app, { website: 'https://maitri-contact.in' });
      const b = new InjectBrowser(app, employer.auth);
      const saved = await b.post(
        '/employer/verification',
        { contact_email: 'hr@maitri-contact.in' },
        '/employer/verification',
      );
      expect(saved.statusCode).toBe(303);
      for (const lang of LANGUAGES) {
        const t = translator(lang);
        await b.get(`/employer/verification?lang=${lang}`);
        const page = decode((await b.get('/employer/verification')).body);
        expect(page, lang).toContain(t('verification.emailState.not_confirmed_noEmail'));
        expect(page, lang).not.toContain(t('verification.emailState.not_confirmed'));
        const again = await b.post('/employer/verification/email', {}, '/employer/verification');
        expect(again.statusCode).toBe(303);
        const after = decode((await b.get(again.headers.location as string)).body);
        expect(after, lang).toContain(t('verification.done.emailNotSent'));
        expect(after, lang).not.toContain(t('verification.done.email'));
      }
    });
  });
});

/** The keys whose English text marks a field "(optional…)", across every English catalogue file. */
function optionalKeys(): string[] {
  const dir = fileURLToPath(new URL('../shared/i18n/en/', import.meta.url));
  const keys: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      if (node.includes('(optional')) keys.push(path.join('.'));
    } else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), []);
  return keys;
}

forEachEngine('page words name what the user sees (issue #20)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('the empty Job alerts page names the fold the results page shows first, then its button, in en/hi/mr', async () => {
    const seeker = await register(app, 'seeker');
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const res = await app.inject({
        method: 'GET',
        url: `/me/saved-searches?lang=${lang}`,
        headers: { ...seeker.auth, accept: 'text/html' },
      });
      expect(res.statusCode).toBe(200);
      const empty =
        [...res.body.matchAll(/<p>([^<]*)<\/p>/g)]
          .map((m) => m[1] ?? '')
          .find((p) => decode(p).includes(t('alerts.save.submit'))) ?? '';
      const said = decode(empty);
      expect(said, lang).toContain(`“${t('alerts.save.title')}”`);
      expect(said, lang).toContain(`“${t('alerts.save.submit')}”`);
      expect(said.indexOf(t('alerts.save.title')), lang).toBeLessThan(said.indexOf(t('alerts.save.submit')));
    }
  });

  it('"optional" is written one way in Hindi and one way in Marathi, as on the register form', async () => {
    const optional = { hi: '(ज़रूरी नहीं', mr: '(ऐच्छिक' } as const;
    for (const lang of ['hi', 'mr'] as const) {
      const t = translator(lang);
      const page = await app.inject({
        method: 'GET',
        url: `/register?lang=${lang}`,
        headers: { accept: 'text/html' },
      });
      const labels = [...page.body.matchAll(/<label[^>]*>([^<]*\([^<]*\))/g)].map((m) =>
        decode(m[1] ?? '').trim(),
      );
      expect(labels.length, lang).toBeGreaterThan(1);
      for (const label of labels) expect(label, lang).toContain(optional[lang]);
      // Every "(optional…)" English label reads the same way in this language.
      const keys = optionalKeys();
      expect(keys).toContain('auth.passwordOptional');
      for (const key of keys) expect(t(key), `${lang} ${key}`).toContain(optional[lang]);
    }
  });
});
