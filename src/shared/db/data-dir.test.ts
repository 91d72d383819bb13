import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirError, LOCK_FILE, lockDataDir } from './data-dir.ts';
import { openPglite } from './db.ts';

const root = mkdtempSync(path.join(tmpdir(), 'deskhire-datadir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = (name: string) => path.join(root, name);
const writeLock = (dir: string, pid: number) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname() }));
};

describe('DATA_DIR: one process at a time, one clear line when unusable', () => {
  it('a second open of a folder in use is refused, naming the folder; after close it opens again', async () => {
    const dir = fresh('in-use');
    const first = await openPglite(dir);
    await expect(openPglite(dir)).rejects.toThrow(DataDirError);
    await expect(openPglite(dir)).rejects.toThrow(`DATA_DIR ${dir} is already open`);
    await first.close();
    const again = await openPglite(dir);
    expect((await again.query<{ n: number }>('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
    await again.close();
  });

  it('a lock held by another live process is refused with its pid; a dead pid is taken over', async () => {
    const live = spawn('sleep', ['30']);
    try {
      const dir = fresh('held');
      writeLock(dir, live.pid!);
      expect(() => lockDataDir(dir)).toThrow(
        new RegExp(`^DATA_DIR ${dir} is in use by another deskhire process \\(pid ${live.pid} `),
      );
    } finally {
      live.kill();
    }
    const gone = spawnSync('true').pid;
    const dir = fresh('stale');
    writeLock(dir, gone);
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toEqual({ pid: process.pid, host: hostname() });
    lock.release();
  });

  it('a file where the folder should be, or a folder nobody may create, is one line naming the path', () => {
    const file = fresh('a-file');
    writeFileSync(file, 'not a folder');
    expect(() => lockDataDir(file)).toThrow(`DATA_DIR ${file} is not a folder (a file is in the way)`);
    // sysfs refuses even root.
    expect(() => lockDataDir('/sys/deskhire-data')).toThrow(
      'DATA_DIR /sys/deskhire-data is not writable (permission denied)',
    );
  });

  it('a disk without room is refused before the database opens', () => {
    const dir = fresh('room');
    expect(() => lockDataDir(dir, { minFree: Number.MAX_SAFE_INTEGER })).toThrow(
      new RegExp(`^DATA_DIR ${dir} is on a full disk \\(\\d+ MB free`),
    );
  });
});

// A real read-only file system needs mount(2): root on Linux (the CI machines), skipped elsewhere.
const mountPoint = fresh('ro');
mkdirSync(mountPoint);
const canMount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', mountPoint]).status === 0;
describe.skipIf(!canMount)('DATA_DIR on a read-only or small file system', () => {
  afterAll(() => spawnSync('umount', [mountPoint]));
  it('says so in one line naming the path', async () => {
    await expect(openPglite(path.join(mountPoint, 'data'))).rejects.toThrow(
      `DATA_DIR ${mountPoint}/data is on a read-only file system`,
    );
    expect(() => lockDataDir(mountPoint)).toThrow(`DATA_DIR ${mountPoint} is on a read-only file system`);
  });

  it('a real small disk (a 1 MB tmpfs) is refused as full, naming the path', () => {
    const small = fresh('small');
    mkdirSync(small);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]).status).toBe(0);
    try {
      expect(() => lockDataDir(small)).toThrow(
        `DATA_DIR ${small} is on a full disk (0 MB free, 64 MB needed)`,
      );
    } finally {
      spawnSync('umount', [small]);
    }
  });
});
