import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { buildSeekerTestApp, multipartBody, seekerWithProfile, tinyPdf } from '../../test/support/seekers.ts';
import { type Db, openPglite, openPostgres } from '../shared/db/db.ts';
import { migrate } from '../shared/db/migrate.ts';
import { withDatabaseName } from '../shared/db/testing.ts';
import { backup, restore } from './backup.ts';

const KEY_TABLES = ['users', 'companies', 'company_members', 'jobs', 'schema_migrations'];

/** Row count and an order-independent checksum of every key table. */
async function fingerprint(db: Db): Promise<Record<string, { n: number; sum: string }>> {
  const out: Record<string, { n: number; sum: string }> = {};
  for (const t of KEY_TABLES) {
    const { rows } = await db.query<{ n: number; sum: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS sum FROM ${t} r`,
    );
    out[t] = rows[0]!;
  }
  return out;
}

/** Jobs, accounts and one seeker's uploaded resume; returns that seeker's sign-in and the file. */
async function fillWithData(db: Db): Promise<{ auth: Record<string, string>; pdf: Buffer }> {
  const app = await buildTestApp(db);
  const employer = await employerWithCompany(app);
  await postJob(app, employer);
  await postJob(app, employer, { title: 'Back Office Executive (Excel)', status: 'draft' });
  await register(app, 'seeker');
  const seeker = await seekerWithProfile(app);
  const pdf = Buffer.concat([tinyPdf(), Buffer.from(`\n% ${seeker.id}\n`)]);
  const body = multipartBody({ field: 'resume', filename: 'cv.pdf', type: 'application/pdf', bytes: pdf });
  const up = await app.inject({
    method: 'PUT',
    url: '/api/v1/me/profile/resume',
    headers: { ...seeker.auth, ...body.headers },
    payload: body.payload,
  });
  expect(up.statusCode).toBe(200);
  await app.close();
  return { auth: seeker.auth, pdf };
}

/** The restored database serves the resume (through an app with its own, empty DATA_DIR). */
async function expectResume(db: Db, seeker: { auth: Record<string, string>; pdf: Buffer }): Promise<void> {
  const app = await buildSeekerTestApp(db);
  const res = await app.inject({ method: 'GET', url: '/api/v1/me/profile/resume', headers: seeker.auth });
  await app.close();
  expect(res.statusCode).toBe(200);
  expect(res.rawPayload.equals(seeker.pdf)).toBe(true);
}

const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('[pglite] a restored embedded database has the same rows and resume files as the one backed up', async () => {
    const source = await openPglite(path.join(dir, 'source'));
    await migrate(source);
    const seeker = await fillWithData(source);
    const before = await fingerprint(source);
    await source.close();
    const file = path.join(dir, 'lite.tar.gz');
    await backup({ dataDir: path.join(dir, 'source') }, file);
    await restore({ dataDir: path.join(dir, 'restored') }, file);
    await expect(restore({ dataDir: path.join(dir, 'restored') }, file)).rejects.toThrow(/not empty/);
    const restored = await openPglite(path.join(dir, 'restored'));
    expect(await fingerprint(restored)).toEqual(before);
    expect(before.jobs?.n).toBe(2);
    await expectResume(restored, seeker);
    await restored.close();
  });

  it('[pglite] the backup of a folder a running server holds says to stop the server first', async () => {
    const running = await openPglite(path.join(dir, 'running'));
    try {
      await expect(
        backup({ dataDir: path.join(dir, 'running') }, path.join(dir, 'x.tar.gz')),
      ).rejects.toThrow(/in use by a running server \(pid \d+\); stop it, then run the backup/);
    } finally {
      await running.close();
    }
  });

  const adminUrl = inject('postgresUrl') ?? undefined;
  (adminUrl ? it : it.skip)(
    '[postgres] a SQL dump restored into a fresh database has the same rows and resume files',
    async () => {
      const names = [`deskhire_bk_src_${process.pid}`, `deskhire_bk_dst_${process.pid}`];
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      for (const n of names) {
        await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${n}`);
      }
      try {
        const [srcUrl, dstUrl] = names.map((n) => withDatabaseName(adminUrl!, n)) as [string, string];
        const source = await openPostgres(srcUrl);
        await migrate(source);
        const seeker = await fillWithData(source);
        const before = await fingerprint(source);
        await source.close();
        const file = path.join(dir, 'server.sql');
        await backup({ databaseUrl: srcUrl, dataDir: dir }, file);
        await restore({ databaseUrl: dstUrl, dataDir: dir }, file);
        const restored = await openPostgres(dstUrl);
        expect(await fingerprint(restored)).toEqual(before);
        expect(await migrate(restored)).toEqual([]);
        await expectResume(restored, seeker);
        await restored.close();
      } finally {
        for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
