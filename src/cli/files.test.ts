import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSeekerTestApp, multipartBody, seekerWithProfile, tinyPdf } from '../../test/support/seekers.ts';
import { localDiskResumeStorage, postgresResumeStorage } from '../modules/seekers/index.ts';
import { createTestDatabase } from '../shared/db/testing.ts';

const run = promisify(execFile);
const adminUrl = inject('postgresUrl');

describe.skipIf(!adminUrl)('deskhire files move and backup [postgres]', () => {
  let test: Awaited<ReturnType<typeof createTestDatabase>>;
  const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-files-cli-'));
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await test.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const deskhire = (...args: string[]) =>
    run('npx', ['tsx', 'src/cli/deskhire.ts', ...args], {
      env: { ...process.env, DATABASE_URL: '', S3_BUCKET: '', DATA_DIR: dir },
    });

  it('backup names resumes left in the old uploads folder; files move brings them into the database', async () => {
    const app = await buildSeekerTestApp(test.db);
    const seeker = await seekerWithProfile(app);
    const pdf = tinyPdf();
    const body = multipartBody({ field: 'resume', filename: 'cv.pdf', type: 'application/pdf', bytes: pdf });
    await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile/resume',
      headers: { ...seeker.auth, ...body.headers },
      payload: body.payload,
    });
    // As an earlier version left it: the file in DATA_DIR/uploads/resumes only.
    const pg = postgresResumeStorage(test.db);
    const { rows } = await test.db.query<{ resume_key: string }>(
      'SELECT resume_key FROM seeker_profiles WHERE user_id = $1',
      [seeker.id],
    );
    const key = rows[0]!.resume_key;
    await localDiskResumeStorage(dir).putAt(key, (await pg.get(key))!, null);
    await pg.delete(key);

    const url = test.url!;
    const backup = await deskhire('backup', '--out', path.join(dir, 'before.sql'), '--database-url', url);
    expect(backup.stderr).toMatch(/1 resume files are still in .*uploads\/resumes.*files move --to postgres/);

    const moved = await deskhire('files', 'move', '--to', 'postgres', '--database-url', url);
    expect(moved.stdout).toMatch(/files move --to postgres: 1 moved, \d+ already there, 0 missing/);
    expect(
      existsSync(path.join(dir, 'uploads', 'resumes'))
        ? readdirSync(path.join(dir, 'uploads', 'resumes'))
        : [],
    ).toEqual([]);
    const res = await app.inject({ method: 'GET', url: '/api/v1/me/profile/resume', headers: seeker.auth });
    expect(res.rawPayload.equals(pdf)).toBe(true);
    await app.close();
  }, 120_000);
});
