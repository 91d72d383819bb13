import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, problemOf } from '../../../test/support/app.ts';
import { FakeExotel } from '../../../test/support/fakes/fake-exotel.ts';
import { buildProvidersApp } from '../../../test/support/providers-app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('call-first hiring', ({ db }) => {
  let app: FastifyInstance;
  const exotel = new FakeExotel();
  beforeAll(async () => {
    await exotel.start();
    app = await buildProvidersApp(
      db(),
      { exotel },
      { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'deskhire-test-')) },
    );
  });
  afterAll(async () => {
    await app.close();
    await exotel.stop();
  });

  /** Exotel reports the end of a bridged call on the signed URL it was given. */
  const report = (
    call: (typeof exotel.calls)[number],
    status: 'completed' | 'no-answer' | 'busy',
    seconds: number,
  ) =>
    app.inject({
      method: 'POST',
      url: new URL(call.statusCallback).pathname + new URL(call.statusCallback).search,
      payload: FakeExotel.terminal(call, status, seconds),
    });

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

  it('"Call" bridges the employer and the seeker through Exotel; only the answered callback moves "last responded" and the figures', async () => {
    const { employer, job, applicationId } = await applicant();
    const lastResponded = async () =>
      (await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/last-responded` })).json()
        .last_responded_at;
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(call.statusCode).toBe(201);
    expect(call.json()).toMatchObject({
      provider: 'exotel',
      status: 'placed',
      direction: 'employer_to_seeker',
    });
    const bridged = exotel.calls.at(-1)!;
    expect(bridged).toMatchObject({
      accountSid: 'deskhire1',
      callerId: '02248904500',
      customField: String(call.json().id),
      basicAuth: `Basic ${Buffer.from('exotel-key:exotel-token').toString('base64')}`,
    });
    expect(bridged.from).toMatch(/^\+91/);
    expect(bridged.to).toMatch(/^\+91/);
    // Pressing the button is not a response.
    expect(await lastResponded()).toBeNull();
    const forged = await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/exotel/calls/${call.json().id}?sig=${'0'.repeat(64)}`,
      payload: FakeExotel.terminal(bridged, 'completed', 95),
    });
    expect(forged.statusCode).toBe(403);
    expect((await report(bridged, 'completed', 95)).json()).toEqual({ changed: true, status: 'answered' });
    // Exotel retries: the same event again changes nothing.
    expect((await report(bridged, 'completed', 95)).json()).toEqual({ changed: false });
    expect(Date.parse(await lastResponded())).toBeGreaterThan(Date.now() - 60_000);
    const trail = await app.inject({
      method: 'GET',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(trail.json().items[0]).toMatchObject({ status: 'answered', duration_seconds: 95 });
  });

  it('a missed call counts in neither "last responded" nor the figures; without a provider no call is "placed"', async () => {
    const { employer, job, applicationId } = await applicant();
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect((await report(exotel.calls.at(-1)!, 'no-answer', 0)).json()).toEqual({
      changed: true,
      status: 'missed',
    });
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/last-responded` })).json(),
    ).toEqual({ last_responded_at: null });
    expect(await app.services.calls.countByJobs([job.id])).toEqual(new Map());
    expect(call.json().status).toBe('placed');

    // Exotel down or slow: the call is "failed" with the reason, never "placed".
    exotel.failNext(503);
    const down = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(down.json()).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('Exotel unavailable'),
    });
    exotel.failNext(400);
    const refused = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(refused.json()).toMatchObject({ status: 'failed', reason: expect.stringContaining('refused') });
    exotel.failNext('hang');
    const slow = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(slow.json()).toMatchObject({ status: 'failed', reason: expect.stringContaining('timed out') });

    const plain = await buildSeekerTestApp(db());
    try {
      const other = await (async () => {
        const e = await employerWithCompany(plain);
        const j = await postJob(plain, e);
        const s = await seekerWithProfile(plain);
        const a = await plain.inject({
          method: 'POST',
          url: `/api/v1/jobs/${j.id}/applications`,
          headers: s.auth,
        });
        return { e, id: a.json().id as number };
      })();
      const notPlaced = await plain.inject({
        method: 'POST',
        url: `/api/v1/applications/${other.id}/calls`,
        headers: other.e.auth,
      });
      expect(notPlaced.json()).toMatchObject({
        provider: 'dev',
        status: 'not_placed',
        reason: 'no telephony provider is configured',
      });
      const page = await plain.inject({
        method: 'POST',
        url: `/api/v1/calls/${notPlaced.json().id}/outcome`,
        headers: other.e.auth,
        payload: { outcome: 'interested' },
      });
      expect(page.statusCode).toBe(409);
    } finally {
      await plain.close();
    }
  });

  it('a seeker calls the employer from a job through the masked number, within the shared cap and the calling hours', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const callEmployer = () =>
      app.inject({ method: 'POST', url: `/api/v1/jobs/${job.id}/calls`, headers: seeker.auth });
    const byEmployer = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/calls`,
      headers: employer.auth,
    });
    expect(byEmployer.statusCode).toBe(403);
    const first = await callEmployer();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      direction: 'seeker_to_employer',
      status: 'placed',
      application_id: null,
    });
    expect(exotel.calls.at(-1)!.customField).toBe(String(first.json().id));
    // The cap counts both directions.
    await app.inject({
      method: 'PUT',
      url: `/api/v1/jobs/${job.id}/call-cap`,
      headers: employer.auth,
      payload: { daily_cap: 1 },
    });
    const capped = await callEmployer();
    expect(capped.statusCode).toBe(429);
    expect(problemOf(capped).detail).toMatch(/daily cap of 1/);
    await app.inject({
      method: 'PUT',
      url: `/api/v1/jobs/${job.id}/call-cap`,
      headers: employer.auth,
      payload: { daily_cap: 50 },
    });
    // Hours that exclude now (a one-minute window twelve hours away): told when, apply instead.
    const now = new Date(Date.now() + 330 * 60_000);
    const away = (now.getUTCHours() * 60 + now.getUTCMinutes() + 720) % 1440;
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const start = Math.min(away, 1438);
    const hours = await app.inject({
      method: 'PUT',
      url: `/api/v1/jobs/${job.id}/calling-hours`,
      headers: employer.auth,
      payload: { from: hhmm(start), to: hhmm(start + 1) },
    });
    expect(hours.statusCode).toBe(200);
    const closed = await callEmployer();
    expect(closed.statusCode).toBe(429);
    expect(problemOf(closed).detail).toMatch(/takes calls between .* apply now/);
    expect(Number(closed.headers['retry-after'])).toBeGreaterThan(0);
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/v1/jobs/${job.id}/calling-hours`,
      headers: employer.auth,
      payload: { from: '18:00', to: '10:00' },
    });
    expect(problemOf(bad).errors).toEqual([{ field: 'to', message: 'must be later than from' }]);
  });

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
    expect(call.json()).toMatchObject({ channel: 'call', provider: 'exotel', outcome: null });
    const outcome = await app.inject({
      method: 'POST',
      url: `/api/v1/calls/${call.json().id}/outcome`,
      headers: employer.auth,
      payload: { outcome: 'interested' },
    });
    expect(outcome.json().outcome).toBe('interested');
    // The move's message waits out the undo window; once it went, the seeker sees the stage.
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
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
