import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uniquePhone } from '../../../test/support/app.ts';
import { FakeMsg91 } from '../../../test/support/fakes/fake-msg91.ts';
import { FakeWhatsApp } from '../../../test/support/fakes/fake-whatsapp.ts';
import {
  buildProvidersApp,
  MSG91_WEBHOOK_SECRET,
  WHATSAPP_APP_SECRET,
} from '../../../test/support/providers-app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('SMS and WhatsApp providers', ({ db }) => {
  let app: FastifyInstance;
  const sms = new FakeMsg91();
  const wa = new FakeWhatsApp();
  beforeAll(async () => {
    await Promise.all([sms.start(), wa.start()]);
    app = await buildProvidersApp(db(), { msg91: sms, whatsapp: wa });
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([sms.stop(), wa.stop()]);
  });

  async function seeker(extra: Record<string, unknown> = {}) {
    const phone = uniquePhone();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Komal Shinde', phone, lang: 'mr', ...extra },
    });
    return { id: res.json().user.id as string, phone };
  }
  const alert = (userId: string) =>
    app.services.notifications.notify(userId, 'alertDigest', {
      name: 'Komal',
      search: 'back office thane',
      items: [
        { title: 'Back Office Executive', company: 'Maitri', place: 'Thane', salary: '₹15,000', url: 'x' },
      ],
      search_url: 'http://localhost:3000/jobs?q=back+office+thane',
    });

  it('a seeker with no email gets job alerts by SMS (a DLT template with variables, in their language), never by email', async () => {
    const s = await seeker();
    const id = await alert(s.id);
    expect(await app.services.notifications.deliver(id)).toBe('sent');
    const message = await app.services.notifications.get(id);
    expect(message).toMatchObject({ channel: 'sms', provider: 'msg91', status: 'sent' });
    expect(message.body).toContain('back office thane');
    expect(sms.lastTo(s.phone)).toMatchObject({
      templateId: '6571a0d1d6fc05alr',
      vars: {
        count: '1',
        search: 'back office thane',
        url: 'http://localhost:3000/jobs?q=back+office+thane',
      },
    });

    // MSG91's delivery report (webhook v2 form) lands on the message; the wrong token is refused.
    const report = FakeMsg91.deliveryReport(sms.lastTo(s.phone)!);
    const post = (token: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/webhooks/msg91?token=${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: report,
      });
    expect((await post('wrong-token-wrong-token')).statusCode).toBe(403);
    expect((await post(MSG91_WEBHOOK_SECRET)).json()).toEqual({ received: 1, changed: 1 });
    expect((await post(MSG91_WEBHOOK_SECRET)).json()).toEqual({ received: 1, changed: 0 });
    expect(await app.services.notifications.get(id)).toMatchObject({ delivery_status: 'delivered' });
  });

  it('WhatsApp only after the person opted in: the alert goes as an approved template and its signed delivery report is recorded', async () => {
    const s = await seeker({ whatsapp_opt_in: true });
    const id = await alert(s.id);
    expect(await app.services.notifications.deliver(id)).toBe('sent');
    const sent = wa.inbox.at(-1)!;
    expect(sent).toMatchObject({
      to: s.phone.slice(1),
      template: 'deskhire_job_alert',
      language: 'mr',
      params: ['1', 'back office thane', 'http://localhost:3000/jobs?q=back+office+thane'],
      bearer: 'Bearer EAAG-test-token',
      phoneNumberId: '106540352242922',
    });
    const event = FakeWhatsApp.statusEvent(sent, 'delivered', WHATSAPP_APP_SECRET);
    const hook = (signature: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/whatsapp',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        payload: event.body,
      });
    expect((await hook(`sha256=${'0'.repeat(64)}`)).statusCode).toBe(403);
    expect((await hook(event.signature)).json()).toEqual({ received: 1, changed: 1 });
    expect((await hook(event.signature)).json()).toEqual({ received: 1, changed: 0 });
    expect(await app.services.notifications.get(id)).toMatchObject({
      channel: 'whatsapp',
      provider: 'whatsapp-cloud',
      delivery_status: 'delivered',
      delivered_at: expect.any(String),
    });
    // Meta's subscription check echoes the challenge only with the verify token.
    const check = await app.inject({
      url: '/api/v1/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-token-for-tests&hub.challenge=1158201444',
    });
    expect(check.body).toBe('1158201444');

    // Opting out on the profile sends the next alert by SMS instead.
    await db().query('UPDATE users SET whatsapp_opt_in = false WHERE id = $1', [s.id]);
    const next = await alert(s.id);
    expect((await app.services.notifications.get(next)).channel).toBe('sms');
  });

  it('a provider 5xx or timeout is retried; a 4xx fails the message for good', async () => {
    const s = await seeker({ whatsapp_opt_in: true });
    const id = await alert(s.id);
    wa.failNext(503);
    await expect(app.services.notifications.deliver(id)).rejects.toThrow('WhatsApp unavailable (503)');
    expect((await app.services.notifications.get(id)).status).toBe('queued');
    wa.failNext('hang');
    await expect(app.services.notifications.deliver(id)).rejects.toThrow(/timed out/);
    expect(await app.services.notifications.deliver(id)).toBe('sent');

    const refused = await alert(s.id);
    wa.failNext(400);
    expect(await app.services.notifications.deliver(refused)).toBe('failed');
    expect(await app.services.notifications.get(refused)).toMatchObject({
      status: 'failed',
      last_error: expect.stringContaining('WhatsApp refused the message (400'),
    });
    const viaSms = await seeker();
    const smsRefused = await alert(viaSms.id);
    sms.failNext(422);
    expect(await app.services.notifications.deliver(smsRefused)).toBe('failed');
  });

  it('an alert with its commute goes as the plain registered template where the commute form is not registered', async () => {
    const commute = { minutes: 26, from: 'डोंबिवली' };
    const bySms = await seeker();
    const smsId = await app.services.notifications.notify(bySms.id, 'alertDigest', {
      search: 'back office thane',
      items: [{}],
      search_url: 'http://localhost:3000/jobs?q=back+office+thane',
      ...commute,
    });
    expect(await app.services.notifications.deliver(smsId)).toBe('sent');
    expect(await app.services.notifications.get(smsId)).toMatchObject({ template: 'alertDigest' });
    expect(sms.lastTo(bySms.phone)).toMatchObject({ templateId: '6571a0d1d6fc05alr' });

    const byWhatsApp = await seeker({ whatsapp_opt_in: true });
    const waId = await app.services.notifications.notify(byWhatsApp.id, 'alertDigest', {
      search: 'back office thane',
      items: [{}],
      search_url: 'http://localhost:3000/jobs?q=back+office+thane',
      ...commute,
    });
    expect(await app.services.notifications.deliver(waId)).toBe('sent');
    // The approved template's three body parameters, not the commute form's five.
    expect(wa.inbox.at(-1)).toMatchObject({
      template: 'deskhire_job_alert',
      params: ['1', 'back office thane', 'http://localhost:3000/jobs?q=back+office+thane'],
    });
  });
});
