// Writes src/shared/db/schema.snapshot.txt (the schema a fresh database has after every migration,
// PGlite in memory) and appends new migrations to src/shared/db/migrations.sha256. Run it after
// adding a migration and commit both files with it; schema.test.ts and migration-sums.test.ts
// compare them with the migrations. It refuses if an already listed migration was edited.
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPglite } from '../src/shared/db/db.ts';
import { MIGRATIONS_DIR, migrate } from '../src/shared/db/migrate.ts';
import { checkSums, readSums, SUMS_FILE } from '../src/shared/db/migration-sums.ts';
import { describeSchema, SCHEMA_SNAPSHOT_FILE } from '../src/shared/db/schema-snapshot.ts';

const sumsFile = path.join(path.dirname(MIGRATIONS_DIR), SUMS_FILE);
const check = await checkSums(MIGRATIONS_DIR, readSums(sumsFile));
if (check.changed.length || check.missing.length) {
  console.error(
    `deskhire: migrations edited or removed after they were listed: ${[...check.changed, ...check.missing].join(', ')}. ` +
      'Restore them and put the change in a new migration.',
  );
  process.exit(1);
}
for (const { file, checksum } of check.added) appendFileSync(sumsFile, `${checksum}  ${file}\n`);
if (check.added.length) console.log(`listed ${check.added.map((a) => a.file).join(', ')} in ${sumsFile}`);

const db = await openPglite();
await migrate(db);
writeFileSync(SCHEMA_SNAPSHOT_FILE, await describeSchema(db));
await db.close();
console.log(`wrote ${SCHEMA_SNAPSHOT_FILE}`);
