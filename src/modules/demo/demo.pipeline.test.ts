import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSeekerTestApp } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { DEMO_LOGINS } from './demo.generator.ts';
import { seedDemoPipeline } from './demo.pipeline.ts';
import { seedDemo } from './demo.seed.ts';

forEachEngine('demo hiring pipeline', ({ db }) => {
  let app: FastifyInstance;
  let auth: { authorization: string };
  beforeAll(async () => {
    await seedDemo(db(), { jobs: 300, companies: 4, seekers: 150, pipeline: true });
    app = await buildSeekerTestApp(db());
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: DEMO_LOGINS.employer.phone, password: DEMO_LOGINS.password },
    });
    auth = { authorization: `Bearer ${login.json().token}` };
  });
  afterAll(() => app.close());

  it("the demo employer's newest jobs have applicants in several stages, each with its history", async () => {
    const mine = (await app.inject({ method: 'GET', url: '/api/v1/me/jobs', headers: auth })).json<{
      items: { id: number; status: string }[];
    }>().items;
    const stages = new Map<string, number>();
    let withApplicants = 0;
    for (const job of mine.filter((j) => j.status === 'published')) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: auth,
      });
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: { stage: string; history: { to: string }[] }[] }>().items;
      if (items.length) withApplicants++;
      for (const a of items) {
        stages.set(a.stage, (stages.get(a.stage) ?? 0) + 1);
        // The history ends where the application stands, and starts with the seeker's apply.
        expect(a.history[0]?.to).toBe('applied');
        expect(a.history.at(-1)?.to).toBe(a.stage);
      }
    }
    expect(withApplicants).toBeGreaterThan(0);
    expect(stages.get('applied')).toBeGreaterThan(0);
    expect((stages.get('shortlisted') ?? 0) + (stages.get('interview') ?? 0)).toBeGreaterThan(0);

    // Every applicant lives in the job's city, and nothing is dated in the future.
    const { rows } = await db().query<{ bad_city: number; future: number }>(
      `SELECT count(*) FILTER (WHERE s.city <> j.city)::int AS bad_city,
              (count(*) FILTER (WHERE a.created_at > now()) +
               (SELECT count(*) FROM application_events WHERE created_at > now()))::int AS future
         FROM applications a JOIN jobs j ON j.id = a.job_id JOIN seeker_profiles s ON s.user_id = a.seeker_id`,
    );
    expect(rows[0]).toEqual({ bad_city: 0, future: 0 });
  });

  it('the dashboard has views and a last-responded date to show', async () => {
    const { rows } = await db().query<{ job_id: number }>(
      'SELECT job_id FROM job_responses ORDER BY last_responded_at DESC LIMIT 1',
    );
    const jobId = rows[0]!.job_id;
    const stats = await app.inject({ method: 'GET', url: `/api/v1/jobs/${jobId}/stats`, headers: auth });
    expect(stats.statusCode).toBe(200);
    expect(stats.json().views).toBeGreaterThan(0);
    const last = await app.inject({ method: 'GET', url: `/api/v1/jobs/${jobId}/last-responded` });
    expect(last.json().last_responded_at).not.toBeNull();
  });

  it('the demo seeker has a CSR profile, a next step and applications at three stages', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: DEMO_LOGINS.seeker.phone, password: DEMO_LOGINS.password },
    });
    const seeker = { authorization: `Bearer ${login.json().token}` };
    const apps = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker });
    expect(apps.statusCode).toBe(200);
    const stages = apps
      .json<{ items: { stage: string }[] }>()
      .items.map((a) => a.stage)
      .sort();
    expect(stages).toEqual(['applied', 'interview', 'shortlisted']);
    const next = await app.inject({ method: 'GET', url: '/api/v1/me/next-step', headers: seeker });
    expect(next.statusCode).toBe(200);
    expect(next.json().status).not.toBe('no_role');
  });

  it('every demo application in Interview has a scheduled interview: when, where or how, after the move', async () => {
    const { rows } = await db().query<{
      id: number;
      moved_at: Date;
      upcoming: number;
      bad: number;
      own: boolean;
    }>(
      `SELECT a.id, max(e.created_at) AS moved_at, (su.phone = $1) AS own,
              count(i.id) FILTER (WHERE i.status = 'scheduled' AND i.starts_at > now())::int AS upcoming,
              count(i.id) FILTER (WHERE i.starts_at <= i.created_at
                OR (i.mode = 'in_person' AND coalesce(i.place, '') = '')
                OR extract(hour FROM i.starts_at AT TIME ZONE 'Asia/Kolkata') NOT BETWEEN 10 AND 17
                OR i.created_at < (SELECT min(created_at) - interval '1 second' FROM application_events x
                                    WHERE x.application_id = a.id AND x.to_stage = 'interview')
                OR i.created_by IS DISTINCT FROM e.actor_id)::int AS bad
         FROM applications a
         JOIN application_events e ON e.application_id = a.id AND e.to_stage = 'interview'
         LEFT JOIN interviews i ON i.application_id = a.id
         LEFT JOIN users su ON su.id = a.seeker_id
        WHERE a.stage = 'interview'
        GROUP BY a.id, su.phone`,
      [DEMO_LOGINS.seeker.phone],
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows)
      expect({ id: r.id, upcoming: r.upcoming, bad: r.bad }).toEqual({ id: r.id, upcoming: 1, bad: 0 });
    // The demo seeker's: a phone round that has passed, and the in-person round to come.
    const own = rows.find((r) => r.own)!;
    const { rows: rounds } = await db().query<{ mode: string; past: boolean; place: string | null }>(
      'SELECT mode, starts_at < now() AS past, place FROM interviews WHERE application_id = $1 ORDER BY starts_at',
      [own.id],
    );
    expect(rounds.map((r) => [r.mode, r.past])).toEqual([
      ['phone', true],
      [rounds[1]!.mode === 'phone' ? 'phone' : 'in_person', false],
    ]);
    if (rounds[1]!.mode === 'in_person') expect(rounds[1]!.place).toMatch(/office, .+, .+/);
  });

  it('seeding the pipeline again schedules no second interview', async () => {
    const count = async () =>
      (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM interviews')).rows[0]!.n;
    const before = await count();
    const again = await db().tx((q) =>
      seedDemoPipeline(q, DEMO_LOGINS.employer.phone, { seekerPhone: DEMO_LOGINS.seeker.phone }),
    );
    expect(again.interviews).toBe(0);
    expect(await count()).toBe(before);
  });
});
