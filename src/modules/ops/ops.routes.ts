// Operations endpoints: /health/live (the process answers), /health/ready (every database pool answers,
// migrations applied, not draining), /metrics (Prometheus). Owns the draining flag that
// server.ts raises on SIGTERM; never touches domain data.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../shared/db/db.ts';
import { pendingMigrations } from '../../shared/db/migrate.ts';
import { Unauthorized } from '../../shared/errors.ts';
import { createMetrics } from './ops.metrics.ts';

export interface Ops {
  /** Readiness answers 503 from now on, so load balancers stop sending new requests. */
  startDraining(): void;
  readonly draining: boolean;
  /** The Prometheus text, for a separate metrics listener (METRICS_PORT). */
  metrics(): Promise<{ contentType: string; body: string }>;
}

export interface OpsOptions {
  db: Db;
  /** /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string | undefined;
  /** /metrics is served by server.ts on its own port, so the public app has none. */
  metricsOnOwnPort?: boolean;
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

declare module 'fastify' {
  interface FastifyInstance {
    ops: Ops;
  }
}

type Check = { ok: boolean; detail?: string };

export const opsRoutes = fp(
  async (app: FastifyInstance, opts: OpsOptions) => {
    const { db } = opts;
    const metrics = createMetrics(db);
    let draining = false;
    app.decorate('ops', {
      startDraining: () => {
        draining = true;
      },
      get draining() {
        return draining;
      },
      metrics: async () => ({
        contentType: metrics.registry.contentType,
        body: await metrics.registry.metrics(),
      }),
    });

    app.addHook('onResponse', async (req, reply) => {
      // The route pattern, never the raw URL; unmatched paths share one label.
      const route = req.routeOptions.url ?? 'unmatched';
      metrics.observe(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    });

    const hidden = { schema: { hide: true } };
    app.get('/health/live', hidden, async () => ({ status: 'ok' }));

    app.get('/health/ready', hidden, async (_req, reply) => {
      const checks: Record<string, Check> = {
        draining: draining ? { ok: false, detail: 'shutting down' } : { ok: true },
      };
      // Every pool the app draws from (main, capped, a read replica when configured): one dead
      // pool is enough to fail the requests that use it, so it fails readiness too.
      await Promise.all(
        db.pools().map(async (pool) => {
          try {
            await pool.ping();
            checks[`database:${pool.name}`] = { ok: true };
          } catch (err) {
            // Reported, not swallowed: the probe's answer is exactly this failure.
            checks[`database:${pool.name}`] = { ok: false, detail: (err as Error).message };
          }
        }),
      );
      try {
        const pending = await pendingMigrations(db);
        checks.migrations = pending.length
          ? { ok: false, detail: `pending: ${pending.join(', ')}` }
          : { ok: true };
      } catch (err) {
        checks.migrations = { ok: false, detail: (err as Error).message };
      }
      const ready = Object.values(checks).every((c) => c.ok);
      reply.code(ready ? 200 : 503);
      return { status: ready ? 'ready' : 'unavailable', engine: db.engine, checks };
    });

    if (opts.metricsOnOwnPort) return;
    app.get('/metrics', hidden, async (req, reply) => {
      if (opts.metricsToken) {
        const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        if (!sameToken(given, opts.metricsToken))
          throw new Unauthorized('/metrics needs Authorization: Bearer <METRICS_TOKEN>');
      }
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  },
  { name: 'ops' },
);
