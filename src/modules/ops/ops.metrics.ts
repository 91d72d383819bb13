// Prometheus metrics for one app instance: request count and latency by route pattern and status,
// queue depth (pg-boss) and database pool figures, read at scrape time. Owns a registry per app
// (tests build many apps); never labels by raw URL, so ids in paths cannot explode the series.
import client from 'prom-client';
import type { Db } from '../../shared/db/db.ts';
import { queueDepth } from '../queue/index.ts';

export function createMetrics(db: Db) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'deskhire_' });

  const requests = new client.Counter({
    name: 'deskhire_http_requests_total',
    help: 'HTTP requests served, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'deskhire_http_request_duration_seconds',
    help: 'HTTP request latency in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new client.Gauge({
    name: 'deskhire_queue_jobs',
    help: 'Background jobs waiting (created), retrying or running (active), by queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const d of await queueDepth(db)) this.set({ queue: d.queue, state: d.state }, d.count);
    },
  });
  const pool = (name: string, help: string, pick: (s: ReturnType<Db['poolStats']>) => number) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(pick(db.poolStats()));
      },
    });
  pool('deskhire_db_pool_total', 'Database connections open (PGlite: 1)', (s) => s.total);
  pool('deskhire_db_pool_idle', 'Database connections idle', (s) => s.idle);
  pool('deskhire_db_pool_waiting', 'Queries waiting for a free connection', (s) => s.waiting);

  return {
    registry,
    observe(method: string, route: string, status: number, seconds: number): void {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
