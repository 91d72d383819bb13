// Relevance pages read tier by tier from the rank indexes, or all at once when the cubes say the
// matches are few (issue #15, speed), and the cube-only counts that decide between the two. Must never
// decide what a query means: it gets filters and boosts already worked out by the service.
import type { Queryable } from '../../shared/db/db.ts';
import { wishToken } from './job-description.ts';
import { commuteCubeable, commuteTotal } from './search-commute.repo.ts';
import {
  BOUND,
  bandFloor,
  type Counted,
  PAY_EDGES,
  payBand,
  payCubeable,
  searchPayRepo,
} from './search-pay.repo.ts';
import { atPoints, band, points } from './search-points.repo.ts';
import {
  commuteCabSql,
  cubeTable,
  distanceSql,
  extraMatch,
  type FacetRow,
  type Facets,
  foldFacets,
  JOIN_ROW,
  lentMatch,
  type PageRequest,
  Params,
  roleIn,
  SELECT_ROW,
  type SearchFilters,
  type SearchRow,
  whereClause,
} from './search-sql.ts';

export const TIER = 17179869184; // 2^34 seconds, ~544 years: rank_key never reaches it
/** One required word in the title outweighs every wish (4 x 254) and the distance band (3). */
export const WORD_TIER = 1024;

const TITLED_BIT = 16;
const PICKED_BIT = 8;
/** Some, not all, of the extras typed: below every other wish (bits count x4 above the distance band). */
const SOME_TYPED_BIT = 1;

/** A tsquery of the '+@' tokens a description stated for these slugs (taxonomy slugs only). */
function wishTokens(slugs: readonly string[]): string {
  return slugs
    .map(wishToken)
    .filter((t) => /^\+@[a-z0-9_-]+$/.test(t))
    .map((t) => `'${t}'`)
    .join(' | ');
}

export function boostConditions(page: PageRequest, p: Params): { bit: number; sql: string }[] {
  const b = page.boosts;
  const out: { bit: number; sql: string }[] = [];
  // A wish the seeker typed (a word, a shift, a language) outranks what the posting says of itself.
  // Words the vocabulary does not know, an industry beside the job, walk-in or joining at once, a
  // fresher's "no experience asked", the pay typed in full: the extras the seeker typed beside what
  // they asked for. A job meeting all of them ranks first (the top bit); one meeting only some ranks
  // below every other wish (the lowest bit), so "insurance telecaller walk in" shows the walk-ins at
  // insurers before walk-ins anywhere and insurers without one.
  const typed = [
    ...(b?.words ? [`j.search_head @@ to_tsquery('simple', ${p.add(b.words)})`] : []),
    ...(b?.wishes ?? []).map((w) => `j.search_head @@ ${p.add(w)}::tsquery`),
    // Freshers: a job whose title or text ask for years of experience, and welcome no fresher, fails.
    ...(b?.fresher
      ? [
          `NOT (j.search_head @@ ${p.add(wishTokens(['experienced']))}::tsquery AND NOT j.search_head @@ ${p.add(wishTokens(['fresher']))}::tsquery)`,
        ]
      : []),
    ...(b?.payAt !== undefined ? [`coalesce(j.salary_min >= ${p.add(b.payAt)}::int, false)`] : []),
  ].map((sql) => `coalesce(${sql}, false)`);
  if (typed.length) out.push({ bit: 128, sql: typed.length > 1 ? `(${typed.join(' AND ')})` : typed[0]! });
  if (typed.length > 1) out.push({ bit: SOME_TYPED_BIT, sql: `(${typed.join(' OR ')})` });
  // The shift asked for: the posting's field, or night / UK hours its description states
  // (job-description.ts: a US-shift job filed as rotational says "6:30 pm – 3:30 am" in its text).
  if (b?.shifts?.length)
    out.push({
      bit: 64,
      sql: `(j.shift = ANY(${p.add(b.shifts)}::text[]) OR j.search_head @@ ${p.add(wishTokens(b.shifts))}::tsquery)`,
    });
  if (b?.titled) out.push({ bit: TITLED_BIT, sql: `j.search_head @@ ${p.add(b.titled)}::tsquery` });
  if (b?.picked?.length) out.push({ bit: PICKED_BIT, sql: roleIn(b.picked, p) });
  if (b?.named?.length) out.push({ bit: 4, sql: `j.role = ANY(${p.add(b.named)}::text[])` });
  if (b?.roles?.length) out.push({ bit: 2, sql: `j.role = ANY(${p.add(b.roles)}::text[])` });
  // The language asked for: listed by the posting, or named in its title ("Tamil Speaking CCE") or
  // description, since employers often write the language into the text and leave the list empty.
  if (b?.languages?.length)
    out.push({
      bit: 32,
      sql: `(${b.languages.map((language) => `j.languages @> ${p.add(JSON.stringify([{ language }]))}::jsonb`).join(' OR ')} OR j.search_head @@ to_tsquery('simple', ${p.add(b.languages.map((l) => `'${l}'`).join(' | '))}) OR j.search_head @@ ${p.add(wishTokens(b.languages))}::tsquery)`,
    });
  return out;
}

