import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, employerWithCompany, register } from '../../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { cellOf, cellsAround } from './candidates.repo.ts';
import { shortName } from './candidates.service.ts';

describe('candidate search helpers', () => {
  it('a radius covers the cell of every point inside it', () => {
    const [lat, lng] = [19.2, 72.97];
    const cells = cellsAround(lat, lng, 5);
    for (const [dLat, dLng] of [
      [0.04, 0.04],
      [-0.044, 0],
      [0, 0.047],
      [-0.03, -0.03],
    ] as const)
      expect(cells).toContain(cellOf(lat + dLat!, lng + dLng!));
    expect(cells).not.toContain(cellOf(lat + 0.3, lng));
  });
  it('names are shortened to a first name and an initial', () => {
    expect(shortName('Priya Sharma Patil')).toBe('Priya P.');
    expect(shortName('Ravi')).toBe('Ravi');
  });
});

forEachEngine('candidate search', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor & { companyId: string };
  let thaneTypist: Actor;
  let thaneHidden: Actor;
  let puneCaller: Actor;
  let thaneTenth: Actor;
  let mumbaiExpert: Actor;

  const search = (query: string, who: { authorization: string } | null = employer.auth) =>
    app.inject({ method: 'GET', url: `/api/v1/candidates?${query}`, ...(who ? { headers: who } : {}) });
  const ids = (res: { json: () => { items: { id: string }[] } }) => res.json().items.map((c) => c.id);

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app);
    // Opted in, allows calls: 12th pass, Thane (Wagle Estate), typing + data entry, fresher.
    thaneTypist = await seekerWithProfile(app, {
      roles: ['data-entry-operator'],
      searchable: true,
      contact_consent: true,
    });
    // Same profile, not opted in: never found.
    thaneHidden = await seekerWithProfile(app, { roles: ['data-entry-operator'] });
    // Opted in, no calls: Pune telecaller with 3 years and fluent English.
    puneCaller = await seekerWithProfile(app, {
      city: 'pune',
      localities: ['hinjewadi'],
      roles: ['telecaller'],
      education: 'graduate',
      experience_years: 3,
      languages: [{ language: 'english', level: 'fluent' }],
      skills: ['communication', 'sales'],
      searchable: true,
    });
    // Opted in, Thane, data entry but only 10th pass.
    thaneTenth = await seekerWithProfile(app, {
      education: '10th',
      roles: ['data-entry-operator'],
      searchable: true,
    });
    // Opted in, Mumbai (Mulund, 3 km from Wagle Estate), 5 years, ms-excel + typing + data-entry.
    mumbaiExpert = await seekerWithProfile(app, {
      city: 'mumbai',
      localities: ['mulund'],
      education: 'graduate',
      experience_years: 5,
      skills: ['typing', 'data-entry', 'ms-excel'],
      roles: ['data-entry-operator', 'mis-executive'],
      searchable: true,
      contact_consent: true,
    });
  });
  afterAll(() => app.close());

  it('opting in is a consent record with its purpose, and withdrawing is another', async () => {
    const seeker = await seekerWithProfile(app, { searchable: true });
    const off = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: seeker.auth,
      payload: { searchable: false },
    });
    expect(off.json().searchable).toBe(false);
    const consents = off.json().consents.filter((c: { purpose: string }) => c.purpose === 'candidate_search');
    expect(consents.map((c: { granted: boolean }) => c.granted)).toEqual([false, true]);
    expect(Date.parse(consents[0].at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('only seekers who opted in are found, and their phones are masked', async () => {
    const res = await search('limit=50');
    expect(res.statusCode).toBe(200);
    const found = ids(res);
    expect(found).toEqual(
      expect.arrayContaining([thaneTypist.id, puneCaller.id, thaneTenth.id, mumbaiExpert.id]),
    );
    expect(found).not.toContain(thaneHidden.id);
    for (const c of res.json().items) {
      expect(c.phone).toMatch(/^\+91•••••\d{3}$/);
      expect(c.name).toMatch(/^Priya P\.$/);
    }
    expect(res.json().items.find((c: { id: string }) => c.id === puneCaller.id).contact_allowed).toBe(false);
  });

  it('reads words as job search does: role, place and education', async () => {
    const res = await search(`q=${encodeURIComponent('data entry thane 12th pass')}`);
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toContain(thaneTypist.id);
    expect(ids(res)).not.toContain(thaneTenth.id);
    expect(ids(res)).not.toContain(puneCaller.id);
    expect(ids(res)).not.toContain(mumbaiExpert.id);
    expect(res.json().understood.join(' ')).toMatch(/Thane/);
  });

  it('a locality radius crosses city lines and ranks closer, better-matched seekers first', async () => {
    const near = await search('locality=wagle-estate&radius_km=10&skill=typing');
    expect(ids(near)).toEqual(expect.arrayContaining([thaneTypist.id, mumbaiExpert.id]));
    expect(ids(near)).not.toContain(puneCaller.id);
    const scores = near.json().items.map((c: { match: { score: number } }) => c.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The same profile 3 km further away ranks lower.
    const farTypist = await seekerWithProfile(app, {
      city: 'mumbai',
      localities: ['mulund'],
      roles: ['data-entry-operator'],
      searchable: true,
    });
    const ranked = await search('locality=wagle-estate&radius_km=10&skill=typing&limit=50');
    const order = ids(ranked);
    expect(order.indexOf(thaneTypist.id)).toBeLessThan(order.indexOf(farTypist.id));
    const card = ranked.json().items.find((c: { id: string }) => c.id === thaneTypist.id);
    expect(card.distance_km).toBeLessThan(1);
    expect(card.match.reasons).toEqual(expect.arrayContaining(['skills: typing']));
    const tight = await search('locality=wagle-estate&radius_km=2');
    expect(ids(tight)).not.toContain(mumbaiExpert.id);
  });

  it('filters by experience (words or fields), language and skills', async () => {
    const years = await search(`q=${encodeURIComponent('telecaller 2 years')}`);
    expect(ids(years)).toEqual([puneCaller.id]);
    const freshers = await search(`q=${encodeURIComponent('data entry fresher')}`);
    expect(ids(freshers)).not.toContain(mumbaiExpert.id);
    expect(ids(freshers)).toContain(thaneTypist.id);
    const english = await search('language=english&language_level=fluent');
    expect(ids(english)).toEqual([puneCaller.id]);
    const excel = await search('skill=ms-excel,typing&experience_min=4');
    expect(ids(excel)).toEqual([mumbaiExpert.id]);
    const unknown = await search('locality=atlantis');
    expect(unknown.statusCode).toBe(400);
  });

  it('filters by a verified skill badge', async () => {
    const { rows } = await db().query<{ id: string }>(
      `INSERT INTO skill_tests (user_id, kind, content, deadline_at, submitted_at, outcome)
       VALUES ($1, 'typing', '{}', now(), now(), 'passed') RETURNING id`,
      [mumbaiExpert.id],
    );
    await db().query(
      `INSERT INTO skill_badges (user_id, kind, test_id, label, score, accuracy, expires_at)
       VALUES ($1, 'typing', $2, 'Typing 42 WPM', 42, 97, now() + interval '1 year')`,
      [mumbaiExpert.id, rows[0]!.id],
    );
    const res = await search('badge=typing&badge_min=35');
    expect(ids(res)).toEqual([mumbaiExpert.id]);
    expect(res.json().items[0].badges).toEqual([{ kind: 'typing', label: 'Typing 42 WPM', score: 42 }]);
    expect(ids(await search('badge=typing&badge_min=50'))).toEqual([]);
    expect(ids(await search('badge=english'))).toEqual([]);
  });

  it('reveals a phone only where the seeker allows calls, and records who saw it', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/candidates/${puneCaller.id}/contact`,
      headers: employer.auth,
    });
    expect(refused.statusCode).toBe(403);
    const hidden = await app.inject({
      method: 'POST',
      url: `/api/v1/candidates/${thaneHidden.id}/contact`,
      headers: employer.auth,
    });
    expect(hidden.statusCode).toBe(404);
    const shown = await app.inject({
      method: 'POST',
      url: `/api/v1/candidates/${thaneTypist.id}/contact`,
      headers: employer.auth,
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.json().phone).toMatch(/^\+91\d{10}$/);
    expect(shown.json().whatsapp_url).toMatch(/^https:\/\/wa\.me\/91\d{10}\?text=/);
    const exported = await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: thaneTypist.auth });
    expect(exported.json().contact_views.of_me).toEqual([
      expect.objectContaining({
        viewer_id: employer.id,
        field: 'phone',
        purpose: expect.stringMatching(/candidate search/),
      }),
    ]);
  });

  it('is for employers of a company only', async () => {
    expect((await search('', null)).statusCode).toBe(401);
    expect((await search('', thaneTypist.auth)).statusCode).toBe(403);
    const loner = await register(app, 'employer');
    expect((await search('', loner.auth)).statusCode).toBe(403);
    const contact = await app.inject({
      method: 'POST',
      url: `/api/v1/candidates/${thaneTypist.id}/contact`,
      headers: thaneTypist.auth,
    });
    expect(contact.statusCode).toBe(403);
  });
});
