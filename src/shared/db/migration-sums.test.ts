import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './migrate.ts';
import { checkSums, readSums, SUMS_FILE } from './migration-sums.ts';

const listed = readSums(path.join(path.dirname(MIGRATIONS_DIR), SUMS_FILE));

describe('migrations.sha256', () => {
  it('lists every migration with the checksum it has today (an applied migration is never edited)', async () => {
    const check = await checkSums(MIGRATIONS_DIR, listed);
    expect(check.changed, 'edited after they were listed: restore them, add a new migration').toEqual([]);
    expect(check.missing, 'listed but gone').toEqual([]);
    expect(
      check.added.map((a) => a.file),
      'new migrations not listed yet: run `npm run db:schema`',
    ).toEqual([]);
  });

  it('an edited copy of a migration is reported as changed, a new one as added', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-sums-'));
    try {
      for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')))
        copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
      writeFileSync(path.join(dir, '0201_applications.sql'), '-- edited\n', { flag: 'a' });
      writeFileSync(path.join(dir, '0999_next.sql'), 'SELECT 1;\n');
      const check = await checkSums(dir, listed);
      expect(check.changed).toEqual(['0201_applications.sql']);
      expect(check.added.map((a) => a.file)).toEqual(['0999_next.sql']);
      expect(check.missing).toEqual(['0002_reference.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
