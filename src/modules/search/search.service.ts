// Public job search: reads the seeker's words (query-parser.ts), merges them with the explicit query
// parameters (which win), runs the page and the facets, relaxes a search that found nothing and says
// so, and encodes a keyset cursor. Must never build SQL (search.repo.ts) or HTTP replies.
import type { Db, Queryable } from '../../db/db.ts';
import { loadGazetteer } from '../../db/reference.ts';
import { Invalid } from '../../errors.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { type ParsedQuery, parseQuery } from './query-parser.ts';
import { type SearchFilters, type SearchRow, type SortKey, searchRepo } from './search.repo.ts';
import type { SearchItem, SearchQuery, SearchResult } from './search.schema.ts';
import { type CachedPage, pageKey, searchCacheRepo } from './search-cache.repo.ts';
import { type Cursor, decodeCursor, encodeCursor } from './search-cursor.ts';
import { boostsFrom, groupToText, relaxations, type SearchPlan } from './search-plan.ts';
import { searchWordsRepo } from './search-words.repo.ts';

/** How many top results of a search are ranked once and cached (10 pages of 20). */
const CACHED_RANKS = 200;

/** Where a cursor points in a cached ranking: only when it came from that same ranking. */
function fromCursor(cached: CachedPage, cursor: Cursor): number | undefined {
  if (cursor.t !== cached.refTime) return undefined;
  const at = cached.rows.findIndex((r) => r.id === cursor.i);
  return at < 0 ? undefined : at + 1;
}

/** A search that needs longer than this is cut off (server engine) and answered with a 400. */
const STATEMENT_TIMEOUT_MS = 2000;

export const slugify = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The fields every job list shows (search results, recommendations), from a joined job row. */
export type JobSummaryRow = Pick<
  SearchRow,
  | 'id'
  | 'title'
  | 'company_id'
  | 'company_name'
  | 'company_verified'
  | 'category'
  | 'role'
  | 'city'
  | 'city_name'
  | 'locality'
  | 'locality_name'
  | 'salary_min'
  | 'salary_max'
  | 'work_mode'
  | 'shift'
  | 'experience_min'
  | 'education_min'
  | 'posted_at'
>;

export function toJobSummary(r: JobSummaryRow): Omit<SearchItem, 'distance_km'> {
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
  };
}

function toItem(r: SearchRow): SearchItem {
  return {
    ...toJobSummary(r),
    ...(r.distance_km !== null ? { distance_km: Math.round(r.distance_km * 10) / 10 } : {}),
  };
}

interface Understood {
  plan: SearchPlan;
  understood: string[];
  notices: string[];
}