/** Counts only, uncached: for trying relaxed variants of a query that found nothing. Without a cube,
 * counting stops past BOUND matches: the caller asks only whether there are any. */
export async function countWith(q: Queryable, f: SearchFilters): Promise<number> {
  if (commuteCubeable(f)) return commuteTotal(q, f);
  const p = new Params();
  const cube = cubeTable(f);
  const extra = cube ? extraMatch(f, p) : undefined;
  const sql = cube
    ? `SELECT (SELECT coalesce(sum(n), 0) FROM ${cube} j WHERE ${whereClause(f, p, 'any')})::int
            - (SELECT count(*) FROM job_search j WHERE ${whereClause(f, p, 'expired')})::int
            ${extra ? `+ (SELECT count(*) FROM job_search j WHERE ${extra})::int` : ''} AS n`
    : `SELECT count(*)::int AS n FROM (SELECT 1 FROM job_search j WHERE ${whereClause(f, p)} LIMIT ${BOUND + 1}) j`;
  const { rows } = await q.query<{ n: number }>(sql, p.values);
  return rows[0]?.n ?? 0;
}

/**
 * f without the filters no cube keeps, and a pay floor lowered to its band's edge: a looser search
 * that the cubes count exactly from a few cells (undefined when none can).
 */
function looser(f: SearchFilters): SearchFilters | undefined {
  const l: SearchFilters = {
    ...f,
    groups: f.groups?.filter((g) => g.roles.length > 0),
    language: undefined,
    company_id: undefined,
    sector: undefined,
  };
  if (l.salary_min !== undefined) {
    const loose: SearchFilters = {
      ...l,
      salary_min: bandFloor(l.salary_min),
      work_mode: undefined,
      shift: undefined,
      industry: undefined,
      experience_max: undefined,
      education_rank: undefined,
    };
    return payCubeable(loose) ? loose : undefined;
  }
  return cubeTable(l) || commuteCubeable(l) ? l : undefined;
}

/** How many jobs the looser search matches, from the cubes. */
async function looseCount(q: Queryable, l: SearchFilters): Promise<number> {
  return l.salary_min !== undefined ? searchPayRepo.total(q, l) : countWith(q, l);
}

/**
 * At least as many jobs as f matches, from the cubes alone (a few cells; undefined when no cube
 * can say). Only picks how a page is read; the page itself stays exact either way.
 */
async function atMost(q: Queryable, f: SearchFilters): Promise<number | undefined> {
  const l = looser(f);
  return l ? looseCount(q, l) : undefined;
}

/** Jobs of the looser search read at most to count a search no cube answers (the same bound as the
 * pay band counted one by one). */
export const EXAMINED = BOUND;

/**
 * Counts of a search no cube answers ("fresher" or work from home with a pay floor, a language...) that read a bounded number of rows whatever the search (issue #15).
 * The looser search (see looser()) is read up to EXAMINED jobs, each tested against the whole
 * search: when the looser search has fewer jobs than that, every one was tested and the counts are
 * exact; otherwise the share of matches among the jobs read is scaled to the looser search's count
 * from the cubes, and the answer says `total_is_estimate`. Before, the first 1,001 matches were
 * counted, which for a rare match meant testing every job of a city or circle (160,000 rows, 1.2 s
 * for work from home within 10 km with a 25k floor at 1M jobs). Undefined when no cube counts a
 * looser search (the caller then counts as before).
 */
