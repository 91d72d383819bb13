// Where resume files live: an interface, and a local-disk default under DATA_DIR/uploads (outside
// the web root: nothing serves that folder). File names are random keys we make; a user-supplied
// name never reaches the file system. Another backend (S3, GCS) implements the same three calls.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ResumeStorage {
  /** Stores the bytes under a new random key and returns the key. */
  put(bytes: Buffer): Promise<string>;
  get(key: string): Promise<Buffer | undefined>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{32}\.pdf$/;

export function localDiskResumeStorage(dataDir: string): ResumeStorage {
  const dir = path.resolve(dataDir, 'uploads', 'resumes');
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('bad resume key');
    return path.join(dir, key);
  };
  return {
    async put(bytes) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const key = `${randomBytes(16).toString('hex')}.pdf`;
      await writeFile(fileOf(key), bytes, { mode: 0o600, flag: 'wx' });
      return key;
    },
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
