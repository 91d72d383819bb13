// SQL of the commute module: the stored travel times (commute_times) and the record of what they
// were computed from (commute_build). Both tables are this module's (migration 1041).
import type { Db, Queryable } from '../../shared/db/db.ts';
import type { CommuteRow, Place, RoutePart } from '../../shared/reference/commute-matrix.ts';

/** A stored row is exactly what the matrix computes (one shape, declared with the matrix). */
export type StoredCommute = CommuteRow;

const COLUMNS = 'from_kind, from_slug, from_city, to_city, to_locality, minutes, summary, route';

export async function allPlaces(db: Queryable): Promise<Place[]> {
  const { rows } = await db.query<Place>('SELECT city, slug, lat, lng FROM localities ORDER BY city, slug');
  return rows;
}

export async function builtHash(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ data_hash: string }>('SELECT data_hash FROM commute_build');
  return rows[0]?.data_hash;
}

/** Replaces every stored time in one transaction, in batches of array parameters. */
export async function replaceAll(db: Db, rows: CommuteRow[], hash: string): Promise<void> {
  await db.tx(async (tx) => {
    await tx.query('DELETE FROM commute_times');
    for (let i = 0; i < rows.length; i += 5000) {
      const batch = rows.slice(i, i + 5000);
      await tx.query(
        `INSERT INTO commute_times (${COLUMNS})
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::jsonb[])`,
        [
          batch.map((r) => r.from_kind),
          batch.map((r) => r.from_slug),
          batch.map((r) => r.from_city),
          batch.map((r) => r.to_city),
          batch.map((r) => r.to_locality),
          batch.map((r) => r.minutes),
          batch.map((r) => r.summary),
          batch.map((r) => JSON.stringify(r.route)),
        ],
      );
    }
    await tx.query(
      `INSERT INTO commute_build (id, data_hash, rows) VALUES (true, $1, $2)
       ON CONFLICT (id) DO UPDATE SET data_hash = EXCLUDED.data_hash, rows = EXCLUDED.rows, built_at = now()`,
      [hash, rows.length],
    );
  });
}

export interface Origin {
  kind: 'station' | 'locality';
  slug: string;
  city: string;
}

export async function between(db: Queryable, from: Origin, toCity: string, toLocality: string) {
  const { rows } = await db.query<StoredCommute>(
    `SELECT ${COLUMNS} FROM commute_times
      WHERE from_kind = $1 AND from_slug = $2 AND from_city = $3 AND to_city = $4 AND to_locality = $5`,
    [from.kind, from.slug, from.city, toCity, toLocality],
  );
  return rows[0];
}

/** The stored trips from one origin to each of these places, in one read of the primary key. */
export async function toEach(db: Queryable, from: Origin, places: { city: string; locality: string }[]) {
  if (!places.length) return [];
  const { rows } = await db.query<StoredCommute>(
    `SELECT ${COLUMNS} FROM commute_times
      WHERE from_kind = $1 AND from_slug = $2 AND from_city = $3
        AND (to_city, to_locality) IN (SELECT c, l FROM unnest($4::text[], $5::text[]) AS u(c, l))`,
    [from.kind, from.slug, from.city, places.map((p) => p.city), places.map((p) => p.locality)],
  );
  return rows;
}

export async function within(db: Queryable, from: Origin, maxMinutes: number) {
  const { rows } = await db.query<StoredCommute>(
    `SELECT ${COLUMNS} FROM commute_times
      WHERE from_kind = $1 AND from_slug = $2 AND from_city = $3 AND minutes <= $4
      ORDER BY minutes, to_city, to_locality`,
    [from.kind, from.slug, from.city, maxMinutes],
  );
  return rows;
}

/** The cities that have a locality of this slug (an origin named by a bare locality slug). */
export async function citiesWithLocality(db: Queryable, slug: string): Promise<string[]> {
  const { rows } = await db.query<{ city: string }>(
    'SELECT city FROM localities WHERE slug = $1 ORDER BY city',
    [slug],
  );
  return rows.map((r) => r.city);
}
