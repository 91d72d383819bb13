import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { safeReturn } from './pages/apply-steps.ts';

/** The page text as a browser reads its attributes (ghtml escapes = and & in them). */
const decoded = (body: string) =>
  body.replaceAll('&#61;', '=').replaceAll('&#38;', '&').replaceAll('&amp;', '&').replaceAll('&#39;', "'");

/** A browser session signed in with an API token (the web reads the same session cookie). */
function signedIn(app: FastifyInstance, token: string): InjectBrowser {
  const b = new InjectBrowser(app);
  b.cookies.set('sid', token);
  return b;
}

// The seeker's journey from the results to an application and back, checked on the HTML (the
// browser walk at 360 x 740 is test/e2e/seeker-journeys.e2e.test.ts).
forEachEngine("the seeker's journey on the web", ({ db }) => {
  let app: FastifyInstance;
  let fresh: number;
  let old: number;
  let graduateOnly: number;
  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const checked = await employerWithCompany(app, { name: 'Vishwas Checked Services' });
    await db().query('UPDATE companies SET verified = true WHERE id = $1', [checked.companyId]);
    fresh = (await postJob(app, checked, { title: 'Quillon customer support executive' })).id;
    old = (await postJob(app, employer, { title: 'Quillon customer support associate' })).id;
    graduateOnly = (await postJob(app, employer, { title: 'Quillon KYC analyst', education_min: 'graduate' }))
      .id;
    await db().query(`UPDATE jobs SET posted_at = now() - interval '10 days' WHERE id = $1`, [old]);
  });
  afterAll(() => app.close());

  const cardIds = (body: string) =>
    [...body.matchAll(/<li class="card" id="job-(\d+)">/g)].map((m) => Number(m[1]));

  describe('filters', () => {
    it('"posted in the last 7 days" leaves out a job posted 10 days ago, on the page and in the API', async () => {
      const visitor = new InjectBrowser(app);
      const all = cardIds((await visitor.get('/jobs?q=quillon')).body);
      expect(all).toEqual(expect.arrayContaining([fresh, old]));
      const week = await visitor.get('/jobs?q=quillon&posted_within=7&open=1');
      expect(week.statusCode).toBe(200);
      expect(cardIds(week.body)).toContain(fresh);
      expect(cardIds(week.body)).not.toContain(old);
      expect(week.body).toContain('<option value="7" selected>In the last 7 days</option>');
      const api = await app.inject({ method: 'GET', url: '/api/v1/jobs?q=quillon&posted_within=7' });
      const items = api.json<{ items: { id: number }[]; total: number }>();
      expect(items.items.map((j) => j.id)).not.toContain(old);
      expect(items.total).toBe(items.items.length);
      const hi = await new InjectBrowser(app).get('/jobs?q=quillon&lang=hi');
      expect(hi.body).toContain('<option value="30">पिछले 30 दिनों में</option>');
    });

    it('"verified employers only" shows only jobs of employers whose documents were checked', async () => {
      const visitor = new InjectBrowser(app);
      const page = await visitor.get('/jobs?q=quillon&verified=true');
      expect(page.statusCode).toBe(200);
      expect(cardIds(page.body)).toEqual([fresh]);
      expect(page.body).toMatch(/<input type="checkbox" name="verified" value="true" checked>/);
      const api = await app.inject({ method: 'GET', url: '/api/v1/jobs?city=mumbai&verified=true' });
      expect(api.json<{ items: { id: number }[] }>().items.map((j) => j.id)).toEqual([fresh]);
    });
  });

  describe('applying', () => {
    it('Apply on a card comes back to that card, which now says "Applied" with the day, as does the job page', async () => {
      const seeker = await seekerWithProfile(app, { education: 'graduate' });
      const b = signedIn(app, seeker.token);
      const results = await b.get('/jobs?q=quillon');
      const back = `/jobs?q=quillon#job-${fresh}`;
      expect(decoded(results.body)).toContain(`<input type="hidden" name="next" value="${back}">`);
      const applied = await b.post(`/jobs/${fresh}/apply`, { next: back }, '/jobs?q=quillon');
      expect(applied.statusCode).toBe(303);
      expect(applied.headers.location).toBe(back);
      const again = await b.get('/jobs?q=quillon');
      const card = /<li class="card" id="job-\d+">[\s\S]*?<\/li>/g;
      const byId = new Map(
        [...again.body.matchAll(card)].map((m) => [Number(/job-(\d+)/.exec(m[0])?.[1]), m[0]]),
      );
      expect(byId.get(fresh)).toContain('>Applied</a>');
      expect(byId.get(fresh)).toContain('>today</time>');
      expect(byId.get(fresh)).not.toContain(`action="/jobs/${fresh}/apply"`);
      expect(byId.get(old)).toContain(`action="/jobs/${old}/apply"`);
      const job = await b.get(`/jobs/${fresh}?lang=mr`);
      expect(job.body).toContain('>अर्ज केला</a>');
      expect(job.body).not.toContain(`action="/jobs/${fresh}/apply"`);
    });

    it('a 12th-pass seeker is told before applying to a graduate-only job, and applies only after saying yes', async () => {
      const seeker = await seekerWithProfile(app, { education: '12th' });
      const b = signedIn(app, seeker.token);
      const job = await b.get(`/jobs/${graduateOnly}`);
      expect(job.body).toContain('This job asks for Graduate; your profile says 12th pass.');
      const hi = await b.get(`/jobs/${graduateOnly}?lang=hi`);
      expect(hi.body).toMatch(/इस नौकरी के लिए [^;]+ चाहिए/);
      const ask = await b.post(`/jobs/${graduateOnly}/apply`, {}, `/jobs/${graduateOnly}`);
      expect(ask.statusCode).toBe(200);
      expect(ask.body).toContain('name="education_ok" value="1"');
      const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
      expect(mine.json<{ items: unknown[] }>().items).toEqual([]);
      const yes = await b.post(`/jobs/${graduateOnly}/apply`, { education_ok: '1' }, `/jobs/${graduateOnly}`);
      expect(yes.statusCode).toBe(303);
      const after = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
      expect(after.json<{ items: { job: { id: number } }[] }>().items.map((a) => a.job.id)).toEqual([
        graduateOnly,
      ]);
      // A job within the seeker's education is applied to at once, with no question.
      const plain = await b.post(`/jobs/${fresh}/apply`, {}, `/jobs/${fresh}`);
      expect(plain.statusCode).toBe(303);
    });

    it('a return address off this site or outside /jobs is ignored', () => {
      expect(safeReturn('/jobs?q=a#job-1')).toBe('/jobs?q=a#job-1');
      expect(safeReturn('/jobs/12')).toBe('/jobs/12');
      expect(safeReturn('//evil.example/jobs')).toBeUndefined();
      expect(safeReturn('/jobs//evil.example')).toBeUndefined();
      expect(safeReturn('https://evil.example/jobs')).toBeUndefined();
      expect(safeReturn('/me/data')).toBeUndefined();
      expect(safeReturn('/jobs\\@evil')).toBeUndefined();
    });
  });

  describe('withdrawing', () => {
    it('Withdraw asks first, then offers Undo, which puts the application back as it was', async () => {
      const seeker = await seekerWithProfile(app, { education: 'graduate' });
      const b = signedIn(app, seeker.token);
      await b.post(`/jobs/${old}/apply`, {}, `/jobs/${old}`);
      const list = await b.get('/me/applications');
      const id = Number(/id="application-(\d+)"/.exec(list.body)?.[1]);
      // No one-tap form: a link to a confirmation page.
      expect(list.body).not.toContain(`action="/me/applications/${id}/withdraw"`);
      expect(list.body).toContain(`href="/me/applications/${id}/withdraw"`);
      const ask = await b.get(`/me/applications/${id}/withdraw?lang=hi`);
      expect(ask.statusCode).toBe(200);
      expect(ask.body).toContain('अपना आवेदन वापस लें?');
      expect(ask.body).toContain(`action="/me/applications/${id}/withdraw"`);
      const done = await b.post(`/me/applications/${id}/withdraw`, {}, `/me/applications/${id}/withdraw`);
      expect(done.headers.location).toBe(`/me/applications?done=withdrawn&undo=${id}#application-${id}`);
      const flash = await b.get(`/me/applications?done=withdrawn&undo=${id}`);
      expect(flash.body).toContain(`action="/me/applications/${id}/restore"`);
      const undo = await b.post(
        `/me/applications/${id}/restore`,
        {},
        `/me/applications?done=withdrawn&undo=${id}`,
      );
      expect(undo.headers.location).toBe(`/me/applications?done=restored&id=${id}#application-${id}`);
      const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
      const [application] = mine.json<{ items: { stage: string; history: { to: string }[] }[] }>().items;
      expect(application?.stage).toBe('applied');
      expect(application?.history.map((h) => h.to)).toEqual(['applied', 'withdrawn', 'applied']);
    });

    it("another seeker cannot see the confirmation for, or undo, someone else's withdrawal", async () => {
      const owner = await seekerWithProfile(app);
      const ob = signedIn(app, owner.token);
      await ob.post(`/jobs/${old}/apply`, {}, `/jobs/${old}`);
      const id = Number(/id="application-(\d+)"/.exec((await ob.get('/me/applications')).body)?.[1]);
      await ob.post(`/me/applications/${id}/withdraw`, {}, `/me/applications/${id}/withdraw`);
      const other = signedIn(app, (await register(app, 'seeker')).token);
      expect((await other.get(`/me/applications/${id}/withdraw`)).statusCode).toBe(404);
      expect((await other.post(`/me/applications/${id}/restore`, {}, '/me/applications')).statusCode).toBe(
        404,
      );
    });
  });

  describe('nothing found', () => {
    it('offers each filter as a one-tap removal, nearby localities and an alert, in the page language', async () => {
      const visitor = new InjectBrowser(app);
      const page = decoded(
        (await visitor.get('/jobs?q=quillon&city=mumbai&locality=powai&shift=night')).body,
      );
      expect(page).toContain(
        '<a class="chip-link" href="/jobs?q=quillon&city=mumbai&locality=powai">Without “Shift: Night shift”</a>',
      );
      // Dropping the city drops its locality too.
      expect(page).toContain(
        '<a class="chip-link" href="/jobs?q=quillon&shift=night">Without “City: Mumbai”</a>',
      );
      expect(page).toMatch(
        /Localities near Powai<\/h2><ul class="chip-links"><li><a class="chip-link" href="\/jobs\?q=quillon&city=mumbai&locality=[a-z-]+">/,
      );
      expect(page).toContain('Hear when one is posted');
      expect(page).toContain('href="/login?next=');
      const mr = await new InjectBrowser(app).get(
        '/jobs?q=quillon&city=mumbai&locality=powai&shift=night&lang=mr',
      );
      expect(mr.body).toContain('एक फिल्टर काढा');
      expect(mr.body).toContain('पवई जवळचे भाग');
    });
  });

  describe('the header on a phone', () => {
    it("a signed-in user's links fold under one Menu, for every role; a visitor's stay in the row", async () => {
      const seeker = signedIn(app, (await register(app, 'seeker')).token);
      const employer = signedIn(app, (await register(app, 'employer')).token);
      const nav = (body: string) =>
        /<nav aria-label="[^"]+">([\s\S]*?)<\/nav>\s*<\/header>/.exec(body)?.[1] ?? '';
      const seekerNav = nav((await seeker.get('/jobs')).body);
      expect(seekerNav).toMatch(
        /<details class="menu"><summary>Menu<\/summary><div class="menu-list">[\s\S]*href="\/me\/applications"[\s\S]*action="\/logout"/,
      );
      const employerNav = nav((await employer.get('/jobs?lang=hi')).body);
      expect(employerNav).toMatch(/<summary>मेन्यू<\/summary>[\s\S]*href="\/employer\/jobs\/new"/);
      const visitorNav = nav((await new InjectBrowser(app).get('/jobs')).body);
      expect(visitorNav).not.toContain('<details');
      expect(visitorNav).toContain('href="/login"');
    });
  });
});

