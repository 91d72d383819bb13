import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { problemOf, register } from '../../../test/support/app.ts';
import {
  buildSeekerTestApp,
  fakeExe,
  htmlPosingAsPdf,
  multipartBody,
  seekerWithProfile,
  tinyPdf,
} from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('seeker profile and resume', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  const put = (auth: Record<string, string>, payload: Record<string, unknown>) =>
    app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers: auth, payload });
  const upload = (auth: Record<string, string>, filename: string, type: string, bytes: Buffer) => {
    const body = multipartBody({ field: 'resume', filename, type, bytes });
    return app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile/resume',
      headers: { ...auth, ...body.headers },
      payload: body.payload,
    });
  };

  it('a seeker saves a profile and reads it back with name and phone from the account', async () => {
    const seeker = await seekerWithProfile(app, {
      roles: ['data-entry-operator'],
      shifts: ['day'],
      availability: 'immediate',
    });
    const res = await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: seeker.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Priya Patil',
      phone: expect.stringMatching(/^\+91\d{10}$/),
      city: 'thane',
      localities: ['wagle-estate'],
      education: '12th',
      salary_min: 12000,
      roles: ['data-entry-operator'],
      availability: 'immediate',
      contact_consent: false,
    });
    // A partial PUT keeps the other fields.
    const again = await put(seeker.auth, { experience_years: 2 });
    expect(again.json()).toMatchObject({
      experience_years: 2,
      city: 'thane',
      education: '12th',
      travel_km: 15,
    });
  });

  it('a seeker tells where they travel from: a station, a city/locality, or null; anything else is a 400', async () => {
    const seeker = await seekerWithProfile(app);
    const fresh = await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: seeker.auth });
    expect(fresh.json().home_station).toBeNull();
    const station = await put(seeker.auth, { home_station: 'Dombivli' });
    expect(station.statusCode, station.body).toBe(200);
    expect(station.json()).toMatchObject({ home_station: 'dombivli', city: 'thane' });
    const locality = await put(seeker.auth, { home_station: 'thane/kalwa' });
    expect(locality.json().home_station).toBe('thane/kalwa');
    // Another field's change keeps the home.
    expect((await put(seeker.auth, { experience_years: 1 })).json().home_station).toBe('thane/kalwa');
    const bad = await put(seeker.auth, { home_station: 'atlantis' });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).errors).toContainEqual(expect.objectContaining({ field: 'home_station' }));
    const kept = await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: seeker.auth });
    expect(kept.json().home_station).toBe('thane/kalwa');
    expect((await put(seeker.auth, { home_station: null })).json().home_station).toBeNull();
  });

  it('salary_min above salary_max, an unknown locality or role is a 400 naming the field', async () => {
    const seeker = await register(app, 'seeker');
    const salary = await put(seeker.auth, { salary_min: 30000, salary_max: 20000 });
    expect(salary.statusCode).toBe(400);
    expect(problemOf(salary).errors).toContainEqual(expect.objectContaining({ field: 'salary_min' }));
    const place = await put(seeker.auth, { city: 'mumbai', localities: ['powai', 'atlantis'] });
    expect(place.statusCode).toBe(400);
    expect(problemOf(place).errors).toEqual([
      { field: 'localities.1', message: "'atlantis' is not a locality of Mumbai" },
    ]);
    const city = await put(seeker.auth, { city: 'gotham' });
    expect(problemOf(city).errors?.[0]?.field).toBe('city');
    const role = await put(seeker.auth, { roles: ['astronaut'] });
    expect(problemOf(role).errors?.[0]?.field).toBe('roles.0');
  });

  it('an employer has no seeker profile', async () => {
    const employer = await register(app, 'employer');
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: employer.auth })).statusCode,
    ).toBe(403);
  });

  it('every change of contact consent is kept as a consent record', async () => {
    const seeker = await seekerWithProfile(app);
    await put(seeker.auth, { contact_consent: true });
    await put(seeker.auth, { contact_consent: true });
    const res = await put(seeker.auth, { contact_consent: false });
    const body = res.json();
    expect(body.contact_consent).toBe(false);
    expect(body.consents.map((c: { granted: boolean }) => c.granted)).toEqual([false, true]);
    expect(body.consents[0]).toMatchObject({
      purpose: 'employer_contact',
      recorded_by: seeker.id,
      channel: 'api',
    });
  });

  it('a PDF resume uploads and downloads; only its owner may read it', async () => {
    const seeker = await seekerWithProfile(app);
    const res = await upload(seeker.auth, '../../etc/My CV.pdf', 'application/pdf', tinyPdf());
    expect(res.statusCode).toBe(200);
    expect(res.json().resume).toMatchObject({ name: 'My CV.pdf', size: tinyPdf().length });
    const down = await app.inject({ method: 'GET', url: '/api/v1/me/profile/resume', headers: seeker.auth });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(tinyPdf())).toBe(true);
    const other = await register(app, 'seeker');
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/me/profile/resume', headers: other.auth })).statusCode,
    ).toBe(404);
  });

  it('an .exe renamed .pdf, a text file and a file over 2 MB are refused with a 4xx naming the resume', async () => {
    const seeker = await seekerWithProfile(app);
    const exe = await upload(seeker.auth, 'resume.pdf', 'application/pdf', fakeExe());
    expect(exe.statusCode).toBe(400);
    expect(problemOf(exe).errors?.[0]?.field).toBe('resume');
    const text = await upload(
      seeker.auth,
      'resume.pdf',
      'application/pdf',
      Buffer.from('just some words, not a pdf'),
    );
    expect(text.statusCode).toBe(400);
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(2 * 1024 * 1024 + 10, 0x20)]);
    const large = await upload(seeker.auth, 'resume.pdf', 'application/pdf', big);
    expect(large.statusCode, large.body).toBe(413);
    expect(problemOf(large).errors?.[0]?.field).toBe('resume');
    const profile = await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: seeker.auth });
    expect(profile.json().resume).toBeNull();
  });

  it('a file that starts with %PDF- but holds HTML, or anything else that does not parse, is refused', async () => {
    const seeker = await seekerWithProfile(app);
    const posing = [
      htmlPosingAsPdf(),
      Buffer.from('%PDF-1.4\n'),
      Buffer.from(`%PDF-1.5\n${'garbage '.repeat(500)}\n%%EOF\n`),
      // A catalog whose page tree has no pages: nothing a recruiter could read.
      Buffer.from(
        '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      ),
    ];
    for (const bytes of posing) {
      const res = await upload(seeker.auth, 'resume.pdf', 'application/pdf', bytes);
      expect(res.statusCode, bytes.toString().slice(0, 30)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(problemOf(res).errors).toEqual([
        { field: 'resume', message: expect.stringMatching(/^must be a PDF that opens/) },
      ]);
    }
    const profile = await app.inject({ method: 'GET', url: '/api/v1/me/profile', headers: seeker.auth });
    expect(profile.json().resume).toBeNull();
  });

  it('export holds the profile and consents; erasure deletes the resume file and the profile', async () => {
    const seeker = await seekerWithProfile(app, { contact_consent: true });
    await upload(seeker.auth, 'cv.pdf', 'application/pdf', tinyPdf());
    const exported = await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.auth });
    expect(exported.json()).toMatchObject({
      profile: { city: 'thane', resume: { name: 'cv.pdf' } },
      consents: [{ granted: true }],
      applications: [],
    });
    const key = (
      await db().query<{ resume_key: string }>('SELECT resume_key FROM seeker_profiles WHERE user_id = $1', [
        seeker.id,
      ])
    ).rows[0]!.resume_key;
    const storage = app.services.seekers;
    expect((await storage.readResume(seeker.id)).bytes.length).toBeGreaterThan(0);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(
      204,
    );
    await expect(storage.readResume(seeker.id)).rejects.toThrow(/not found/i);
    expect(key).toMatch(/^[a-f0-9]{32}\.pdf$/);
  });
});
