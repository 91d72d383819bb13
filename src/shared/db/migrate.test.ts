import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Db } from './db.ts';
import { BASELINE, MIGRATIONS_DIR, MigrationChanged, migrate } from './migrate.ts';
import { describeSchema, SCHEMA_SNAPSHOT_FILE } from './schema-snapshot.ts';
import { createTestDatabase } from './testing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const EDITED = path.join(here, 'testdata/edited-migrations');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * A migrations folder: the real files (linked, so a TS loader still finds its imports) that `keep`
 * picks, with `replace` written over them.
 */
function migrationsDir(keep: (file: string) => boolean, replace: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-migrations-'));
  dirs.push(dir);
  for (const f of readdirSync(MIGRATIONS_DIR).filter(keep)) {
    if (replace[f] !== undefined) writeFileSync(path.join(dir, f), replace[f]);
    else symlinkSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
  }
  return dir;
}

async function withEmptyDatabase(
  engine: 'pglite' | 'postgres',
  fn: (db: Db) => Promise<void>,
): Promise<void> {
  const { db, drop } = await createTestDatabase(engine, { migrated: false });
  try {
    await fn(db);
  } finally {
    await drop();
  }
}

for (const engine of ['pglite', 'postgres'] as const) {
  const skip = engine === 'postgres' && !inject('postgresUrl');
  (skip ? describe.skip : describe)(`migration history [${engine}]`, () => {
    it('start-up refuses a database whose applied migration was edited, naming the file', async () => {
      await withEmptyDatabase(engine, async (db) => {
        const core = readFileSync(path.join(MIGRATIONS_DIR, '0001_core.sql'), 'utf8');
        const dir = migrationsDir((f) => f === '0001_core.sql', { '0001_core.sql': core });
        expect(await migrate(db, { dir })).toEqual(['0001_core']);
        expect(await migrate(db, { dir })).toEqual([]);

        writeFileSync(
          path.join(dir, '0001_core.sql'),
          core.replace('CREATE TABLE users', 'CREATE TABLE  users'),
        );
        const err = await migrate(db, { dir }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(MigrationChanged);
        expect((err as Error).message).toMatch(/^Migration 0001_core\.sql was changed after it was applied/);
        expect((err as Error).message).not.toMatch(/\n/);

        // Putting the file back is enough: nothing was recorded or applied meanwhile.
        writeFileSync(path.join(dir, '0001_core.sql'), core);
        expect(await migrate(db, { dir })).toEqual([]);
      });
    });

    // Old databases as they were really made: the edited files in the version they first ran in,
    // with the migrations that existed then; no checksum column.
    const scenarios = {
      'made with the first search migration (24 Nov): 0100 before search_head and job_search': {
        keep: (f: string) => f < '0200',
        edited: ['0100_search_v2.sql'],
      },
      'made before the other five edits: recommendations, users.lang, cube registry, languages index': {
        keep: (f: string) => f < '0840',
        edited: [
          '0202_recommendations.sql',
          '0700_job_lifecycle.sql',
          '0714_search_coarse_cubes.sql',
          '0715_search_role_cubes.sql',
          '0740_candidate_search.sql',
        ],
      },
    };
    for (const [when, { keep, edited }] of Object.entries(scenarios)) {
      it(`a database ${when} reaches the current schema through the baseline`, async () => {
        await withEmptyDatabase(engine, async (db) => {
          const old = migrationsDir(
            keep,
            Object.fromEntries(edited.map((f) => [f, readFileSync(path.join(EDITED, f), 'utf8')])),
          );
          await migrate(db, { dir: old });
          await db.exec('ALTER TABLE schema_migrations DROP COLUMN checksum');
          const before = await describeSchema(db);

          const applied = await migrate(db);
          expect(applied[0]).toBe(BASELINE);
          const after = await describeSchema(db);
          expect(after).not.toBe(before);
          expect(after).toBe(readFileSync(SCHEMA_SNAPSHOT_FILE, 'utf8'));

          // Every row now carries its checksum, and a second start is clean.
          const { rows } = await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM schema_migrations WHERE checksum IS NULL',
          );
          expect(rows[0]!.n).toBe(0);
          expect(await migrate(db)).toEqual([]);
        });
      });
    }

    it('the six edited files kept in testdata are the versions they first ran in, not today’s', () => {
      for (const f of readdirSync(EDITED))
        expect(readFileSync(path.join(EDITED, f), 'utf8')).not.toBe(
          readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8'),
        );
    });
  });
}
