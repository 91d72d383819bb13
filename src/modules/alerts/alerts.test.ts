import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildTestApp,
  employerWithCompany,
  postJob,
  register,
  withEmail,
} from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('job alerts', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  const saveSearch = (auth: { authorization: string }, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/me/saved-searches', headers: auth, payload });
  const digestsOf = async (userId: string) =>
    (await app.services.notifications.outbox({ userId })).filter((m) => m.template === 'alertDigest');

  it('a seeker who saved a search gets exactly one digest with the new matching jobs, and never the same job twice', async () => {
    const seeker = await register(app, 'seeker', 'Asha Patil', withEmail());
    const saved = await saveSearch(seeker.auth, {
      query: { q: 'zorbatel', city: 'pune' },
      frequency: 'instant',
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ name: 'zorbatel, pune', frequency: 'instant', alerts_on: true });

    const employer = await employerWithCompany(app, { name: 'Zorbatel Services' });
    const place = { city: 'pune', locality: 'hinjewadi' };
    const a = await postJob(app, employer, { ...place, title: 'Zorbatel chat support executive' });
    const b = await postJob(app, employer, { ...place, title: 'Zorbatel email support associate' });
    await postJob(app, employer, { title: 'Zorbatel voice agent' }); // Mumbai: does not match
    await postJob(app, employer, { ...place, title: 'Zorbatel draft', status: 'draft' });

    await app.services.alerts.runDigests('instant');
    const digests = await digestsOf(seeker.id);
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    expect(digest!.subject).toBe('2 new jobs for “zorbatel, pune”');
    expect(digest!.body).toContain('Hello Asha Patil');
    expect(digest!.body).toContain(`/jobs/${a.id}`);
    expect(digest!.body).toContain(`/jobs/${b.id}`);
    expect(digest!.body).toContain('Zorbatel Services');
    expect(digest!.body).toContain('Hinjewadi, Pune');
    expect(digest!.body).toContain('₹15,000 – ₹22,000 a month');
    expect(digest!.body).not.toContain('voice agent');
    expect(digest!.body).not.toContain('Zorbatel draft');

    await app.services.alerts.runDigests('instant');
    expect(await digestsOf(seeker.id)).toHaveLength(1);

    const c = await postJob(app, employer, { ...place, title: 'Zorbatel night shift chat agent' });
    await app.services.alerts.runDigests('instant');
    const after = await digestsOf(seeker.id);
    expect(after).toHaveLength(2);
    expect(after[0]!.subject).toBe('1 new job for “zorbatel, pune”');
    expect(after[0]!.body).toContain(`/jobs/${c.id}`);
    expect(after[0]!.body).not.toContain(`/jobs/${a.id}`);
  });

  it('a daily search waits for the daily run; the instant run leaves it alone', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    await saveSearch(seeker.auth, { query: { q: 'quillmark' }, frequency: 'daily' });
    const employer = await employerWithCompany(app);
    await postJob(app, employer, { title: 'Quillmark data entry operator' });
    await app.services.alerts.runDigests('instant');
    expect(await digestsOf(seeker.id)).toHaveLength(0);
    await app.services.alerts.runDigests('daily');
    expect(await digestsOf(seeker.id)).toHaveLength(1);
  });

  it('the unsubscribe link in the email works without signing in and stops the alerts', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    await saveSearch(seeker.auth, { query: { q: 'brindavox' }, frequency: 'instant' });
    const employer = await employerWithCompany(app);
    await postJob(app, employer, { title: 'Brindavox telecaller' });
    await app.services.alerts.runDigests('instant');
    const [digest] = await digestsOf(seeker.id);
    const link = /http:\/\/localhost:3000(\/unsubscribe\/[^\s]+)/.exec(digest!.body)?.[1];
    expect(link).toBeDefined();

    const page = await app.inject({ method: 'GET', url: link!, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('brindavox');
    // Tampered links are refused.
    const forged = await app.inject({
      method: 'POST',
      url: `${link!.slice(0, -2)}xx`,
      headers: { accept: 'text/html' },
    });
    expect(forged.statusCode).toBe(404);
    const done = await app.inject({ method: 'POST', url: link!, headers: { accept: 'text/html' } });
    expect(done.statusCode).toBe(200);

    const list = await app.inject({ method: 'GET', url: '/api/v1/me/saved-searches', headers: seeker.auth });
    expect(list.json().items[0].alerts_on).toBe(false);
    await postJob(app, employer, { title: 'Brindavox inbound agent' });
    await app.services.alerts.runDigests('instant');
    expect(await digestsOf(seeker.id)).toHaveLength(1);
  });

  it("a seeker can neither see nor delete another seeker's saved searches", async () => {
    const asha = await register(app, 'seeker', 'Test seeker', withEmail());
    const ravi = await register(app, 'seeker', 'Test seeker', withEmail());
    const mine = (await saveSearch(asha.auth, { query: { q: 'kyc', city: 'mumbai' } })).json();
    const ravisList = await app.inject({
      method: 'GET',
      url: '/api/v1/me/saved-searches',
      headers: ravi.auth,
    });
    expect(ravisList.json().items).toEqual([]);
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/v1/me/saved-searches/${mine.id}`,
      headers: ravi.auth,
    });
    expect(del.statusCode).toBe(404);
    const own = await app.inject({ method: 'GET', url: '/api/v1/me/saved-searches', headers: asha.auth });
    expect(own.json().items.map((s: { id: string }) => s.id)).toEqual([mine.id]);
    const gone = await app.inject({
      method: 'DELETE',
      url: `/api/v1/me/saved-searches/${mine.id}`,
      headers: asha.auth,
    });
    expect(gone.statusCode).toBe(204);
  });

  it('refuses a search that cannot run, and employers cannot save searches', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    const bad = await saveSearch(seeker.auth, { query: { city: 'atlantis' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('city');
    const employer = await register(app, 'employer');
    expect((await saveSearch(employer.auth, { query: { q: 'bpo' } })).statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/me/saved-searches' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a seeker saves jobs, sees them listed newest first, and removes one; saving twice keeps one', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    const employer = await employerWithCompany(app);
    const j1 = await postJob(app, employer, { title: 'MIS executive' });
    const j2 = await postJob(app, employer, { title: 'Accounts assistant' });
    const draft = await postJob(app, employer, { status: 'draft' });
    const put = (id: number) =>
      app.inject({ method: 'PUT', url: `/api/v1/me/saved-jobs/${id}`, headers: seeker.auth });
    expect((await put(j1.id)).statusCode).toBe(200);
    expect((await put(j2.id)).statusCode).toBe(200);
    expect((await put(j2.id)).statusCode).toBe(200);
    expect((await put(draft.id)).statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/api/v1/me/saved-jobs', headers: seeker.auth });
    expect(
      list
        .json()
        .items.map((s: { job_id: number }) => s.job_id)
        .sort(),
    ).toEqual([j1.id, j2.id].sort());
    expect(list.json().items[0].job.company.name).toBe('Maitri Contact Centres');
    await app.inject({ method: 'DELETE', url: `/api/v1/me/saved-jobs/${j1.id}`, headers: seeker.auth });
    const after = await app.inject({ method: 'GET', url: '/api/v1/me/saved-jobs', headers: seeker.auth });
    expect(after.json().items.map((s: { job_id: number }) => s.job_id)).toEqual([j2.id]);
  });

  it('export lists saved searches, saved jobs and messages; erasure removes them', async () => {
    const seeker = await register(app, 'seeker', 'Test seeker', withEmail());
    await saveSearch(seeker.auth, { query: { q: 'velnox' }, frequency: 'instant' });
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: 'Velnox back office executive' });
    await app.inject({ method: 'PUT', url: `/api/v1/me/saved-jobs/${job.id}`, headers: seeker.auth });
    await app.services.alerts.runDigests('instant');
    const exported = (
      await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.auth })
    ).json();
    expect(exported.saved_searches).toHaveLength(1);
    expect(exported.saved_jobs).toEqual([expect.objectContaining({ job_id: job.id })]);
    expect(exported.notifications).toHaveLength(1);
    await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth });
    expect(await app.services.notifications.outbox({ userId: seeker.id })).toEqual([]);
    expect(await app.services.alerts.exportMine(seeker.id)).toEqual({ saved_searches: [], saved_jobs: [] });
  });
});
