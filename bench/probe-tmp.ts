import pg from 'pg';
import { openPostgres } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';

const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS deskhire_i3_probe WITH (FORCE)');
await admin.query('CREATE DATABASE deskhire_i3_probe');
await admin.end();
const db = await openPostgres('postgres://postgres@127.0.0.1:5432/deskhire_i3_probe');
await migrate(db);
const N = Number(process.argv[2] ?? 20000);
const t = Date.now();
await seedDemo(db, {
  jobs: N,
  batch: 2000,
  companies: 200,
  onProgress: (d) => {
    if (d % 20000 === 0) console.log(d, Math.round(d / ((Date.now() - t) / 1000)), '/s');
  },
});
await db.exec('ANALYZE');
console.log('rows/s', Math.round(N / ((Date.now() - t) / 1000)));
await db.close();
