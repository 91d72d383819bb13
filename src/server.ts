// Entry point: read config, open the database, migrate, load demo data on a fresh embedded
// database, build the app, listen, and shut down cleanly on SIGTERM/SIGINT.
import { mkdirSync } from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './http/logger.ts';
import { seedDemoIfEmpty } from './modules/demo/index.ts';
import { DatabaseUnavailable, openDatabase } from './shared/db/db.ts';
import { MigrationChanged, migrate } from './shared/db/migrate.ts';
import { startWorkers } from './workers.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(db);
  if (applied.length) log.info({ applied }, 'migrations applied');
  if (config.demoData && db.engine === 'pglite') {
    const seeded = await seedDemoIfEmpty(db);
    if (seeded) log.info(seeded, 'demo data loaded');
  }
  const app = await buildApp({ db, config, logger: log });
  // Door-to-door commute times are stored, not computed per request: (re)build them when the
  // transit data or the gazetteer changed (a few seconds, once).
  const commuteRows = await app.services.commute.ensureCurrent();
  if (commuteRows !== undefined) log.info({ rows: commuteRows }, 'commute times built');
  await app.listen({ port: config.port, host: config.host });
  if (config.appSecretIsDefault)
    log.warn('APP_SECRET is not set: signed links (unsubscribe) use a development key; set it in production');
  const workers = await startWorkers(db, app.services, (err) => log.error({ err }, 'job queue error'));
  log.info(
    `job queue started (pg-boss on ${db.engine}); email via ${config.smtpUrl ? 'SMTP' : 'the dev outbox'}`,
  );

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
    await app.close();
    // Stop fetching jobs and let the running one finish before the database goes away.
    await workers.stop(8_000);
    await db.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  // One clear line for the operator, not a stack trace, when the cause is configuration.
  if (err instanceof ConfigError || err instanceof DatabaseUnavailable || err instanceof MigrationChanged) {
    console.error(`deskhire: ${err.message}`);
  } else {
    console.error('deskhire: failed to start:', err);
  }
  process.exit(1);
});
