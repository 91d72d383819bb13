import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('job re-confirmation', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor & { companyId: string };

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app);
  });
  afterAll(() => app.close());

  /** Makes a job look untouched for `days`: posted, edited and answered that long ago. */
  async function age(jobId: number, days: number) {
    await db().query(
      `UPDATE jobs SET posted_at = now() - make_interval(days => $2), updated_at = now() - make_interval(days => $2),
              expires_at = now() + interval '20 days' WHERE id = $1`,
      [jobId, days],
    );
    await db().query(
      'UPDATE job_responses SET last_responded_at = now() - make_interval(days => $2) WHERE job_id = $1',
      [jobId, days],
    );
  }
  const job = async (id: number, who = employer.auth) =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: who })).json();
  const messages = async (userId: string, template: string) =>
    (await app.services.notifications.outbox({ userId, limit: 200 })).filter((m) => m.template === template);

  it('an idle job is asked once, in the employer’s language, with a link; fresh and answered jobs are not', async () => {
    const owner = await employerWithCompany(app);
    await db().query(`UPDATE users SET lang = 'hi' WHERE id = $1`, [owner.id]);
    const idle = await postJob(app, owner);
    const fresh = await postJob(app, owner);
    const answered = await postJob(app, owner);
    await age(idle.id, 15);
    await age(answered.id, 15);
    await db().query(
      `INSERT INTO job_responses (job_id, last_responded_at) VALUES ($1, now() - interval '2 days')`,
      [answered.id],
    );

    const first = await app.services.reconfirm.sweep();
    expect(first.requested).toBeGreaterThanOrEqual(1);
    expect((await job(idle.id, owner.auth)).reconfirm_requested_at).not.toBeNull();
    expect((await job(fresh.id, owner.auth)).reconfirm_requested_at).toBeNull();
    expect((await job(answered.id, owner.auth)).reconfirm_requested_at).toBeNull();

    const sent = await messages(owner.id, 'jobReconfirm');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toContain(`http://localhost:3000/employer/jobs/${idle.id}/reconfirm`);
    expect(sent[0]!.subject).toMatch(/[\u0900-\u097f]/);
    expect(sent[0]!.body).toContain('एक टैप में पुष्टि करें');

    // Idempotent: a second run (or a second instance) asks nothing more.
    await Promise.all([app.services.reconfirm.sweep(), app.services.reconfirm.sweep()]);
    expect(await messages(owner.id, 'jobReconfirm')).toHaveLength(1);
  });

  it('two instances sweeping at once ask about each job exactly once', async () => {
    const owner = await employerWithCompany(app);
    const jobs = [await postJob(app, owner), await postJob(app, owner), await postJob(app, owner)];
    for (const j of jobs) await age(j.id, 20);
    await Promise.all([app.services.reconfirm.sweep(), app.services.reconfirm.sweep()]);
    const sent = await messages(owner.id, 'jobReconfirm');
    expect(sent.map((m) => m.body.match(/jobs\/(\d+)\/reconfirm/)?.[1]).sort()).toEqual(
      jobs.map((j) => String(j.id)).sort(),
    );
  });

  it('seekers see the job is unconfirmed; re-confirming clears it and restarts the clock', async () => {
    const j = await postJob(app, employer);
    await age(j.id, 15);
    await app.services.reconfirm.sweep();
    const page = await app.inject({ method: 'GET', url: `/jobs/${j.id}` });
    expect(page.body).toContain('The employer has not confirmed recently that this job is still open.');

    const seeker = await seekerWithProfile(app);
    const forbidden = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${j.id}/reconfirm`,
      headers: seeker.auth,
    });
    expect(forbidden.statusCode).toBe(403);
    const other = await employerWithCompany(app);
    const notTheirs = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${j.id}/reconfirm`,
      headers: other.auth,
    });
    expect(notTheirs.statusCode).toBe(404);

    const ok = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${j.id}/reconfirm`,
      headers: employer.auth,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().reconfirm_requested_at).toBeNull();
    const after = await app.inject({ method: 'GET', url: `/jobs/${j.id}` });
    expect(after.body).not.toContain('has not confirmed recently');
    await app.services.reconfirm.sweep();
    expect((await job(j.id)).reconfirm_requested_at).toBeNull();
  });

  it('any employer action on an applicant answers the request', async () => {
    const j = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const applied = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${j.id}/applications`,
      headers: seeker.auth,
    });
    await age(j.id, 15);
    await app.services.reconfirm.sweep();
    expect((await job(j.id)).reconfirm_requested_at).not.toBeNull();
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applied.json().id}`,
      headers: employer.auth,
      payload: { stage: 'shortlisted', note: 'good typing speed' },
    });
    expect(moved.statusCode).toBe(200);
    expect((await job(j.id)).reconfirm_requested_at).toBeNull();
  });

  it('a job still unconfirmed 7 days after the request closes as unconfirmed, and the employer hears it', async () => {
    const owner = await employerWithCompany(app);
    const j = await postJob(app, owner);
    await age(j.id, 25);
    await app.services.reconfirm.sweep();
    // Not yet: the request is fresh.
    expect((await job(j.id, owner.auth)).status).toBe('published');
    await db().query(`UPDATE jobs SET reconfirm_requested_at = now() - interval '8 days' WHERE id = $1`, [
      j.id,
    ]);
    const run = await app.services.reconfirm.sweep();
    expect(run.closed).toBeGreaterThanOrEqual(1);
    const { rows } = await db().query<{ status: string; closed_reason: string; closed_at: Date | null }>(
      'SELECT status, closed_reason, closed_at FROM jobs WHERE id = $1',
      [j.id],
    );
    expect(rows[0]).toMatchObject({ status: 'closed', closed_reason: 'unconfirmed' });
    expect(rows[0]!.closed_at).not.toBeNull();
    expect(await messages(owner.id, 'jobClosedUnconfirmed')).toHaveLength(1);
    await app.services.reconfirm.sweep();
    expect(await messages(owner.id, 'jobClosedUnconfirmed')).toHaveLength(1);
  });

  it('a job answered after the request is not closed even if the flag lingered', async () => {
    const j = await postJob(app, employer);
    await age(j.id, 25);
    await db().query(`UPDATE jobs SET reconfirm_requested_at = now() - interval '8 days' WHERE id = $1`, [
      j.id,
    ]);
    await db().query(
      `INSERT INTO job_responses (job_id, last_responded_at) VALUES ($1, now() - interval '1 day')
       ON CONFLICT (job_id) DO UPDATE SET last_responded_at = EXCLUDED.last_responded_at`,
      [j.id],
    );
    await app.services.reconfirm.sweep();
    expect((await job(j.id)).status).toBe('published');
  });
});
