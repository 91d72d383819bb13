// Findings of a phone walk (360x740, en/hi/mr; issue #20) on forms and words: every error of the
// job form in one round, walk-in days in the past refused, the localities limit said as localities,
// Enter in the profile's km box saves, a password required when no code can be sent, short links at
// least 44 px wide, and the words "मिलान", "रिक्त पदे" and the Marathi date-posted phrase.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob, problemOf, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { relativeDay, translator } from '../shared/i18n/index.ts';

/** A day in India's calendar `offset` days from today, as YYYY-MM-DD. */
const istDay = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

const decoded = (body: string) =>
  body.replaceAll('&#61;', '=').replaceAll('&#38;', '&').replaceAll('&amp;', '&').replaceAll('&#39;', "'");

forEachEngine('walk findings fixa', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  /** An employer signed in on the web with a company, and the same person on the API. */
  async function employerBrowser(lang = 'en'): Promise<{ b: InjectBrowser; api: Actor }> {
    const api = await employerWithCompany(app);
    const b = new InjectBrowser(app);
    b.cookies.set('sid', api.token);
    await b.get(`/?lang=${lang}`);
    return { b, api };
  }

  const goodForm = () => ({
    title: 'Walk-in: customer support executive, Vashi',
    role: 'customer-service-representative',
    industry: 'e-commerce',
    place: 'navi-mumbai/vashi',
    work_mode: 'onsite',
    shift: 'day',
    education_min: '12th',
    salary_min: '15000',
    salary_max: '19000',
    experience_min: '0',
    openings: '10',
    description: 'Answer calls about orders and refunds for an online grocer; training given; day shift.',
    interview_address: '3rd floor, Palm Beach Galleria, Sector 19D, Vashi',
    walk_in_from: istDay(5),
    walk_in_to: istDay(8),
    status: 'published',
  });

  describe('the job form tells every error in one round', () => {
    it('on the web: role, place and description with the salary order and the walk-in order', async () => {
      const { b } = await employerBrowser();
      const { role: _r, place: _p, description: _d, ...rest } = goodForm();
      const res = await b.post(
        '/employer/jobs/new',
        { ...rest, salary_min: '20000', salary_max: '15000', walk_in_from: istDay(8), walk_in_to: istDay(5) },
        '/employer/jobs/new',
      );
      expect(res.statusCode).toBe(400);
      const body = decoded(res.body);
      for (const box of ['role', 'place', 'description', 'salary_min', 'walk_in_to'])
        expect(body, box).toContain(`id="${box}-error"`);
      expect(body).toContain('the minimum must not be above the maximum');
    });

    it('on the API: the schema errors and the business checks in one problem', async () => {
      const employer = await employerWithCompany(app);
      const { description: _d, ...payload } = jobBody({
        salary_min: 20000,
        salary_max: 15000,
        interview: { address: 'Vashi', walk_in_from: istDay(8), walk_in_to: istDay(5) },
      });
      const res = await app.inject({ method: 'POST', url: '/api/v1/jobs', headers: employer.auth, payload });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const fields = (problemOf(res).errors ?? []).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['description', 'salary_min', 'interview.walk_in_to']));
    });
  });

  describe('walk-in days in the past are refused', () => {
    const said = {
      en: 'that day has passed',
      hi: 'यह दिन बीत चुका है',
      mr: 'हा दिवस होऊन गेला आहे',
    };
    for (const [lang, text] of Object.entries(said))
      it(`on the web post and edit, with a field error in ${lang}`, async () => {
        const { b, api } = await employerBrowser(lang);
        const res = await b.post(
          '/employer/jobs/new',
          { ...goodForm(), walk_in_from: istDay(-2) },
          '/employer/jobs/new',
        );
        expect(res.statusCode).toBe(400);
        const body = decoded(res.body);
        expect(body).toContain('id="walk_in_from-error"');
        expect(body).toContain(text);
        const job = await postJob(app, api);
        const edit = await b.post(
          `/employer/jobs/${job.id}/edit`,
          { ...goodForm(), walk_in_from: istDay(-1), walk_in_to: istDay(-1) },
          `/employer/jobs/${job.id}/edit`,
        );
        expect(edit.statusCode).toBe(400);
        expect(decoded(edit.body)).toContain('id="walk_in_to-error"');
      });

    it('on the API (post and edit) as a 400 naming the field; today is fine', async () => {
      const employer = await employerWithCompany(app);
      const past = await app.inject({
        method: 'POST',
        url: '/api/v1/jobs',
        headers: employer.auth,
        payload: jobBody({ interview: { address: 'Vashi', walk_in_from: istDay(-3) } }),
      });
      expect(past.statusCode).toBe(400);
      expect(problemOf(past).errors?.map((e) => e.field)).toContain('interview.walk_in_from');
      const job = await postJob(app, employer, { interview: { address: 'Vashi', walk_in_from: istDay(0) } });
      const patch = await app.inject({
        method: 'PATCH',
        url: `/api/v1/jobs/${job.id}`,
        headers: employer.auth,
        payload: { interview: { address: 'Vashi', walk_in_from: istDay(0), walk_in_to: istDay(-1) } },
      });
      expect(patch.statusCode).toBe(400);
      expect(problemOf(patch).errors?.map((e) => e.field)).toContain('interview.walk_in_to');
    });
  });

  describe('the profile', () => {
    async function seekerBrowser(lang: string) {
      const seeker = await seekerWithProfile(app);
      const b = new InjectBrowser(app);
      b.cookies.set('sid', seeker.token);
      await b.get(`/?lang=${lang}`);
      return b;
    }

    it('six localities ticked: "at most 5 localities" in the page language, not a length in characters', async () => {
      const tax = await app.services.taxonomy.get();
      const thane = tax.cities.find((c) => c.slug === 'thane')!;
      const six = thane.localities.slice(0, 6).map((l) => `thane/${l.slug}`);
      expect(six).toHaveLength(6);
      for (const [lang, text] of [
        ['en', 'Tick at most 5 localities'],
        ['mr', 'जास्तीत जास्त 5 भाग निवडा'],
        ['hi', 'ज़्यादा से ज़्यादा 5 इलाके चुनें'],
      ] as const) {
        const b = await seekerBrowser(lang);
        const res = await b.post(
          '/me/profile',
          { section: 'place', city: 'thane', localities: six, travel_km: '15' },
          '/me/profile',
        );
        expect(res.statusCode).toBe(400);
        const body = decoded(res.body);
        expect(body).toContain(text);
        expect(body).not.toMatch(/characters|अक्षर/);
      }
    });

    it('Enter in the km box saves: the first submit button of the place form is Save', async () => {
      const b = await seekerBrowser('en');
      const page = decoded((await b.get('/me/profile')).body);
      const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*?name="section" value="place"[\s\S]*?<\/form>/.exec(
        page,
      )?.[0];
      expect(form).toBeTruthy();
      const first = /<button\b[^>]*type="submit"[^>]*>([^<]*)<\/button>/.exec(form!);
      expect(first?.[0]).not.toContain('name="step"');
      expect(first?.[1]).toBe(translator('en')('journeys.profile.saveSection'));
      // The no-JS step still comes back with the city's localities, saving nothing.
      const step = await b.post(
        '/me/profile',
        { section: 'place', city: 'pune', travel_km: '15', step: 'localities' },
        '/me/profile',
      );
      expect(step.statusCode).toBe(200);
      expect(step.body).toContain('value="pune/');
    });
  });

  it('/register without an SMS provider: the password is required, said so, and a blank one refused', async () => {
    const b = new InjectBrowser(app);
    for (const [lang, text] of [
      ['en', 'cannot send sign-in codes by SMS yet'],
      ['hi', 'SMS से साइन-इन कोड नहीं भेज सकती'],
      ['mr', 'SMS ने साइन-इन कोड पाठवू शकत नाही'],
    ] as const) {
      await b.get(`/?lang=${lang}`);
      const form = decoded((await b.get('/register')).body);
      expect(form).not.toContain(translator(lang)('auth.passwordOptional'));
      expect(form).toMatch(/<input id="password" name="password" type="password" value="" required/);
      const res = await b.post(
        '/register',
        { role: 'seeker', name: 'Rekha Jadhav', phone: uniquePhone(), password: '' },
        '/register',
      );
      expect(res.statusCode).toBe(400);
      expect(decoded(res.body)).toContain(text);
      expect(res.headers['set-cookie'] ?? '').not.toContain('sid=');
    }
  });

  it('footer language and API links and the filters "Clear" are at least 44 px wide', async () => {
    const page = (
      await app.inject({ method: 'GET', url: '/jobs?q=telecaller', headers: { accept: 'text/html' } })
    ).body;
    const css = page.slice(page.indexOf('/* fixa */'));
    expect(css.length).toBeGreaterThan(10);
    const rule = /([^{}]+)\{([^}]*min-width: 44px[^}]*)\}/.exec(css);
    expect(rule?.[1]).toContain('footer a');
    expect(rule?.[1]).toContain('.filters .clear a');
    expect(page).toContain('<p class="clear"><a href="/jobs">');
  });

  it('words: "मिलान" for match (hi), "रिक्त पदे" for openings (mr), "मागील आठवड्यात टाकली" (mr)', async () => {
    expect(translator('hi')('hiring.match', { score: 53 })).toBe('मिलान 53/100');
    expect(translator('hi')('candidates.match', { score: 53 })).toBe('मिलान 53%');
    const { b } = await employerBrowser('mr');
    const form = decoded((await b.get('/employer/jobs/new')).body);
    expect(form).toMatch(/<label for="openings">रिक्त पदे/);
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    const when = relativeDay(eightDaysAgo, 'mr');
    expect(when).toBe('मागील आठवड्यात');
    expect(translator('mr')('job.postedAgo', { when })).toBe('मागील आठवड्यात टाकली');
    expect(relativeDay(new Date(Date.now() - 40 * 86_400_000), 'mr')).toBe('मागील महिन्यात');
  });
});

function jobBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Customer Support Executive (Hindi/English)',
    description:
      'Answer inbound customer calls about orders and refunds. Freshers welcome; training provided.',
    category: 'customer_service',
    role: 'customer-service-representative',
    industry: 'e-commerce',
    city: 'mumbai',
    locality: 'powai',
    work_mode: 'onsite',
    shift: 'day',
    salary_min: 15000,
    salary_max: 22000,
    education_min: '12th',
    status: 'published',
    ...overrides,
  };
}
