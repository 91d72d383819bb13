// The authorization walk: every employer route of the hiring pipeline, as the owner, a recruiter
// of the same company, a recruiter of another company, a seeker and anonymously.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type Actor,
  employerWithCompany,
  postJob,
  register,
  uniquePhone,
} from '../../../test/support/app.ts';
import { FakeExotel } from '../../../test/support/fakes/fake-exotel.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

type Who = 'anonymous' | 'seeker' | 'otherRecruiter' | 'recruiter' | 'owner';
interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: Record<string, unknown>;
}
interface Fixture {
  companyId: string;
  jobId: number;
  applicationId: number;
}

const future = () => new Date(Date.now() + 5 * 86_400_000).toISOString();
const interview = () => ({ starts_at: future(), duration_minutes: 30, mode: 'phone' });

forEachEngine('employer routes authorization', ({ db }) => {
  let app: FastifyInstance;
  const actors = {} as Record<Exclude<Who, 'anonymous'>, Actor>;
  let fx: Fixture;

  async function addRecruiter(owner: Actor & { companyId: string }): Promise<Actor> {
    const phone = uniquePhone();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'employer', name: 'Recruiter', phone, password: 'correct horse battery' },
    });
    const body = res.json<{ token: string; user: { id: string } }>();
    await app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: owner.auth,
      payload: { phone },
    });
    return { token: body.token, id: body.user.id, auth: { authorization: `Bearer ${body.token}` } };
  }
  async function applicant(jobId: number): Promise<number> {
    const seeker = await seekerWithProfile(app);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${jobId}/applications`,
      headers: seeker.auth,
    });
    return res.json().id;
  }
  async function scheduled(): Promise<number> {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${fx.applicationId}/interviews`,
      headers: actors.owner.auth,
      payload: interview(),
    });
    return res.json().id;
  }
  async function placedCall(): Promise<number> {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${fx.applicationId}/calls`,
      headers: actors.owner.auth,
    });
    return res.json().id;
  }

  const exotel = new FakeExotel();
  beforeAll(async () => {
    await exotel.start();
    app = await buildSeekerTestApp(db(), {}, { exotel });
    const owner = await employerWithCompany(app);
    const other = await employerWithCompany(app, { name: 'Rival Outsourcing' });
    actors.owner = owner;
    actors.recruiter = await addRecruiter(owner);
    actors.otherRecruiter = await addRecruiter(other);
    actors.seeker = await register(app, 'seeker');
    const job = await postJob(app, owner);
    fx = { companyId: owner.companyId, jobId: job.id, applicationId: await applicant(job.id) };
  });
  afterAll(async () => {
    await app.close();
    await exotel.stop();
  });

  // Expected status for [owner, recruiter, otherRecruiter, seeker, anonymous].
  const routes: {
    name: string;
    make: () => Promise<Call>;
    expect: [number, number, number, number, number];
  }[] = [
    {
      name: 'GET team',
      make: async () => ({ method: 'GET', url: `/api/v1/companies/${fx.companyId}/members` }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'POST team member',
      make: async () => ({
        method: 'POST',
        url: `/api/v1/companies/${fx.companyId}/members`,
        payload: { phone: uniquePhone() },
      }),
      expect: [202, 403, 404, 403, 401],
    },
    {
      name: 'DELETE team member',
      make: async () => {
        const target = await addRecruiter({ ...actors.owner, companyId: fx.companyId });
        return { method: 'DELETE', url: `/api/v1/companies/${fx.companyId}/members/${target.id}` };
      },
      expect: [204, 403, 404, 403, 401],
    },
    {
      name: 'GET applicants',
      make: async () => ({ method: 'GET', url: `/api/v1/jobs/${fx.jobId}/applications?stage=applied` }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'PATCH stage',
      make: async () => ({
        method: 'PATCH',
        url: `/api/v1/applications/${fx.applicationId}`,
        payload: { stage: 'shortlisted' },
      }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'POST bulk move',
      make: async () => ({
        method: 'POST',
        url: `/api/v1/jobs/${fx.jobId}/applications/bulk`,
        payload: { ids: [fx.applicationId], stage: 'shortlisted' },
      }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'POST interview',
      make: async () => ({
        method: 'POST',
        url: `/api/v1/applications/${fx.applicationId}/interviews`,
        payload: interview(),
      }),
      expect: [201, 201, 404, 403, 401],
    },
    {
      name: 'GET interviews',
      make: async () => ({ method: 'GET', url: `/api/v1/applications/${fx.applicationId}/interviews` }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'PATCH interview',
      make: async () => ({
        method: 'PATCH',
        url: `/api/v1/interviews/${await scheduled()}`,
        payload: interview(),
      }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'POST interview cancel',
      make: async () => ({ method: 'POST', url: `/api/v1/interviews/${await scheduled()}/cancel` }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'POST call',
      make: async () => ({ method: 'POST', url: `/api/v1/applications/${fx.applicationId}/calls` }),
      expect: [201, 201, 404, 403, 401],
    },
    {
      name: 'GET calls',
      make: async () => ({ method: 'GET', url: `/api/v1/applications/${fx.applicationId}/calls` }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'POST WhatsApp contact',
      make: async () => ({ method: 'POST', url: `/api/v1/applications/${fx.applicationId}/contact` }),
      expect: [201, 201, 404, 403, 401],
    },
    {
      name: 'POST call outcome',
      make: async () => ({
        method: 'POST',
        url: `/api/v1/calls/${await placedCall()}/outcome`,
        payload: { outcome: 'not_reachable' },
      }),
      expect: [200, 200, 404, 403, 401],
    },
    {
      name: 'PUT call cap',
      make: async () => ({
        method: 'PUT',
        url: `/api/v1/jobs/${fx.jobId}/call-cap`,
        payload: { daily_cap: 500 },
      }),
      expect: [200, 200, 404, 403, 401],
    },
  ];
  const order: Who[] = ['owner', 'recruiter', 'otherRecruiter', 'seeker', 'anonymous'];

  it.each(routes)('$name answers each caller as expected', async (route) => {
    const got: Record<string, number> = {};
    // Outsiders first, so a refused request could not have changed what the members then see.
    for (const who of [...order].reverse()) {
      const call = await route.make();
      const res = await app.inject({
        method: call.method,
        url: call.url,
        ...(call.payload ? { payload: call.payload } : {}),
        headers: who === 'anonymous' ? {} : actors[who].auth,
      });
      got[who] = res.statusCode;
    }
    expect(got).toEqual(Object.fromEntries(order.map((who, k) => [who, route.expect[k]])));
  });
});
