// Runs once per `vitest run`: finds the PostgreSQL server for the "postgres" engine suites.
// Under CI=true a missing server fails the run loudly; elsewhere those suites skip with a message.
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    project.provide('postgresUrl', url);
  } catch (err) {
    const why = `PostgreSQL test server not reachable at ${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}: ${(err as Error).message}`;
    if (process.env.CI === 'true') throw new Error(`${why}. CI requires it (set TEST_DATABASE_URL).`);
    console.warn(`\n⚠ ${why}\n⚠ Skipping the postgres-engine suites; PGlite suites still run.\n`);
    project.provide('postgresUrl', null);
  } finally {
    await client.end().catch(() => {});
  }
}
