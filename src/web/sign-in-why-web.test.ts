// Findings of a fresh walk on main (issue #20): every invalid field of /register says so in one
// round (the emptied password too); a visitor's Save / Call / Apply sign-in says why and what comes
// after, and Save completes and lands back on the card; the job page has Save for visitors and
// seekers; employer-written text on hi/mr pages carries its language and one "in the employer's
// words" label.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { withFakeSms } from '../../test/support/providers-app.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { translator } from '../shared/i18n/index.ts';
import { employerText } from './format.ts';

const LANGS = ['en', 'hi', 'mr'] as const;
const TITLE = 'Customer support executive';

const decoded = (body: string) =>
  body
    .replaceAll('&#61;', '=')
    .replaceAll('&#38;', '&')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&#34;', '"')
    .replaceAll('&quot;', '"');

forEachEngine('sign-in says why, Save comes back, register errors, employer words', ({ db }) => {
  let app: FastifyInstance;
  let jobId: number;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db(), { DEV_OUTBOX: '1' });
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, {
      title: TITLE,
      city: 'mumbai',
      locality: 'andheri-east',
      description: 'Answer calls about orders and refunds.\n\nTraining given; day shift.',
      interview: { address: '2nd floor, Trade Centre, Andheri East', timings: '10 am to 1 pm' },
    });
    jobId = job.id;
  });
  afterAll(() => app.close());

  async function visitor(lang: string): Promise<InjectBrowser> {
    const b = new InjectBrowser(app);
    await b.get(`/?lang=${lang}`);
    return b;
  }

  /** A seeker account made on the API with a known number and password. */
  async function seekerAccount(): Promise<{ phone: string; password: string }> {
    const phone = uniquePhone();
    const password = 'correct horse battery';
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Priya Patil', phone, password },
    });
    expect(res.statusCode).toBe(201);
    return { phone, password };
  }

  describe('/register tells every invalid field in one round', () => {
    for (const lang of LANGS)
      it(`${lang}: name, mobile, email and the too-short password, each beside its box`, async () => {
        const t = translator(lang);
        const b = await visitor(lang);
        const res = await b.post(
          '/register',
          { role: 'seeker', name: '', phone: '12345', email: 'abc@', password: '123' },
          '/register',
        );
        expect(res.statusCode).toBe(400);
        const body = decoded(res.body);
        for (const box of ['name', 'phone', 'email', 'password'])
          expect(body, box).toContain(`id="${box}-error"`);
        const pw = /id="password-error"[^>]*>([^<]*)</.exec(body)?.[1] ?? '';
        expect(pw).toBe(t('web.form.passwordShortRetype', { min: 8 }));
        expect(pw).toContain('8');
        // Typed input kept (not the password).
        expect(body).toContain('value="12345"');
        expect(body).toContain('value="abc@"');
        expect(body).not.toContain('value="123"');
      });
  });

  describe('a visitor tapping Save, Call or Apply is told why they sign in', () => {
    for (const lang of LANGS)
      it(`${lang}: the sign-in, code and register pages name the job and what comes after`, async () => {
        const t = translator(lang);
        const b = await visitor(lang);
        const results = decoded((await b.get('/jobs?q=customer+support')).body);
        const save = new RegExp(`href="(/login\\?next=[^"]*%2Fjobs%2F${jobId}%2Fsave[^"]*)"`).exec(
          results,
        )?.[1];
        expect(save, 'the card has a visitor Save').toBeTruthy();
        for (const [step, href] of [
          ['save', save!],
          ['call', `/login?next=${encodeURIComponent(`/jobs/${jobId}/call`)}`],
          ['apply', `/login?next=${encodeURIComponent(`/jobs/${jobId}/apply`)}`],
        ] as const) {
          const login = decoded((await b.get(href)).body);
          const [before, after] = t(`seekerSteps.why.${step}`, { job: '\u0000' }).split('\u0000');
          expect(login, step).toContain(before);
          expect(login, step).toContain(after);
          expect(login, step).toMatch(new RegExp(`${TITLE}</span>, [^<]+${after?.slice(0, 6)}`));
          // The register link keeps the step, and the register and code pages say the same.
          const register = /href="(\/register\?next=[^"]+)"/.exec(login)?.[1];
          expect(register, step).toBeTruthy();
          expect(decoded((await b.get(register!)).body), step).toContain(before);
          const code = /href="(\/login\/code\?next=[^"]+)"/.exec(login)?.[1];
          expect(decoded((await b.get(code!)).body), step).toContain(before);
        }
        // A plain sign-in says nothing of a job.
        expect(decoded((await b.get('/login')).body)).not.toContain('class="notice why"');
      });

    it('en: Save → sign in with a password → the job is saved, back on the card', async () => {
      const { phone, password } = await seekerAccount();
      const b = await visitor('en');
      const results = decoded((await b.get('/jobs?q=customer+support')).body);
      const save = new RegExp(`href="(/login\\?next=[^"]*%2Fjobs%2F${jobId}%2Fsave[^"]*)"`).exec(
        results,
      )?.[1];
      const next = decodeURIComponent(/next=([^"&]+)/.exec(save!)?.[1] ?? '');
      expect(next).toMatch(new RegExp(`^/jobs/${jobId}/save\\?back=`));
      const signedIn = await b.post('/login', { login: phone, password, next }, save!);
      expect(signedIn.statusCode).toBe(303);
      expect(signedIn.headers.location).toBe(next);
      const saved = await b.get(String(signedIn.headers.location));
      expect(saved.statusCode).toBe(303);
      const back = String(saved.headers.location);
      expect(back).toMatch(new RegExp(`^/jobs\\?.*#job-${jobId}$`));
      const card = decoded((await b.get(back.replace(/#.*/, ''))).body);
      const mine = card.slice(card.indexOf(`id="job-${jobId}"`));
      expect(mine.slice(0, mine.indexOf('</li>'))).toContain('action="/jobs/' + jobId + '/unsave"');
      expect(decoded((await b.get('/me/saved-jobs')).body)).toContain(TITLE);
    });

    it('en: Save → a new account → the job is saved once the number is confirmed', async () => {
      const b = await visitor('en');
      const next = `/jobs/${jobId}/save?back=${encodeURIComponent(`/jobs#job-${jobId}`)}`;
      const phone = uniquePhone();
      const made = await b.post(
        '/register',
        { role: 'seeker', name: 'Asha More', phone, password: 'correct horse battery', next },
        `/register?next=${encodeURIComponent(next)}`,
      );
      expect(made.statusCode).toBe(303);
      const confirm = String(made.headers.location);
      expect(decodeURIComponent(confirm)).toContain(next);
      // "Later" on the confirm page goes on to the step too.
      const later = decoded((await b.get(confirm)).body);
      expect(later).toContain(`href="${next}"`);
      const saved = await b.get(next);
      expect(saved.headers.location).toBe(`/jobs#job-${jobId}`);
      expect(decoded((await b.get('/me/saved-jobs')).body)).toContain(TITLE);
    });
  });

  describe('the job page has Save', () => {
    it('a visitor: Save signs in and comes back to the job page, saved', async () => {
      const b = await visitor('en');
      const page = decoded((await b.get(`/jobs/${jobId}`)).body);
      const save = /<a class="button secondary" href="(\/login\?next=[^"]+)"[^>]*>Save</.exec(page)?.[1];
      expect(save, 'visitor Save on the job page').toBeTruthy();
      const next = decodeURIComponent(/next=([^"&]+)/.exec(save!)?.[1] ?? '');
      expect(next).toBe(`/jobs/${jobId}/save`);
      const { phone, password } = await seekerAccount();
      const signedIn = await b.post('/login', { login: phone, password, next }, save!);
      const saved = await b.get(String(signedIn.headers.location));
      expect(saved.headers.location).toBe(`/jobs/${jobId}?saved=1#save`);
      const after = decoded((await b.get(`/jobs/${jobId}?saved=1`)).body);
      expect(after).toMatch(
        /Saved<\/span> · <form method="post" action="\/jobs\/\d+\/unsave"[^>]*>.*?>Undo</,
      );
    });

    it('a seeker: Save near the job\'s actions, then "Saved · Remove" on a later visit', async () => {
      const { phone, password } = await seekerAccount();
      const b = await visitor('en');
      await b.post('/login', { login: phone, password, next: '/' }, '/login');
      const page = decoded((await b.get(`/jobs/${jobId}`)).body);
      const at = page.indexOf(`action="/jobs/${jobId}/save"`);
      expect(at).toBeGreaterThan(0);
      // Before the facts and the description, where a phone shows it without scrolling far.
      expect(at).toBeLessThan(page.indexOf('class="facts"'));
      const res = await b.post(`/jobs/${jobId}/save`, {}, `/jobs/${jobId}`);
      expect(res.headers.location).toBe(`/jobs/${jobId}?saved=1#save`);
      const later = decoded((await b.get(`/jobs/${jobId}`)).body);
      expect(later).toMatch(
        /Saved<\/span> · <form method="post" action="\/jobs\/\d+\/unsave"[^>]*>.*?>Remove</,
      );
      expect(later).toContain(' · <a href="/me/saved-jobs">');
    });
  });

  describe('employer-written text carries its language on hi/mr pages', () => {
    for (const lang of LANGS)
      it(`${lang}: lang="en" on the employer's words, and the label once on hi/mr`, async () => {
        const t = translator(lang);
        const b = await visitor(lang);
        const page = decoded((await b.get(`/jobs/${jobId}`)).body);
        const label = t('job.employerWords');
        if (lang === 'en') {
          expect(page).not.toContain('class="muted employer-words"');
          expect(page).not.toContain('<div class="description" lang="en">');
          return;
        }
        expect(page.split(label).length - 1).toBe(1);
        expect(page.indexOf(label)).toBeLessThan(page.indexOf('class="description"'));
        expect(page).toMatch(/<div class="description" lang="en">/);
        expect(page).toMatch(/<dd lang="en">2nd floor, Trade Centre, Andheri East<\/dd>/);
        expect(page).toMatch(/<dd lang="en">10 am to 1 pm<\/dd>/);
        expect(page).toMatch(new RegExp(`<h1 lang="en">${TITLE}</h1>`));
      });
  });
});

describe('employer-written text inline (interview places and notes)', () => {
  const ctx = (lang: 'en' | 'hi' | 'mr') => ({ lang }) as unknown as Parameters<typeof employerText>[0];
  it('is marked lang="en" on hi/mr pages when Latin-script, escaped, and left bare otherwise', () => {
    expect(employerText(ctx('hi'), 'Gate 2 <ask for Ravi>')).toBe(
      '<span lang="en">Gate 2 &#60;ask for Ravi&#62;</span>',
    );
    expect(employerText(ctx('mr'), 'गेट 2 जवळ')).toBe('गेट 2 जवळ');
    expect(employerText(ctx('en'), 'Gate 2')).toBe('Gate 2');
  });
});

forEachEngine('Save through a code sign-in', ({ db }) => {
  let app: FastifyInstance;
  const sms = withFakeSms(db, (built) => {
    app = built;
  });

  it('en: Save → "with a code" keeps the step → signed in, the job saved, back on the card', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: TITLE, locality: 'andheri-east' });
    const phone = uniquePhone();
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Priya Patil', phone, password: 'correct horse battery' },
    });
    expect(reg.statusCode).toBe(201);
    const b = new InjectBrowser(app);
    const next = `/jobs/${job.id}/save?back=${encodeURIComponent(`/jobs#job-${job.id}`)}`;
    const login = decoded((await b.get(`/login?next=${encodeURIComponent(next)}`)).body);
    const codeHref = /href="(\/login\/code\?next=[^"]+)"/.exec(login)?.[1] ?? '';
    const codePage = decoded((await b.get(codeHref)).body);
    expect(codePage).toContain('Sign in to save this job: ');
    // Its "with a password" link goes on to the same step.
    expect(codePage).toContain(`href="/login?next=${encodeURIComponent(next)}"`);
    await b.post('/login/code', { phone, next }, codeHref);
    const verified = await b.post('/login/code/verify', { phone, code: sms.codeFor(phone), next }, codeHref);
    expect(verified.statusCode).toBe(303);
    expect(verified.headers.location).toBe(next);
    const saved = await b.get(next);
    expect(saved.headers.location).toBe(`/jobs#job-${job.id}`);
    expect(decoded((await b.get('/me/saved-jobs')).body)).toContain(TITLE);
  });
});
