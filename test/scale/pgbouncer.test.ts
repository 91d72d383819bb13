// The app behind a real PgBouncer in transaction mode (Debian's package, started here on a spare
// port in front of the test PostgreSQL): start-up migrations and job queue, a search, a search cut
// off by the time cap, and a restart whose migrations must not hang on a lock left behind.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Db, openPostgres } from '../../src/shared/db/db.ts';
import { migrate } from '../../src/shared/db/migrate.ts';
import { withDatabaseName } from '../../src/shared/db/testing.ts';
import { startWorkers } from '../../src/workers.ts';
import { buildTestApp, employerWithCompany, jobPayload } from '../support/app.ts';
import { missing, type Running, startPgBouncer } from '../support/local-servers.ts';

const adminUrl = inject('postgresUrl');
const why = adminUrl ? missing('pgbouncer') : 'no PostgreSQL test server';
if (why && process.env.CI === 'true') throw new Error(`PgBouncer test cannot run under CI: ${why}`);
if (why) console.warn(`\n⚠ Skipping the PgBouncer suite: ${why}\n`);

describe.skipIf(Boolean(why))('behind PgBouncer in transaction mode', () => {
  const name = `deskhire_bouncer_${process.pid}_${randomBytes(3).toString('hex')}`;
  let bouncer: Running;
  let url: string;
  let db: Db | undefined;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl! });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const server = new URL(adminUrl!);
    bouncer = await startPgBouncer({
      host: server.hostname,
      port: Number(server.port || 5432),
      user: server.username || 'postgres',
    });
    url = withDatabaseName(`postgres://${server.username || 'postgres'}@127.0.0.1:${bouncer.port}/x`, name);
  });

  afterAll(async () => {
    await db?.close();
    await bouncer?.stop();
    const admin = new pg.Client({ connectionString: adminUrl! });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('migrates, searches, cuts off a slow search with a 400, and restarts without hanging', async () => {
    db = await openPostgres(url);
    expect((await migrate(db)).length).toBeGreaterThan(5);
    let app = await buildTestApp(db);
    // The job queue (pg-boss) starts through PgBouncer too, under its own start-up lock.
    const queueErrors: Error[] = [];
    let workers = await startWorkers(db, app.services, (err) => queueErrors.push(err));
    const employer = await employerWithCompany(app);
    const posted = await app.inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: employer.auth,
      payload: jobPayload({ title: 'Telecaller for insurance renewals', role: 'telecaller' }),
    });
    expect(posted.statusCode).toBe(201);

    const found = await app.inject({ url: '/api/v1/jobs?q=telecaller&city=mumbai' });
    expect(found.statusCode).toBe(200);
    expect(found.json<{ items: { id: string }[] }>().items.map((j) => j.id)).toContain(posted.json().id);

    // A search that cannot finish in time (its table is locked by another session) is cut off by
    // the capped transaction's own statement_timeout and answered as a 4xx naming `q`.
    const blocker = new pg.Client({ connectionString: withDatabaseName(adminUrl!, name) });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE job_search IN ACCESS EXCLUSIVE MODE');
    const slow = await app.inject({ url: '/api/v1/jobs?q=back+office+thane&sort=recent' });
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(slow.statusCode).toBe(400);
    expect(slow.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('q');
    // The cap stayed inside its transaction: pooled connections answer with no timeout set.
    const settings = await Promise.all(
      Array.from({ length: 8 }, () =>
        db!.query<{ t: string }>(`SELECT current_setting('statement_timeout') AS t`),
      ),
    );
    expect(settings.map((s) => s.rows[0]!.t)).toEqual(Array(8).fill('0'));

    // Restart: a second start runs migrations again; a lock left on a pooled server connection
    // would make it wait forever.
    await workers.stop(5000);
    await app.close();
    await db.close();
    db = await openPostgres(url);
    const again = await Promise.race([
      migrate(db),
      new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000)),
    ]);
    expect(again).toEqual([]);
    app = await buildTestApp(db);
    const after = await app.inject({ url: '/api/v1/jobs?q=telecaller' });
    expect(after.statusCode).toBe(200);
    expect(after.json<{ items: unknown[] }>().items.length).toBe(1);
    workers = await startWorkers(db, app.services, (err) => queueErrors.push(err));
    await workers.stop(5000);
    expect(queueErrors).toEqual([]);
    await app.close();
  }, 90_000);
});
