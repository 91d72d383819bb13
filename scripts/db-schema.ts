// Writes src/shared/db/schema.snapshot.txt: the schema a fresh database has after every migration
// (PGlite in memory). Run it after adding a migration and commit the file with it; the drift test
// (src/shared/db/schema.test.ts) compares it with both engines.
import { writeFileSync } from 'node:fs';
import { openPglite } from '../src/shared/db/db.ts';
import { migrate } from '../src/shared/db/migrate.ts';
import { describeSchema, SCHEMA_SNAPSHOT_FILE } from '../src/shared/db/schema-snapshot.ts';

const db = await openPglite();
await migrate(db);
writeFileSync(SCHEMA_SNAPSHOT_FILE, await describeSchema(db));
await db.close();
console.log(`wrote ${SCHEMA_SNAPSHOT_FILE}`);