export function createSearchService(db: Db, deps: { taxonomy: TaxonomyService; clock?: () => Date }) {
  const { taxonomy } = deps;
  const clock = deps.clock ?? (() => new Date());
  const gazetteer = loadGazetteer();

  /** Runs one search statement with a time cap, so no query string can tie up the server. */
  async function capped<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    if (db.engine !== 'postgres') return fn(db);
    try {
      return await db.tx(async (q) => {
        await q.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
        return fn(q);
      });
    } catch (err) {
      if ((err as { code?: string }).code === '57014')
        throw new Invalid([{ field: 'q', message: 'is too broad to search quickly: add a word or a place' }]);
      throw err;
    }
  }

  /** The explicit parameters, validated against the taxonomy. */
  async function explicitPlan(query: SearchQuery): Promise<SearchPlan> {
    const filters: SearchFilters = {};
    const plan: SearchPlan = { filters, implied: {}, boosts: {} };
    const tax = await taxonomy.get();
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
      plan.origin = { lat: locality.lat, lng: locality.lng };
      // With a radius, a locality means "near it", not "exactly in it".
      if (query.radius_km) {
        filters.near = { ...plan.origin, radiusKm: query.radius_km };
        plan.place = { name: locality.name, radiusKm: query.radius_km, widenable: false };
      }
    }
    if (query.near) {
      const [lat, lng] = query.near.split(',').map((n) => Number.parseFloat(n)) as [number, number];
      if (Math.abs(lat) > 90 || Math.abs(lng) > 180)
        throw new Invalid([{ field: 'near', message: 'must be a latitude,longitude pair' }]);
      plan.origin = { lat, lng };
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
    return plan;
  }

  /** Adds what the words say, wherever an explicit parameter has not already said it. */
  async function understand(query: SearchQuery): Promise<Understood> {
    const plan = await explicitPlan(query);
    if (!query.q) return { plan, understood: [], notices: [] };
    const parsed: ParsedQuery = parseQuery(query.q, gazetteer);
    const understood = [...parsed.explanation];
    const notices: string[] = [];
    const { filters, implied } = plan;

    // "Did you mean": a plain word the jobs index has never seen becomes its closest known word.
    const plain = parsed.groups.filter(
      (g) => !g.roles.length && g.terms.length === 1 && g.source.length >= 4,
    );
    const corrections = await capped((q) =>
      searchWordsRepo.closest(
        q,
        plain.map((g) => g.source),
      ),
    );
    const groups = parsed.groups.map((g) => {
      const better = corrections.get(g.source);
      if (!better) return g;
      notices.push(`Showing results for '${better}' instead of '${g.source}'.`);
      return { ...g, source: better, terms: [better] };
    });
    if (groups.length) filters.groups = groups.map(groupToText);

    if (parsed.category && !filters.category && !filters.roles) implied.category = parsed.category;
    if (parsed.work_mode && !filters.work_mode) implied.work_mode = parsed.work_mode;
    if (parsed.experience_max !== undefined && filters.experience_max === undefined)
      implied.experience_max = parsed.experience_max;
    if (parsed.education && filters.education_rank === undefined)
      implied.education_rank = await taxonomy.educationRank(parsed.education);

    const explicitPlace = Boolean(query.city || query.locality || query.near);
    if (parsed.locality && !explicitPlace) {
      // A locality replaces the city test, so a job just across a city border still counts.
      const { lat, lng, radius_km: radiusKm, name } = parsed.locality;
      plan.origin = { lat, lng };
      filters.near = { lat, lng, radiusKm: query.radius_km ?? radiusKm };
      plan.place = { name, radiusKm: filters.near.radiusKm, widenable: query.radius_km === undefined };
    } else if (parsed.city && !explicitPlace) {
      filters.city = parsed.city;
    }
    plan.boosts = boostsFrom(parsed, (await taxonomy.get()).roles);
    return { plan, understood, notices };
  }

  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const { plan, understood, notices } = await understand(query);
      const sort: SortKey = query.sort ?? 'relevance';
      if (sort === 'distance' && !plan.origin)
        throw new Invalid([{ field: 'sort', message: 'distance needs near=lat,lng or a locality' }]);
      const limit = query.limit ?? 20;
      const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
      const refTime = cursor?.t ?? clock().toISOString();

      // Nothing found: relax step by step (radius, then filters read from words, then any word),
      // and say what was relaxed. A cursor remembers the step, so later pages stay the same search.
      const steps = relaxations(plan);
      let filters: SearchFilters = { ...plan.filters, ...plan.implied };
      let step = cursor?.r ?? -1;
      let counted = step < 0 ? await capped((q) => searchRepo.facets(q, filters)) : undefined;
      if (counted?.total === 0) {
        for (let i = 0; i < steps.length; i++) {
          const candidate = steps[i]!;
          if ((await capped((q) => searchRepo.count(q, candidate.filters))) > 0) {
            step = i;
            break;
          }
        }
        if (step >= 0) counted = undefined;
      }
      const relaxed = step >= 0 ? steps[step] : undefined;
      if (relaxed) {
        filters = relaxed.filters;
        notices.push(...relaxed.notices);
      }
      // Without words, place or wishes every job ties on text and place: newest first, from an index.
      const boosted = Object.keys(plan.boosts).length > 0;
      const effectiveSort: SortKey =
        sort === 'relevance' && !filters.groups?.length && !plan.origin && !boosted ? 'recent' : sort;
      const pageRequest = { sort: effectiveSort, origin: plan.origin, boosts: plan.boosts };
      const [{ rows, refTime: pageRefTime }, facets] = await Promise.all([
        capped(async (q) => {
          // The first CACHED_RANKS results of a search are ranked once and shared through the database
          // cache while no job changes; a cursor into that list reads on from it (same refTime, so the
          // same order). Past the list, or after a change, the keyset query continues exactly.
          const key = pageKey(filters, pageRequest);
          const cached = await searchCacheRepo.pageGet(q, key);
          if ('rows' in cached) {
            const from = cursor ? fromCursor(cached, cursor) : 0;
            if (from !== undefined) {
              const slice = cached.rows.slice(from, from + limit + 1);
              if (slice.length === limit + 1 || cached.rows.length <= CACHED_RANKS)
                return { refTime: cached.refTime, rows: slice };
            }
          }
          if (cursor)
            return {
              refTime,
              rows: await searchRepo.page(q, filters, {
                ...pageRequest,
                limit,
                refTime,
                after: { value: cursor.v, id: cursor.i },
              }),
            };
          const ranked = await searchRepo.page(q, filters, { ...pageRequest, limit: CACHED_RANKS, refTime });
          if (!('rows' in cached))
            await searchCacheRepo.pagePut(q, key, cached.generation, { refTime, rows: ranked });
          return { refTime, rows: ranked.slice(0, limit + 1) };
        }),
        counted ?? capped((q) => searchRepo.facets(q, filters)),
      ]);
      if (Math.random() < 0.01) await capped((q) => searchRepo.pruneCounts(q));
      const more = rows.length > limit;
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      const cityName = new Map((await taxonomy.get()).cities.map((c) => [c.slug, c.name]));
      const cities = Object.entries(facets.facets.city).map(([slug, n]) => [cityName.get(slug) ?? slug, n]);
      return {
        items: pageRows.map(toItem),
        total: facets.total,
        facets: { ...facets.facets, city: Object.fromEntries(cities) },
        next_cursor:
          more && last
            ? encodeCursor({ s: sort, v: last.sort_value, i: last.id, t: pageRefTime, r: step })
            : null,
        ...(notices.length ? { notices } : {}),
        ...(understood.length ? { understood } : {}),
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
