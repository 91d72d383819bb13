// `deskhire backup` / `deskhire restore`: a PostgreSQL server is dumped as plain SQL by pg_dump
// and restored by psql (in one transaction); the embedded database is PGlite's own data-dir
// tarball (dumpDataDir / loadDataDir). Never restores over a non-empty embedded folder.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { DataDirError, dataDirHolder, LOCK_FILE, lockDataDir } from '../shared/db/data-dir.ts';

export interface Target {
  databaseUrl?: string;
  dataDir: string;
}

function run(bin: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (err) =>
      reject(
        new Error(
          `${bin} is needed for a PostgreSQL backup (apt-get install postgresql-client): ${err.message}`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${bin} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

export async function backup(target: Target, outFile: string): Promise<string> {
  if (target.databaseUrl) {
    await run('pg_dump', [
      '--format=plain',
      '--no-owner',
      '--no-privileges',
      '--clean',
      '--if-exists',
      `--file=${outFile}`,
      `--dbname=${target.databaseUrl}`,
    ]);
    return 'PostgreSQL SQL dump (pg_dump)';
  }
  // The embedded engine has one writer: a copy taken beside a running server could be torn.
  const holder = dataDirHolder(target.dataDir);
  if (holder)
    throw new DataDirError(
      `the embedded database in ${path.resolve(target.dataDir)} is in use by a running server (pid ${holder.pid}); stop it, then run the backup`,
    );
  const lock = lockDataDir(target.dataDir);
  try {
    const lite = await PGlite.create(target.dataDir, { extensions: { pg_trgm } });
    try {
      const tarball = await lite.dumpDataDir('gzip');
      await writeFile(outFile, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await lite.close();
    }
  } finally {
    lock.release();
  }
  return 'PGlite data-dir tarball (gzip)';
}

export async function restore(target: Target, inFile: string): Promise<void> {
  if (target.databaseUrl) {
    await run('psql', [
      '--quiet',
      '--no-psqlrc',
      '--set=ON_ERROR_STOP=1',
      '--single-transaction',
      `--file=${inFile}`,
      `--dbname=${target.databaseUrl}`,
    ]);
    return;
  }
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length)
    throw new Error(
      `${target.dataDir} is not empty: restore into a new --data-dir, then point DATA_DIR at it`,
    );
  const tarball = new Blob([await readFile(inFile)], { type: 'application/x-gzip' });
  const lite = await PGlite.create(target.dataDir, { extensions: { pg_trgm }, loadDataDir: tarball });
  await lite.query('SELECT 1');
  await lite.close();
  // The tarball holds the lock file of the process that took the backup: not this folder's owner.
  rmSync(path.join(target.dataDir, LOCK_FILE), { force: true });
}
