// Public job search: reads the seeker's words (query-parser.ts), merges them with the explicit query
// parameters (which win), runs the page and the facets, relaxes a search that found nothing and says
// so, and encodes a keyset cursor. Must never build SQL (search.repo.ts) or HTTP replies.
import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { Invalid } from '../../shared/errors.ts';
import { loadGazetteer } from '../../shared/reference/index.ts';
import { type Commute, type CommuteService, cabOnlyAfterShift, loadTransit } from '../commute/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { readCommuteWords } from './query-commute.ts';
import { correctionHasEvidence } from './query-fuzzy.ts';
import { type ParsedQuery, parseQuery } from './query-parser.ts';
import type { Explained } from './query-types.ts';
import { searchRepo } from './search.repo.ts';
import type { SearchItem, SearchQuery, SearchResult } from './search.schema.ts';
import {
  type CachedPage,
  type CacheWrites,
  countsKey,
  newCacheWrites,
  pageKey,
  searchCacheRepo,
} from './search-cache.repo.ts';
import { type Cursor, decodeCursor, encodeCursor } from './search-cursor.ts';
import type { Counted } from './search-pay.repo.ts';
import { boostsFrom, FEW_NEAR, groupToText, relaxations, type SearchPlan, widenings } from './search-plan.ts';
import type { SearchFilters, SearchRow, SortKey } from './search-sql.ts';
import { searchWordsRepo } from './search-words.repo.ts';

/** How many top results of a search are ranked once and cached (3 pages of 20; later pages read on
 * by keyset, which the tier indexes make cheap). */
const CACHED_RANKS = 60;

/** Where a cursor points in a cached ranking: only when it came from that same ranking. */
function fromCursor(cached: CachedPage, cursor: Cursor): number | undefined {
  if (cursor.t !== cached.refTime) return undefined;
  const at = cached.rows.findIndex((r) => r.id === cursor.i);
  return at < 0 ? undefined : at + 1;
}

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

/**
 * When each shift ends (DOMAIN.md, India time): a US shift about 3:30 am, and a "night" shift is the
 * same US-process work; a UK shift late evening; a day shift early evening. Rotational: unknown.
 */
const SHIFT_ENDS: Readonly<Record<string, string>> = {
  us: '03:30',
  night: '03:30',
  uk: '23:30',
  day: '18:30',
};
/** Shifts that end while no suburban train runs: a job on one is reachable only with the cab perk. */
export const CAB_ONLY_SHIFTS: readonly string[] = Object.entries(SHIFT_ENDS)
  .filter(([, end]) => cabOnlyAfterShift(end))
  .map(([shift]) => shift);

const placeKey = (city: string, locality: string) => `${city}/${locality}`;

function toItem(r: SearchRow, commute?: Map<string, Commute>): SearchItem {
  const trip = commute?.get(placeKey(r.city, r.locality));
  const cabOnly = trip !== undefined && CAB_ONLY_SHIFTS.includes(r.shift);
  return {
    ...toJobSummary(r),
    ...(r.distance_km !== null ? { distance_km: Math.round(r.distance_km * 10) / 10 } : {}),
    ...(trip
      ? {
          commute: {
            minutes: trip.minutes,
            summary: cabOnly
              ? `${trip.summary}; home by the company cab (the shift ends while no trains run, 1-4 am)`
              : trip.summary,
            route: trip.route as SearchItem['commute'] extends { route?: infer R } ? NonNullable<R> : never,
            ...(cabOnly ? { cab_only: true } : {}),
          },
        }
      : {}),
  };
}

interface Understood {
  plan: SearchPlan;
  understood: Explained[];
  notices: Explained[];
}

/** What the service can skip: callers that only need results (the alerts probe) pass facets: false. */
export interface SearchOptions {
  facets?: boolean;
}

/** Without facets there is no total either (counting is the expensive part). */
export type SearchPage = Omit<SearchResult, 'total' | 'facets'> &
  Partial<Pick<SearchResult, 'total' | 'facets'>>;

const codes = (xs: Explained[]) => xs.map(({ code, params }) => ({ code, params }));

/** The normalised query as a cache key: fixed key order, trimmed words, defaults filled in. */
export function responseKey(query: SearchQuery): string {
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => [
      k,
      k === 'q' ? String(v).normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ') : v,
    ]);
  entries.sort(([a], [b]) => String(a).localeCompare(String(b)));
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64url');
}

