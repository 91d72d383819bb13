// Where resume files live: one small interface and its stores. The database is the default on
// both engines (resume_files: in backups, on every instance); an S3-compatible bucket is for scale
// (resume-s3.ts); a local disk folder is the old store, kept so `deskhire files move` can empty it.
// Keys are random names we make; a user-supplied name never reaches a store.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../shared/db/db.ts';
import { resumeFilesRepo } from './resume-files.repo.ts';
import { type S3Settings, s3ResumeStorage } from './resume-s3.ts';

export type StoreName = 'postgres' | 's3' | 'disk';

export interface ResumeStorage {
  readonly name: StoreName;
  /** Stores the bytes under a new random key and returns the key. */
  put(bytes: Buffer, ownerId: string): Promise<string>;
  /** Stores the bytes under a key made elsewhere (a move between stores). */
  putAt(key: string, bytes: Buffer, ownerId: string | null): Promise<void>;
  get(key: string): Promise<Buffer | undefined>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{32}\.pdf$/;

export function newResumeKey(): string {
  return `${randomBytes(16).toString('hex')}.pdf`;
}

export function assertKey(key: string): string {
  if (!KEY.test(key)) throw new Error('bad resume key');
  return key;
}

export function postgresResumeStorage(db: Db): ResumeStorage {
  return {
    name: 'postgres',
    async put(bytes, ownerId) {
      const key = newResumeKey();
      await resumeFilesRepo.put(db, key, bytes, ownerId);
      return key;
    },
    putAt: (key, bytes, ownerId) => resumeFilesRepo.put(db, assertKey(key), bytes, ownerId),
    get: (key) => resumeFilesRepo.get(db, assertKey(key)),
    delete: (key) => resumeFilesRepo.delete(db, assertKey(key)),
  };
}

/** The old store: DATA_DIR/uploads/resumes, outside the web root. Read by `files move` only. */
export function localDiskResumeStorage(dataDir: string): ResumeStorage {
  const dir = path.resolve(dataDir, 'uploads', 'resumes');
  const fileOf = (key: string) => path.join(dir, assertKey(key));
  const putAt = async (key: string, bytes: Buffer) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(fileOf(key), bytes, { mode: 0o600 });
  };
  return {
    name: 'disk',
    async put(bytes) {
      const key = newResumeKey();
      await putAt(key, bytes);
      return key;
    },
    putAt: (key, bytes) => putAt(key, bytes),
    async get(key) {
      return readFile(fileOf(key)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      });
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

/** The configured store: the bucket when S3 is configured, else the database. */
export function resumeStorageFor(db: Db, s3: S3Settings | undefined): ResumeStorage {
  return s3 ? s3ResumeStorage(s3) : postgresResumeStorage(db);
}