export async function examinedCounts(q: Queryable, f: SearchFilters): Promise<Counted | undefined> {
  // A word the vocabulary does not know is read from its GIN index: its matches are few, so counting
  // the first of them (the caller's way) is cheap and exact, where a sample would mostly miss them.
  if (f.groups?.some((g) => g.roles.length === 0)) return undefined;
  const l = looser(f);
  if (!l) return undefined;
  const p = new Params();
  const hit = whereClause(f, p);
  // A circle is read point by point, nearest first (each point's jobs from its (lat, lng) index, the
  // LIMIT stopping the loop): as one range, PostgreSQL bitmaps the whole circle first (200,000 index
  // entries for 10 km round Pune at 1M jobs) however few rows it then reads.
  let looseRows: string;
  if (!l.near) looseRows = `job_search j WHERE ${whereClause(l, p)}`;
  else {
    const pts = await points(q, l, l.near);
    looseRows = `unnest(${p.add(pts.map((pt) => pt.lat))}::float8[], ${p.add(pts.map((pt) => pt.lng))}::float8[]) pt(lat, lng)
        CROSS JOIN LATERAL (SELECT j.* FROM job_search j
                             WHERE j.lat = pt.lat AND j.lng = pt.lng AND ${whereClause(atPoints(l), p)}
                             LIMIT ${EXAMINED}) j`;
  }
  const sql = `
    WITH s AS (
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, (${hit}) AS hit
        FROM ${looseRows}
       LIMIT ${EXAMINED})
    SELECT s.city AS city_name, s.work_mode, s.category, s.industry, s.shift, s.education_min,
           GROUPING(s.city, s.work_mode, s.category, s.industry, s.shift, s.education_min) AS g,
           (count(*) FILTER (WHERE s.hit))::int AS n, count(*)::int AS seen
      FROM s
     GROUP BY GROUPING SETS ((s.city), (s.work_mode), (s.category), (s.industry), (s.shift), (s.education_min), ())`;
  const rows = (await q.query<FacetRow & { seen: number }>(sql, p.values)).rows;
  const seen = rows.find((r) => r.g === 63)?.seen ?? 0;
  const counted = foldFacets(rows.filter((r) => r.g === 63 || r.n > 0));
  if (seen < EXAMINED) return counted;
  // None among the jobs read: too rare to scale; the caller counts its first matches instead.
  if (counted.total === 0) return undefined;
  const scale = Math.max(seen, await looseCount(q, l)) / seen;
  const scaled = (n: number) => Math.round(n * scale);
  const facets = Object.fromEntries(
    Object.entries(counted.facets).map(([k, values]) => [
      k,
      Object.fromEntries(Object.entries(values as Record<string, number>).map(([v, n]) => [v, scaled(n)])),
    ]),
  ) as unknown as Facets;
  return { total: scaled(counted.total), facets, estimate: true };
}

/** A point a relevance page reads on its own, with the band it adds to the tier. */
interface TierPoint {
  lat: number;
  lng: number;
  dband: number;
  city?: string;
  locality?: string;
}

/** The commute band of the tier, as tierExpression's CASE computes it (door to door minutes). */
const commuteBand = (m: number) => (m <= 20 ? 3 : m <= 35 ? 2 : m <= 50 ? 1 : 0);

/**
 * The reachable localities of a commute as points (a job takes its locality's coordinates), each
 * with its commute band: a commute page is then read point by point like a circle (issue #21 at 1M
 * jobs: sorted as one set, the page passed the 2 s cap).
 */
async function commutePoints(q: Queryable, c: NonNullable<SearchFilters['commute']>): Promise<TierPoint[]> {
  const p = new Params();
  const { rows } = await q.query<{ city: string; locality: string; lat: number; lng: number; m: number }>(
    `SELECT l.city, l.slug AS locality, l.lat, l.lng, u.m
       FROM unnest(${p.add(c.cities)}::text[], ${p.add(c.localities)}::text[], ${p.add(c.minutes)}::int[]) AS u(c, l, m)
       JOIN localities l ON l.city = u.c AND l.slug = u.l`,
    p.values,
  );
  return rows
    .map((r) => ({ lat: r.lat, lng: r.lng, city: r.city, locality: r.locality, dband: commuteBand(r.m) }))
    .sort((a, b) => b.dband - a.dband);
}

/** Up to this many matches, a relevance page sorts them all at once instead of reading tier by tier. */
const FEW = 300;

/** No cursor bound: above every rank_key and id. */
const NO_BOUND = '9223372036854775807';

