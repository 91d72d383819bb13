import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, register } from '../test/support/app.ts';
import { NOTIFICATION_RETENTION_DAYS } from './modules/notifications/index.ts';
import { CONTACT_VIEW_RETENTION_DAYS } from './modules/privacy/index.ts';
import { forEachEngine } from './shared/db/testing.ts';
import { QUEUES, runRetention, startWorkers } from './workers.ts';

forEachEngine('data retention', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  const count = async (sql: string, params: unknown[]) =>
    (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

  it('the daily run removes expired sessions, old messages and old contact-view records, and keeps the rest', async () => {
    const seeker = await register(app, 'seeker');
    const employer = await register(app, 'employer');
    const q = (sql: string, params: unknown[] = []) => db().query(sql, params);
    // Sessions: one expired two days ago (goes), one idle for longer than its idle timeout two days
    // ago (goes, though its absolute end is weeks away), one expired an hour ago (kept a day), the live one.
    await q(
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES
         ('retention-old', $1, now() - interval '2 days'), ('retention-recent', $1, now() - interval '1 hour')`,
      [seeker.id],
    );
    await q(
      `INSERT INTO sessions (token_hash, user_id, expires_at, idle_expires_at, last_seen_at) VALUES
         ('retention-idle', $1, now() + interval '20 days', now() - interval '2 days', now() - interval '5 days')`,
      [seeker.id],
    );
    // Sign-in throttle keys quiet for over a day go; a recent one stays.
    await q(
      `INSERT INTO login_throttle (key, failures, last_attempt_at) VALUES
         ('retention-quiet', 3, now() - interval '2 days'), ('retention-busy', 3, now())`,
    );
    const days = (n: number) => `now() - interval '${n} days'`;
    await q(
      `INSERT INTO notifications (user_id, channel, template, body, status, created_at) VALUES
         ($1, 'email', 'retention', 'old sent', 'sent', ${days(NOTIFICATION_RETENTION_DAYS + 5)}),
         ($1, 'sms', 'retention', 'old failed', 'failed', ${days(NOTIFICATION_RETENTION_DAYS + 5)}),
         ($1, 'email', 'retention', 'old but never delivered', 'queued', ${days(NOTIFICATION_RETENTION_DAYS + 5)}),
         ($1, 'email', 'retention', 'recent', 'sent', ${days(NOTIFICATION_RETENTION_DAYS - 5)})`,
      [seeker.id],
    );
    await q(
      `INSERT INTO contact_views (viewer_id, subject_user_id, field, purpose, viewed_at) VALUES
         ($1, $2, 'phone', 'retention old', ${days(CONTACT_VIEW_RETENTION_DAYS + 1)}),
         ($1, $2, 'phone', 'retention recent', ${days(CONTACT_VIEW_RETENTION_DAYS - 1)})`,
      [employer.id, seeker.id],
    );

    const removed = await runRetention(app.services);
    expect(removed).toMatchObject({ sessions: 2, notifications: 2, contactViews: 1, signInThrottle: 1 });
    expect(await count(`login_throttle WHERE key LIKE 'retention-%'`, [])).toBe(1);
    expect(await count(`sessions WHERE user_id = $1 AND token_hash LIKE 'retention-%'`, [seeker.id])).toBe(1);
    const left = await db().query<{ body: string }>(
      `SELECT body FROM notifications WHERE user_id = $1 AND template = 'retention' ORDER BY body`,
      [seeker.id],
    );
    expect(left.rows.map((r) => r.body)).toEqual(['old but never delivered', 'recent']);
    const views = await db().query<{ purpose: string }>(
      `SELECT purpose FROM contact_views WHERE subject_user_id = $1`,
      [seeker.id],
    );
    expect(views.rows.map((r) => r.purpose)).toEqual(['retention recent']);
    // The live session still signs in.
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(200);
  });

  it('the retention run is scheduled daily on the queue', async () => {
    const workers = await startWorkers(db(), app.services, (err) => {
      throw err;
    });
    try {
      const schedules = await workers.boss.getSchedules();
      expect(schedules.find((s) => s.name === QUEUES.retention)).toMatchObject({ cron: '15 3 * * *' });
    } finally {
      await workers.stop(2000);
    }
  });

  it('deleting an account removes its password hash: the old password no longer signs in', async () => {
    const seeker = await register(app, 'seeker');
    const before = await db().query<{ password_hash: string; phone: string }>(
      'SELECT password_hash, phone FROM users WHERE id = $1',
      [seeker.id],
    );
    expect(before.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(
      204,
    );
    const after = await db().query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [seeker.id],
    );
    expect(after.rows[0]!.password_hash).not.toMatch(/argon/);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: before.rows[0]!.phone, password: 'correct horse battery' },
    });
    expect(login.statusCode).toBe(401);
  });
});
