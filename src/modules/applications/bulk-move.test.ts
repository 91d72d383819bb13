// Bulk moves (shortlist or reject many applicants at once): what they leave behind is pinned byte
// for byte, ids and times aside (stages, one history entry and one seeker message a moved
// applicant, skipped withdrawals and erased seekers, a hire that fills the job closing it, no
// contact-view audit), and what they cost: moving 12 applicants takes as many queries as moving 3.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { counting } from '../../../test/support/counting.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { createServices } from '../../services.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { StageBody } from './applications.schema.ts';

forEachEngine('bulk move', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor & { companyId: string };
  const labels = new Map<string, string>();
  const applicationLabels = new Map<number, string>();
  const jobLabels = new Map<number, string>();
  const jobs: Record<string, number> = {};
  /** Application ids by job label, in applying order. */
  const applied: Record<string, number[]> = {};
  const seekerIds: string[] = [];

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app);
    const openings: Record<string, number> = { three: 10, twelve: 20, edge: 10, hire: 2, atomic: 10 };
    const sizes: Record<string, number> = { three: 3, twelve: 12, edge: 6, hire: 3, atomic: 3 };
    for (const name of Object.keys(sizes)) {
      const job = await postJob(app, employer, { title: `Telecaller ${name}`, openings: openings[name] });
      jobs[name] = job.id;
      jobLabels.set(job.id, `job:${name}`);
      applied[name] = [];
      for (let i = 0; i < sizes[name]!; i++) {
        const seeker = await seekerWithProfile(app, {
          experience_years: i % 4,
          contact_consent: i % 2 === 0,
        });
        labels.set(seeker.id, `seeker:${name}${i}`);
        seekerIds.push(seeker.id);
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/jobs/${job.id}/applications`,
          headers: seeker.auth,
        });
        expect(res.statusCode).toBe(201);
        const id = res.json<{ id: number }>().id;
        applicationLabels.set(id, `application:${name}${i}`);
        applied[name]!.push(id);
        // edge: 2 already shortlisted, 3 withdrew, 4 erased their account.
        if (name === 'edge' && i === 2) {
          const moved = await app.inject({
            method: 'PATCH',
            url: `/api/v1/applications/${id}`,
            headers: employer.auth,
            payload: { stage: 'shortlisted' },
          });
          expect(moved.statusCode).toBe(200);
        }
        if (name === 'edge' && i === 3) {
          const out = await app.inject({
            method: 'POST',
            url: `/api/v1/applications/${id}/withdraw`,
            headers: seeker.auth,
          });
          expect(out.statusCode).toBe(200);
        }
        if (name === 'edge' && i === 4) {
          const gone = await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth });
          expect(gone.statusCode).toBe(204);
        }
      }
    }
  });
  afterAll(() => app.close());

  const owner = (): AuthUser => ({ id: employer.id, role: 'employer', name: 'Test employer' });

  const bulk = async (job: string, ids: number[], body: Record<string, unknown>) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${jobs[job]}/applications/bulk`,
      headers: employer.auth,
      payload: { ids, ...body },
    });
    return { status: res.statusCode, body: res.json() };
  };

  /** What a bulk move leaves: the job, its applicant cards, each seeker's messages, the audit. */
  async function state(...names: string[]) {
    const { applications, jobs: jobsService, notifications } = app.services;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const job = await jobsService.forMember(owner(), jobs[name]!);
      out[`job ${name}`] = { status: job.status, closed_reason: job.closed_reason };
      out[`applicants ${name}`] = (
        await applications.listForJob(owner(), jobs[name]!, {}, { audit: false })
      ).items;
      const responded = await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM job_responses WHERE job_id = $1',
        [jobs[name]],
      );
      out[`responded ${name}`] = responded.rows[0]?.n;
    }
    const messages: Record<string, unknown> = {};
    for (const id of seekerIds) {
      const label = labels.get(id)!;
      if (!names.some((n) => label.startsWith(`seeker:${n}`))) continue;
      messages[label] = (await notifications.mine(id)).map((m) => ({
        channel: m.channel,
        template: m.template,
        subject: m.subject,
        body: m.body,
        status: m.status,
      }));
    }
    out.messages = messages;
    const views = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM contact_views');
    out.contact_views = views.rows[0]?.n;
    return out;
  }

  const pinned = (value: unknown) =>
    JSON.stringify(
      value,
      (key, v) => {
        if (
          ['created_at', 'updated_at', 'at', 'expires_at', 'issued_at'].includes(key) &&
          typeof v === 'string'
        )
          return '<time>';
        if (key === 'id' && typeof v === 'number') return applicationLabels.get(v) ?? `unknown:${v}`;
        if (key === 'job_id' && typeof v === 'number') return jobLabels.get(v) ?? `unknown:${v}`;
        if (typeof v === 'string')
          return v
            .replace(
              /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
              (u) => labels.get(u) ?? u,
            )
            .replace(/^\+91\d{10}$/, '+91<phone>')
            .replace(/^\+91•••••\d{3}$/, '+91•••••<3>');
        return v;
      },
      2,
    );

  it('a bulk move leaves each applicant, message and job as before; skips withdrawals and erased seekers', async () => {
    const edge = applied.edge!;
    const steps: Record<string, unknown> = {};
    steps['foreign id'] = await bulk('edge', [edge[0]!, applied.three![0]!], { stage: 'rejected' });
    steps['after foreign id'] = await state('edge');
    steps['shortlist with a note'] = await bulk('edge', [edge[0]!, edge[0]!, ...edge.slice(1)], {
      stage: 'shortlisted',
      note: 'Clear on the phone; shortlisted after the screening round',
    });
    steps['the same again without a note'] = await bulk('edge', [edge[0]!, edge[5]!], {
      stage: 'shortlisted',
    });
    steps['reject'] = await bulk('edge', [edge[1]!], { stage: 'rejected' });
    steps['after edge'] = await state('edge');
    steps['hire three for two openings'] = await bulk('hire', applied.hire!, { stage: 'hired' });
    steps['after hire'] = await state('hire');
    const text = pinned(steps);
    expect(text).not.toContain('unknown:');
    expect(text).toMatchSnapshot();
  });

  it('a bulk move that fails part way moves no one and tells no one', async () => {
    const [first, second] = applied.atomic!;
    // The second applicant's history entry cannot be written (a stand-in for any failure mid-way).
    await db().exec(`
      CREATE FUNCTION bulk_move_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'history write failed'; END $$;
      CREATE TRIGGER bulk_move_test_fail BEFORE INSERT ON application_events
        FOR EACH ROW WHEN (NEW.application_id = ${Number(second)}) EXECUTE FUNCTION bulk_move_test_fail();
    `);
    try {
      const res = await bulk('atomic', applied.atomic!, { stage: 'rejected' });
      expect(res.status).toBe(500);
    } finally {
      await db().exec(
        'DROP TRIGGER bulk_move_test_fail ON application_events; DROP FUNCTION bulk_move_test_fail();',
      );
    }
    const { items } = await app.services.applications.listForJob(owner(), jobs.atomic!, {}, { audit: false });
    expect(items.map((a) => a.stage)).toEqual(['applied', 'applied', 'applied']);
    expect(items.find((a) => a.id === first)!.history).toHaveLength(1);
    const told = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE template = 'applicationStage' AND user_id = ANY($1::uuid[])`,
      [items.map((a) => a.seeker!.id)],
    );
    expect(told.rows[0]!.n).toBe(0);
  });

  it('moving 12 applicants costs as many queries as moving 3, and leaves the same as before', async () => {
    const counted = counting(db());
    const { applications } = createServices(counted.db, { sessionDays: 30 });
    const body = { stage: 'shortlisted', note: 'Shortlisted in bulk' } as StageBody;
    const cost = async (name: string) => {
      const before = counted.queries();
      const { moved } = await applications.bulkMove(owner(), jobs[name]!, applied[name]!, body);
      return { queries: counted.queries() - before, moved };
    };
    await applications.listForJob(owner(), jobs.edge!, {}, { audit: false }); // warms read-only caches
    const three = await cost('three');
    const twelve = await cost('twelve');
    expect(pinned(await state('three', 'twelve'))).toMatchSnapshot();
    expect(three.moved).toBe(3);
    expect(twelve.moved).toBe(12);
    console.log(`bulk move queries: 3 -> ${three.queries}, 12 -> ${twelve.queries}`);
    expect(twelve.queries).toBe(three.queries);
  });
});

forEachEngine('bulk move leaves settled applicants', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  it('a bulk move leaves hired, rejected and withdrawn applicants where they are and says why, unless told to include the settled ones', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { openings: 5 });
    const ids: number[] = [];
    const seekers: Actor[] = [];
    for (let i = 0; i < 4; i++) {
      const seeker = await seekerWithProfile(app);
      seekers.push(seeker);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: seeker.auth,
      });
      ids.push(res.json<{ id: number }>().id);
    }
    const [hired, rejected, withdrawn, fresh] = ids as [number, number, number, number];
    for (const [id, stage] of [
      [hired, 'hired'],
      [rejected, 'rejected'],
    ] as const) {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${id}`,
        headers: employer.auth,
        payload: { stage },
      });
      expect(res.statusCode).toBe(200);
    }
    await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${withdrawn}/withdraw`,
      headers: seekers[2]!.auth,
    });
    const bulk = (body: Record<string, unknown>) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications/bulk`,
        headers: employer.auth,
        payload: { ids, stage: 'shortlisted', ...body },
      });
    const stages = async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: employer.auth,
      });
      const items = res.json<{ items: { id: number; stage: string }[] }>().items;
      return ids.map((id) => items.find((a) => a.id === id)?.stage);
    };
    const first = await bulk({});
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      moved: 1,
      left: [
        { id: hired, reason: 'hired' },
        { id: rejected, reason: 'rejected' },
        { id: withdrawn, reason: 'withdrawn' },
      ],
    });
    expect(await stages()).toEqual(['hired', 'rejected', 'withdrawn', 'shortlisted']);
    const second = await bulk({ include_settled: true });
    expect(second.json()).toEqual({ moved: 3, left: [{ id: withdrawn, reason: 'withdrawn' }] });
    expect(await stages()).toEqual(['shortlisted', 'shortlisted', 'withdrawn', 'shortlisted']);
    expect(fresh).toBeGreaterThan(0);
  });
});
