// Migration 1040 adds the MMR towns to a database migrated before they were in localities.json:
// replayed on a database without them, it must recreate exactly the gazetteer's rows.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { forEachEngine } from '../../src/shared/db/testing.ts';
import { loadGazetteer } from '../../src/shared/reference/index.ts';

const NEW_CITIES = [
  'kalyan-dombivli',
  'ulhasnagar',
  'ambernath',
  'badlapur',
  'bhiwandi',
  'mira-bhayandar',
  'vasai-virar',
  'panvel',
];
const NEW_MUMBAI = ['churchgate', 'mumbai-central', 'bandra', 'dahisar', 'vile-parle', 'khar'];
const sql = readFileSync(
  new URL('../../src/shared/db/migrations/1040_mmr_places.sql', import.meta.url),
  'utf8',
);

forEachEngine('migration 1040 (MMR places)', ({ db }) => {
  it('recreates the gazetteer rows on a database that lacks them', async () => {
    await db().query(`DELETE FROM localities WHERE city = ANY($1) OR (city = 'mumbai' AND slug = ANY($2))`, [
      NEW_CITIES,
      NEW_MUMBAI,
    ]);
    await db().query('DELETE FROM cities WHERE slug = ANY($1)', [NEW_CITIES]);
    await db().exec(sql);
    const { rows } = await db().query<{
      city: string;
      slug: string;
      name: string;
      name_mr: string;
      lat: number;
      lng: number;
    }>(
      `SELECT city, slug, name, name_mr, lat, lng FROM localities
        WHERE city = ANY($1) OR (city = 'mumbai' AND slug = ANY($2)) ORDER BY city, slug`,
      [NEW_CITIES, NEW_MUMBAI],
    );
    const expected = loadGazetteer()
      .cities.flatMap((c) =>
        c.localities
          .filter((l) => NEW_CITIES.includes(c.slug) || (c.slug === 'mumbai' && NEW_MUMBAI.includes(l.slug)))
          .map((l) => ({
            city: c.slug,
            slug: l.slug,
            name: l.name,
            name_mr: l.name_mr,
            lat: l.lat,
            lng: l.lng,
          })),
      )
      .sort((a, b) => a.city.localeCompare(b.city) || a.slug.localeCompare(b.slug));
    expect(rows).toEqual(expected);
    // Replaying it on a database that has them changes nothing.
    await db().exec(sql);
    const again = await db().query('SELECT count(*)::int AS n FROM cities WHERE slug = ANY($1)', [
      NEW_CITIES,
    ]);
    expect(again.rows[0]).toEqual({ n: NEW_CITIES.length });
  });
});
