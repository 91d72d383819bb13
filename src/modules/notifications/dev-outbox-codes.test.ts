import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uniquePhone } from '../../../test/support/app.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

// With no SMS provider a code is never sent (the reply says "not_sent"). On a developer's machine
// (DEV_OUTBOX=1, refused in production) the unsent text keeps its code in the outbox, so sign-in by
// code works on `npm start`; anywhere else the outbox keeps it masked.
forEachEngine('sign-in codes with no SMS provider', ({ db }) => {
  let dev: FastifyInstance;
  let plain: FastifyInstance;
  beforeAll(async () => {
    const base = { PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0' };
    dev = await buildApp({ db: db(), config: loadConfig({ ...base, DEV_OUTBOX: '1' }) });
    plain = await buildApp({ db: db(), config: loadConfig({ ...base, DEV_OUTBOX: '0' }) });
    await dev.ready();
    await plain.ready();
  });
  afterAll(async () => {
    await dev.close();
    await plain.close();
  });

  const lastCodeText = async (app: FastifyInstance) => {
    const sent = await app.services.notifications.outbox({ limit: 5 });
    return sent.find((m) => m.channel === 'sms');
  };

  it('on a developer machine the unsent code is readable in the dev outbox and signs the person up', async () => {
    const phone = uniquePhone();
    const asked = await dev.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toMatchObject({ delivery: 'not_sent' });
    const text = await lastCodeText(dev);
    expect(text?.status).toBe('not_sent');
    const code = /\b(\d{6})\b/.exec(text?.body ?? '')?.[1];
    expect(code).toBeDefined();
    const made = await dev.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code, name: 'Kavita More', role: 'seeker' },
    });
    expect(made.statusCode).toBe(201);
  });

  it('without the dev outbox the unsent code stays masked', async () => {
    const phone = uniquePhone();
    const asked = await plain.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    expect(asked.json()).toMatchObject({ delivery: 'not_sent' });
    const text = await lastCodeText(plain);
    expect(text?.body).toContain('••••••');
    expect(text?.body).not.toMatch(/\b\d{6}\b/);
  });
});
