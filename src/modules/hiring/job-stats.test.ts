// The employer dashboard's figures and the job helpers: views counted per day by an upsert (not
// the company's own views), applies, calls, stages and time to shortlist; a hire that fills the
// openings closes the job as 'filled'; duplicate; stage messages in the seeker's language.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, PHONE_UA, postJob, register } from '../../../test/support/app.ts';
import { FakeExotel } from '../../../test/support/fakes/fake-exotel.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('employer dashboard figures and job helpers', ({ db }) => {
  let app: FastifyInstance;
  const exotel = new FakeExotel();
  beforeAll(async () => {
    await exotel.start();
    app = await buildSeekerTestApp(db(), {}, { exotel });
  });
  afterAll(async () => {
    await app.close();
    await exotel.stop();
  });

  const apply = async (seeker: Actor, jobId: number) =>
    (
      await app.inject({ method: 'POST', url: `/api/v1/jobs/${jobId}/applications`, headers: seeker.auth })
    ).json<{ id: number }>().id;
  const move = (employer: Actor, id: number, stage: string) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${id}`,
      headers: employer.auth,
      payload: { stage },
    });

  it('counts views of the job page and API (not its own company’s), applies, calls, stages and time to shortlist', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seekers = [
      await seekerWithProfile(app),
      await seekerWithProfile(app),
      await seekerWithProfile(app),
    ];
    // Two anonymous API reads, one seeker's page view; the owner's own reads do not count.
    await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}` });
    await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}` });
    await app.inject({
      method: 'GET',
      url: `/jobs/${job.id}`,
      headers: { ...seekers[0]!.auth, accept: 'text/html', 'user-agent': PHONE_UA },
    });
    // Crawlers and link previews reading the page are not views.
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'WhatsApp/2.23.20.0',
    ]) {
      const page = await app.inject({ method: 'GET', url: `/jobs/${job.id}`, headers: { 'user-agent': ua } });
      expect(page.statusCode).toBe(200);
    }
    await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: employer.auth });
    const ids = [];
    for (const s of seekers) ids.push(await apply(s, job.id));
    // The first applied 10 hours ago and the second 30 hours ago; both are shortlisted now.
    await db().query(`UPDATE applications SET created_at = now() - interval '10 hours' WHERE id = $1`, [
      ids[0],
    ]);
    await db().query(`UPDATE applications SET created_at = now() - interval '30 hours' WHERE id = $1`, [
      ids[1],
    ]);
    expect((await move(employer, ids[0]!, 'shortlisted')).statusCode).toBe(200);
    expect((await move(employer, ids[1]!, 'interview')).statusCode).toBe(200);
    // Two calls are placed; only the one Exotel reports answered counts in the figures.
    for (const [status, seconds] of [
      ['completed', 95],
      ['no-answer', 0],
    ] as const) {
      await app.inject({
        method: 'POST',
        url: `/api/v1/applications/${ids[2]}/calls`,
        headers: employer.auth,
      });
      const placed = exotel.calls.at(-1)!;
      const url = new URL(placed.statusCallback);
      await app.inject({
        method: 'POST',
        url: url.pathname + url.search,
        payload: FakeExotel.terminal(placed, status, seconds),
      });
    }

    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/stats`,
      headers: employer.auth,
    });
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats).toMatchObject({ job_id: job.id, days: 14, views: 3, applies: 3, calls: 1 });
    expect(stats.stages).toEqual({
      applied: 1,
      shortlisted: 1,
      interview: 1,
      offered: 0,
      hired: 0,
      rejected: 0,
      withdrawn: 0,
    });
    // The median of 10 and 30 hours.
    expect(stats.time_to_shortlist.shortlisted).toBe(2);
    expect(stats.time_to_shortlist.median_hours).toBeGreaterThanOrEqual(19.9);
    expect(stats.time_to_shortlist.median_hours).toBeLessThan(20.5);
    expect(stats.daily).toHaveLength(14);
    const today = stats.daily.at(-1);
    expect(today.views).toBe(3);
    expect(stats.daily.reduce((s: number, d: { applies: number }) => s + d.applies, 0)).toBe(3);
    const rows = await db().query<{ views: number }>('SELECT views FROM job_views_daily WHERE job_id = $1', [
      job.id,
    ]);
    expect(rows.rows).toEqual([{ views: 3 }]);

    const month = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/stats?days=30`,
      headers: employer.auth,
    });
    expect(month.json().daily).toHaveLength(30);
    const other = await employerWithCompany(app, { name: 'Other Care Pvt Ltd' });
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/stats`, headers: other.auth }))
        .statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/stats`, headers: seekers[0]!.auth }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}/stats` })).statusCode).toBe(401);
  });

  it('the hire that fills the last opening closes the job as filled; a manual close says why', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { openings: 2 });
    const [a, b] = [await seekerWithProfile(app), await seekerWithProfile(app)];
    const [ia, ib] = [await apply(a, job.id), await apply(b, job.id)];
    await move(employer, ia, 'hired');
    const half = await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: employer.auth });
    expect(half.json()).toMatchObject({ status: 'published', closed_reason: null, closed_at: null });
    await move(employer, ib, 'hired');
    const full = (
      await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: employer.auth })
    ).json();
    expect(full).toMatchObject({ status: 'closed', closed_reason: 'filled' });
    expect(Date.parse(full.closed_at)).toBeGreaterThan(Date.now() - 60_000);

    const other = await postJob(app, employer);
    const closed = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${other.id}/close?reason=filled`,
      headers: employer.auth,
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closed_reason: 'filled' });
    const third = await postJob(app, employer);
    const plain = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${third.id}/close`,
      headers: employer.auth,
    });
    expect(plain.json()).toMatchObject({ status: 'closed', closed_reason: 'employer' });
    expect(plain.json().closed_at).not.toBeNull();
    const bad = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${third.id}/close?reason=bored`,
      headers: employer.auth,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('duplicate makes a draft copy for the same company; another company gets 404', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: 'Night Shift Chat Support', openings: 3 });
    const copy = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/duplicate`,
      headers: employer.auth,
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      title: 'Night Shift Chat Support',
      openings: 3,
      status: 'draft',
      posted_at: null,
      company: { id: employer.companyId },
    });
    expect(copy.json().id).not.toBe(job.id);
    const other = await employerWithCompany(app, { name: 'Copycat Services' });
    const stolen = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/duplicate`,
      headers: other.auth,
    });
    expect(stolen.statusCode).toBe(404);
  });

  it('a stage change reaches the seeker in the language they read the site in', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const hindi = await seekerWithProfile(app);
    const english = await register(app, 'seeker');
    await db().query(`UPDATE users SET lang = 'hi' WHERE id = $1`, [hindi.id]);
    for (const s of [hindi, english]) await move(employer, await apply(s, job.id), 'shortlisted');
    const message = async (userId: string) =>
      (
        await db().query<{ subject: string; body: string }>(
          `SELECT subject, body FROM notifications WHERE user_id = $1 AND template = 'applicationStage'`,
          [userId],
        )
      ).rows[0];
    const hi = await message(hindi.id);
    expect(hi?.subject).toContain('शॉर्टलिस्ट हुए');
    expect(hi?.body).toContain('आपका आवेदन');
    expect(hi?.body).not.toContain('shortlisted');
    expect((await message(english.id))?.subject).toContain(': Shortlisted');
  });
});
