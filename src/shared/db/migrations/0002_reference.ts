// Loads the reference taxonomy and the locality gazetteer from the checked-in data files in
// src/shared/reference (sources and licences in its SOURCES.md). Runs once, as a migration.

import { loadGazetteer, loadTaxonomy } from '../../reference/index.ts';
import type { Queryable } from '../db.ts';

export async function up(q: Queryable): Promise<void> {
  const t = loadTaxonomy();
  for (const c of t.categories) await q.query('INSERT INTO categories VALUES ($1, $2)', [c.slug, c.name]);
  for (const r of t.roles)
    await q.query('INSERT INTO roles VALUES ($1, $2, $3, $4)', [r.slug, r.name, r.category, r.voice]);
  for (const s of t.sectors) await q.query('INSERT INTO sectors VALUES ($1, $2)', [s.slug, s.name]);
  for (const i of t.industries) await q.query('INSERT INTO industries VALUES ($1, $2)', [i.slug, i.name]);
  for (const e of t.education_levels)
    await q.query('INSERT INTO education_levels VALUES ($1, $2, $3)', [e.slug, e.name, e.rank]);
  for (const l of t.languages) await q.query('INSERT INTO languages VALUES ($1, $2)', [l.slug, l.name]);
  for (const p of t.perks) await q.query('INSERT INTO perks VALUES ($1, $2)', [p.slug, p.name]);
  for (const city of loadGazetteer().cities) {
    await q.query(
      'INSERT INTO cities (slug, name, name_hi, name_mr, lat, lng, aliases) VALUES ($1, $2, $3, $4, $5, $6, $7)',
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
    for (const l of city.localities) {
      await q.query(
        `INSERT INTO localities (city, slug, name, name_hi, name_mr, pincode, lat, lng, aliases)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
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
}
