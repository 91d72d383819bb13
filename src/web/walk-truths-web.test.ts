// What a fresh-eyes walk of the pages found untrue or untranslated, each as the person meets it: the
// moderation queue in Marathi, a held job's reasons and its dashboard tab, a draft's page, candidate
// skills in Hindi, a profile save that failed, the company page's website, and the commute filter.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob, register, registerAdmin } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

const HELD_TEXT =
  'Data entry work from home, earn 40,000 weekly. No interview, direct joining. Daily payment to your account.';

forEachEngine('walk findings: what the pages say', ({ db }) => {
  let app: FastifyInstance;
  let admin: Actor;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    admin = await registerAdmin(app, db());
  });
  afterAll(() => app.close());

  const page = (url: string, who?: Actor) =>
    app.inject({ method: 'GET', url, headers: { ...(who?.auth ?? {}), accept: 'text/html' } });

  describe('the moderation queue', () => {
    it('in Marathi: the verified badge is markup, not text, and the report hold is said in Marathi', async () => {
      const employer = await employerWithCompany(app, {
        name: 'Kavach Life Insurance',
        industry: 'insurance',
      });
      const job = await postJob(app, employer);
      // Reports from accounts a week old or more pause a job of a company not (yet) verified
      // (walk findings A); the company is verified afterwards, so its queue row carries the badge.
      for (let i = 0; i < 3; i++) {
        const seeker = await register(app, 'seeker');
        await db().query(`UPDATE users SET created_at = now() - interval '30 days' WHERE id = $1`, [
          seeker.id,
        ]);
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/jobs/${job.id}/reports`,
          headers: seeker.auth,
          payload: { reason: 'fee_asked' },
        });
        expect(res.statusCode).toBeLessThan(300);
      }
      await db().query('UPDATE companies SET verified = true WHERE id = $1', [employer.companyId]);
      const body = (await page('/admin/moderation?lang=mr', admin)).body;
      expect(body).toContain('<span class="badge">✔ व्हेरिफाइड</span>');
      expect(body).not.toContain('&lt;span');
      expect(body).not.toContain('fee_asked');
      expect(body).not.toContain('Paused after');
      expect(body).toContain('3 लोकांच्या तक्रारींनंतर थांबवली: त्यांनी माझ्याकडे पैसे मागितले (फी, डिपॉझिट, किट) ×3.');
      // The audit line's reason too.
      expect(body).not.toContain('seeker reports');
      expect(body).toContain('3 लोकांच्या तक्रारी');
    });
  });

  describe('a job held for review', () => {
    let employer: Actor & { companyId: string };
    let held: { id: number; status: string };
    beforeAll(async () => {
      employer = await employerWithCompany(app, { name: 'Online Data Services' });
      held = (await postJob(app, employer, {
        title: 'Data Entry Work From Home',
        description: HELD_TEXT,
        category: 'back_office',
        role: 'data-entry-operator',
        work_mode: 'remote',
      })) as unknown as typeof held;
      await postJob(app, employer, { title: 'Customer Support Executive' });
    });

    it('is not counted or listed under Live; it waits under its own "In review" tab', async () => {
      expect(held.status).toBe('held');
      const live = (await page('/employer?lang=en', employer)).body;
      expect(live).not.toContain('Data Entry Work From Home');
      expect(live).toMatch(/Live <span class="n">1<\/span>/);
      expect(live).toMatch(/href="\/employer\?tab=review"[^>]*>In review <span class="n">1<\/span>/);
      const review = (await page('/employer?tab=review&lang=mr', employer)).body;
      expect(review).toContain('Data Entry Work From Home');
      expect(review).toContain('तपासणीसाठी थांबवलेली');
    });

    it('tells its owner the reasons in words, quoting the posting, never as bracketed rule labels', async () => {
      const en = (await page('/employer?tab=review&lang=en', employer)).body;
      expect(en).not.toMatch(/[.:] \[[^\]]+\]/);
      // The quote is the employer's own sentence, cased as typed (fixd), not the screen's folded words.
      expect(en).toContain('(the posting says: “No interview, direct joining.”)');
      const hi = (await page(`/jobs/${held.id}?lang=hi`, employer)).body;
      expect(hi).toContain('(पोस्टिंग में लिखा है: “No interview, direct joining.”)');
      expect(hi).not.toMatch(/ \[[^\]]+\]/);
      // Held, not "no longer taking applications".
      expect(hi).toContain('जांच के लिए रोकी गई: मॉडरेटर के जांचने तक लोग इसे नहीं देख सकते।');
    });
  });

  it('a draft says it is a draft to its owner, and is not found for anyone else', async () => {
    const employer = await employerWithCompany(app);
    const draft = await postJob(app, employer, { status: 'draft' });
    const own = (await page(`/jobs/${draft.id}?lang=en`, employer)).body;
    expect(own).toContain('Draft: not published yet.');
    expect(own).not.toContain('no longer taking applications');
    expect((await page(`/jobs/${draft.id}`)).statusCode).toBe(404);
    const seeker = await register(app, 'seeker');
    expect((await page(`/jobs/${draft.id}`, seeker)).statusCode).toBe(404);
  });

  it('candidate search names skills and languages in the page language, never as slugs', async () => {
    await seekerWithProfile(app, {
      skills: ['crm-tools', 'google-sheets', 'ms-excel'],
      contact_consent: true,
      searchable: true,
    });
    const employer = await employerWithCompany(app);
    const body = (await page('/employer/candidates?locality=wagle-estate&radius_km=5&lang=mr', employer))
      .body;
    expect(body).toContain('Priya P.');
    // No slug in any text the employer reads (option values may keep them).
    expect(body).not.toMatch(/>[^<]*\b(crm-tools|google-sheets|ms-excel)\b[^<]*</);
    expect(body).toContain('CRM टूल्स');
    expect(body).toContain('मराठी (');
    expect(body).not.toContain('Marathi (');
  });

  it('a profile save that fails keeps the typed values in the form but the summary says what is saved', async () => {
    const seeker = await seekerWithProfile(app, { salary_min: 20000, salary_max: 25000 });
    const signed = new InjectBrowser(app, seeker.auth);
    const res = await signed.post(
      '/me/profile',
      { section: 'work', salary_min: '30000', salary_max: '10000' },
      '/me/profile',
    );
    expect(res.statusCode).toBe(400);
    // The summary: the saved pay; the form: the typed pay.
    expect(res.body).toMatch(/section-summary">[^<]*₹20,000–25,000/);
    expect(res.body).not.toMatch(/section-summary">[^<]*30,000/);
    expect(res.body).toMatch(/name="salary_min"[^>]*value="30000"|value="30000"[^>]*name="salary_min"/);
    const place = await signed.post(
      '/me/profile',
      { section: 'place', city: 'pune', travel_km: '-5' },
      '/me/profile',
    );
    expect(place.statusCode).toBe(400);
    expect(place.body).toMatch(/section-summary">Thane/);
    expect(place.body).not.toMatch(/section-summary">Pune/);
  });

  it('the company page lets a long website address wrap on a phone', async () => {
    const employer = await employerWithCompany(app, {
      name: 'Kavach Life Insurance',
      industry: 'insurance',
      website: 'https://www.kavachlifeinsurance-and-pensions.example',
    });
    const body = (await page(`/companies/${employer.companyId}?lang=hi`)).body;
    expect(body).toContain('class="narrow company-page"');
    expect(body).toContain('<a class="website" href="https://www.kavachlifeinsurance-and-pensions.example"');
    const css = (await page('/static/app.css')).body;
    expect(css).toMatch(/\.company-page \.website \{[^}]*overflow-wrap: anywhere/);
  });

  describe('the commute filter on /jobs', () => {
    let seeker: InjectBrowser;
    beforeAll(async () => {
      const s = await seekerWithProfile(app);
      seeker = new InjectBrowser(app, s.auth);
      const home = await seeker.post('/me/home', { home_station: 'dombivli' }, '/me/profile');
      expect(home.statusCode).toBe(303);
    });

    it("starts from the seeker's home station, unless they picked Anywhere", async () => {
      const body = (await seeker.get('/jobs?q=customer+support&lang=en')).body;
      expect(body).toMatch(/<option value="dombivli" selected>/);
      const anywhere = (await seeker.get('/jobs?q=customer+support&commute_from=')).body;
      expect(anywhere).not.toMatch(/<option value="dombivli" selected>/);
      // A visitor has no home: Anywhere.
      expect((await page('/jobs?q=customer+support')).body).not.toMatch(/value="dombivli" selected/);
    });

    it('says what to pick when minutes come without a station, and keeps the minutes picked', async () => {
      const body = (await page('/jobs?q=customer+support&commute_max_min=30&lang=en')).body;
      expect(body).toContain(
        'To see jobs within 30 min door to door, pick a station under “I travel from (station)”',
      );
      expect(body).toMatch(/<option value="30" selected>/);
      // The panel's own default (60) with Anywhere is not a request: no notice.
      const plain = (await page('/jobs?q=customer+support&commute_max_min=60&lang=en')).body;
      expect(plain).not.toContain('To see jobs within');
    });
  });
});
