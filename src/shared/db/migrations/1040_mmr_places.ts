// The Mumbai Metropolitan Region's towns and localities added to the gazetteer for commute times
// (issue #21: Kalyan-Dombivli, Ulhasnagar, Ambernath, Badlapur, Bhiwandi, Mira-Bhayandar,
// Vasai-Virar, Panvel, and Mumbai's terminals). Inserts every city and locality of
// localities.json that the database lacks: on a database migrated before they were added this
// adds them; on a fresh one 0002 has already loaded the whole file and this changes nothing.
import { loadGazetteer } from '../../reference/index.ts';
import type { Queryable } from '../db.ts';

export async function up(q: Queryable): Promise<void> {
  for (const city of loadGazetteer().cities) {
    await q.query(
      `INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (slug) DO NOTHING`,
      [
        city.slug,
        city.name,
        city.name_hi ?? null,
        city.name_mr ?? null,
        city.lat,
        city.lng,
        city.aliases ?? [],
      ],
    );
    for (const l of city.localities)
      await q.query(
        `INSERT INTO localities (city, slug, name, name_hi, name_mr, pincode, lat, lng, aliases)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (city, slug) DO NOTHING`,
        [
          city.slug,
          l.slug,
          l.name,
          l.name_hi ?? null,
          l.name_mr ?? null,
          l.pincode ?? null,
          l.lat,
          l.lng,
          l.aliases ?? [],
        ],
      );
  }
}