export function createSearchService(
  db: Db,
  deps: { taxonomy: TaxonomyService; commute: CommuteService; clock?: () => Date },
) {
  const { taxonomy } = deps;
  const clock = deps.clock ?? (() => new Date());
  const gazetteer = loadGazetteer();
  const stationNames = loadTransit().stations;
  /** Answers being computed in this process, by response key: concurrent requests for the same
   * uncached search wait for one computation instead of each running it (a burst of seekers on a
   * fresh query). Only coalescing, never a store: the answer itself lives in search_responses. */
  const inFlight = new Map<string, Promise<string>>();

  /** Runs a search's statements with a time cap (`Db.capped`), so no query string can tie up the
   * server: a statement cut off answers 400. Reads go to the replica when there is one
   * (`Db.read`), and to the primary inside a read-your-writes window. */
  async function capped<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    try {
      return await db.read.capped(fn);
    } catch (err) {
      if ((err as { code?: string }).code === '57014')
        throw new Invalid([{ field: 'q', message: 'is too broad to search quickly: add a word or a place' }]);
      throw err;
    }
  }

  /**
   * Whether reads made from now on see at least what the primary had committed when the cache
   * generation was just read: the replica has replayed past the primary's WAL position of now. Only
   * then may an answer computed on the replica be cached under that generation; a lagging replica's
   * answer is served but not shared. Without a replica this costs nothing (always true).
   */
  async function readsAreCurrent(): Promise<boolean> {
    return db.read.reached(await db.read.mark());
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
    if (query.commute_max_min !== undefined && !query.commute_from)
      throw new Invalid([
        { field: 'commute_from', message: 'is needed with commute_max_min (where you travel from)' },
      ]);
    if (query.commute_from) await withinCommute(plan, query.commute_from, query.commute_max_min ?? 60);
    if (query.posted_within !== undefined) filters.posted_within = query.posted_within;
    if (query.verified) filters.verified_only = true;
    return plan;
  }

  /**
   * Jobs within a commute: the localities the stored commute_times reach from the origin in time
   * (the commute module's one read), as a filter; the trips ride along to label each result.
   */
  async function withinCommute(
    plan: SearchPlan,
    from: string,
    maxMinutes: number,
    known?: Commute[],
  ): Promise<void> {
    const reach = known ?? (await deps.commute.reachable(from, maxMinutes));
    plan.filters.commute = {
      cities: reach.map((r) => r.to_city),
      localities: reach.map((r) => r.to_locality),
      minutes: reach.map((r) => r.minutes),
      lateShifts: [...CAB_ONLY_SHIFTS],
    };
    plan.commute = {
      from,
      maxMinutes,
      trips: new Map(reach.map((r) => [placeKey(r.to_city, r.to_locality), r])),
    };
  }

  /** Adds what the words say, wherever an explicit parameter has not already said it. */
  async function understand(q: Queryable, query: SearchQuery): Promise<Understood> {
    const plan = await explicitPlan(query);
    if (!query.q) return { plan, understood: [], notices: [] };
    // "near dombivli station", "within 30 min of kalyan": a commute from that station, read before
    // the rest (an explicit commute_from wins). Until the commute table is built, the words stay places.
    let text = query.q;
    const fromWords: Explained[] = [];
    const words = query.commute_from ? undefined : readCommuteWords(query.q, stationNames);
    if (words) {
      const reach = await deps.commute.reachable(words.from, words.minutes);
      if (reach.length) {
        await withinCommute(plan, words.from, words.minutes, reach);
        text = words.rest;
        fromWords.push({
          code: 'commute',
          params: { typed: words.phrase, station: words.name, minutes: words.minutes },
          text: `'${words.phrase}' -> jobs within ${words.minutes} min door to door of ${words.name} station`,
        });
      }
    }
    const parsed: ParsedQuery = parseQuery(text, gazetteer);
    const understood = [...fromWords, ...parsed.explained];
    const notices: Explained[] = [];
    const { filters, implied } = plan;

    // "Did you mean": a plain word the jobs index has never seen becomes its closest known word.
    const plain = parsed.groups.filter(
      (g) => !g.roles.length && g.terms.length === 1 && g.source.length >= 4,
    );
    const corrections = plain.length
      ? await searchWordsRepo.closest(
          q,
          plain.map((g) => g.source),
        )
      : new Map<string, string>();
    const groups = parsed.groups.map((g) => {
      const better = corrections.get(g.source);
      if (!better || !correctionHasEvidence(g.source, better)) return g;
      notices.push({
        code: 'did_you_mean',
        params: { typed: g.source, read: better },
        text: `Showing results for '${better}' instead of '${g.source}'.`,
      });
      return { ...g, source: better, terms: [better] };
    });
    if (groups.length) filters.groups = groups.map(groupToText);

    if (parsed.category && !filters.category && !filters.roles) implied.category = parsed.category;
    if (parsed.work_mode && !filters.work_mode) implied.work_mode = parsed.work_mode;
    if (parsed.experience_max !== undefined && filters.experience_max === undefined)
      implied.experience_max = parsed.experience_max;
    if (parsed.education && filters.education_rank === undefined)
      implied.education_rank = await taxonomy.educationRank(parsed.education);
    // A number read as pay ("18000", "2.5 lpa") is a pay floor; an explicit salary_min wins.
    if (parsed.salary_min !== undefined && filters.salary_min === undefined)
      implied.salary_min = parsed.salary_min;

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

  /**
   * One search. The counts and the page are independent reads, so they run at once on two capped
   * connections (PGlite queues them on its one): a cold search takes the longer of the two, not both.
   */
  async function run(query: SearchQuery, withFacets: boolean, writes: CacheWrites): Promise<SearchPage> {
    // Most queries read nothing while being understood: a capped transaction opens only for a
    // statement that is sent ("did you mean"), not two round trips (BEGIN, COMMIT) for every search.
    const onDemand: Queryable = {
      query: (sql, params) => capped((q) => q.query(sql, params)),
      exec: (sql) => capped((q) => q.exec(sql)),
    };
    const { plan, understood, notices } = await understand(onDemand, query);
    const sort: SortKey = query.sort ?? 'relevance';
    if (sort === 'distance' && !plan.origin)
      throw new Invalid([{ field: 'sort', message: 'distance needs near=lat,lng or a locality' }]);
    if (sort === 'commute' && !plan.commute)
      throw new Invalid([{ field: 'sort', message: 'commute needs commute_from (a station or locality)' }]);
    const limit = query.limit ?? 20;
    const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
    const refTime = cursor?.t ?? clock().toISOString();
    const pageRequest = { sort, origin: plan.origin, boosts: plan.boosts };

    /** The first CACHED_RANKS results of a search are ranked once and shared through the database
     * cache while no job changes; a cursor into that list reads on from it. Past the list, or after
     * a change, the keyset query continues exactly (the ranking does not depend on the clock).
     * The filter set's cached page and counts come in one read (on the primary: the cache and its
     * generation live there, a replica's sequences run ahead); what is computed goes to `writes`,
     * stored in one statement once the answer is ready. */
    async function both(
      filters: SearchFilters,
    ): Promise<[Counted | undefined, { rows: SearchRow[]; refTime: string }]> {
      const key = pageKey(filters, pageRequest);
      const cKey = withFacets ? countsKey(filters) : undefined;
      const cached = await searchCacheRepo.get(db, key, cKey);
      const needFresh = (cKey && !cached.counts) || (!cursor && !cached.page);
      const fresh = needFresh ? await readsAreCurrent() : false;
      const counts = async (): Promise<Counted | undefined> => {
        if (!cKey) return undefined;
        if (cached.counts) return cached.counts;
        const counted = await capped((q) => searchRepo.countFacets(q, filters));
        if (fresh) writes.counts.push({ key: cKey, generation: cached.generation, counted });
        return counted;
      };
      const rows = async (): Promise<{ rows: SearchRow[]; refTime: string }> => {
        if (cached.page) {
          const from = cursor ? fromCursor(cached.page, cursor) : 0;
          if (from !== undefined) {
            const slice = cached.page.rows.slice(from, from + limit + 1);
            if (slice.length === limit + 1 || cached.page.rows.length <= CACHED_RANKS)
              return { refTime: cached.page.refTime, rows: slice };
          }
        }
        if (cursor)
          return {
            refTime,
            rows: await capped((q) =>
              searchRepo.page(q, filters, {
                ...pageRequest,
                limit,
                refTime,
                after: { value: cursor.v, id: cursor.i },
              }),
            ),
          };
        const ranked = await capped((q) =>
          searchRepo.page(q, filters, { ...pageRequest, limit: CACHED_RANKS, refTime }),
        );
        if (!cached.page && fresh)
          writes.pages.push({ key, generation: cached.generation, page: { refTime, rows: ranked } });
        return { refTime, rows: ranked.slice(0, limit + 1) };
      };
      return Promise.all([counts(), rows()]);
    }

    // Nothing found: relax step by step (filters read from words, then the radius, then any word),
    // and say what was relaxed. A cursor remembers the step, so later pages stay the same search.
    const steps = relaxations(plan);
    let filters: SearchFilters = { ...plan.filters, ...plan.implied };
    let step = cursor?.r ?? -1;
    const resumed = [...steps, ...widenings(plan, cursor?.n ?? 0)][step];
    if (step >= 0 && resumed) filters = resumed.filters;
    let [counted, page] = await both(filters);
    if (step < 0 && page.rows.length === 0 && !cursor) {
      for (let i = 0; i < steps.length; i++) {
        const n = await capped((q) => searchRepo.count(q, steps[i]!.filters));
        if (n > 0) {
          step = i;
          // A few jobs in a widened circle: the next, wider circle when it holds more.
          const next = steps[i + 1]?.filters.near;
          const here = steps[i]!.filters.near;
          if (n < FEW_NEAR && next && here && next.radiusKm > here.radiusKm)
            if ((await capped((q) => searchRepo.count(q, steps[i + 1]!.filters))) > n) step = i + 1;
          filters = steps[step]!.filters;
          [counted, page] = await both(filters);
          break;
        }
      }
    }
    // A few jobs near the place named in q: widen the circle (every other filter kept) until it
    // holds a page's worth. The step goes in the cursor after the relaxations, so later pages agree.
    let nearFound = 0;
    if (step < 0 && !cursor && page.rows.length > 0 && page.rows.length < FEW_NEAR) {
      const near = page.rows.length;
      nearFound = near;
      const wider = widenings(plan, near);
      for (let i = 0; i < wider.length; i++) {
        const n = await capped((q) => searchRepo.count(q, wider[i]!.filters));
        if (n <= near) continue;
        step = steps.length + i;
        filters = wider[i]!.filters;
        if (n >= FEW_NEAR || i === wider.length - 1) break;
      }
      if (step >= 0) [counted, page] = await both(filters);
    }
    const nearCount = cursor?.n ?? nearFound;
    const allSteps = [...steps, ...widenings(plan, nearCount)];
    if (step >= 0 && allSteps[step]) notices.push(...allSteps[step]!.notices);
    if (filters.salary_min !== undefined)
      notices.push({
        code: 'pay_floor',
        params: { amount: filters.salary_min },
        text: `Showing jobs whose posted pay starts at ${filters.salary_min} a month or more; jobs that do not disclose pay are left out.`,
      });
    if (Math.random() < 0.01) await db.capped((q) => searchRepo.pruneCounts(q));
    const found = page.rows;
    const more = found.length > limit;
    const pageRows = found.slice(0, limit);
    const last = pageRows.at(-1);
    let facetsOut: SearchResult['facets'] | undefined;
    if (counted) {
      const cityName = new Map((await taxonomy.get()).cities.map((c) => [c.slug, c.name]));
      const cities = Object.entries(counted.facets.city).map(([slug, n]) => [cityName.get(slug) ?? slug, n]);
      facetsOut = { ...counted.facets, city: Object.fromEntries(cities) };
    }
    return {
      items: pageRows.map((r) => toItem(r, plan.commute?.trips)),
      ...(counted && facetsOut ? { total: counted.total, facets: facetsOut } : {}),
      ...(counted?.estimate ? { total_is_estimate: true } : {}),
      next_cursor:
        more && last
          ? encodeCursor({
              s: sort,
              v: last.sort_value,
              i: last.id,
              t: page.refTime,
              r: step,
              ...(step >= steps.length ? { n: nearCount } : {}),
            })
          : null,
      ...(notices.length ? { notices: notices.map((n) => n.text), notice_codes: codes(notices) } : {}),
      ...(understood.length
        ? { understood: understood.map((u) => u.text), understood_codes: codes(understood) }
        : {}),
    };
  }

  return {
    /** One search: results, total and facets (exact), notices and how q was read. */
    async search(query: SearchQuery): Promise<SearchResult> {
      const writes = newCacheWrites();
      const out = (await run(query, true, writes)) as SearchResult;
      await searchCacheRepo.put(db, writes);
      return out;
    },

    /** Results only, no counts: for callers that never show a total or facets (alert probes). */
    async results(query: SearchQuery): Promise<SearchPage> {
      const writes = newCacheWrites();
      const out = await run(query, false, writes);
      await searchCacheRepo.put(db, writes);
      return out;
    },

    /**
     * The HTTP answer as JSON text, from search_responses when the same normalised query (and
     * cursor) was answered since the last job change and within the minute: one primary-key read.
     */
    async searchJson(query: SearchQuery): Promise<string> {
      const key = responseKey(query);
      const running = inFlight.get(key);
      if (running) return running;
      const compute = (async () => {
        const hit = await searchCacheRepo.responseGet(db, key);
        if ('body' in hit) return hit.body;
        const fresh = await readsAreCurrent();
        const writes = newCacheWrites();
        const body = JSON.stringify(await run(query, true, writes));
        if (fresh) writes.responses.push({ key, generation: hit.generation, body });
        // The answer, its page and its counts, in one statement.
        await searchCacheRepo.put(db, writes);
        return body;
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, compute);
      return compute;
    },

    /** Drops expired jobs from the search document; run every minute by the server. */
    async expire(): Promise<number> {
      return searchRepo.expire(db);
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
