import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, problemOf, register } from '../../../test/support/app.ts';
import {
  buildSeekerTestApp,
  multipartBody,
  seekerWithProfile,
  tinyPdf,
} from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('applications', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  const apply = (auth: Record<string, string>, jobId: number, key?: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${jobId}/applications`,
      headers: { ...auth, ...(key ? { 'idempotency-key': key } : {}) },
    });

  it('a seeker applies once: 201, then 200 with the same application; it shows in "My applications"', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const first = await apply(seeker.auth, job.id, 'tap-1');
    expect(first.statusCode).toBe(201);
    const again = await apply(seeker.auth, job.id, 'tap-1');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        id: first.json().id,
        stage: 'applied',
        job: expect.objectContaining({ id: job.id, title: job.title }),
        history: [expect.objectContaining({ from: null, to: 'applied', by: 'seeker' })],
      }),
    ]);
  });

  it('50 concurrent applies by one seeker to one job leave exactly one application', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) => apply(seeker.auth, job.id, i % 2 ? 'same-key' : undefined)),
    );
    const codes = replies.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 200)).toHaveLength(49);
    expect(new Set(replies.map((r) => r.json().id)).size).toBe(1);
    const { rows } = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM applications WHERE job_id = $1 AND seeker_id = $2',
      [job.id, seeker.id],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('applying to a closed job is a 409 with the reason; to a draft, paused or unknown job a 404', async () => {
    const employer = await employerWithCompany(app);
    const seeker = await seekerWithProfile(app);
    const closed = await postJob(app, employer);
    await app.inject({ method: 'POST', url: `/api/v1/jobs/${closed.id}/close`, headers: employer.auth });
    const res = await apply(seeker.auth, closed.id);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).detail).toContain('closed');
    const draft = await postJob(app, employer, { status: 'draft' });
    expect((await apply(seeker.auth, draft.id)).statusCode).toBe(404);
    const paused = await postJob(app, employer);
    await app.inject({ method: 'POST', url: `/api/v1/jobs/${paused.id}/pause`, headers: employer.auth });
    expect((await apply(seeker.auth, paused.id)).statusCode).toBe(404);
    expect((await apply(seeker.auth, 999999999)).statusCode).toBe(404);
  });

  it('an employer cannot apply (403); an anonymous visitor must sign in (401)', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    expect((await apply(employer.auth, job.id)).statusCode).toBe(403);
    expect((await apply({}, job.id)).statusCode).toBe(401);
  });

  it('one Idempotency-Key reused for a different job is a 409, not a second hidden application', async () => {
    const employer = await employerWithCompany(app);
    const [a, b] = [await postJob(app, employer), await postJob(app, employer)];
    const seeker = await seekerWithProfile(app);
    expect((await apply(seeker.auth, a.id, 'k-1')).statusCode).toBe(201);
    const reuse = await apply(seeker.auth, b.id, 'k-1');
    expect(reuse.statusCode).toBe(409);
  });

  it("the employer sees applicants with the phone (applying counts as consent), moves stages; the seeker sees the history without the recruiters' notes", async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const upload = multipartBody({
      field: 'resume',
      filename: 'cv.pdf',
      type: 'application/pdf',
      bytes: tinyPdf(),
    });
    await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile/resume',
      headers: { ...seeker.auth, ...upload.headers },
      payload: upload.payload,
    });
    const applied = (await apply(seeker.auth, job.id)).json();

    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: employer.auth,
    });
    expect(list.statusCode).toBe(200);
    const [applicant] = list.json().items;
    expect(applicant.seeker).toMatchObject({ name: 'Priya Patil', phone_masked: false, has_resume: true });
    expect(applicant.seeker.phone).toMatch(/^\+91\d{10}$/);

    const cv = await app.inject({
      method: 'GET',
      url: `/api/v1/applications/${applied.id}/resume`,
      headers: employer.auth,
    });
    expect(cv.statusCode).toBe(200);
    expect(cv.headers['content-type']).toBe('application/pdf');

    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applied.id}`,
      headers: employer.auth,
      payload: { stage: 'interview', note: 'Walk-in Monday 11 am' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().stage).toBe('interview');
    // The seeker sees the move once its undo window passed (its message went).
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
    const mine = (
      await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth })
    ).json();
    expect(mine.items[0].stage).toBe('interview');
    // The seeker sees the step (stage, who, when), never the recruiters' note.
    expect(mine.items[0].history.at(-1)).toEqual({
      from: 'applied',
      to: 'interview',
      by: 'employer',
      at: expect.any(String),
    });
    expect(JSON.stringify(mine)).not.toContain('Walk-in');
    // A note alone (the same stage again) is no step for the seeker: their history does not change.
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applied.id}`,
      headers: employer.auth,
      payload: { stage: 'interview', note: 'Asked for 25k, budget is 20k' },
    });
    const seekerSide = [
      await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth }),
      await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.auth }),
      await app.inject({ method: 'GET', url: '/me/data/export', headers: seeker.auth }),
      await app.inject({ method: 'GET', url: '/me/applications', headers: seeker.auth }),
      await apply(seeker.auth, job.id),
    ];
    expect(seekerSide[0]!.json().items[0].history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'interview',
    ]);
    // The export carries the seeker's messages too: the stage message is there, its note is not.
    expect(seekerSide[1]!.json().notifications).toContainEqual(
      expect.objectContaining({ template: 'applicationStage' }),
    );
    for (const res of seekerSide) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('Walk-in');
      expect(res.body).not.toContain('budget');
    }
    // The company's recruiters still read both notes.
    const employerSide = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: employer.auth,
    });
    expect(employerSide.json().items[0].history.map((h: { note: string | null }) => h.note)).toEqual([
      null,
      'Walk-in Monday 11 am',
      'Asked for 25k, budget is 20k',
    ]);

    const bad = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applied.id}`,
      headers: employer.auth,
      payload: { stage: 'promoted' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("another company's employer sees neither the applicants, the stage control nor the resume", async () => {
    const owner = await employerWithCompany(app);
    const job = await postJob(app, owner);
    const seeker = await seekerWithProfile(app);
    const applied = (await apply(seeker.auth, job.id)).json();
    const rival = await employerWithCompany(app, { name: 'Rival Staffing' });
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/applications`, headers: rival.auth }))
        .statusCode,
    ).toBe(404);
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applied.id}`,
      headers: rival.auth,
      payload: { stage: 'rejected' },
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/applications/${applied.id}/resume`,
          headers: rival.auth,
        })
      ).statusCode,
    ).toBe(404);
    const otherSeeker = await register(app, 'seeker');
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/jobs/${job.id}/applications`,
          headers: otherSeeker.auth,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a withdrawn application masks the phone again unless the seeker agreed to calls; applying again reopens it', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const applied = (await apply(seeker.auth, job.id)).json();
    const w = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applied.id}/withdraw`,
      headers: seeker.auth,
    });
    expect(w.json().stage).toBe('withdrawn');
    const list = (
      await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/applications`, headers: employer.auth })
    ).json();
    expect(list.items[0].seeker.phone_masked).toBe(true);
    expect(list.items[0].seeker.phone).toContain('•••');
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applied.id}`,
      headers: employer.auth,
      payload: { stage: 'shortlisted' },
    });
    expect(patch.statusCode).toBe(409);
    const again = await apply(seeker.auth, job.id);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: applied.id, stage: 'applied' });
    expect(again.json().history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'withdrawn',
      'applied',
    ]);
  });

  it('erasing a seeker keeps an anonymous application stub for counts and drops it from export', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    await apply(seeker.auth, job.id);
    const exported = (
      await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.auth })
    ).json();
    expect(exported.applications).toHaveLength(1);
    await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth });
    const list = (
      await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/applications`, headers: employer.auth })
    ).json();
    expect(list.total).toBe(1);
    expect(list.items[0].seeker).toBeNull();
  });
});
