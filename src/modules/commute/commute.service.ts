// Door-to-door commute times read from the stored table (commute_times), never computed per
// request. `rebuild` recomputes the table from the transit graph and the gazetteer; `ensureCurrent`
// does so only when either changed since the last build (called at start-up).
import { createHash } from 'node:crypto';
import type { Db } from '../../shared/db/db.ts';
import { Invalid } from '../../shared/errors.ts';
import { computeCommuteRows } from '../../shared/reference/commute-matrix.ts';
import { loadTransit } from '../../shared/reference/transit.ts';
import * as repo from './commute.repo.ts';

/** Session advisory-lock key of the start-up rebuild (distinct from the migration and queue keys). */
const COMMUTE_BUILD_LOCK = 727_021;

export interface Commute {
  to_city: string;
  to_locality: string;
  minutes: number;
  summary: string;
  route: repo.StoredCommute['route'];
}

const toCommute = (r: repo.StoredCommute): Commute => ({
  to_city: r.to_city,
  to_locality: r.to_locality,
  minutes: r.minutes,
  summary: r.summary,
  route: r.route,
});

export function createCommuteService(db: Db) {
  const stations = new Set(loadTransit().stations.map((s) => s.slug));

  async function dataHash(): Promise<string> {
    const places = await repo.allPlaces(db);
    return createHash('sha256')
      .update(JSON.stringify(loadTransit()))
      .update(JSON.stringify(places))
      .digest('hex');
  }

  /**
   * An origin: a station slug ("dombivli"), a locality as "city/locality" ("thane/kalwa"), or a
   * bare locality slug that only one city has. A slug that is both names the station.
   */
  async function resolve(from: string, field = 'commute_from'): Promise<repo.Origin> {
    const value = from.trim().toLowerCase();
    if (stations.has(value)) return { kind: 'station', slug: value, city: '' };
    const slash = value.indexOf('/');
    if (slash > 0) {
      const city = value.slice(0, slash);
      const slug = value.slice(slash + 1);
      if ((await repo.citiesWithLocality(db, slug)).includes(city)) return { kind: 'locality', slug, city };
    } else {
      const cities = await repo.citiesWithLocality(db, value);
      if (cities.length === 1) return { kind: 'locality', slug: value, city: cities[0] as string };
      if (cities.length > 1)
        throw new Invalid([
          { field, message: `"${from}" is a locality of ${cities.join(', ')}: write it as city/locality` },
        ]);
    }
    throw new Invalid([{ field, message: `"${from}" is not a station or locality slug` }]);
  }

  return {
    resolve,

    /** Door-to-door time from a station or locality to a locality (undefined if not stored). */
    async timeBetween(from: string, to: { city: string; locality: string }): Promise<Commute | undefined> {
      const row = await repo.between(db, await resolve(from), to.city, to.locality);
      return row && toCommute(row);
    },

    /**
     * The stored trips from one origin to several places at once (an alert's new jobs), keyed
     * "city/locality"; a place with no stored row is absent.
     */
    async timesTo(from: string, places: { city: string; locality: string }[]): Promise<Map<string, Commute>> {
      const rows = await repo.toEach(db, await resolve(from), places);
      return new Map(rows.map((r) => [`${r.to_city}/${r.to_locality}`, toCommute(r)]));
    },

    /** Every locality within maxMinutes of the origin, quickest first. */
    async reachable(from: string, maxMinutes: number): Promise<Commute[]> {
      if (!Number.isFinite(maxMinutes) || maxMinutes < 0 || maxMinutes > 600)
        throw new Invalid([
          { field: 'commute_max_min', message: 'must be a number of minutes from 0 to 600' },
        ]);
      return (await repo.within(db, await resolve(from), maxMinutes)).map(toCommute);
    },

    /** Recomputes every stored time (a few seconds); returns the number of rows. */
    async rebuild(): Promise<number> {
      const places = await repo.allPlaces(db);
      const rows = computeCommuteRows(places);
      await repo.replaceAll(db, rows, await dataHash());
      return rows.length;
    },

    /** Rebuilds when the transit data or the gazetteer changed since the last build. */
    async ensureCurrent(): Promise<number | undefined> {
      // One instance rebuilds; the others wait for the lock and then find the table current.
      return db.withLock(COMMUTE_BUILD_LOCK, async () => {
        if ((await repo.builtHash(db)) === (await dataHash())) return undefined;
        return this.rebuild();
      });
    },
  };
}

export type CommuteService = ReturnType<typeof createCommuteService>;
