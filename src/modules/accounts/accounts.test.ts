import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, problemOf, register, uniquePhone } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { maskPhone, normalizePhone } from './accounts.service.ts';

describe('phone numbers', () => {
  it('accepts Indian mobiles with or without +91, spaces or a leading 0', () => {
    expect(normalizePhone('+91 98765-43210')).toBe('+919876543210');
    expect(normalizePhone('09876543210')).toBe('+919876543210');
    expect(normalizePhone('9876543210')).toBe('+919876543210');
  });
  it('rejects landlines and short numbers', () => {
    expect(normalizePhone('0224567890')).toBeNull();
    expect(normalizePhone('98765')).toBeNull();
  });
  it('masks all but the country code and the last three digits', () => {
    expect(maskPhone('+919876543210')).toBe('+91•••••210');
  });
});

forEachEngine('accounts', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('a seeker registers, signs in by phone and sees their own profile', async () => {
    const phone = uniquePhone();
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Sneha Patil', phone: phone.slice(3), password: 'a long password' },
    });
    expect(reg.statusCode).toBe(201);
    expect(reg.json().user).toMatchObject({ role: 'seeker', name: 'Sneha Patil' });
    expect(reg.cookies.find((c) => c.name === 'sid')?.httpOnly).toBe(true);

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password: 'a long password' },
    });
    expect(login.statusCode).toBe(200);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${login.json().token}` },
    });
    expect(me.json()).toMatchObject({ name: 'Sneha Patil', phone, role: 'seeker' });
  });

  it('the same phone cannot register twice', async () => {
    const phone = uniquePhone();
    const payload = { role: 'seeker', name: 'A', phone, password: 'a long password' };
    await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { ...payload, name: 'Amit' } });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { ...payload, name: 'Amit' },
    });
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).errors).toEqual([
      { field: 'phone', message: expect.stringContaining('already') },
    ]);
  });

  it('bad input names the field and the reason, as problem+json', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'admin', name: 'X', phone: '12345', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = problemOf(res).errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['role', 'name', 'phone', 'password']));
  });

  it('a wrong password is refused without saying whether the account exists', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: uniquePhone(), password: 'nope nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(problemOf(wrong).detail).toBe('Phone/email or password is wrong');
  });

  it('signing out ends the session', async () => {
    const seeker = await register(app, 'seeker');
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: seeker.auth });
    expect(out.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: seeker.auth });
    expect(me.statusCode).toBe(401);
  });

  it('a user can export their data and erase their account', async () => {
    const seeker = await register(app, 'seeker', 'Rahul Shinde');
    const exported = await app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.auth });
    expect(exported.json().account.name).toBe('Rahul Shinde');
    const erased = await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth });
    expect(erased.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: seeker.auth });
    expect(me.statusCode).toBe(401);
    const { rows } = await db().query<{ name: string; phone: string }>(
      'SELECT name, phone FROM users WHERE id = $1',
      [seeker.id],
    );
    expect(rows[0]!.name).toBe('Deleted user');
    expect(rows[0]!.phone).not.toMatch(/^\+91/);
  });
});
