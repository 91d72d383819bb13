import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildTestApp,
  employerWithCompany,
  problemOf,
  register,
  uniquePhone,
} from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('company teams', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  const registerWithPhone = async (role: 'employer' | 'seeker', phone: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role, name: `Recruiter ${phone.slice(-3)}`, phone, password: 'correct horse battery' },
    });
    const body = res.json<{ token: string; user: { id: string } }>();
    return { id: body.user.id, auth: { authorization: `Bearer ${body.token}` } };
  };

  it('an owner adds an employer without a company as recruiter, who then acts for the company', async () => {
    const owner = await employerWithCompany(app);
    const phone = uniquePhone();
    const recruiter = await registerWithPhone('employer', phone);
    const add = await app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: owner.auth,
      payload: { phone },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json().member).toMatchObject({ user_id: recruiter.id, member_role: 'recruiter' });
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: recruiter.auth,
    });
    expect(list.json().items.map((m: { member_role: string }) => m.member_role)).toEqual([
      'owner',
      'recruiter',
    ]);
    // A recruiter cannot manage the team.
    const sneaky = await app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: recruiter.auth,
      payload: { phone: uniquePhone() },
    });
    expect(sneaky.statusCode).toBe(403);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/v1/companies/${owner.companyId}/members/${recruiter.id}`,
      headers: owner.auth,
    });
    expect(removed.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: recruiter.auth,
    });
    expect(after.statusCode).toBe(404);
  });

  it('inviting a recruiter of another company is refused with the reason, and nothing changes', async () => {
    const a = await employerWithCompany(app);
    const b = await employerWithCompany(app, { name: 'Other BPO' });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: b.auth });
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/companies/${a.companyId}/members`,
      headers: a.auth,
      payload: { phone: me.json().phone },
    });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).detail).toMatch(/another company/);
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/companies/${a.companyId}/members`,
      headers: a.auth,
    });
    expect(list.json().items).toHaveLength(1);
  });

  it('an unknown phone gets a pending invite that the new employer account accepts', async () => {
    const owner = await employerWithCompany(app);
    const phone = uniquePhone();
    const invite = await app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: owner.auth,
      payload: { phone },
    });
    expect(invite.statusCode).toBe(202);
    const seekerPhone = uniquePhone();
    await registerWithPhone('seeker', seekerPhone);
    const toSeeker = await app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.companyId}/members`,
      headers: owner.auth,
      payload: { phone: seekerPhone },
    });
    expect(toSeeker.statusCode).toBe(400);
    const newcomer = await registerWithPhone('employer', phone);
    const mine = await app.inject({
      method: 'GET',
      url: '/api/v1/me/company-invites',
      headers: newcomer.auth,
    });
    expect(mine.json().items).toEqual([expect.objectContaining({ company_id: owner.companyId })]);
    const accept = await app.inject({
      method: 'POST',
      url: `/api/v1/me/company-invites/${mine.json().items[0].id}/accept`,
      headers: newcomer.auth,
    });
    expect(accept.statusCode).toBe(200);
    const other = await register(app, 'employer');
    const stolen = await app.inject({
      method: 'POST',
      url: `/api/v1/me/company-invites/${mine.json().items[0].id}/accept`,
      headers: other.auth,
    });
    expect(stolen.statusCode).toBe(404);
  });
});
