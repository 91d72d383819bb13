import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/support/app.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('operations endpoints', ({ db, engine }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  it('liveness and readiness answer 200 once the database is migrated; /health keeps its contract', async () => {
    expect((await app.inject('/health/live')).statusCode).toBe(200);
    const ready = await app.inject('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', engine, checks: { migrations: { ok: true } } });
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok', engine });
  });

  it('readiness pings every database pool the app uses', async () => {
    const { checks } = (await app.inject('/health/ready')).json<{
      checks: Record<string, { ok: boolean }>;
    }>();
    const pools = Object.keys(checks).filter((k) => k.startsWith('database:'));
    expect(pools.sort()).toEqual(engine === 'postgres' ? ['database:primary'] : ['database:embedded']);
    expect(pools.every((k) => checks[k]?.ok)).toBe(true);
  });

  it('with METRICS_TOKEN, /metrics answers only the bearer of that token; with METRICS_PORT, not here', async () => {
    const token = 'scrape-token-0123456789abcdef';
    const guarded = await buildApp({
      db: db(),
      config: loadConfig({ DEMO_DATA: '0', METRICS_TOKEN: token }),
    });
    const ownPort = await buildApp({
      db: db(),
      config: loadConfig({ DEMO_DATA: '0', METRICS_PORT: '9464' }),
    });
    try {
      expect((await guarded.inject('/metrics')).statusCode).toBe(401);
      const wrong = await guarded.inject({ url: '/metrics', headers: { authorization: 'Bearer nope' } });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      const right = await guarded.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('deskhire_http_requests_total');
      expect((await ownPort.inject('/metrics')).statusCode).toBe(404);
      expect((await ownPort.ops.metrics()).body).toContain('deskhire_db_pool_total');
    } finally {
      await guarded.close();
      await ownPort.close();
    }
  });

  it('metrics count requests by route pattern and status, with queue and pool gauges', async () => {
    await app.inject('/api/v1/jobs/123456');
    await app.inject('/api/v1/taxonomy');
    const res = await app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(
      /deskhire_http_requests_total\{method="GET",route="\/api\/v1\/jobs\/:id",status="404"\} 1/,
    );
    expect(res.body).toMatch(
      /deskhire_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/v1\/taxonomy",status="200"\}/,
    );
    expect(res.body).toMatch(/deskhire_db_pool_total \d+/);
    expect(res.body).toContain('deskhire_queue_jobs');
    expect(res.body).not.toContain('123456');
  });

  describe('while shutting down', () => {
    it('readiness answers 503 while liveness still answers 200', async () => {
      app.ops.startDraining();
      const ready = await app.inject('/health/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', checks: { draining: { ok: false } } });
      expect((await app.inject('/health/live')).statusCode).toBe(200);
    });
  });
});
