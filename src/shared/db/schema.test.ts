import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
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
});
