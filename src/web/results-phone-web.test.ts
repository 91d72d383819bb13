import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { relativeDay } from '../shared/i18n/index.ts';

// The results page as a phone user meets it, checked on the HTML (the browser walk with the
// first-screen measure is test/e2e/results-phone.e2e.test.ts).
forEachEngine('the results page on a phone', ({ db }) => {
  let app: FastifyInstance;
  let jobId: number;
  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    jobId = (await postJob(app, employer, { title: 'Zorawar customer support executive' })).id;
  });
  afterAll(() => app.close());

  it('a filter chosen inside "More filters" comes back with the panel still open; a plain search does not open it', async () => {
    const visitor = new InjectBrowser(app);
    const plain = await visitor.get('/jobs?q=zorawar');
    expect(plain.body).toMatch(/<details class="more" data-open-wide>/);
    // The panel's own Apply button is what carries the flag (app.js submits through it too).
    expect(plain.body).toContain('<button type="submit" name="open" value="1"');
    const kept = await visitor.get('/jobs?q=zorawar&shift=day&open=1');
    expect(kept.statusCode).toBe(200);
    expect(kept.body).toMatch(/<details class="more" data-open-wide open>/);
  });

  it('the city select shows a place read from the words, and the missing filters are there', async () => {
    const visitor = new InjectBrowser(app);
    const andheri = await visitor.get('/jobs?q=customer+support+andheri');
    expect(andheri.body).toMatch(/<select id="f-city" name="city">[\s\S]*?<option value="mumbai" selected>/);
    const plain = await visitor.get('/jobs?q=customer+support');
    const citySelect = /<select id="f-city" name="city">([\s\S]*?)<\/select>/.exec(plain.body)?.[1] ?? '';
    expect(citySelect).toContain('<option value="mumbai">');
    expect(citySelect).not.toContain(' selected');

    const fresher = await visitor.get('/jobs?q=zorawar&experience_max=0');
    expect(fresher.body).toContain('<option value="0" selected>Fresher (no experience)</option>');
    expect((await new InjectBrowser(app).get('/jobs?q=zorawar&lang=mr')).body).toContain(
      '<option value="0">फ्रेशर (अनुभव नाही)</option>',
    );
    expect(plain.body).toContain('<select id="f-lang" name="language">');
    // Distance only means something around a place.
    expect(plain.body).not.toContain('name="radius_km"');
    const near = await visitor.get('/jobs?city=mumbai&locality=andheri&radius_km=5');
    expect(near.body).toContain('<option value="5" selected>Within 5 km</option>');
  });

  it("a visitor taps Apply on a card, signs in, and lands on that job's apply step, which returns to the card", async () => {
    const visitor = new InjectBrowser(app);
    const results = await visitor.get('/jobs?q=zorawar');
    const card = `/jobs?q=zorawar#job-${jobId}`;
    const back = `/jobs/${jobId}/apply?back=${encodeURIComponent(card)}`;
    expect(results.body).toContain(`<li class="card" id="job-${jobId}">`);
    expect(results.body.replaceAll('&#61;', '=')).toContain(`href="/login?next=${encodeURIComponent(back)}"`);

    const phone = uniquePhone();
    await visitor.post(
      '/register',
      { role: 'seeker', name: 'Asha More', phone, password: 'back-to-results' },
      '/register',
    );
    const seeker = new InjectBrowser(app);
    const login = await seeker.post(
      '/login',
      { login: phone, password: 'back-to-results', next: back },
      `/login?next=${encodeURIComponent(back)}`,
    );
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe(back);
    // Signed in, the apply step applies in one tap and comes back to the card.
    const step = await seeker.get(back);
    expect(step.body).toContain(`action="/jobs/${jobId}/apply"`);
    const again = await seeker.get('/jobs?q=zorawar');
    expect(again.body).toContain(`action="/jobs/${jobId}/apply"`);
  });

  it("cards say how long ago a job was posted, in the reader's language", async () => {
    const visitor = new InjectBrowser(app);
    expect((await visitor.get('/jobs?q=zorawar')).body).toContain('>Posted today</time>');
    expect((await visitor.get('/jobs?q=zorawar&lang=hi')).body).toContain('>आज डाली गई</time>');
    expect((await new InjectBrowser(app).get('/jobs?q=zorawar&lang=mr')).body).toContain('>आज टाकली</time>');
  });

  it("a signed-in seeker's alert form folds under one line above the results", async () => {
    const seeker = await register(app, 'seeker');
    const page = await app.inject({
      method: 'GET',
      url: '/jobs?q=zorawar',
      headers: { accept: 'text/html', cookie: `sid=${seeker.token}` },
    });
    expect(page.body).toMatch(
      /<details class="save-alerts"><summary>[^<]+<\/summary><form method="post" action="\/me\/saved-searches"/,
    );
  });
});

it('relative days count calendar days in India, in en, hi and mr', () => {
  const now = new Date('2026-03-10T06:00:00Z');
  expect(relativeDay('2026-03-08T06:00:00Z', 'en', now)).toBe('2 days ago');
  expect(relativeDay('2026-03-09T20:00:00Z', 'en', now)).toBe('today'); // 01:30 on the 10th in India
  expect(relativeDay('2026-02-24T06:00:00Z', 'en', now)).toBe('2 weeks ago');
  expect(relativeDay('2026-03-07T06:00:00Z', 'hi', now)).toBe('3 दिन पहले');
  expect(relativeDay('2026-03-07T06:00:00Z', 'mr', now)).toBe('3 दिवसांपूर्वी');
  expect(relativeDay('2024-03-07T06:00:00Z', 'en', now)).toMatch(/2024/);
});
