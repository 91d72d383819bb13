import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scriptChecksum, sqlChecksum } from './checksum.ts';
import { MIGRATIONS_DIR } from './migrate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const referenceLoader = readFileSync(path.join(MIGRATIONS_DIR, '0002_reference.ts'), 'utf8');

describe('migration checksums', () => {
  it('a TS loader keeps its checksum across the move of the folder (new import path, comments, order)', async () => {
    const beforeMove = readFileSync(path.join(here, 'testdata/0002_reference.before-move.ts.txt'), 'utf8');
    expect(beforeMove).not.toBe(referenceLoader);
    expect(await scriptChecksum(beforeMove, 'ts')).toBe(await scriptChecksum(referenceLoader, 'ts'));
  });

  it('a TS loader keeps its checksum when a build step strips its types and rewrites .ts imports to .js', async () => {
    const built = referenceLoader
      .replace(/^import type .*$/m, '')
      .replace("index.ts'", "index.js'")
      .replace(/\(q: Queryable\): Promise<void>/, '(q)');
    expect(await scriptChecksum(built, 'js')).toBe(await scriptChecksum(referenceLoader, 'ts'));
  });

  it('a change to what a TS loader does changes its checksum', async () => {
    const edited = referenceLoader.replace('INSERT INTO perks', 'INSERT INTO perks_v2');
    expect(await scriptChecksum(edited, 'ts')).not.toBe(await scriptChecksum(referenceLoader, 'ts'));
  });

  it('SQL checksums ignore CRLF line endings and see any other edit', () => {
    const sql = 'CREATE TABLE t (a int);\n-- why\n';
    expect(sqlChecksum(sql.replace(/\n/g, '\r\n'))).toBe(sqlChecksum(sql));
    expect(sqlChecksum(sql.replace('int', 'bigint'))).not.toBe(sqlChecksum(sql));
  });
});
