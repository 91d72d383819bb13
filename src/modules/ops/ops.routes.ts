// Operations endpoints: /health/live (the process answers), /health/ready (database answers,
// migrations applied, not draining), /metrics (Prometheus). Owns the draining flag that
// server.ts raises on SIGTERM; never touches domain data.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../../shared/db/db.ts';
import { pendingMigrations } from '../../shared/db/migrate.ts';
import { createMetrics } from './ops.metrics.ts';

export interface Ops {
  /** Readiness answers 503 from now on, so load balancers stop sending new requests. */
  startDraining(): void;
  readonly draining: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    ops: Ops;
  }
}

type Check = { ok: boolean; detail?: string };

export const opsRoutes = fp(
  async (app: FastifyInstance, opts: { db: Db }) => {
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
      try {
        await db.query('SELECT 1');
        checks.database = { ok: true };
        const pending = await pendingMigrations(db);
        checks.migrations = pending.length
          ? { ok: false, detail: `pending: ${pending.join(', ')}` }
          : { ok: true };
      } catch (err) {
        // Reported, not swallowed: the probe's answer is exactly this failure.
        checks.database = { ok: false, detail: (err as Error).message };
      }
      const ready = Object.values(checks).every((c) => c.ok);
      reply.code(ready ? 200 : 503);
      return { status: ready ? 'ready' : 'unavailable', engine: db.engine, checks };
    });

    app.get('/metrics', hidden, async (_req, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  },
  { name: 'ops' },
);