forEachEngine("the seeker's profile and registration on the web", ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  // The password is optional at sign-up (a code by SMS signs in), but one given must be long enough.
  it('registration flags every wrong field at once, the empty phone too, keeping what was typed', async () => {
    const b = new InjectBrowser(app);
    const res = await b.post(
      '/register?lang=hi',
      { role: 'seeker', name: 'Ravi', phone: '', password: '123' },
      '/register?lang=hi',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="phone-error"');
    expect(res.body).toContain('id="password-error"');
    expect(res.body).toContain('value="Ravi"');
  });

  it('all profile errors come at once, each named as the form labels it, in the page language, with the typed input kept', async () => {
    const seeker = await seekerWithProfile(app);
    const b = signedIn(app, seeker.token);
    const res = await b.post(
      '/me/profile?lang=hi',
      {
        city: 'thane',
        localities: ['thane/wagle-estate'],
        experience_years: '-1',
        salary_min: '20000',
        salary_max: '15000',
      },
      '/me/profile?lang=hi',
    );
    expect(res.statusCode).toBe(400);
    const summary = /<div class="errors" role="alert">([\s\S]*?)<\/div>/.exec(res.body)?.[1] ?? '';
    expect(summary).not.toMatch(/>(experience_years|salary_min)|must be/);
    expect(summary).toContain('>अनुभव');
    expect(summary).toContain('href="#experience_years"');
    expect(summary).toContain('href="#salary_min"');
    expect(res.body).toMatch(/id="experience_years" name="experience_years" type="number" value="-1"/);
  });

  it('the profile is short sections, each saved on its own; the others stay as they were', async () => {
    const seeker = await seekerWithProfile(app, { skills: ['ms-excel', 'typing'] });
    const b = signedIn(app, seeker.token);
    const page = await b.get('/me/profile');
    expect(page.body.match(/<details class="profile-section" id="section-/g)?.length).toBe(5);
    // Chips and summaries show names, never slugs.
    expect(page.body).toContain('MS Excel');
    expect(page.body).not.toMatch(/>\s*ms-excel\s*</);
    const moved = await b.post(
      '/me/profile',
      { section: 'place', city: 'pune', localities: ['thane/wagle-estate'], travel_km: '12' },
      '/me/profile',
    );
    expect(moved.statusCode).toBe(303);
    expect(moved.headers.location).toBe('/me/profile?done=saved&section=place#section-place');
    const api = await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: seeker.auth });
    const profile = api.json<{
      city: string;
      localities: string[];
      travel_km: number;
      skills: string[];
      education: string;
    }>();
    expect(profile.city).toBe('pune');
    expect(profile.localities).toEqual([]);
    expect(profile.travel_km).toBe(12);
    expect(profile.skills).toEqual(expect.arrayContaining(['ms-excel', 'typing']));
    expect(profile.education).toBe('12th');
  });

  it("the locality picker lists the chosen city's localities as checkboxes with a search box, not every locality", async () => {
    const seeker = await seekerWithProfile(app);
    const page = (await signedIn(app, seeker.token).get('/me/profile?lang=mr')).body;
    expect(page).not.toContain('multiple');
    expect(page).not.toMatch(/Ctrl/);
    expect(page).toContain('<input type="checkbox" name="localities" value="thane/wagle-estate" checked>');
    expect(page).not.toContain('value="pune/');
    expect(page).toContain('data-filter-list="locality-list"');
  });

  it('the seeker can change their name', async () => {
    const seeker = await seekerWithProfile(app);
    const b = signedIn(app, seeker.token);
    const blank = await b.post('/me/name', { name: ' ' }, '/me/profile');
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('id="name-error"');
    const done = await b.post('/me/name', { name: 'Priya Patil-Shinde' }, '/me/profile');
    expect(done.statusCode).toBe(303);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: seeker.auth });
    expect(me.json<{ name: string }>().name).toBe('Priya Patil-Shinde');
    expect((await b.get('/me/profile?done=name&section=name')).body).toContain('value="Priya Patil-Shinde"');
  });
});