/**
 * A relevance page read tier by tier (see the ranking comment), best tier first, each tier's
 * filtered jobs in rank_key order with their own LIMIT, so PostgreSQL reads a rank index and stops
 * once the page is full. A cursor skips the tiers above its own and seeks inside its own.
 *
 * The tiers, a place's points and a floor's pay bands come as arrays, each read once through a
 * LATERAL join to one parameterised index read: the statement's plan is the same size whatever the
 * number of tiers, points and bands (issue #15: written out as one UNION ALL branch each, a 15 km
 * circle with a floor was ~1,400 index scans and 0.6 s of planning; a city with a floor 18 scans and
 * 20 ms). The nested loop runs the tier rows in array order (best first) and the outer LIMIT stops
 * it as soon as the better tiers filled the page; inside a tier, each point's (and pay band's) best
 * are merged by rank.
 */
export async function pageByTiers(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
  // With a place, the distance band joins the tier: each band's points come from the point cube.
  // Within a commute, the commute band does: each reachable locality is read as its own point.
  const pts: TierPoint[] | undefined = page.origin
    ? (await points(q, f, page.origin)).map((pt) => ({ ...pt, dband: band(pt.d) }))
    : f.commute
      ? await commutePoints(q, f.commute)
      : undefined;
  if (pts && !pts.length) return [];
  const p = new Params();
  // Added only when a statement uses it: a parameter no statement text uses has no type.
  let whereSql: string | undefined;
  // With a floor, each pay band is read on its own (below), and only the floor's own band needs
  // `salary_min >= floor`: every job of a band above it is over the floor. Tested on every band, it
  // led the planner to bitmap a whole band of every city (31,463 entries for 5 km of Bandra at 22k,
  // 1M jobs) instead of reading the point's band in rank order and stopping at a page.
  const unfloored = f.salary_min === undefined ? f : { ...f, salary_min: undefined };
  const where = () => {
    // Within a commute the points are the reachable localities: each read tests its own locality
    // (below), so the list of them leaves the statement; the cab test for late shifts stays.
    if (whereSql === undefined) {
      if (!pts) whereSql = whereClause(unfloored, p);
      else if (!f.commute || page.origin) whereSql = whereClause(atPoints(unfloored), p);
      else {
        whereSql = whereClause({ ...atPoints(unfloored), commute: undefined }, p);
        const cab = commuteCabSql(f.commute, p);
        if (cab) whereSql += ` AND ${cab}`;
      }
    }
    return whereSql;
  };
  const conditions = boostConditions(page, p);
  const n = p.add(page.limit + 1);
  const payBands =
    f.salary_min === undefined
      ? []
      : Array.from(
          { length: PAY_EDGES.length + 2 - payBand(f.salary_min) },
          (_, i) => payBand(f.salary_min!) + i,
        );
  const afterTier = page.after ? Math.floor(Number(page.after.value) / TIER) : undefined;
  const dbands = pts ? [3, 2, 1, 0].filter((b) => pts.some((pt) => pt.dband === b)) : [0];
  // Every combination of the wishes met, as the tier bits, best first.
  const combos = Array.from({ length: 2 ** conditions.length }, (_, i) => i).sort((x, y) => {
    const bits = (m: number) => conditions.reduce((s, c, k) => s + (m & (1 << k) ? c.bit : 0), 0);
    return bits(y) - bits(x);
  });
  // A concept match is the picked role OR the title's tokens, so a tier with neither holds no
  // job; left in, PostgreSQL would walk a whole rank index to prove it empty.
  const either = [TITLED_BIT, PICKED_BIT].map((bit) => conditions.findIndex((c) => c.bit === bit));
  const impossible = (mask: number) => either.every((k) => k >= 0) && either.every((k) => !(mask & (1 << k)));
  // One row per tier, best first (bits are distinct powers of two, so tiers never tie).
  const tiers: { tier: number; mask: number; dband: number; rank: string; id: string }[] = [];
  for (const mask of combos) {
    if (impossible(mask)) continue;
    for (const dband of dbands) {
      const tier = conditions.reduce((s, c, k) => s + (mask & (1 << k) ? c.bit * 4 : 0), 0) + dband;
      if (afterTier !== undefined && tier > afterTier) continue;
      const at = page.after && tier === afterTier;
      tiers.push({
        tier,
        mask,
        dband,
        rank: at ? String(Number(page.after!.value) - tier * TIER) : NO_BOUND,
        id: at ? String(page.after!.id) : NO_BOUND,
      });
    }
  }
  if (!tiers.length) return [];
  const bitColumns = conditions.map((_, k) => `b${k}`);
  const tierTable = `unnest(${[
    `${p.add(tiers.map((t) => t.tier))}::int[]`,
    `${p.add(tiers.map((t) => t.dband))}::int[]`,
    `${p.add(tiers.map((t) => t.rank))}::bigint[]`,
    `${p.add(tiers.map((t) => t.id))}::bigint[]`,
    ...conditions.map((_, k) => `${p.add(tiers.map((t) => Boolean(t.mask & (1 << k))))}::bool[]`),
  ].join(', ')}) t(tier, dband, rank, id${bitColumns.map((b) => `, ${b}`).join('')})`;
  // Only a cursor's page seeks: an open bound on every read misleads the planner into bitmaps of
  // the whole rank index.
  const seek = page.after ? ['(j.rank_key, j.id) < (t.rank, t.id)'] : [];
  // A wish met or not, as the tier row says (a condition that is NULL for a job is not met).
  const met = (c: { sql: string }) => `coalesce((${c.sql}), false)`;
  // The picked role and the title's tokens are written into the statement, one arm per way of
  // meeting the concept, each arm run only for the tier rows it serves (a one-time filter on the
  // row's bits): "the role is one of these" is then an index condition (job_search_pay_idx: pay band,
  // city, role), not a test on every job of the city's band (0.7 s for "kyc" in Mumbai at 290k jobs).
  const kP = conditions.findIndex((c) => c.bit === PICKED_BIT);
  const kT = conditions.findIndex((c) => c.bit === TITLED_BIT);
  const armed = kP >= 0 && kT >= 0;
  const wishes = conditions.flatMap((c, k) =>
    armed && (k === kP || k === kT) ? [] : [`${met(c)} = t.b${k}`],
  );
  const readWhere = (w: string, extra: string[], gate = '', own: string[] = []) => `(SELECT j.id, j.rank_key
           FROM job_search j
          WHERE ${[w, ...own, ...wishes, ...seek, ...extra].join(' AND ')}${gate ? ` AND ${gate}` : ''}
          ORDER BY j.rank_key DESC, j.id DESC
          LIMIT ${n})`;
  let lent: string | undefined;
  const read = (extra: string[]) => {
    if (!armed) return readWhere(where(), extra);
    const P = conditions[kP]!.sql;
    const T = conditions[kT]!.sql;
    // Titled only (the title says so, the role is another): the same test, plus lentMatch, which
    // lets PostgreSQL read the mismatched jobs alone from job_search_lent_idx (migration 1620)
    // instead of every job whose title carries the tokens; as a filter it runs last (costliest).
    lent ??= lentMatch(page.boosts!.titled!, page.boosts!.picked!, p);
    const arms = [
      readWhere(where(), extra, `t.b${kP} AND t.b${kT}`, [P, T]),
      readWhere(where(), extra, `t.b${kP} AND NOT t.b${kT}`, [P, `NOT ${met({ sql: T })}`]),
      readWhere(where(), extra, `NOT t.b${kP} AND t.b${kT}`, [`NOT ${met({ sql: P })}`, T, lent]),
    ];
    return `(SELECT a.id, a.rank_key FROM (${arms.join(' UNION ALL ')}) a
          ORDER BY a.rank_key DESC, a.id DESC
          LIMIT ${n})`;
  };
  const from: string[] = [];
  const tests: string[] = [];
  if (pts) {
    const coordinates = `${p.add(pts.map((pt) => pt.lat))}::float8[], ${p.add(pts.map((pt) => pt.lng))}::float8[], ${p.add(pts.map((pt) => pt.dband))}::int[]`;
    if (page.origin) {
      from.push(`unnest(${coordinates}) pt(lat, lng, dband)`);
      tests.push('j.lat = pt.lat', 'j.lng = pt.lng');
    } else {
      // Within a commute each reachable locality is read on its own from
      // job_search_locality_rank_idx (city, locality, rank_key DESC, id DESC; migration 1520), with
      // its LIMIT: by point, two localities on one point would mix (they may be minutes apart), and
      // PostgreSQL, testing the locality beside the point, sorted every job of the point instead.
      from.push(
        `unnest(${coordinates}, ${p.add(pts.map((pt) => pt.city ?? ''))}::text[], ${p.add(pts.map((pt) => pt.locality ?? ''))}::text[]) pt(lat, lng, dband, city, locality)`,
      );
      tests.push('j.city = pt.city', 'j.locality = pt.locality');
    }
  }
  // With a pay floor, each pay band at or above it is its own rank-ordered range
  // (job_search_*pay_rank_idx, migration 0921): a range with few jobs over the floor no longer makes
  // the read wade through every job of the city or point under it.
  if (payBands.length) {
    from.push(`unnest(${p.add(payBands)}::int2[]) pb(band)`);
    tests.push(
      'j.pay_band = pb.band',
      `(pb.band > ${p.add(payBand(f.salary_min!))}::int2 OR j.salary_min >= ${p.add(f.salary_min!)}::int)`,
    );
  }
  const inTier = from.length
    ? `(SELECT x.id, x.rank_key
           FROM ${from.join(' CROSS JOIN ')}
           CROSS JOIN LATERAL ${read(tests)} x
          ${pts ? 'WHERE pt.dband = t.dband' : ''}
          ORDER BY x.rank_key DESC, x.id DESC
          LIMIT ${n})`
    : read([]);
  const distance = page.origin ? distanceSql(p.add(page.origin.lat), p.add(page.origin.lng)) : null;
  const tiered = `SELECT r.id, (t.tier::float8 * ${TIER} + r.rank_key) AS sort_value
              FROM ${tierTable}
              CROSS JOIN LATERAL ${inTier} r`;
  // Few matches: every tier would run and find little, each re-reading the same ranges (a 3 km
  // circle with a high floor ran 48 tiers x 4 ranges: 0.5 s at 140k jobs). When the cubes say there
  // are at most FEW, the statement first takes every match (up to FEW + 1, in any order) with its
  // tier computed and sorts them as they are; the tier reads then never run (a one-time filter skips
  // them) unless the cubes' bound was passed after all.
  const bound = await atMost(q, f);
  const fewest = page.fewBound ?? FEW;
  if (bound === undefined || bound > fewest) {
    const sql = `${SELECT_ROW(distance)}, t.sort_value
      FROM (${tiered} LIMIT ${n}) t
      JOIN job_search j ON j.id = t.id ${JOIN_ROW}
     ORDER BY t.sort_value DESC, t.id DESC`;
    return (await q.query<SearchRow>(sql, p.values)).rows;
  }
  const tierOf = [...conditions.map((c) => `${c.bit * 4} * ${met(c)}::int`), pts ? 'pt.dband' : '0'].join(
    ' + ',
  );
  const few = p.add(fewest);
  // The same jobs as the tier reads: those skip a tier that meets neither the picked role nor the
  // title's tokens, so a job matched only by a role its title lends (a "Technical Support" title
  // lends the help desk role) is left out here too, or the two ways of reading would disagree.
  const concept = armed ? [`(${met(conditions[kP]!)} OR ${met(conditions[kT]!)})`] : [];
  // Every match is read here, not a page in rank order: the floor itself, as an index condition
  // (job_search_pay_idx), reads the fewest rows.
  const floorTest = f.salary_min === undefined ? [] : [`j.salary_min >= ${p.add(f.salary_min)}::int`];
  const candidates = `(SELECT j.id, j.rank_key, (${tierOf}) AS tier
           FROM job_search j
          WHERE ${[where(), ...tests, ...floorTest, ...concept].join(' AND ')}
          LIMIT ${few} + 1)`;
  const sample = from.length
    ? `SELECT x.id, x.rank_key, x.tier FROM ${from.join(' CROSS JOIN ')} CROSS JOIN LATERAL ${candidates} x LIMIT ${few} + 1`
    : `SELECT x.id, x.rank_key, x.tier FROM ${candidates} x`;
  const value = `c.tier::float8 * ${TIER} + c.rank_key`;
  const afterFew = page.after
    ? `AND (${value}, c.id) < (${p.add(page.after.value)}::float8, ${p.add(page.after.id)}::bigint)`
    : '';
  const sql = `WITH c AS MATERIALIZED (${sample}),
         few AS (SELECT count(*) <= ${few} AS yes FROM c)
    ${SELECT_ROW(distance)}, t.sort_value
      FROM ((SELECT c.id, ${value} AS sort_value
               FROM c
              WHERE (SELECT yes FROM few) ${afterFew}
              ORDER BY 2 DESC, 1 DESC
              LIMIT ${n})
            UNION ALL
            (${tiered} WHERE NOT (SELECT yes FROM few) LIMIT ${n})) t
      JOIN job_search j ON j.id = t.id ${JOIN_ROW}
     ORDER BY t.sort_value DESC, t.id DESC`;
  return (await q.query<SearchRow>(sql, p.values)).rows;
}
