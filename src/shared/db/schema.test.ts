import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  EDUCATION_RANK,
  INDUSTRIES,
  LANGUAGES,
  PERKS,
  ROLES,
  SECTORS,
} from '../reference/index.ts';
import { describeSchema, SCHEMA_SNAPSHOT_FILE } from './schema-snapshot.ts';
import { forEachEngine } from './testing.ts';

forEachEngine('schema drift', ({ db }) => {
  it('a freshly migrated database has exactly the checked-in schema (npm run db:schema rewrites it)', async () => {
    const expected = readFileSync(SCHEMA_SNAPSHOT_FILE, 'utf8');
    expect(
      await describeSchema(db()),
      'schema differs from schema.snapshot.txt: run `npm run db:schema`',
    ).toBe(expected);
  });

  it('the taxonomy tables hold the same lists as the as-const reference source', async () => {
    const slugs = async (table: string) =>
      (await db().query<{ slug: string }>(`SELECT slug FROM ${table}`)).rows.map((r) => r.slug).sort();
    const sorted = (list: readonly string[]) => [...list].sort();
    expect(await slugs('categories')).toEqual(sorted(CATEGORIES));
    expect(await slugs('roles')).toEqual(sorted(ROLES));
    expect(await slugs('sectors')).toEqual(sorted(SECTORS));
    expect(await slugs('industries')).toEqual(sorted(INDUSTRIES));
    expect(await slugs('languages')).toEqual(sorted(LANGUAGES));
    expect(await slugs('perks')).toEqual(sorted(PERKS));
    const { rows } = await db().query<{ slug: string; rank: number }>(
      'SELECT slug, rank FROM education_levels',
    );
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.rank]))).toEqual(EDUCATION_RANK);
    expect(rows).toHaveLength(EDUCATION_LEVELS.length);
  });
});
