// Public job search: turns the contract's query parameters into filters, runs the page and the
// facets, and encodes a keyset cursor. Pages never repeat or skip a job while new ones are posted,
// because the cursor carries the last (sort value, id) and the frozen reference time.
import type { Db } from '../../db/db.ts';
import { Invalid } from '../../errors.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { type SearchFilters, type SearchRow, type SortKey, searchRepo } from './search.repo.ts';
import type { SearchItem, SearchQuery, SearchResult } from './search.schema.ts';

// Words that carry no meaning for matching ("call centre job andheri"): never required terms.
const STOP_WORDS = new Set(
  'a an and the for in at of on to near job jobs naukri naukari vacancy vacancies hiring ki ka ke me mein se chahiye required urgent'.split(
    ' ',
  ),
);
const MAX_TERMS = 12;

/** Splits free text into safe words: letters, digits and combining marks only (so Devanagari survives). */
export function queryWords(raw: string): string[] {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .slice(0, 200)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .slice(0, MAX_TERMS);
}

/** Every word must match (as a prefix, which stands in for stemming: agent -> agents). */
export function toTsquery(words: string[]): string | undefined {
  if (!words.length) return undefined;
  return words.map((w) => `'${w}':*`).join(' & ');
}

export const slugify = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

interface Cursor {
  s: SortKey;
  v: number | string;
  i: number;
  t: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string, sort: SortKey): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (
      c.s !== sort ||
      !Number.isSafeInteger(c.i) ||
      Number.isNaN(Date.parse(c.t)) ||
      !['number', 'string'].includes(typeof c.v)
    )
      throw new Error('shape');
    return c;
  } catch {
    throw new Invalid([
      { field: 'cursor', message: 'is not a cursor from this search (start again from page one)' },
    ]);
  }
}

function toItem(r: SearchRow): SearchItem {
  return {
    id: r.id,
    title: r.title,
    company: { id: r.company_id, name: r.company_name, verified: r.company_verified },
    category: r.category,
    role: r.role,
    city: r.city,
    city_name: r.city_name,
    locality: r.locality,
    locality_name: r.locality_name,
    salary_min: r.salary_min,
    salary_max: r.salary_max,
    work_mode: r.work_mode,
    shift: r.shift,
    experience_min: r.experience_min,
    education_min: r.education_min,
    posted_at: r.posted_at.toISOString(),
    ...(r.distance_km !== null ? { distance_km: Math.round(r.distance_km * 10) / 10 } : {}),
  };
}

export function createSearchService(db: Db, deps: { taxonomy: TaxonomyService }) {
  const { taxonomy } = deps;

  async function filtersFrom(
    query: SearchQuery,
  ): Promise<{ filters: SearchFilters; origin?: { lat: number; lng: number } }> {
    const filters: SearchFilters = {};
    const tax = await taxonomy.get();
    if (query.q) filters.tsquery = toTsquery(queryWords(query.q));
    let origin: { lat: number; lng: number } | undefined;
    if (query.city) {
      const slug = slugify(query.city);
      const city = tax.cities.find((c) => c.slug === slug || c.aliases.includes(slug.replace(/-/g, ' ')));
      if (!city) throw new Invalid([{ field: 'city', message: `'${query.city}' is not a city we list` }]);
      filters.city = city.slug;
    }
    if (query.locality) {
      const slug = slugify(query.locality);
      const matches = tax.cities.flatMap((c) =>
        c.localities.filter((l) => l.slug === slug).map((l) => ({ city: c.slug, ...l })),
      );
      const locality = matches.find((l) => !filters.city || l.city === filters.city);
      if (!locality)
        throw new Invalid([{ field: 'locality', message: `'${query.locality}' is not a locality we list` }]);
      filters.city ??= locality.city;
      filters.locality = locality.slug;
      origin = { lat: locality.lat, lng: locality.lng };
      // With a radius, a locality means "near it", not "exactly in it".
      if (query.radius_km) filters.near = { ...origin, radiusKm: query.radius_km };
    }
    if (query.near) {
      const [lat, lng] = query.near.split(',').map((n) => Number.parseFloat(n)) as [number, number];
      if (Math.abs(lat) > 90 || Math.abs(lng) > 180)
        throw new Invalid([{ field: 'near', message: 'must be a latitude,longitude pair' }]);
      origin = { lat, lng };
      filters.near = { lat, lng, radiusKm: query.radius_km ?? 25 };
      // "Near me" crosses city lines (Thane <-> Mumbai), so a city filter is dropped unless asked.
    }
    if (query.category) filters.category = query.category;
    if (query.role) {
      const slug = slugify(query.role);
      if (!tax.roles.some((r) => r.slug === slug))
        throw new Invalid([{ field: 'role', message: 'is not a known role' }]);
      filters.roles = [slug];
    }
    if (query.sector) filters.sector = slugify(query.sector);
    if (query.industry) filters.industry = slugify(query.industry);
    if (query.work_mode) filters.work_mode = query.work_mode;
    if (query.shift) filters.shift = query.shift;
    if (query.salary_min !== undefined) filters.salary_min = query.salary_min;
    if (query.experience_max !== undefined) filters.experience_max = query.experience_max;
    if (query.education) filters.education_rank = await taxonomy.educationRank(query.education);
    if (query.language) filters.language = slugify(query.language);
    if (query.company) filters.company_id = query.company;
    return { filters, origin };
  }

  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const { filters, origin } = await filtersFrom(query);
      const sort: SortKey = query.sort ?? 'relevance';
      if (sort === 'distance' && !origin)
        throw new Invalid([{ field: 'sort', message: 'distance needs near=lat,lng or a locality' }]);
      const limit = query.limit ?? 20;
      const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
      const refTime = cursor?.t ?? new Date().toISOString();
      const [rows, counted] = await Promise.all([
        searchRepo.page(db, filters, {
          sort,
          limit,
          refTime,
          origin,
          after: cursor ? { value: cursor.v, id: cursor.i } : undefined,
        }),
        searchRepo.facets(db, filters),
      ]);
      const more = rows.length > limit;
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        items: pageRows.map(toItem),
        total: counted.total,
        facets: counted.facets as SearchResult['facets'],
        next_cursor:
          more && last ? encodeCursor({ s: sort, v: last.sort_value, i: last.id, t: refTime }) : null,
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
