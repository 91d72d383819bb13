import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, register } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import {
  devProvider,
  type EmailProvider,
  PermanentDeliveryError,
  providersFor,
} from './notifications.providers.ts';
import { createNotificationsService, MAX_ATTEMPTS } from './notifications.service.ts';

forEachEngine('notification outbox', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  const withEmail = (email: EmailProvider) =>
    createNotificationsService(db(), {
      accounts: app.services.accounts,
      providers: { email, sms: devProvider('sms'), whatsapp: devProvider('whatsapp') },
      dispatch: async () => {},
      companyEmailAddress: (id) => app.services.companies.email.addressOf(id),
    });

  it('in development a message stays in the outbox marked "not sent", which only admins can read', async () => {
    const seeker = await register(app, 'seeker', 'Kiran');
    const id = await app.services.notifications.notify(seeker.id, 'test', { name: 'Kiran' });
    expect(await app.services.notifications.deliver(id)).toBe('not_sent');
    expect(await app.services.notifications.deliver(id)).toBe('skipped');

    const denied = await app.inject({ method: 'GET', url: '/api/v1/admin/outbox', headers: seeker.auth });
    expect(denied.statusCode).toBe(403);
    const admin = await register(app, 'seeker', 'Admin');
    await db().query(`UPDATE users SET role = 'admin' WHERE id = $1`, [admin.id]);
    const res = await app.inject({ method: 'GET', url: '/api/v1/admin/outbox', headers: admin.auth });
    expect(res.statusCode).toBe(200);
    const message = res.json().items.find((m: { id: number }) => m.id === id);
    expect(message).toMatchObject({
      status: 'not_sent',
      last_error: 'no email provider is configured',
      channel: 'email',
      attempts: 1,
      subject: 'Test message from Deskhire',
    });
    expect(message.body).toContain('Hello Kiran');

    const page = await app.inject({ method: 'GET', url: '/dev/outbox', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Test message from Deskhire');
  });

  it('a provider failure is retried, and the message is marked failed after the last attempt', async () => {
    const seeker = await register(app, 'seeker');
    let calls = 0;
    const flaky = withEmail({
      name: 'down',
      configured: true,
      send: async () => {
        calls++;
        throw new Error('connection refused');
      },
    });
    const id = await flaky.notify(seeker.id, 'test', { name: 'X' });
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      await expect(flaky.deliver(id)).rejects.toThrow('connection refused');
      expect((await flaky.get(id)).status).toBe('queued');
    }
    expect(await flaky.deliver(id)).toBe('failed');
    expect(await flaky.get(id)).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      last_error: 'connection refused',
    });
    expect(calls).toBe(MAX_ATTEMPTS);
  });

  it('a permanent refusal is not retried, and two racing deliveries send once', async () => {
    const seeker = await register(app, 'seeker');
    const refusing = withEmail({
      name: 'refuses',
      configured: true,
      send: async () => {
        throw new PermanentDeliveryError('the account has no email address');
      },
    });
    const refused = await refusing.notify(seeker.id, 'test', { name: 'X' });
    expect(await refusing.deliver(refused)).toBe('failed');

    let sends = 0;
    const slow = withEmail({
      name: 'slow',
      configured: true,
      send: async () => {
        sends++;
        await new Promise((r) => setTimeout(r, 50));
        return { providerMessageId: 'slow-1' };
      },
    });
    const id = await slow.notify(seeker.id, 'test', { name: 'X' });
    const outcomes = await Promise.all([slow.deliver(id), slow.deliver(id)]);
    expect(outcomes.sort()).toEqual(['sent', 'skipped']);
    expect(sends).toBe(1);
  });
});

describe('delivery providers', () => {
  it('uses SMTP for email only when SMTP_URL is set', () => {
    expect(providersFor({ mailFrom: 'x <a@b.in>' }).email.name).toBe('dev-email');
    expect(providersFor({ smtpUrl: 'smtp://mail.example.in:587', mailFrom: 'x <a@b.in>' }).email.name).toBe(
      'smtp',
    );
  });
});
