// Forward-only migrations, applied at start under an advisory lock so that several app instances
// starting together never race. SQL files and TS files (reference data loaders) share one numbered
// sequence in ./migrations; umzug orders them and records what ran, with a checksum of each file's
// source, in `schema_migrations`. An applied migration is history: if its file changed, start-up
// stops with one line naming it (add a new migration instead).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MigrationParams, Umzug, type UmzugStorage } from 'umzug';
import { migrationChecksum } from './checksum.ts';
import type { Db, LockWait, Queryable } from './db.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const MIGRATION_LOCK = 727_001;
/** The folder of the numbered migration files. */
export const MIGRATIONS_DIR = path.join(here, 'migrations');
/**
 * Brings a database made before checksums were kept (some of its migrations applied in an earlier,
 * since edited version) to what the current files produce, and records the checksums of the edited
 * files. On such a database it runs before any other pending migration (see `migrate`).
 */
export const BASELINE = '0990_baseline';

export interface MigrationContext {
  q: Queryable;
}

export interface MigrateOptions {
  /** Another migrations folder (tests); default `MIGRATIONS_DIR`. */
  dir?: string;
  /** Told every few seconds while another instance holds the migration lock. */
  onWait?: LockWait;
}

/** An applied migration whose file no longer matches what ran: start-up stops. */
export class MigrationChanged extends Error {
  constructor(
    readonly file: string,
    reason = 'was changed after it was applied to this database',
  ) {
    super(
      `Migration ${file} ${reason}. An applied migration is history: restore the file and put the change in a new migration.`,
    );
    this.name = 'MigrationChanged';
  }
}

interface MigrationFile {
  name: string;
  file: string;
  checksum: string;
}

export const isMigrationFile = (f: string) => /\.(sql|ts|js)$/.test(f) && !/\.(d\.ts|test\.[jt]s)$/.test(f);

async function readMigrations(dir: string): Promise<Map<string, MigrationFile>> {
  const files = (await readdir(dir)).filter(isMigrationFile).sort();
  const out = new Map<string, MigrationFile>();
  for (const f of files) {
    const file = path.join(dir, f);
    out.set(f.replace(/\.(sql|ts|js)$/, ''), {
      name: f.replace(/\.(sql|ts|js)$/, ''),
      file,
      checksum: await migrationChecksum(file),
    });
  }
  return out;
}

async function ensureHistoryTable(q: Queryable): Promise<void> {
  await q.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  // NULL: applied before checksums were kept; the baseline adopts those rows.
  await q.exec('ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text');
}

class TableStorage implements UmzugStorage<MigrationContext> {
  constructor(private readonly files: Map<string, MigrationFile>) {}
  async logMigration({ name, context }: MigrationParams<MigrationContext>): Promise<void> {
    // Normally already written inside the migration's own transaction (see resolve below).
    await context.q.query(
      'INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [name, this.files.get(name)?.checksum ?? null],
    );
  }
  async unlogMigration({ name, context }: MigrationParams<MigrationContext>): Promise<void> {
    await context.q.query('DELETE FROM schema_migrations WHERE name = $1', [name]);
  }
  async executed({ context }: Pick<MigrationParams<MigrationContext>, 'context'>): Promise<string[]> {
    const { rows } = await context.q.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    return rows.map((r) => r.name);
  }
}

/**
 * Refuses a database whose applied migrations no longer match their files. Rows without a checksum
 * predate checksums; they are accepted only while the baseline is still to run (it adopts them).
 */
async function verifyApplied(q: Queryable, files: Map<string, MigrationFile>): Promise<{ legacy: boolean }> {
  const { rows } = await q.query<{ name: string; checksum: string | null }>(
    'SELECT name, checksum FROM schema_migrations ORDER BY name',
  );
  const baselineApplied = rows.some((r) => r.name === BASELINE);
  let legacy = false;
  for (const row of rows) {
    const current = files.get(row.name);
    if (!current) continue;
    const fileName = path.basename(current.file);
    if (row.checksum === null) {
      if (baselineApplied || !files.has(BASELINE))
        throw new MigrationChanged(fileName, 'has no recorded checksum and no baseline is left to adopt it');
      legacy = true;
    } else if (row.checksum !== current.checksum) {
      throw new MigrationChanged(fileName);
    }
  }
  return { legacy };
}

/** The line an operator sees while another instance migrates (server.ts passes its logger). */
const sayWaiting: LockWait = ({ waitedMs, holder }) =>
  console.warn(
    `deskhire: waiting ${Math.round(waitedMs / 1000)} s for the migration lock, held by ${holder ?? 'another instance'}`,
  );

export async function migrate(db: Db, options: MigrateOptions = {}): Promise<string[]> {
  const dir = options.dir ?? MIGRATIONS_DIR;
  return db.withLock(
    MIGRATION_LOCK,
    async (q) => {
      await ensureHistoryTable(q);
      const files = await readMigrations(dir);
      const { legacy } = await verifyApplied(q, files);
      const umzug = new Umzug<MigrationContext>({
        migrations: [...files.values()].map(({ name, file, checksum }) => ({
          name,
          path: file,
          // Each migration runs in its own transaction: a failure leaves no half-applied schema.
          up: async ({ context }) => {
            await context.q.exec('BEGIN');
            try {
              if (file.endsWith('.sql')) {
                await context.q.exec(await readFile(file, 'utf8'));
              } else {
                const mod = (await import(file)) as { up: (q: Queryable) => Promise<void> };
                await mod.up(context.q);
              }
              // Recorded in the same transaction, so a crash can never apply a migration twice.
              await context.q.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
                name,
                checksum,
              ]);
              await context.q.exec('COMMIT');
            } catch (err) {
              await context.q.exec('ROLLBACK');
              throw err;
            }
          },
        })),
        context: { q },
        storage: new TableStorage(files),
        logger: undefined,
      });
      const applied: string[] = [];
      if (legacy) {
        // The baseline repairs what the edited migrations left behind before anything builds on it.
        applied.push(...(await umzug.up({ migrations: [BASELINE] })).map((m) => m.name));
        await adoptLegacyRows(q, files);
      }
      applied.push(...(await umzug.up()).map((m) => m.name));
      return applied;
    },
    { onWait: options.onWait ?? sayWaiting },
  );
}

/**
 * After the baseline: the files it did not name were never edited, so what ran is what they say;
 * record their checksums from now on.
 */
async function adoptLegacyRows(q: Queryable, files: Map<string, MigrationFile>): Promise<void> {
  const { rows } = await q.query<{ name: string }>(
    'SELECT name FROM schema_migrations WHERE checksum IS NULL',
  );
  for (const { name } of rows) {
    const current = files.get(name);
    if (current)
      await q.query('UPDATE schema_migrations SET checksum = $2 WHERE name = $1 AND checksum IS NULL', [
        name,
        current.checksum,
      ]);
  }
}

/** Names of migration files not yet recorded as applied (readiness: empty once start-up migrated). */
export async function pendingMigrations(q: Queryable, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter(isMigrationFile).map((f) => f.replace(/\.(sql|ts|js)$/, ''));
  const { rows } = await q.query<{ name: string }>('SELECT name FROM schema_migrations');
  const done = new Set(rows.map((r) => r.name));
  return files.filter((f) => !done.has(f));
}
