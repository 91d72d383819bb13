// Issue #21 on the results page, without JavaScript: the "I travel from" filter offers the seeker's
// home first and keeps a locality origin through "Apply", and "30 min from dombivli" typed in the
// search box is read as a commute (Marathi page shown, to check the words read in every language).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('the commute on the results page', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    app = await buildTestApp(db());
    await app.services.commute.ensureCurrent();
    const employer = await employerWithCompany(app);
    const job = { title: 'Customer Support Executive' };
    ids.thane = (await postJob(app, employer, { ...job, city: 'thane', locality: 'thane-west' })).id;
    ids.borivali = (await postJob(app, employer, { ...job, city: 'mumbai', locality: 'borivali' })).id;
  }, 180_000);
  afterAll(() => app.close());

  const page = (url: string, cookie = '') =>
    app.inject({ method: 'GET', url, headers: { accept: 'text/html', cookie } });
  const fromSelect = (body: string) => /<select id="f-from"[\s\S]*?<\/select>/.exec(body)?.[0] ?? '';
  const selected = (select: string) => [...select.matchAll(/<option value="([^"]*)" selected>([^<]*)</g)];

  it('a seeker with a home finds it first under "I travel from", in their language', async () => {
    const seeker = await register(app, 'seeker');
    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: seeker.auth,
      payload: { home_station: 'thane/kalwa' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const plain = fromSelect((await page('/jobs?q=customer+support&lang=mr', `sid=${seeker.token}`)).body);
    expect(plain).toMatch(
      /^<select id="f-from" name="commute_from"><option value="">[^<]+<\/option><option value="thane\/kalwa" selected>तुमचे घर: कळवा, ठाणे<\/option>/,
    );
    // It is picked until the seeker picks another or Anywhere (walk findings B): it filters only once
    // they apply the filters, and an empty commute_from in the address means Anywhere.
    expect(selected(plain).map((m) => m[1])).toEqual(['thane/kalwa']);
    const anywhere = fromSelect(
      (await page('/jobs?q=customer+support&commute_from=', `sid=${seeker.token}`)).body,
    );
    expect(selected(anywhere)).toHaveLength(0);

    const picked = await page('/jobs?commute_from=thane%2Fkalwa&commute_max_min=45', `sid=${seeker.token}`);
    expect(picked.statusCode).toBe(200);
    expect(selected(fromSelect(picked.body)).map((m) => m[1])).toEqual(['thane/kalwa']);
  });

  it('a locality origin stays picked in the panel, so applying other filters keeps it', async () => {
    const res = await page('/jobs?commute_from=thane%2Fkalwa&commute_max_min=45');
    expect(res.statusCode).toBe(200);
    expect(selected(fromSelect(res.body)).map((m) => [m[1], m[2]])).toEqual([
      ['thane/kalwa', 'Kalwa, Thane'],
    ]);
    expect(res.body).toContain(`/jobs/${ids.thane}`);
    expect(res.body).not.toContain(`/jobs/${ids.borivali}`);
  });

  it('"30 min from dombivli" in the search box is a commute, not a place and a stray number', async () => {
    const res = await page('/jobs?q=customer+support+30+min+from+dombivli&lang=mr');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`/jobs/${ids.thane}`);
    expect(res.body).not.toContain(`/jobs/${ids.borivali}`);
    expect(res.body).toMatch(/घर ते ऑफिस \d+ मिनिटे/);
  });
});
