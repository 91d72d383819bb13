import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { problemOf, uniquePhone } from '../../../test/support/app.ts';
import { FakeMsg91 } from '../../../test/support/fakes/fake-msg91.ts';
import { FakeSmtp } from '../../../test/support/fakes/fake-smtp.ts';
import { buildProvidersApp } from '../../../test/support/providers-app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

/** The token of the confirmation link in the last mail to `address`, as the person would open it. */
function tokenIn(smtp: FakeSmtp, address: string): string {
  const token = /\/account\/email\/confirm\?token=([A-Za-z0-9_.-]+)/.exec(smtp.lastTo(address) ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link was mailed to ${address}`);
  return token;
}

forEachEngine('an email is confirmed by a link before it is used', ({ db }) => {
  let app: FastifyInstance;
  const sms = new FakeMsg91();
  const smtp = new FakeSmtp();
  beforeAll(async () => {
    await sms.start();
    await smtp.start();
    app = await buildProvidersApp(db(), { msg91: sms }, { SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await app.close();
    await sms.stop();
    await smtp.stop();
  });
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers });
  const me = async (token: string) =>
    (await app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).json();

  it('an email given at sign-up waits for its link: no sign-in by it, no message to it, until the link is opened', async () => {
    const email = `asha${uniquePhone().slice(-6)}@example.in`;
    const made = await post('/auth/register', {
      role: 'seeker',
      name: 'Asha Kale',
      phone: uniquePhone(),
      email,
      password: 'asha-in-airoli',
    });
    expect(made.statusCode).toBe(201);
    const token = made.json().token as string;
    expect(await me(token)).toMatchObject({ email: null, pending_email: email });
    expect((await post('/auth/login', { email, password: 'asha-in-airoli' })).statusCode).toBe(401);

    // The mail really went out through SMTP; the outbox keeps it with the link's token masked.
    const link = tokenIn(smtp, email);
    const kept = await app.services.notifications.outbox({ userId: made.json().user.id });
    const confirmMail = kept.find((m) => m.template === 'emailConfirm');
    expect(confirmMail?.status).toBe('sent');
    expect(confirmMail?.body).toContain('token=•••');
    expect(confirmMail?.body).not.toContain(link);

    const forged = await post('/auth/email/confirm', { token: `${link.split('.')[0]}.AAAA` });
    expect(forged.statusCode).toBe(400);
    expect(problemOf(forged).errors?.[0]?.field).toBe('token');

    const confirmed = await post('/auth/email/confirm', { token: link });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ email });
    expect(await me(token)).toMatchObject({ email, pending_email: null });
    expect((await post('/auth/login', { email, password: 'asha-in-airoli' })).statusCode).toBe(200);
  });

  it('changing the email keeps the old one in use until the new link is opened; a link for a replaced address does nothing', async () => {
    const first = `ravi${uniquePhone().slice(-6)}@example.in`;
    const made = await post('/auth/register', {
      role: 'seeker',
      name: 'Ravi Shinde',
      phone: uniquePhone(),
      email: first,
      password: 'ravi-in-ghansoli',
    });
    const auth = { authorization: `Bearer ${made.json().token}` };
    expect((await post('/auth/email/confirm', { token: tokenIn(smtp, first) })).statusCode).toBe(200);

    const second = `ravi.s${uniquePhone().slice(-6)}@example.in`;
    const third = `r.shinde${uniquePhone().slice(-6)}@example.in`;
    const asked = await post('/me/email', { email: second }, auth);
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ pending_email: second, delivery: 'sent' });
    const secondLink = tokenIn(smtp, second);
    await post('/me/email', { email: third }, auth);
    expect(await me(made.json().token)).toMatchObject({ email: first, pending_email: third });

    const stale = await post('/auth/email/confirm', { token: secondLink });
    expect(stale.statusCode).toBe(400);
    expect((await me(made.json().token)).email).toBe(first);
    expect((await post('/auth/email/confirm', { token: tokenIn(smtp, third) })).statusCode).toBe(200);
    expect((await me(made.json().token)).email).toBe(third);
    // The owner hears that the account's email changed (the first confirmation was no change).
    const told = (await app.services.notifications.outbox({ userId: made.json().user.id })).filter(
      (m) => m.template === 'securityContactChanged',
    );
    expect(told).toHaveLength(1);

    expect((await post('/me/email', { email: 'not-an-email' }, auth)).statusCode).toBe(400);
    expect((await post('/me/email', { email: second })).statusCode).toBe(401);
  });

  it('a recycled number: the code mailed to the old account’s confirmed email opens it', async () => {
    const phone = uniquePhone();
    const email = `old.owner${uniquePhone().slice(-6)}@example.in`;
    const made = await post('/auth/register', {
      role: 'seeker',
      name: 'Old Owner',
      phone,
      email,
      password: 'old owner secret',
    });
    const oldId = made.json().user.id as string;
    expect((await post('/auth/email/confirm', { token: tokenIn(smtp, email) })).statusCode).toBe(200);
    await db().query(`UPDATE users SET last_active_at = now() - interval '200 days' WHERE id = $1`, [oldId]);

    await post('/auth/otp', { phone });
    const code = sms.codeFor(phone);
    const asked = await post('/auth/otp/verify', { phone, code });
    expect(asked.statusCode).toBe(409);
    // The email proof needs the right SMS code first: nobody can make the old owner's inbox fill up.
    const guessed = await post('/auth/otp/email', { phone, code: code === '000000' ? '111111' : '000000' });
    expect(guessed.statusCode).toBe(400);
    const mailed = await post('/auth/otp/email', { phone, code });
    expect(mailed.statusCode).toBe(202);
    expect(mailed.json()).toMatchObject({ delivery: 'sent', sent_to: `o•••@${email.split('@')[1]}` });
    const mail = smtp.lastTo(email) ?? '';
    const emailCode = /code is (\d{6})/.exec(mail)?.[1];
    expect(emailCode).toMatch(/^\d{6}$/);
    const kept = await app.services.notifications.outbox({ userId: oldId });
    expect(kept.find((m) => m.template === 'emailCode')?.body).not.toContain(emailCode!);

    const wrong = await post('/auth/otp/verify', {
      phone,
      code,
      email_code: emailCode === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    const opened = await post('/auth/otp/verify', { phone, code, email_code: emailCode });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().user.id).toBe(oldId);
  });

  it('a recycled number whose old account has no confirmed email gets no email code (409), only password or fresh', async () => {
    const phone = uniquePhone();
    const pending = `never.opened${uniquePhone().slice(-6)}@example.in`;
    const made = await post('/auth/register', {
      role: 'seeker',
      name: 'Old Owner',
      phone,
      email: pending,
      password: 'old owner secret',
    });
    await db().query(`UPDATE users SET last_active_at = now() - interval '200 days' WHERE id = $1`, [
      made.json().user.id,
    ]);
    await post('/auth/otp', { phone });
    const refused = await post('/auth/otp/email', { phone, code: sms.codeFor(phone) });
    expect(refused.statusCode).toBe(409);
    expect(problemOf(refused).errors?.[0]?.field).toBe('email_code');
  });

  it('the OpenAPI document carries the phone sign-in, the email link and login returning {token, user}', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/auth/otp',
      '/api/v1/auth/otp/verify',
      '/api/v1/auth/otp/email',
      '/api/v1/auth/email/confirm',
      '/api/v1/me/email',
      '/api/v1/auth/password/forgot',
      '/api/v1/auth/password/reset',
      '/api/v1/auth/logout-all',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    const login = doc.paths['/api/v1/auth/login'].post.responses['200'].content['application/json'].schema;
    expect(Object.keys(login.properties).sort()).toEqual(['token', 'user']);
    const verify = doc.paths['/api/v1/auth/otp/verify'].post.responses;
    expect(Object.keys(verify)).toEqual(expect.arrayContaining(['200', '201']));
  });
});