forEachEngine('words on hi / mr pages', ({ db }) => {
  let app: FastifyInstance;
  let jobId: number;
  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    jobId = (
      await postJob(app, employer, {
        title: 'Wagle back office executive',
        category: 'back_office',
        role: 'back-office-executive',
        city: 'thane',
        locality: 'wagle-estate',
        skills: ['ms-excel', 'typing'],
        languages: ['marathi', 'hindi'],
        salary_min: 15000,
        salary_max: 22000,
      })
    ).id;
  });
  afterAll(() => app.close());

  it('"How we read your search" names places and kinds of job in the page language', async () => {
    const hi = (await new InjectBrowser(app).get('/jobs?q=customer+service+andheri&lang=hi')).body;
    const read = /<details class="understood">([\s\S]*?)<\/details>/.exec(hi)?.[1] ?? '';
    expect(read).toContain('अंधेरी पूर्व');
    expect(read).toContain('मुंबई');
    expect(read).toContain('कस्टमर सर्विस की नौकरियाँ');
    expect(read).not.toMatch(/Andheri|Mumbai|customer service jobs/);
  });

  it('an error page reads in the page language, not the server English', async () => {
    const res = await new InjectBrowser(app).get('/jobs/99999999?lang=mr');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<h1>पेज सापडले नाही</h1>');
    expect(res.body).not.toContain('Not Found');
  });

  it('yearly pay reads "lakh a year", never "LPA a year"', async () => {
    const en = (await new InjectBrowser(app).get(`/jobs/${jobId}`)).body;
    expect(en).toContain('₹1.8–2.6 lakh a year');
    expect(en).not.toContain('LPA a year');
    expect((await new InjectBrowser(app).get(`/jobs/${jobId}?lang=hi`)).body).toContain(
      '₹1.8–2.6 लाख सालाना',
    );
  });

  it("recommendations and saved jobs name localities, roles, skills and languages in the seeker's language", async () => {
    const seeker = await seekerWithProfile(app, {
      roles: ['back-office-executive'],
      skills: ['ms-excel', 'typing'],
    });
    const b = signedIn(app, seeker.token);
    const recs = (await b.get('/me/recommendations?lang=mr')).body;
    const card = /<li class="card">[\s\S]*?<\/li>\s*(?=<li class="card">|<\/ol>)/.exec(recs)?.[0] ?? '';
    expect(card).toContain('वागळे इस्टेट, ठाणे');
    // Job text (the title) is the employer's own; the reasons and places are ours to translate.
    const reasons = /<ul class="tags reasons">([\s\S]*?)<\/ul>/.exec(card)?.[1] ?? '';
    expect(reasons).toContain('बॅक ऑफिस एक्झिक्युटिव्ह');
    expect(reasons).not.toMatch(/Wagle Estate|Thane|Back office executive|Marathi|Hindi|typing/);
    await b.post(`/jobs/${jobId}/save`, {}, `/jobs/${jobId}`);
    const saved = (await b.get('/me/saved-jobs?lang=hi')).body;
    expect(saved).toContain('वागले एस्टेट, ठाणे');
  });
});
