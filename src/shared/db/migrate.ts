// Forward-only migrations, applied at start under an advisory lock so that several app instances
// starting together never race. SQL files and TS files (reference data loaders) share one numbered
// sequence in ./migrations; umzug orders them and records what ran in `schema_migrations`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MigrationParams, Umzug, type UmzugStorage } from 'umzug';
import type { Db, LockWait, Queryable } from './db.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const MIGRATION_LOCK = 727_001;

export interface MigrationContext {
  q: Queryable;
}

class TableStorage implements UmzugStorage<MigrationContext> {
  async logMigration({ name, context }: MigrationParams<MigrationContext>): Promise<void> {
    // Normally already written inside the migration's own transaction (see resolve below).
    await context.q.query('INSERT INTO schema_migrations (name) VALUES ($1) ON CONFLICT DO NOTHING', [name]);
  }
  async unlogMigration({ name, context }: MigrationParams<MigrationContext>): Promise<void> {
    await context.q.query('DELETE FROM schema_migrations WHERE name = $1', [name]);
  }
  async executed({ context }: Pick<MigrationParams<MigrationContext>, 'context'>): Promise<string[]> {
    await context.q.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await context.q.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    return rows.map((r) => r.name);
  }
}

/** The line an operator sees while another instance migrates (server.ts passes its logger). */
const sayWaiting: LockWait = ({ waitedMs, holder }) =>
  console.warn(
    `deskhire: waiting ${Math.round(waitedMs / 1000)} s for the migration lock, held by ${holder ?? 'another instance'}`,
  );

export async function migrate(db: Db, opts: { onWait?: LockWait } = {}): Promise<string[]> {
  return db.withLock(
    MIGRATION_LOCK,
    async (q) => {
      const umzug = new Umzug<MigrationContext>({
        migrations: {
          glob: ['migrations/*.{sql,ts}', { cwd: here, ignore: ['**/*.d.ts', '**/*.test.ts'] }],
          resolve: ({ name: fileName, path: file }) => {
            const name = fileName.replace(/\.(sql|ts)$/, '');
            return {
              name,
              // Each migration runs in its own transaction: a failure leaves no half-applied schema.
              up: async ({ context }) => {
                await context.q.exec('BEGIN');
                try {
                  if (file!.endsWith('.sql')) {
                    await context.q.exec(await readFile(file!, 'utf8'));
                  } else {
                    const mod = (await import(file!)) as { up: (q: Queryable) => Promise<void> };
                    await mod.up(context.q);
                  }
                  // Recorded in the same transaction, so a crash can never apply a migration twice.
                  await context.q.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
                  await context.q.exec('COMMIT');
                } catch (err) {
                  await context.q.exec('ROLLBACK');
                  throw err;
                }
              },
            };
          },
        },
        context: { q },
        storage: new TableStorage(),
        logger: undefined,
      });
      const applied = await umzug.up();
      return applied.map((m) => m.name);
    },
    { onWait: opts.onWait ?? sayWaiting },
  );
}

/** Names of migration files not yet recorded as applied (readiness: empty once start-up migrated). */
export async function pendingMigrations(q: Queryable): Promise<string[]> {
  const files = (await readdir(path.join(here, 'migrations')))
    .filter((f) => /\.(sql|ts)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.replace(/\.(sql|ts)$/, ''));
  const { rows } = await q.query<{ name: string }>('SELECT name FROM schema_migrations');
  const done = new Set(rows.map((r) => r.name));
  return files.filter((f) => !done.has(f));
}
