// The test database factory: every suite that touches data runs once per engine (PGlite in
// memory, and a fresh database on the PostgreSQL test server), each migrated from scratch and
// dropped afterwards. Suite names carry the engine, so the output shows both passing.
// A migrated database is a copy of the template the test run's global setup migrated once
// (test/global-setup.ts): the same schema, without initdb and every migration per suite.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Db, type Engine, openPglite, openPostgres } from './db.ts';
import { migrate } from './migrate.ts';

export interface EngineContext {
  engine: Engine;
  /** The suite's database; valid inside tests and hooks. */
  db(): Db;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface TestDatabase {
  db: Db;
  drop: () => Promise<void>;
  /** The server database's URL (postgres engine only), for a child process such as the CLI. */
  url?: string;
}

let pgliteTemplateBlob: Blob | undefined;
/** The migrated PGlite template of this run, read once per test process (undefined outside vitest's global setup). */
function pgliteTemplate(): Blob | undefined {
  if (pgliteTemplateBlob) return pgliteTemplateBlob;
  const file = inject('pgliteTemplate');
  if (!file) return undefined;
  pgliteTemplateBlob = new Blob([readFileSync(file)]);
  return pgliteTemplateBlob;
}

export async function createTestDatabase(
  engine: Engine,
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  if (engine === 'pglite') {
    const template = migrated ? pgliteTemplate() : undefined;
    const db = await openPglite(undefined, template ? { loadDataDir: template } : {});
    if (migrated && !template) await migrate(db);
    return { db, drop: () => db.close() };
  }
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('no PostgreSQL test server');
  const template = migrated ? inject('postgresTemplate') : null;
  const name = `deskhire_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabaseName(adminUrl, name);
  const db = await openPostgres(url, { max: 20 });
  if (migrated && !template) await migrate(db);
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function forEachEngine(
  name: string,
  fn: (ctx: EngineContext) => void,
  engines: readonly ('pglite' | 'postgres')[] = ['pglite', 'postgres'],
): void {
  for (const engine of engines) {
    const skip = engine === 'postgres' && !inject('postgresUrl');
    (skip ? describe.skip : describe)(`${name} [${engine}]`, () => {
      let current: { db: Db; drop: () => Promise<void> } | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await current?.drop();
      });
      fn({
        engine,
        db: () => {
          if (!current) throw new Error('database not ready');
          return current.db;
        },
      });
    });
  }
}
