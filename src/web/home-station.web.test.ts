// Issue #21 on the pages: the profile's "Where do you travel from?" form (its own POST, no
// JavaScript) and the job page's "From your home: ..." line read from the stored commute_times.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import { Browser, buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('home station on the web', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    await app.services.commute.ensureCurrent();
  }, 180_000);
  afterAll(() => app.close());

  const seeker = async (name: string) => {
    const b = new Browser(app);
    const reg = await b.post(
      '/register',
      { role: 'seeker', name, phone: uniquePhone(), password: 'home-station-21' },
      '/register',
    );
    expect(reg.statusCode).toBe(303);
    return b;
  };

  it('a seeker saves a home station on its own and the job page then says how long the trip takes', async () => {
    const employer = await employerWithCompany(app);
    const thane = await postJob(app, employer, {
      title: 'Support Executive Thane',
      city: 'thane',
      locality: 'thane-west',
    });
    const b = await seeker('Asha Patil');
    // Before a home is told, the job page claims no trip.
    expect((await b.get(`/jobs/${thane.id}`)).body).not.toContain('From your home');
    const profile = await b.get('/me/profile');
    expect(profile.body).toContain('Where do you travel from?');
    const saved = await b.post('/me/home', { home_station: 'dombivli' }, '/me/profile');
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/me/profile?done=home#home');
    const back = await b.get('/me/profile?done=home');
    expect(back.body).toContain('Home station saved.');
    expect(back.body).toMatch(/<option value="dombivli" selected>/);

    const page = (await b.get(`/jobs/${thane.id}`)).body;
    expect(page).toContain('<dt>From your home</dt>');
    expect(page).toMatch(/\d+ min door to door · Central line[^<]*: Dombivli → Thane/);
    expect((await b.get(`/jobs/${thane.id}?lang=mr`)).body).toContain('<dt>तुमच्या घरापासून</dt>');
    // Anyone else sees no trip.
    expect((await new Browser(app).get(`/jobs/${thane.id}`)).body).not.toContain('From your home');
  });

  it('outside the rail region the line is the stated road estimate; a late shift without a cab says there is no train home', async () => {
    const employer = await employerWithCompany(app);
    const pune = await postJob(app, employer, {
      title: 'Chat Support Pune',
      city: 'pune',
      locality: 'kharadi',
    });
    const night = await postJob(app, employer, {
      title: 'US Process Agent Thane',
      city: 'thane',
      locality: 'wagle-estate',
      shift: 'us',
      perks: ['pf'],
    });
    const b = await seeker('Rohan More');
    await b.post('/me/home', { home_station: 'kalyan' }, '/me/profile');
    expect((await b.get(`/jobs/${pune.id}`)).body).toContain('by road (estimate, outside the rail network)');
    const late = (await b.get(`/jobs/${night.id}`)).body;
    expect(late).toContain('the job lists no company cab');
    expect(late).not.toContain('home by the company cab');
  });

  it('a made-up station re-renders the profile with the error on its field; clearing the home works', async () => {
    const b = await seeker('Meera Shinde');
    const bad = await b.post('/me/home', { home_station: 'atlantis' }, '/me/profile');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="home_station-error"');
    await b.post('/me/home', { home_station: 'thane' }, '/me/profile');
    const cleared = await b.post('/me/home', { home_station: '' }, '/me/profile');
    expect(cleared.statusCode).toBe(303);
    expect((await b.get('/me/profile?done=home')).body).toContain('Home station removed.');
  });
});
