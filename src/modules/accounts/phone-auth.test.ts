import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { problemOf, uniquePhone } from '../../../test/support/app.ts';
import { withFakeSms } from '../../../test/support/providers-app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('phone-first accounts', ({ db }) => {
  let app: FastifyInstance;
  const sms = withFakeSms(db, (built) => {
    app = built;
  });

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
  /** Moves a phone's codes back in time, past the resend wait (as if the person waited). */
  const wait = (phone: string, seconds: number) =>
    db().query(`UPDATE otp_codes SET created_at = created_at - make_interval(secs => $2) WHERE phone = $1`, [
      phone,
      seconds,
    ]);

  it('a new seeker signs up with phone and the SMS code (no password); the code is never in the reply', async () => {
    const phone = uniquePhone();
    const asked = await post('/auth/otp', { phone: phone.slice(3) });
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toMatchObject({
      delivery: 'sent',
      expires_in: 600,
      sent_to: expect.stringMatching(/•/),
    });
    const code = sms.codeFor(phone);
    expect(asked.body).not.toContain(code);
    expect(sms.lastTo(phone)).toMatchObject({
      templateId: '6571a0d1d6fc05otp',
      sender: 'DSKHIR',
      vars: { minutes: '10' },
    });

    const missing = await post('/auth/otp/verify', { phone, code });
    expect(missing.statusCode).toBe(400);
    expect(
      problemOf(missing)
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['name', 'role']);

    const made = await post('/auth/otp/verify', { phone, code, name: 'Pooja Jadhav', role: 'seeker' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      token: expect.any(String),
      user: { role: 'seeker', name: 'Pooja Jadhav' },
    });
    // No table an admin reads holds the code: the outbox keeps the text with the code masked.
    const { rows } = await db().query<{ body: string }>(
      `SELECT body FROM notifications WHERE template = 'otpCode'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.body).join('\n')).not.toContain(code);

    // Later: the same number signs in with a fresh code and gets 200.
    await wait(phone, 60);
    await post('/auth/otp', { phone });
    const again = await post('/auth/otp/verify', { phone, code: sms.codeFor(phone) });
    expect(again.statusCode).toBe(200);
    expect(again.json().user.name).toBe('Pooja Jadhav');
  });

  it('asking for a number with or without an account gets the same answer', async () => {
    const known = uniquePhone();
    await post('/auth/otp', { phone: known });
    await post('/auth/otp/verify', {
      phone: known,
      code: sms.codeFor(known),
      name: 'Ravi More',
      role: 'seeker',
    });
    await wait(known, 60);
    const a = await post('/auth/otp', { phone: known });
    const b = await post('/auth/otp', { phone: uniquePhone() });
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    const shape = (r: typeof a) => ({ ...r.json(), sent_to: undefined });
    expect(shape(a)).toEqual(shape(b));
  });

  it('wrong codes get 400 naming the field, the fifth a 429 with a short Retry-After; a new code works after it', async () => {
    const phone = uniquePhone();
    await post('/auth/otp', { phone });
    const right = sms.codeFor(phone);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      const res = await post('/auth/otp/verify', { phone, code: wrong, name: 'Asha', role: 'seeker' });
      expect(res.statusCode).toBe(400);
      expect(problemOf(res).errors).toEqual([
        { field: 'code', message: expect.stringContaining(`${4 - i} tries left`) },
      ]);
    }
    const locked = await post('/auth/otp/verify', { phone, code: wrong, name: 'Asha', role: 'seeker' });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    const retry = Number(locked.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(30);
    // Even the right code is refused on a burnt code.
    expect(
      (await post('/auth/otp/verify', { phone, code: right, name: 'Asha', role: 'seeker' })).statusCode,
    ).toBe(429);
    // Asking again too soon: 429 with the seconds left; after the wait, a new code signs up.
    const soon = await post('/auth/otp', { phone });
    expect(soon.statusCode).toBe(429);
    await wait(phone, 60);
    await post('/auth/otp', { phone });
    const ok = await post('/auth/otp/verify', {
      phone,
      code: sms.codeFor(phone),
      name: 'Asha',
      role: 'seeker',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('forgot password by code, change password, and sign out everywhere end the old sessions', async () => {
    const phone = uniquePhone();
    await post('/auth/otp', { phone });
    const made = await post('/auth/otp/verify', {
      phone,
      code: sms.codeFor(phone),
      name: 'Neha Kale',
      role: 'employer',
    });
    const first = { authorization: `Bearer ${made.json().token}` };
    // No password yet: login by password fails; setting one needs no current password.
    expect((await post('/auth/login', { phone, password: 'anything at all' })).statusCode).toBe(401);
    expect((await post('/me/password', { password: 'first password 1' }, first)).statusCode).toBe(204);
    const login = await post('/auth/login', { phone, password: 'first password 1' });
    expect(login.json()).toMatchObject({ token: expect.any(String), user: { name: 'Neha Kale' } });
    const second = { authorization: `Bearer ${login.json().token}` };
    const badCurrent = await post(
      '/me/password',
      { current_password: 'nope', password: 'second password 2' },
      first,
    );
    expect(problemOf(badCurrent).errors?.[0]?.field).toBe('current_password');

    await wait(phone, 60);
    const forgot = await post('/auth/password/forgot', { phone });
    expect(forgot.statusCode).toBe(202);
    const reset = await post('/auth/password/reset', {
      phone,
      code: sms.codeFor(phone),
      password: 'after reset 333',
    });
    expect(reset.statusCode).toBe(200);
    // Whoever knew the old password is out: both earlier sessions ended.
    for (const h of [first, second])
      expect((await app.inject({ url: '/api/v1/me', headers: h })).statusCode).toBe(401);
    const now = { authorization: `Bearer ${reset.json().token}` };
    const other = await post('/auth/login', { phone, password: 'after reset 333' });
    expect(other.statusCode).toBe(200);
    expect((await post('/auth/logout-all', {}, now)).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/me', headers: now })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${other.json().token}` } }))
        .statusCode,
    ).toBe(401);
  });

  it('changing the number needs a code from the new number, and the old number is told', async () => {
    const old = uniquePhone();
    await post('/auth/otp', { phone: old });
    const made = await post('/auth/otp/verify', {
      phone: old,
      code: sms.codeFor(old),
      name: 'Sagar Pawar',
      role: 'seeker',
    });
    const auth = { authorization: `Bearer ${made.json().token}` };
    const next = uniquePhone();
    expect((await post('/me/phone', { phone: next }, auth)).statusCode).toBe(202);
    const wrong = await post('/me/phone/verify', { phone: next, code: '999999x' }, auth);
    expect(wrong.statusCode).toBe(400);
    const done = await post('/me/phone/verify', { phone: next, code: sms.codeFor(next) }, auth);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ phone: next, old_number_notice: 'sent' });
    expect(sms.lastTo(old)).toMatchObject({
      templateId: '6571a0d1d6fc05chg',
      vars: { masked: expect.stringMatching(/•/) },
    });
  });

  it('a number silent for over 6 months asks for the old password, or starts a fresh account and detaches the old one', async () => {
    const phone = uniquePhone();
    await post('/auth/otp', { phone });
    const made = await post('/auth/otp/verify', {
      phone,
      code: sms.codeFor(phone),
      name: 'Old Owner',
      role: 'seeker',
      password: 'old owner secret',
    });
    const oldId = made.json().user.id as string;
    await db().query(`UPDATE users SET last_active_at = now() - interval '200 days' WHERE id = $1`, [oldId]);
    await wait(phone, 60);
    await post('/auth/otp', { phone });
    const code = sms.codeFor(phone);
    const asked = await post('/auth/otp/verify', { phone, code });
    expect(asked.statusCode).toBe(409);
    expect(problemOf(asked).errors?.[0]?.field).toBe('password');
    expect((await post('/auth/otp/verify', { phone, code, password: 'not it' })).statusCode).toBe(401);
    const owner = await post('/auth/otp/verify', { phone, code, password: 'old owner secret' });
    expect(owner.statusCode).toBe(200);
    expect(owner.json().user.id).toBe(oldId);

    // Silent again; this time the new holder starts afresh.
    await db().query(`UPDATE users SET last_active_at = now() - interval '200 days' WHERE id = $1`, [oldId]);
    await wait(phone, 60);
    await post('/auth/otp', { phone });
    const fresh = await post('/auth/otp/verify', {
      phone,
      code: sms.codeFor(phone),
      fresh: true,
      name: 'New Holder',
      role: 'seeker',
    });
    expect(fresh.statusCode).toBe(201);
    expect(fresh.json().user.id).not.toBe(oldId);
    const { rows } = await db().query<{ phone: string; deleted_at: Date | null; name: string }>(
      'SELECT phone, deleted_at, name FROM users WHERE id = $1',
      [oldId],
    );
    expect(rows[0]).toMatchObject({ name: 'Old Owner', deleted_at: null, phone: `detached:${oldId}` });
  });

  it('MSG91 refusing for good or being down: the code request says "failed", never "sent"', async () => {
    const phone = uniquePhone();
    sms.failNext(400);
    const refused = await post('/auth/otp', { phone });
    expect(refused.json()).toMatchObject({
      delivery: 'failed',
      reason: expect.stringContaining('MSG91 refused'),
    });
    await wait(phone, 60);
    sms.failNext('hang');
    const slow = await post('/auth/otp', { phone });
    expect(slow.json()).toMatchObject({ delivery: 'failed', reason: expect.stringContaining('timed out') });
  });
});
