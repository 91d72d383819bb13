// `deskhire backup` / `deskhire restore`: a PostgreSQL server is dumped as plain SQL by pg_dump
// and restored by psql (in one transaction); the embedded database is PGlite's own data-dir
// tarball (dumpDataDir / loadDataDir). Never restores over a non-empty embedded folder.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

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
  const lite = await PGlite.create(target.dataDir, { extensions: { pg_trgm } });
  try {
    const tarball = await lite.dumpDataDir('gzip');
    await writeFile(outFile, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await lite.close();
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
}
