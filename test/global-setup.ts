// Runs once per `vitest run`: finds the PostgreSQL server for the "postgres" engine suites.
// Under CI=true a missing server fails the run loudly; elsewhere those suites skip with a message.
//
// It also migrates one template database per engine, once, so each suite's database starts from a
// copy instead of running initdb and every migration again (src/shared/db/testing.ts): a PGlite data
// directory dumped to a tarball, and a PostgreSQL database used as `CREATE DATABASE ... TEMPLATE`.
// The copies are the migrated schema of this very checkout, made at the start of this run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
    /** A migrated PGlite data directory as an uncompressed tarball (a file path). */
    pgliteTemplate: string;
    /** A migrated database on the PostgreSQL test server to copy from, or null without a server. */
    postgresTemplate: string | null;
  }
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function pgliteTemplate(dir: string): Promise<string> {
  const dataDir = path.join(dir, 'pglite');
  const db = await openPglite(dataDir);
  await migrate(db);
  await db.close();
  const lite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const dump = await lite.dumpDataDir('none');
  await lite.close();
  const file = path.join(dir, 'pglite-template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  rmSync(dataDir, { recursive: true, force: true });
  return file;
}

async function postgresTemplate(url: string): Promise<string> {
  const name = `deskhire_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openPostgres(withDatabaseName(url, name), { max: 2 });
  await migrate(db);
  // A template must have no open connection when it is copied.
  await db.close();
  return name;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  let reachable = false;
  try {
    await client.connect();
    await client.query('SELECT 1');
    reachable = true;
    project.provide('postgresUrl', url);
  } catch (err) {
    const why = `PostgreSQL test server not reachable at ${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}: ${(err as Error).message}`;
    if (process.env.CI === 'true') throw new Error(`${why}. CI requires it (set TEST_DATABASE_URL).`);
    console.warn(`\n⚠ ${why}\n⚠ Skipping the postgres-engine suites; PGlite suites still run.\n`);
    project.provide('postgresUrl', null);
  } finally {
    await client.end().catch(() => {});
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-test-templates-'));
  const [liteFile, pgName] = await Promise.all([
    pgliteTemplate(dir),
    reachable ? postgresTemplate(url) : Promise.resolve(null),
  ]);
  project.provide('pgliteTemplate', liteFile);
  project.provide('postgresTemplate', pgName);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!pgName) return;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await c.end();
  };
}
