// Read scale-out against a real streaming replica: a private primary and replica (initdb +
// pg_basebackup, spare ports, temp folders, stopped here). Replay on the replica is paused to make
// its lag certain: anonymous searches read the replica and do not see a job just posted; the
// employer who posted it reads the primary for a while (the `rw` cookie) and does; a lagging
// replica's answer is never cached for others; readiness can list and ping both pools.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openPostgres } from '../../src/shared/db/db.ts';
import { migrate } from '../../src/shared/db/migrate.ts';
import { buildTestApp, employerWithCompany, jobPayload } from '../support/app.ts';
import { missing, type ReplicaPair, startReplicaPair, waitForSql } from '../support/local-servers.ts';

const why = missing('postgres');
if (why && process.env.CI === 'true') throw new Error(`Replica test cannot run under CI: ${why}`);
if (why) console.warn(`\n⚠ Skipping the read-replica suite: ${why}\n`);

describe.skipIf(Boolean(why))('with a streaming read replica (DATABASE_READ_URL)', () => {
  let pair: ReplicaPair;
  let db: Db | undefined;
  let replica: pg.Client;
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

  beforeAll(async () => {
    pair = await startReplicaPair();
    await waitForSql(url(pair.primaryPort));
    await waitForSql(url(pair.replicaPort));
    db = await openPostgres(url(pair.primaryPort), { readUrl: url(pair.replicaPort) });
    await migrate(db);
    replica = new pg.Client({ connectionString: url(pair.replicaPort) });
    await replica.connect();
  }, 120_000);

  afterAll(async () => {
    await replica?.end();
    await db?.close();
    await pair?.stop();
  });

  /** Waits until the replica has replayed everything the primary has committed. */
  async function caughtUp(): Promise<void> {
    const mark = await db!.read.mark();
    for (let i = 0; i < 100 && !(await db!.read.reached(mark)); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await db!.read.reached(mark)).toBe(true);
  }

  it('readiness sees both pools, and the replica really is a standby', async () => {
    expect(db!.pools().map((p) => p.name)).toEqual(['primary', 'replica']);
    await Promise.all(db!.pools().map((p) => p.ping()));
    const { rows } = await db!.read.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby');
    expect(rows[0]!.standby).toBe(true);
  });

  it('an employer sees the job just posted while others read a lagging replica', async () => {
    const app = await buildTestApp(db!);
    const employer = await employerWithCompany(app);
    await caughtUp();
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      const posted = await app.inject({
        method: 'POST',
        url: '/api/v1/jobs',
        headers: employer.auth,
        payload: jobPayload({ title: 'Telecaller for loan renewals', role: 'telecaller' }),
      });
      expect(posted.statusCode).toBe(201);
      const rw = posted.cookies.find((c) => c.name === 'rw');
      expect(rw?.maxAge).toBe(15);
      const id = posted.json<{ id: number }>().id;
      const ids = (res: { json: () => { items: { id: number }[] } }) => res.json().items.map((j) => j.id);
      const search = '/api/v1/jobs?q=telecaller&city=mumbai';

      const anonymous = await app.inject({ url: search });
      expect(anonymous.statusCode, anonymous.body).toBe(200);
      expect(ids(anonymous)).not.toContain(id);

      const own = await app.inject({ url: search, headers: employer.auth, cookies: { rw: '1' } });
      expect(ids(own)).toContain(id);
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    // The replica's stale answer was not cached under the new generation for everyone else.
    const later = await app.inject({ url: '/api/v1/jobs?q=telecaller&city=mumbai' });
    expect(later.json<{ items: unknown[] }>().items.length).toBe(1);
    // Insights read the replica too (read-only there), and answer.
    expect(
      (await app.inject({ url: '/api/v1/insights/salaries?role=telecaller&city=mumbai' })).statusCode,
    ).toBe(200);
    await app.close();
  }, 60_000);
});
