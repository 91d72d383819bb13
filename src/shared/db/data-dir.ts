// The embedded database folder (DATA_DIR): one process at a time, and a clear line when it cannot
// be used. PGlite itself takes no lock, so two servers on one folder would both start and lose each
// other's writes; this lock file (pid and host) stops the second. Never deletes a live lock.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statfsSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'deskhire.lock';
/** Below this much free space on DATA_DIR's disk the server refuses to start (and is not ready). */
export const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** DATA_DIR cannot be used: the message is the one line the operator reads. */
export class DataDirError extends Error {}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
}

// Folders this process holds: a second open here is refused too (the pid alone would read as ours).
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string'
      ? { pid: holder.pid, host: holder.host }
      : null;
  } catch {
    return null;
  }
}

function unusable(dir: string, err: NodeJS.ErrnoException): DataDirError {
  const why: Record<string, string> = {
    EACCES: 'is not writable (permission denied)',
    EPERM: 'is not writable (permission denied)',
    EROFS: 'is on a read-only file system',
    ENOTDIR: 'is not a folder (a file is in the way)',
    EEXIST: 'is not a folder (a file is in the way)',
    ENOSPC: 'is on a full disk',
    EDQUOT: 'is over its disk quota',
  };
  return new DataDirError(`DATA_DIR ${dir} ${why[err.code ?? ''] ?? `cannot be used (${err.message})`}`);
}

// A recursive mkdir under a read-only mount reports ENOENT; ask the nearest existing parent why.
function whyNotCreated(dir: string, err: NodeJS.ErrnoException): NodeJS.ErrnoException {
  if (err.code !== 'ENOENT') return err;
  let parent = path.dirname(dir);
  while (!existsSync(parent) && parent !== path.dirname(parent)) parent = path.dirname(parent);
  try {
    accessSync(parent, constants.W_OK);
    return err;
  } catch (denied) {
    return denied as NodeJS.ErrnoException;
  }
}

/** Free bytes on the disk that holds `dir`. */
export function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

/** A clear line when the disk under DATA_DIR is (nearly) full; null when there is room. */
export function diskProblem(dir: string, minFree = MIN_FREE_BYTES): string | null {
  const free = freeBytes(dir);
  return free < minFree
    ? `DATA_DIR ${path.resolve(dir)} is on a full disk (${Math.floor(free / 1024 / 1024)} MB free, ${Math.floor(minFree / 1024 / 1024)} MB needed)`
    : null;
}

/**
 * Creates DATA_DIR if needed and takes its lock. Refuses, with one line, when another live process
 * holds it, the folder cannot be written, or its disk is full. A lock left by a process that is
 * gone (same host, dead pid) is taken over.
 */
export function lockDataDir(dataDir: string, opts: { minFree?: number } = {}): DataDirLock {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw unusable(dir, whyNotCreated(dir, err as NodeJS.ErrnoException));
  }
  if (held.has(dir)) throw new DataDirError(`DATA_DIR ${dir} is already open in this process`);
  const me: Holder = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw unusable(dir, err as NodeJS.ErrnoException);
      const holder = readHolder(file);
      // Stale: written by a process on this host that is gone (or by this very pid, reused after a
      // container restart). A lock from another host may be live on a shared volume: keep it.
      const stale = holder && holder.host === me.host && (holder.pid === me.pid || !alive(holder.pid));
      if (!stale || attempt > 0)
        throw new DataDirError(
          holder
            ? `DATA_DIR ${dir} is in use by another deskhire process (pid ${holder.pid} on ${holder.host}); stop it first, or delete ${file} if that process is gone`
            : `DATA_DIR ${dir} is locked by ${file}, which is unreadable; delete it if no deskhire process runs on this folder`,
        );
      unlinkSync(file);
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(me));
    } catch (err) {
      closeSync(fd);
      unlinkSync(file);
      throw unusable(dir, err as NodeJS.ErrnoException);
    }
    closeSync(fd);
    const full = diskProblem(dir, opts.minFree);
    if (full) {
      unlinkSync(file);
      throw new DataDirError(full);
    }
    held.add(dir);
    let released = false;
    return {
      path: file,
      release: () => {
        if (released) return;
        released = true;
        held.delete(dir);
        // Only our own lock: never remove one a later process took over.
        if (readHolder(file)?.pid === me.pid) unlinkSync(file);
      },
    };
  }
  throw new DataDirError(`DATA_DIR ${dir}: could not take the lock ${file}`);
}

/** Who holds DATA_DIR's lock right now, if anyone alive does (the backup command asks). */
export function dataDirHolder(dataDir: string): Holder | null {
  const holder = readHolder(path.join(path.resolve(dataDir), LOCK_FILE));
  if (!holder) return null;
  return holder.host !== hostname() || alive(holder.pid) ? holder : null;
}
