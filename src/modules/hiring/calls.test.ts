import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, problemOf } from '../../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('call-first hiring', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  async function applicant() {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: seeker.auth,
    });
    return { employer, job, seeker, applicationId: res.json().id as number };
  }

  it('a call outcome moves the pipeline; the seeker sees the move without the outcome note; the job shows "last responded"', async () => {
    const { employer, job, seeker, applicationId } = await applicant();
    const before = await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/last-responded` });
    expect(before.json()).toEqual({ last_responded_at: null });
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(call.statusCode).toBe(201);
    expect(call.json()).toMatchObject({ channel: 'call', provider: 'dev', outcome: null });
    const outcome = await app.inject({
      method: 'POST',
      url: `/api/v1/calls/${call.json().id}/outcome`,
      headers: employer.auth,
      payload: { outcome: 'interested' },
    });
    expect(outcome.json().outcome).toBe('interested');
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(mine.json().items[0].stage).toBe('shortlisted');
    // The seeker sees the move; the call outcome is the recruiters' note and stays with them.
    expect(mine.json().items[0].history.at(-1)).toEqual({
      from: 'applied',
      to: 'shortlisted',
      by: 'employer',
      at: expect.any(String),
    });
    expect(mine.body).not.toContain('Call outcome');
    const applicants = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: employer.auth,
    });
    expect(applicants.json().items[0].history.at(-1)).toMatchObject({
      to: 'shortlisted',
      note: 'Call outcome: interested',
    });
    const after = await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/last-responded` });
    expect(Date.parse(after.json().last_responded_at)).toBeGreaterThan(Date.now() - 60_000);

    const bad = await app.inject({
      method: 'POST',
      url: `/api/v1/calls/${call.json().id}/outcome`,
      headers: employer.auth,
      payload: { outcome: 'maybe later' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('"Interested" after an interview invite keeps the candidate in Interview and sends them nothing', async () => {
    const { employer, seeker, applicationId } = await applicant();
    const starts = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const invite = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/interviews`,
      headers: employer.auth,
      payload: { starts_at: starts, duration_minutes: 30, mode: 'phone' },
    });
    expect(invite.statusCode).toBe(201);
    const messages = async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth })).json()
        .items[0];
    const before = await messages();
    const outbox = async () => (await app.services.notifications.outbox({ userId: seeker.id })).length;
    const sent = await outbox();
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/calls/${call.json().id}/outcome`,
      headers: employer.auth,
      payload: { outcome: 'interested' },
    });
    const after = await messages();
    expect(before.stage).toBe('interview');
    expect(after.stage).toBe('interview');
    expect(after.history).toEqual(before.history);
    expect(await outbox()).toBe(sent);
  });

  it('WhatsApp opens a wa.me link with a prefilled message; a withdrawn seeker cannot be contacted', async () => {
    const { employer, seeker, applicationId } = await applicant();
    const wa = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/contact`,
      headers: employer.auth,
    });
    expect(wa.json().url).toMatch(/^https:\/\/wa\.me\/91\d{10}\?text=Hello/);
    await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/withdraw`,
      headers: seeker.auth,
    });
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(call.statusCode).toBe(403);
    expect(problemOf(call).detail).toMatch(/withdrew/);
  });

  it('the employer’s daily cap on calls for a job stops the next call with 429', async () => {
    const { employer, job, applicationId } = await applicant();
    const cap = await app.inject({
      method: 'PUT',
      url: `/api/v1/jobs/${job.id}/call-cap`,
      headers: employer.auth,
      payload: { daily_cap: 1 },
    });
    expect(cap.json()).toEqual({ job_id: job.id, daily_cap: 1, calls_today: 0 });
    const first = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(first.statusCode).toBe(201);
    const second = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(second.statusCode).toBe(429);
    expect(problemOf(second).detail).toMatch(/daily cap of 1/);
  });

  it('only the job’s company sets its call cap: another employer gets the 404 of an unknown job', async () => {
    const { employer, job, applicationId } = await applicant();
    const setCap = (auth: Record<string, string>, jobId: number, dailyCap: number) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/jobs/${jobId}/call-cap`,
        headers: auth,
        payload: { daily_cap: dailyCap },
      });
    expect((await setCap(employer.auth, job.id, 0)).statusCode).toBe(200);
    const other = await employerWithCompany(app);
    const foreign = await setCap(other.auth, job.id, 100);
    const unknown = await setCap(other.auth, 999_999_999, 100);
    expect(foreign.statusCode).toBe(404);
    const { instance: _a, ...foreignProblem } = foreign.json();
    const { instance: _b, ...unknownProblem } = unknown.json();
    expect(foreignProblem).toEqual(unknownProblem);
    expect(foreignProblem).toMatchObject({ status: 404, detail: 'Job not found' });
    // The cap of 0 still pauses calls.
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(call.statusCode).toBe(429);
    // A draft with no applicants yet is the owner's to cap too.
    const draft = await postJob(app, employer, { status: 'draft' });
    expect((await setCap(employer.auth, draft.id, 5)).json()).toEqual({
      job_id: draft.id,
      daily_cap: 5,
      calls_today: 0,
    });
  });
});
