import { mkdirSync } from 'node:fs';
// Entry point: read config, open the database, migrate, load demo data on a fresh embedded
// database, build the app, listen, and shut down cleanly on SIGTERM/SIGINT.
import { createServer } from 'node:http';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './http/logger.ts';
import { startTracing, type Tracing } from './http/tracing.ts';
import { seedDemoIfEmpty } from './modules/demo/index.ts';
import { searchBulkLoad } from './modules/search/index.ts';
import { DataDirError } from './shared/db/data-dir.ts';
import { DatabaseUnavailable, openDatabase } from './shared/db/db.ts';
import { MigrationChanged, migrate } from './shared/db/migrate.ts';
import { startWorkers } from './workers.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    directUrl: config.databaseDirectUrl,
    readUrl: config.databaseReadUrl,
  });
  const applied = await migrate(db, {
    onWait: ({ waitedMs, holder }) => log.warn({ waitedMs, holder }, 'waiting for the migration lock'),
  });
  if (applied.length) log.info({ applied }, 'migrations applied');
  // A `deskhire seed` that died half way left the search tables unfilled and their triggers off.
  const recovered = await searchBulkLoad.end(db);
  if (recovered) log.warn({ jobs: recovered }, 'finished an interrupted bulk load of jobs');
  if (config.demoData && db.engine === 'pglite') {
    const seeded = await seedDemoIfEmpty(db, config.appSecret);
    if (seeded) log.info(seeded, 'demo data loaded');
  }
  const tracing: Tracing | undefined = config.otlpEndpoint
    ? startTracing({ endpoint: config.otlpEndpoint, serviceName: config.serviceName })
    : undefined;
  if (tracing) log.info(`tracing to ${config.otlpEndpoint} as ${config.serviceName}`);
  const app = await buildApp({ db, config, logger: log, ...(tracing ? { tracing: tracing.plugin } : {}) });
  // Door-to-door commute times are stored, not computed per request: (re)build them when the
  // transit data or the gazetteer changed (a few seconds, once).
  const commuteRows = await app.services.commute.ensureCurrent();
  if (commuteRows !== undefined) log.info({ rows: commuteRows }, 'commute times built');
  await app.listen({ port: config.port, host: config.host });
  // METRICS_PORT: Prometheus scrapes a port the public never reaches (the app has no /metrics).
  const metricsServer = config.metricsPort
    ? createServer((req, res) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
          res.writeHead(404).end();
          return;
        }
        app.ops.metrics().then(
          ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
          (err: Error) => {
            log.error({ err }, 'metrics failed');
            res.writeHead(500).end();
          },
        );
      })
    : undefined;
  if (metricsServer) {
    await new Promise<void>((resolve, reject) =>
      metricsServer.once('error', reject).listen(config.metricsPort, config.host, resolve),
    );
    log.info(`metrics on http://${config.host}:${config.metricsPort}/metrics`);
  }
  if (config.appSecretIsDefault)
    log.warn('APP_SECRET is not set: signed links (unsubscribe) use a development key; set it in production');
  // Started now, awaited below: a SIGTERM that arrives while the queue starts still shuts down cleanly.
  const workersStarting = startWorkers(db, app.services, (err) => log.error({ err }, 'job queue error'));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // Readiness answers 503 first, so a load balancer stops routing here; then stop accepting.
    app.ops.startDraining();
    log.info(
      { signal, drainMs: config.shutdownDrainMs },
      'shutting down: draining, then finishing in-flight requests',
    );
    const force = setTimeout(() => process.exit(1), 10_000 + config.shutdownDrainMs).unref();
    if (config.shutdownDrainMs) await new Promise((r) => setTimeout(r, config.shutdownDrainMs));
    metricsServer?.close();
    await app.close();
    // Stop fetching jobs and let the running one finish before the database goes away.
    await (await workersStarting).stop(8_000);
    await db.close();
    // The last spans (this shutdown's requests) go out before the process ends.
    await tracing?.shutdown().catch((err: Error) => log.warn({ err }, 'tracing flush failed'));
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await workersStarting;
  log.info(
    `job queue started (pg-boss on ${db.engine}); email via ${config.smtpUrl ? 'SMTP' : 'the dev outbox'}`,
  );
}

main().catch((err: unknown) => {
  // One clear line for the operator, not a stack trace, when the cause is configuration.
  if (
    err instanceof ConfigError ||
    err instanceof DatabaseUnavailable ||
    err instanceof MigrationChanged ||
    err instanceof DataDirError
  ) {
    console.error(`deskhire: ${err.message}`);
  } else {
    console.error('deskhire: failed to start:', err);
  }
  process.exit(1);
});
