// Issue #21, alerts by commute: a saved search holds commute_from + commute_max_min (a limit alone
// takes the seeker's home station), new jobs are matched through the stored commute_times, and the
// email, SMS and the alerts page say "26 min from Dombivli".
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, register, withEmail } from '../../../test/support/app.ts';
import { buildSeekerTestApp } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('job alerts by commute', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    await app.services.commute.ensureCurrent();
  }, 180_000);
  afterAll(() => app.close());

  const saveSearch = (auth: { authorization: string }, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/me/saved-searches', headers: auth, payload });
  const digestsOf = async (userId: string) =>
    (await app.services.notifications.outbox({ userId })).filter((m) => m.template.startsWith('alertDigest'));
  const setHome = async (auth: { authorization: string }, home: string) => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: auth,
      payload: { home_station: home },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const stored = async (from: string, city: string, locality: string) =>
    (await app.services.commute.timeBetween(from, { city, locality }))!.minutes;

  it('a Dombivli alert within 45 min mails the Thane and Kalyan jobs, not the Borivali one, each with its stored minutes', async () => {
    const seeker = await register(app, 'seeker', 'Asha Patil', withEmail());
    const saved = await saveSearch(seeker.auth, {
      query: { q: 'kestrova', commute_from: 'dombivli', commute_max_min: 45 },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().commute).toEqual({ from: 'dombivli', max_min: 45, source: 'search' });

    const employer = await employerWithCompany(app, { name: 'Kestrova Services' });
    const thane = await postJob(app, employer, {
      title: 'Kestrova chat agent',
      city: 'thane',
      locality: 'thane-west',
    });
    const kalyan = await postJob(app, employer, {
      title: 'Kestrova data entry',
      city: 'kalyan-dombivli',
      locality: 'kalyan',
    });
    const borivali = await postJob(app, employer, {
      title: 'Kestrova voice',
      city: 'mumbai',
      locality: 'borivali',
    });

    await app.services.alerts.runDigests('instant');
    const [digest, ...more] = await digestsOf(seeker.id);
    expect(more).toHaveLength(0);
    expect(digest!.body).toContain(`/jobs/${thane.id}`);
    expect(digest!.body).toContain(`/jobs/${kalyan.id}`);
    expect(digest!.body).not.toContain(`/jobs/${borivali.id}`);
    expect(digest!.body).toContain(
      `Thane West, Thane · ${await stored('dombivli', 'thane', 'thane-west')} min from Dombivli`,
    );
    expect(digest!.body).toContain(
      `${await stored('dombivli', 'kalyan-dombivli', 'kalyan')} min from Dombivli`,
    );
  });

  it('a limit without a station takes the home station; a search without a commute is labelled from home, not narrowed', async () => {
    const seeker = await register(app, 'seeker', 'Ravi More', withEmail());
    await setHome(seeker.auth, 'dombivli');
    const limited = await saveSearch(seeker.auth, { query: { q: 'zephyrine', commute_max_min: 30 } });
    expect(limited.statusCode, limited.body).toBe(201);
    expect(limited.json().query).toMatchObject({ commute_from: 'dombivli', commute_max_min: 30 });
    expect(limited.json().commute).toEqual({ from: 'dombivli', max_min: 30, source: 'search' });
    const open = await saveSearch(seeker.auth, { query: { q: 'orvelle' } });
    expect(open.json().commute).toEqual({ from: 'dombivli', max_min: null, source: 'home' });

    const employer = await employerWithCompany(app);
    const far = await postJob(app, employer, {
      title: 'Orvelle back office',
      city: 'mumbai',
      locality: 'borivali',
    });
    const remote = await postJob(app, employer, { title: 'Orvelle chat from home', work_mode: 'remote' });
    await app.services.alerts.runDigests('instant');
    const [digest] = await digestsOf(seeker.id);
    // Nothing narrowed: the Borivali job is there, with its trip; the remote one has none.
    expect(digest!.body).toContain(`/jobs/${far.id}`);
    expect(digest!.body).toContain(`/jobs/${remote.id}`);
    expect(digest!.body).toContain(
      `Borivali, Mumbai · ${await stored('dombivli', 'mumbai', 'borivali')} min from Dombivli`,
    );
    expect(digest!.body.match(/min from Dombivli/g)).toHaveLength(1);

    // The alerts page says where the trips are measured from, in the seeker's language.
    const page = await app.inject({
      method: 'GET',
      url: '/me/saved-searches?lang=mr',
      headers: { accept: 'text/html', cookie: `sid=${seeker.token}` },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('डोंबिवली पासून घर ते ऑफिस 30 मिनिटांच्या आत');
    expect(page.body).toContain('डोंबिवली (तुमचे घर) पासून प्रवासाचा वेळ');
  });

  it('a seeker without email gets the SMS form with the quickest trip, in their language', async () => {
    const seeker = await register(app, 'seeker', 'Sunita Jadhav');
    await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: seeker.auth, payload: { lang: 'hi' } });
    await saveSearch(seeker.auth, { query: { q: 'taluvra', commute_from: 'dombivli', commute_max_min: 60 } });
    const employer = await employerWithCompany(app);
    await postJob(app, employer, { title: 'Taluvra telecaller', city: 'thane', locality: 'thane-west' });
    await postJob(app, employer, { title: 'Taluvra chat', city: 'kalyan-dombivli', locality: 'kalyan' });
    await app.services.alerts.runDigests('instant');
    const [sms] = await digestsOf(seeker.id);
    expect(sms!.channel).toBe('sms');
    expect(sms!.template).toBe('alertDigestCommute');
    const nearest = Math.min(
      await stored('dombivli', 'thane', 'thane-west'),
      await stored('dombivli', 'kalyan-dombivli', 'kalyan'),
    );
    expect(sms!.body).toContain(`सबसे नज़दीकी डोंबिवली से ${nearest} मिनट`);
  });
});
