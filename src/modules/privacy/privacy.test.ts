import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  employerWithCompany,
  jobPayload,
  register,
  uniquePhone,
} from '../../../test/support/app.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createLogger, maskPhones } from '../../http/logger.ts';
import { openPglite } from '../../shared/db/db.ts';
import { migrate } from '../../shared/db/migrate.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

const TEN_DIGIT_MOBILE = /(?<!\d)[6-9]\d{9}(?!\d)/;

forEachEngine('contact-view audit', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  it('a seeker sees in their export who viewed their phone, when and why', async () => {
    const seeker = await register(app, 'seeker');
    const employer = await employerWithCompany(app);
    await app.services.privacy.recordContactView(employer.id, seeker.id, 'phone', 'shortlisted for job 42');
    const mine = await app.inject({ url: '/api/v1/me/export', headers: seeker.auth });
    const views = mine.json<{
      contact_views: { of_me: { viewer_id: string; field: string; purpose: string }[] };
    }>().contact_views.of_me;
    expect(views).toMatchObject([
      { viewer_id: employer.id, field: 'phone', purpose: 'shortlisted for job 42' },
    ]);
    const theirs = await app.inject({ url: '/api/v1/me/export', headers: employer.auth });
    expect(theirs.json<{ contact_views: { by_me: unknown[] } }>().contact_views.by_me).toHaveLength(1);
  });

  it('a view without a purpose is refused', async () => {
    const seeker = await register(app, 'seeker');
    await expect(app.services.privacy.recordContactView(seeker.id, seeker.id, 'phone', ' ')).rejects.toThrow(
      /purpose/,
    );
  });
});

describe('phone numbers in logs', () => {
  it('masks every spelling of an Indian mobile number', () => {
    for (const p of ['9876543210', '+919876543210', '+91 98765 43210', '098765-43210', '91-9876543210'])
      expect(maskPhones(`call ${p} now`)).toBe('call [phone] now');
  });

  it('registering, logging in, posting and looking up a caller never writes a phone number to the log', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const db = await openPglite();
    await migrate(db);
    const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0', LOG_LEVEL: 'trace' });
    const app = await buildApp({ db, config, logger: createLogger('trace', sink) });
    await app.ready();
    try {
      const phone = uniquePhone();
      const reg = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { role: 'employer', name: 'Logged Employer', phone, password: 'correct horse battery' },
      });
      expect(reg.statusCode).toBe(201);
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { phone, password: 'wrong password!' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { phone, password: 'correct horse battery' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { role: 'seeker', phone: '98765 43210' },
      });
      const employer = { authorization: `Bearer ${reg.json<{ token: string }>().token}` };
      await app.inject({
        method: 'POST',
        url: '/api/v1/companies',
        headers: employer,
        payload: { name: 'Logged Co', industry: 'bpo-kpo', city: 'mumbai' },
      });
      await app.inject({
        method: 'POST',
        url: '/api/v1/jobs',
        headers: employer,
        payload: jobPayload({
          description: 'Walk in or WhatsApp HR on 9823456789 for the interview slot today.',
        }),
      });
      await app.inject({ url: `/api/v1/trust/caller?phone=${encodeURIComponent(phone)}`, headers: employer });
      await app.inject({ url: '/jobs?q=9823456789' });
      expect(lines.length).toBeGreaterThan(5);
      const leaks = lines.filter((l) =>
        TEN_DIGIT_MOBILE.test(l.replace(/"(time|pid|reqId|responseTime)":[\d.]+/g, '')),
      );
      expect(leaks).toEqual([]);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
