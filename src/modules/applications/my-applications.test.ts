// "My applications": what a seeker sees of each application (pinned byte for byte, ids and times
// aside: the job as it is now when it is public, the title and company kept at applying when it is
// not) and what the page costs (as many queries for 3 applications as for 12: the page's jobs are
// read at once, not one by one).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob, register } from '../../../test/support/app.ts';
import { counting } from '../../../test/support/counting.ts';
import { buildSeekerTestApp } from '../../../test/support/seekers.ts';
import { createServices } from '../../services.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import type { AuthUser } from '../accounts/index.ts';

forEachEngine('my applications', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor & { companyId: string };
  let few: Actor;
  let many: Actor;
  const labels = new Map<string, string>();
  const applicationLabels = new Map<number, string>();
  const jobLabels = new Map<number, string>();

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app);
    labels.set(employer.companyId, 'company');
    few = await register(app, 'seeker', 'Sunita Jadhav');
    many = await register(app, 'seeker', 'Rahul Pawar');
    const jobs: { id: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const job = await postJob(app, employer, {
        title: `Back Office Executive ${i}`,
        ...(i % 3 === 1 ? { city: 'thane', locality: 'wagle-estate' } : {}),
      });
      jobLabels.set(job.id, `job:${i}`);
      jobs.push(job);
    }
    const apply = async (seeker: Actor, name: string, jobId: number) => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${jobId}/applications`,
        headers: seeker.auth,
      });
      expect(res.statusCode).toBe(201);
      const id = res.json<{ id: number }>().id;
      applicationLabels.set(id, `application:${name}@${jobLabels.get(jobId)}`);
      return id;
    };
    for (const job of jobs.slice(0, 3)) await apply(few, 'few', job.id);
    const ids: number[] = [];
    for (const job of jobs) ids.push(await apply(many, 'many', job.id));

    // Moves with and without a note, a withdrawal, and the jobs' lives after applying: paused,
    // closed, held by a moderator, expired, edited; and the company renamed.
    const move = async (id: number, stage: string, note?: string) => {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${id}`,
        headers: employer.auth,
        payload: { stage, ...(note ? { note } : {}) },
      });
      expect(res.statusCode).toBe(200);
    };
    await move(ids[0]!, 'shortlisted', 'Sounds keen');
    await move(ids[0]!, 'shortlisted', 'Called back, interview next week');
    await move(ids[1]!, 'rejected');
    await move(ids[2]!, 'shortlisted');
    await move(ids[2]!, 'interview');
    // The moves' messages wait out the undo window; once they went, the seeker sees the moves.
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
    const out = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${ids[3]}/withdraw`,
      headers: many.auth,
    });
    expect(out.statusCode).toBe(200);
    const patch = async (jobId: number, payload: Record<string, unknown>) => {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/jobs/${jobId}`,
        headers: employer.auth,
        payload,
      });
      expect(res.statusCode).toBe(200);
    };
    await db().query(`UPDATE jobs SET status = 'paused' WHERE id = $1`, [jobs[4]!.id]);
    const closed = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${jobs[5]!.id}/close`,
      headers: employer.auth,
    });
    expect(closed.statusCode).toBe(200);
    await db().query(`UPDATE jobs SET status = 'held' WHERE id = $1`, [jobs[6]!.id]);
    await db().query(`UPDATE jobs SET expires_at = now() - interval '1 day' WHERE id = $1`, [jobs[7]!.id]);
    await patch(jobs[8]!.id, { title: 'Senior Back Office Executive', locality: 'andheri-east' });
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${employer.companyId}`,
      headers: employer.auth,
      payload: { name: 'Maitri Customer Care' },
    });
    expect(renamed.statusCode).toBe(200);
  });
  afterAll(() => app.close());

  const seeker = (who: Actor, name: string): AuthUser => ({ id: who.id, role: 'seeker', name });

  const pinned = (list: unknown) =>
    JSON.stringify(
      list,
      (key, value) => {
        if (['created_at', 'updated_at', 'at'].includes(key) && typeof value === 'string') return '<time>';
        if (key === 'id' && typeof value === 'number')
          return applicationLabels.get(value) ?? jobLabels.get(value) ?? `unknown:${value}`;
        if (key === 'id' && typeof value === 'string') return labels.get(value) ?? `unknown:${value}`;
        return value;
      },
      2,
    );

  it('a seeker sees each application as before: the job now (or as applied when hidden), stage, history', async () => {
    const pages: Record<string, unknown> = {};
    for (const [name, who] of [
      ['few', few],
      ['many', many],
    ] as const) {
      const res = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: who.auth });
      expect(res.statusCode).toBe(200);
      pages[`api ${name}`] = res.json();
      pages[`export ${name}`] = await app.services.applications.exportOf(who.id);
    }
    const text = pinned(pages);
    expect(text).not.toContain('unknown:');
    expect(text).toMatchSnapshot();
    const html = await app.inject({ method: 'GET', url: '/me/applications', headers: many.auth });
    expect(html.statusCode).toBe(200);
  });

  it('the list costs the same number of queries for 3 applications as for 12', async () => {
    const counted = counting(db());
    const { applications } = createServices(counted.db, { sessionDays: 30 });
    const cost = async (user: AuthUser) => {
      const before = counted.queries();
      const list = await applications.listMine(user);
      return { queries: counted.queries() - before, n: list.length };
    };
    await cost(seeker(many, 'Rahul Pawar')); // warms read-only caches
    const three = await cost(seeker(few, 'Sunita Jadhav'));
    const twelve = await cost(seeker(many, 'Rahul Pawar'));
    expect(three.n).toBe(3);
    expect(twelve.n).toBe(12);
    console.log(`my applications queries: 3 -> ${three.queries}, 12 -> ${twelve.queries}`);
    expect(twelve.queries).toBe(three.queries);
  });
});
