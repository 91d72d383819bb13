// The embedded demo puts live jobs in the MMR railway towns (mmrTowns); seeds without the option
// (the sets tests judge) keep their cities as before.
import { expect, it } from 'vitest';
import { seedDemo } from '../../src/modules/demo/index.ts';
import type { Db } from '../../src/shared/db/db.ts';
import { createTestDatabase, forEachEngine } from '../../src/shared/db/testing.ts';

const TOWNS = [
  'kalyan-dombivli',
  'mira-bhayandar',
  'vasai-virar',
  'panvel',
  'ulhasnagar',
  'ambernath',
  'badlapur',
  'bhiwandi',
];
const NOW = Date.parse('2026-12-01T06:00:00Z');
const inTowns = async (db: Db) =>
  (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs WHERE city = ANY($1)', [TOWNS])).rows[0]
    ?.n;

forEachEngine('demo jobs in the MMR towns', ({ db }) => {
  it('the embedded demo seed (mmrTowns) has live jobs there', async () => {
    await seedDemo(db(), { jobs: 300, companies: 5, seekers: 1, seed: 21, now: NOW, mmrTowns: true });
    expect(await inTowns(db())).toBeGreaterThan(5);
  });
});

it('a seed without mmrTowns has none there (the judged sets stay as they were)', async () => {
  const { db, drop } = await createTestDatabase('pglite');
  try {
    await seedDemo(db, { jobs: 300, companies: 5, seekers: 1, seed: 21, now: NOW });
    expect(await inTowns(db)).toBe(0);
  } finally {
    await drop();
  }
});
