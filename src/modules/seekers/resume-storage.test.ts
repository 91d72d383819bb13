import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LocalS3, startLocalS3 } from '../../../test/support/s3.ts';
import {
  buildSeekerTestApp,
  multipartBody,
  seekerWithProfile,
  tinyPdf,
} from '../../../test/support/seekers.ts';
import { loadConfig } from '../../config.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { localDiskResumeStorage, moveResumes, postgresResumeStorage, s3ResumeStorage } from './index.ts';

forEachEngine('resume files', ({ db }) => {
  let s3: LocalS3;
  const apps: FastifyInstance[] = [];
  const appOn = async (env: Record<string, string> = {}) => {
    const app = await buildSeekerTestApp(db(), env);
    apps.push(app);
    return app;
  };
  beforeAll(async () => {
    s3 = await startLocalS3();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await s3.stop();
  });

  const upload = (app: FastifyInstance, auth: Record<string, string>, bytes: Buffer) => {
    const body = multipartBody({ field: 'resume', filename: 'cv.pdf', type: 'application/pdf', bytes });
    return app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile/resume',
      headers: { ...auth, ...body.headers },
      payload: body.payload,
    });
  };
  const download = (app: FastifyInstance, auth: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/v1/me/profile/resume', headers: auth });
  const keyOf = async (userId: string) =>
    (
      await db().query<{ resume_key: string }>('SELECT resume_key FROM seeker_profiles WHERE user_id = $1', [
        userId,
      ])
    ).rows[0]!.resume_key;
  const storedInDb = async (userId: string) =>
    (
      await db().query<{ n: number }>('SELECT count(*)::int AS n FROM resume_files WHERE owner_id = $1', [
        userId,
      ])
    ).rows[0]!.n;

  it('a resume uploaded on one app instance downloads on another (each with its own DATA_DIR)', async () => {
    const [one, two] = [await appOn(), await appOn()];
    const seeker = await seekerWithProfile(one);
    const pdf = tinyPdf();
    expect((await upload(one, seeker.auth, pdf)).statusCode).toBe(200);
    const res = await download(two!, seeker.auth);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(pdf)).toBe(true);
    expect(await storedInDb(seeker.id)).toBe(1);
  });

  it('erasing the account deletes the file itself, not only the link to it', async () => {
    const app = await appOn();
    const seeker = await seekerWithProfile(app);
    await upload(app, seeker.auth, tinyPdf());
    expect(await storedInDb(seeker.id)).toBe(1);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(
      204,
    );
    expect(await storedInDb(seeker.id)).toBe(0);
  });

  it('with S3 configured, files go to the bucket, download from it and leave it with the account', async () => {
    const app = await appOn(s3.env);
    const bucket = s3ResumeStorage(loadConfig(s3.env).s3!);
    const seeker = await seekerWithProfile(app);
    const pdf = tinyPdf();
    expect((await upload(app, seeker.auth, pdf)).statusCode).toBe(200);
    const key = await keyOf(seeker.id);
    expect((await bucket.get(key))?.equals(pdf)).toBe(true);
    expect(await storedInDb(seeker.id)).toBe(0);
    expect((await download(app, seeker.auth)).rawPayload.equals(pdf)).toBe(true);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(
      204,
    );
    expect(await bucket.get(key)).toBeUndefined();
  });

  it('a bucket that does not exist fails the upload, and no profile points at a missing file', async () => {
    const app = await appOn({ ...s3.env, S3_BUCKET: 'no-such-bucket' });
    const seeker = await seekerWithProfile(app);
    const res = await upload(app, seeker.auth, tinyPdf());
    expect(res.statusCode).toBe(500);
    expect(await keyOf(seeker.id)).toBeNull();
    const bucket = s3ResumeStorage(loadConfig({ ...s3.env, S3_BUCKET: 'no-such-bucket' }).s3!);
    await expect(bucket.put(tinyPdf(), seeker.id)).rejects.toThrow(/no-such-bucket.*NoSuchBucket/);
  });

  it('files move carries old disk files into the database, then into the bucket, and is safe to rerun', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'deskhire-old-uploads-'));
    const disk = localDiskResumeStorage(dataDir);
    const pg = postgresResumeStorage(db());
    const bucket = s3ResumeStorage(loadConfig(s3.env).s3!);
    const app = await appOn();
    const seeker = await seekerWithProfile(app);
    const pdf = tinyPdf();
    await upload(app, seeker.auth, pdf);
    const key = await keyOf(seeker.id);
    // As an instance before this release left it: the file on the local disk only.
    await disk.putAt(key, (await pg.get(key))!, null);
    await pg.delete(key);
    expect((await download(app, seeker.auth)).statusCode).toBe(404);

    const toDb = await moveResumes(db(), pg, [disk, bucket]);
    expect(toDb.moved).toBeGreaterThanOrEqual(1);
    expect(toDb.missing).toEqual([]);
    expect(await disk.get(key)).toBeUndefined();
    expect((await download(app, seeker.auth)).rawPayload.equals(pdf)).toBe(true);

    const again = await moveResumes(db(), pg, [disk, bucket]);
    expect(again.moved).toBe(0);
    expect(again.already).toBe(toDb.moved + toDb.already);

    const toS3 = await moveResumes(db(), bucket, [pg, disk]);
    expect(toS3.moved).toBe(again.already);
    expect(await pg.get(key)).toBeUndefined();
    const onS3 = await appOn(s3.env);
    expect((await download(onS3, seeker.auth)).rawPayload.equals(pdf)).toBe(true);
  });
});
