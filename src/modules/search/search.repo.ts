// The SQL of public job search, and only here. Every query reads job_search (migration 0100: one
// narrow row per published job, indexes job_search_*), joining jobs only for the page's own rows.
// Never decides what a query means: it gets filters and boosts already worked out by the service.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../shared/db/db.ts';
import {
  BOUND,
  bandFloor,
  type Counted,
  PAY_EDGES,
  payBand,
  payCubeable,
  searchPayRepo,
} from './search-pay.repo.ts';
import {
  cubeTable,
  distanceSql,
  extraMatch,
  type FacetRow,
  type Facets,
  facetKey,
  foldFacets,
  groupMatch,
  type PageRequest,
  Params,
  pointCubeable,
  roleIn,
  type SearchFilters,
  type SearchRow,
  whereClause,
} from './search-sql.ts';

const TIER = 17179869184; // 2^34 seconds, ~544 years: rank_key never reaches it
/** One required word in the title outweighs every wish (4 x 254) and the distance band (3). */
const WORD_TIER = 1024;

const TITLED_BIT = 16;
const PICKED_BIT = 8;

function boostConditions(page: PageRequest, p: Params): { bit: number; sql: string }[] {
  const b = page.boosts;
  const out: { bit: number; sql: string }[] = [];
  // A wish the seeker typed (a word, a shift, a language) outranks what the posting says of itself.
  if (b?.words) out.push({ bit: 128, sql: `j.search_head @@ to_tsquery('simple', ${p.add(b.words)})` });
  if (b?.shifts?.length) out.push({ bit: 64, sql: `j.shift = ANY(${p.add(b.shifts)}::text[])` });
  if (b?.titled) out.push({ bit: TITLED_BIT, sql: `j.search_head @@ ${p.add(b.titled)}::tsquery` });
  if (b?.picked?.length) out.push({ bit: PICKED_BIT, sql: roleIn(b.picked, p) });
  if (b?.named?.length) out.push({ bit: 4, sql: `j.role = ANY(${p.add(b.named)}::text[])` });
  if (b?.roles?.length) out.push({ bit: 2, sql: `j.role = ANY(${p.add(b.roles)}::text[])` });
  if (b?.languages?.length)
    out.push({
      bit: 32,
      sql: `(${b.languages.map((language) => `j.languages @> ${p.add(JSON.stringify([{ language }]))}::jsonb`).join(' OR ')})`,
    });
  return out;
}

function tierExpression(f: SearchFilters, page: PageRequest, p: Params, distance: string | null): string {
  const terms: string[] = [];
  for (const g of f.groups ?? []) {
    if (f.anyGroup) terms.push(`${WORD_TIER} * (${groupMatch(g, p)})::int`);
    else if (!g.roles.length && g.tsquery)
      terms.push(`${WORD_TIER} * (j.search_head @@ to_tsquery('simple', ${p.add(g.tsquery)}))::int`);
  }
  for (const c of boostConditions(page, p)) terms.push(`${c.bit * 4} * (${c.sql})::int`);
  if (distance)
    terms.push(
      `CASE WHEN ${distance} <= 2 THEN 3 WHEN ${distance} <= 5 THEN 2 WHEN ${distance} <= 10 THEN 1 ELSE 0 END`,
    );
  return terms.length ? terms.join(' + ') : '0';
}

function sortExpression(f: SearchFilters, page: PageRequest, p: Params, distance: string | null): string {
  switch (page.sort) {
    case 'recent':
      // Whole microseconds: exact in a JS number (< 2^53), so the cursor never rounds.
      return `(extract(epoch FROM j.posted_at) * 1000000)::bigint`;
    case 'salary':
      return `coalesce(j.salary_max, -1)::float8`;
    case 'distance':
      return distance ?? '0::float8';
    default:
      return `((${tierExpression(f, page, p, distance)})::float8 * ${TIER} + j.rank_key)`;
  }
}

/** Relevance pages that can be read tier by tier from the rank indexes (see the ranking comment). */
function tierParts(f: SearchFilters, page: PageRequest): boolean {
  return (
    page.sort === 'relevance' &&
    (!page.origin || byPoints(f)) &&
    !f.anyGroup &&
    (f.groups ?? []).every((g) => g.roles.length > 0)
  );
}

/** Place searches read point by point (pageByTiers with an origin, pageByDistance): see points(). */
function byPoints(f: SearchFilters): boolean {
  return Boolean(f.near || f.locality) && (f.groups ?? []).every((g) => g.roles.length > 0);
}

interface Point {
  lat: number;
  lng: number;
  /** Distance from the origin, computed by the same expression as a job's distance_km. */
  d: number;
}

/**
 * The points (a job takes its locality's coordinates) holding jobs that match f, nearest first,
 * from the point cube: a few dozen rows even for a 10 km circle round Mumbai's busiest locality.
 */
async function points(
  q: Queryable,
  f: SearchFilters,
  origin: { lat: number; lng: number },
): Promise<Point[]> {
  const p = new Params();
  if (!pointCubeable(f)) return payPoints(q, f, origin);
  const where = whereClause(f, p, 'any');
  const extra = extraMatch(f, p);
  const d = distanceSql(p.add(origin.lat), p.add(origin.lng));
  // Jobs matched by their own words under another role sit on points the cube does not list.
  const extraPoints = extra ? `UNION SELECT j.lat, j.lng FROM job_search j WHERE ${extra}` : '';
  const { rows } = await q.query<Point>(
    `SELECT j.lat, j.lng, ${d} AS d
       FROM (SELECT j.lat, j.lng
               FROM ${cubeTable(f)} j
              WHERE ${where}
              GROUP BY j.lat, j.lng
             HAVING sum(j.n) > 0
             ${extraPoints}) j
      ORDER BY 3, 1, 2`,
    p.values,
  );
  return rows.map((r) => ({ lat: Number(r.lat), lng: Number(r.lng), d: Number(r.d) }));
}

/**
 * The points of a place search the point cubes cannot list exactly (a pay floor, experience, language,
 * company...), from the pay point cube (migration 0920): a circle's points come from
 * job_search_pay_points, each then an index range of the cube. Only the cube's own columns (place,
 * role, category, pay band from the floor's own up) narrow the list, so a point may be listed with no
 * matching job: its page read finds nothing there, which only costs the read (and its jobs are
 * read in rank order, so the read stops at its first match).
 */
async function payPoints(
  q: Queryable,
  f: SearchFilters,
  origin: { lat: number; lng: number },
): Promise<Point[]> {
  const p = new Params();
  const d = distanceSql(p.add(origin.lat), p.add(origin.lng));
  const listed: SearchFilters = {
    groups: f.groups,
    anyGroup: f.anyGroup,
    roles: f.roles,
    category: f.category,
    city: f.city,
    // With a radius, a locality is the circle's centre, not a filter.
    locality: f.near ? undefined : f.locality,
  };
  const rest = whereClause(listed, p, 'any');
  const band = `j.pay_band >= ${p.add(payBand(f.salary_min ?? 0))} AND j.facet = 'work_mode'`;
  const sql = f.near
    ? `SELECT j.lat, j.lng, ${d} AS d
         FROM job_search_pay_points pt
         JOIN job_search_pay_point_cells j ON j.lat = pt.lat AND j.lng = pt.lng
        WHERE pt.n > 0 AND ${whereClause({ near: f.near }, p, 'any').replaceAll('j.', 'pt.')} AND ${rest} AND ${band}
        GROUP BY j.lat, j.lng HAVING sum(j.n) > 0 ORDER BY 3, 1, 2`
    : `SELECT j.lat, j.lng, ${d} AS d FROM job_search_pay_point_cells j WHERE ${rest} AND ${band}
        GROUP BY j.lat, j.lng HAVING sum(j.n) > 0 ORDER BY 3, 1, 2`;
  const { rows } = await q.query<Point>(sql, p.values);
  return rows.map((r) => ({ lat: Number(r.lat), lng: Number(r.lng), d: Number(r.d) }));
}

/**
 * The filters left to test on a point's jobs: the points were picked by the circle already (every job
 * on a point is as far as the point), and a box test would lead the planner off the point's index.
 */
function atPoints(f: SearchFilters): SearchFilters {
  return { ...f, near: undefined, locality: f.near ? undefined : f.locality };
}

/** The distance band of the relevance tier, as tierExpression's CASE computes it. */
const band = (d: number) => (d <= 2 ? 3 : d <= 5 ? 2 : d <= 10 ? 1 : 0);

/**
 * A page in distance order read point by point: one branch per distance (nearest first; points
 * at the very same distance share one), each that point's matching jobs by id from
 * job_search_point_id_idx with its own LIMIT; Append stops once the page is full. The order is
 * the plain query's (distance, id), so cursors are the same.
 */
async function pageByDistance(
  q: Queryable,
  f: SearchFilters,
  page: PageRequest & { origin: { lat: number; lng: number } },
): Promise<SearchRow[]> {
  const pts = await points(q, f, page.origin);
  const p = new Params();
  const where = whereClause(atPoints(f), p);
  const n = p.add(page.limit + 1);
  const after = page.after ? { d: Number(page.after.value), id: page.after.id } : undefined;
  const groups: { d: number; at: string[] }[] = [];
  for (const pt of pts) {
    if (after && pt.d < after.d) continue;
    const at = `(j.lat = ${p.add(pt.lat)}::float8 AND j.lng = ${p.add(pt.lng)}::float8)`;
    const last = groups[groups.length - 1];
    if (last && last.d === pt.d) last.at.push(at);
    else groups.push({ d: pt.d, at: [at] });
  }
  if (!groups.length) return [];
  const branches = groups.map((g) => {
    const key = after && g.d === after.d ? ` AND j.id > ${p.add(after.id)}::bigint` : '';
    return `(SELECT j.id, ${p.add(g.d)}::float8 AS sort_value
         FROM job_search j
        WHERE ${where} AND (${g.at.join(' OR ')})${key}
        ORDER BY j.id
        LIMIT ${n})`;
  });
  const distance = distanceSql(p.add(page.origin.lat), p.add(page.origin.lng));
  const sql = `${SELECT_ROW(distance)}, t.sort_value
      FROM (SELECT * FROM (${branches.join('\n UNION ALL ')}) u LIMIT ${n}) t
      JOIN job_search j ON j.id = t.id ${JOIN_ROW}
     ORDER BY t.sort_value ASC, t.id ASC`;
  return (await q.query<SearchRow>(sql, p.values)).rows;
}

const SELECT_ROW = (distance: string | null) => `
      SELECT j.id, x.title, j.company_id, c.name AS company_name, j.verified AS company_verified,
             j.category, j.role, j.city, ci.name AS city_name, j.locality, l.name AS locality_name,
             x.salary_min, j.salary_max, j.work_mode, j.shift, j.experience_min, j.education_min, j.posted_at,
             ${distance ?? 'NULL::float8'} AS distance_km`;
const JOIN_ROW = `
        JOIN jobs x ON x.id = j.id
        JOIN companies c ON c.id = j.company_id
        JOIN cities ci ON ci.slug = j.city
        JOIN localities l ON l.city = j.city AND l.slug = j.locality`;

/** Counts only, uncached: for trying relaxed variants of a query that found nothing. Without a cube,
 * counting stops past BOUND matches: the caller asks only whether there are any. */
async function countWith(q: Queryable, f: SearchFilters): Promise<number> {
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
 * At least as many jobs as f matches, from the cubes alone (a few cells; undefined when no cube
 * can say): f without the filters no cube keeps, and a pay floor lowered to its band's edge. Only
 * picks how a page is read; the page itself stays exact either way.
 */
async function atMost(q: Queryable, f: SearchFilters): Promise<number | undefined> {
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
    if (!payCubeable(loose)) return undefined;
    return (await searchPayRepo.counts(q, loose)).total;
  }
  return cubeTable(l) ? countWith(q, l) : undefined;
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
async function pageByTiers(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
  // With a place, the distance band joins the tier: each band's points come from the point cube.
  const pts = page.origin ? await points(q, f, page.origin) : undefined;
  if (pts && !pts.length) return [];
  const p = new Params();
  // Added only when a statement uses it: a parameter no statement text uses has no type.
  let whereSql: string | undefined;
  const where = () => {
    whereSql ??= whereClause(pts ? atPoints(f) : f, p);
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
  const dbands = pts ? [3, 2, 1, 0].filter((b) => pts.some((pt) => band(pt.d) === b)) : [0];
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
  const read = (extra: string[]) => {
    if (!armed) return readWhere(where(), extra);
    const P = conditions[kP]!.sql;
    const T = conditions[kT]!.sql;
    const arms = [
      readWhere(where(), extra, `t.b${kP} AND t.b${kT}`, [P, T]),
      readWhere(where(), extra, `t.b${kP} AND NOT t.b${kT}`, [P, `NOT ${met({ sql: T })}`]),
      readWhere(where(), extra, `NOT t.b${kP} AND t.b${kT}`, [`NOT ${met({ sql: P })}`, T]),
    ];
    return `(SELECT a.id, a.rank_key FROM (${arms.join(' UNION ALL ')}) a
          ORDER BY a.rank_key DESC, a.id DESC
          LIMIT ${n})`;
  };
  const from: string[] = [];
  const tests: string[] = [];
  if (pts) {
    from.push(
      `unnest(${p.add(pts.map((pt) => pt.lat))}::float8[], ${p.add(pts.map((pt) => pt.lng))}::float8[], ${p.add(pts.map((pt) => band(pt.d)))}::int[]) pt(lat, lng, dband)`,
    );
    tests.push('j.lat = pt.lat', 'j.lng = pt.lng');
  }
  // With a pay floor, each pay band at or above it is its own rank-ordered range
  // (job_search_*pay_rank_idx, migration 0921): a range with few jobs over the floor no longer makes
  // the read wade through every job of the city or point under it.
  if (payBands.length) {
    from.push(`unnest(${p.add(payBands)}::int2[]) pb(band)`);
    tests.push('j.pay_band = pb.band');
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
  const candidates = `(SELECT j.id, j.rank_key, (${tierOf}) AS tier
           FROM job_search j
          WHERE ${[where(), ...tests].join(' AND ')}
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

/**
 * Total and facets. Filters the cube answers (cubeable) sum job_search_facets cells and subtract the
 * rows that expired since the last sweep; a pay floor sums the pay cubes, and anything else (words,
 * language, company) counts its matches up to a bound (search-pay.repo.ts). The counts equal the
 * result's own unless `estimate` says otherwise.
 */
async function countFacets(q: Queryable, f: SearchFilters): Promise<Counted> {
  const p = new Params();
  const cube = cubeTable(f);
  if (!cube) return searchPayRepo.counts(q, f);
  const sql = `
    WITH m AS (
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, j.n
        FROM ${cube} j WHERE ${whereClause(f, p, 'any')}
      UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, -1
        FROM job_search j WHERE ${whereClause(f, p, 'expired')}
      ${extras(f, p)})
    SELECT m.city AS city_name, m.work_mode, m.category, m.industry, m.shift, m.education_min,
           GROUPING(m.city, m.work_mode, m.category, m.industry, m.shift, m.education_min) AS g,
           sum(m.n)::int AS n
      FROM m
     GROUP BY GROUPING SETS ((m.city), (m.work_mode), (m.category), (m.industry), (m.shift), (m.education_min), ())
    HAVING sum(m.n) > 0`;
  return foldFacets((await q.query<FacetRow>(sql, p.values)).rows);
}

/** The rows extraMatch adds to a cube sum, as one more branch of its UNION ALL ('' when none). */
function extras(f: SearchFilters, p: Params): string {
  const extra = extraMatch(f, p);
  return extra
    ? `UNION ALL
      SELECT j.city, j.work_mode, j.category, j.industry, j.shift, j.education_min, 1
        FROM job_search j WHERE ${extra}`
    : '';
}

export const searchRepo = {
  async page(q: Queryable, f: SearchFilters, page: PageRequest): Promise<SearchRow[]> {
    if (tierParts(f, page)) return pageByTiers(q, f, page);
    if (page.sort === 'distance' && page.origin && byPoints(f))
      return pageByDistance(q, f, { ...page, origin: page.origin });
    const p = new Params();
    const where = whereClause(f, p);
    const distance = page.origin ? distanceSql(p.add(page.origin.lat), p.add(page.origin.lng)) : null;
    const sortExpr = sortExpression(f, page, p, distance);
    // Distance ascends; every other key descends. Ties break on id the same way.
    const asc = page.sort === 'distance';
    let keyset = '';
    if (page.after && page.sort === 'recent') {
      // Compared on the raw columns, so jobs_live_recent_idx can seek straight to the next page.
      const at = `(timestamptz 'epoch' + ${p.add(page.after.value)}::bigint * interval '1 microsecond')`;
      keyset = `AND (j.posted_at, j.id) < (${at}, ${p.add(page.after.id)}::bigint)`;
    } else if (page.after) {
      const op = asc ? '>' : '<';
      keyset = `AND (${sortExpr}, j.id) ${op} (${p.add(page.after.value)}::float8, ${p.add(page.after.id)}::bigint)`;
    }
    const dir = asc ? 'ASC' : 'DESC';
    // sort=recent orders by the raw column so jobs_live_recent_idx serves it without a sort.
    const order =
      page.sort === 'recent' ? `j.posted_at ${dir}, j.id ${dir}` : `sort_value ${dir}, j.id ${dir}`;
    const sql = `${SELECT_ROW(distance)}, ${sortExpr} AS sort_value
        FROM job_search j ${JOIN_ROW}
       WHERE ${where} ${keyset}
       ORDER BY ${order}
       LIMIT ${p.add(page.limit + 1)}`;
    return (await q.query<SearchRow>(sql, p.values)).rows;
  },

  /**
   * The counts of a filter set from search_counts, while no job changed and the entry is under a
   * minute old; otherwise its key and the generation to store fresh counts under (`facetsPut`).
   */
  async facetsCached(q: Queryable, f: SearchFilters): Promise<Counted | { key: string; generation: number }> {
    const key = createHash('sha256')
      .update(JSON.stringify(facetKey(f)))
      .digest('base64url');
    const cached = await q.query<{
      total: number | null;
      facets: Facets | null;
      estimate: boolean | null;
      generation: number;
    }>(
      `SELECT c.total, c.facets, c.total_is_estimate AS estimate, s.last_value AS generation
         FROM search_generation s
         LEFT JOIN search_counts c
           ON c.key = $1 AND c.generation = s.last_value AND c.computed_at > now() - interval '60 seconds'`,
      [key],
    );
    const hit = cached.rows[0];
    if (hit?.total != null && hit.facets)
      return { total: hit.total, facets: hit.facets, ...(hit.estimate ? { estimate: true } : {}) };
    return { key, generation: hit?.generation ?? 0 };
  },

  /**
   * Total and every facet in one pass over the filtered set (GROUPING SETS), so the counts are the
   * result's own. Cities come back as slugs (no join per counted row); the service names them.
   */
  countFacets,

  async facetsPut(q: Queryable, key: string, generation: number, counted: Counted): Promise<void> {
    await q.query(
      `INSERT INTO search_counts (key, generation, total, facets, total_is_estimate) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE
         SET generation = EXCLUDED.generation, total = EXCLUDED.total, facets = EXCLUDED.facets,
             total_is_estimate = EXCLUDED.total_is_estimate, computed_at = now()`,
      [key, generation, counted.total, JSON.stringify(counted.facets), counted.estimate === true],
    );
  },

  /** Counts only, uncached: for trying relaxed variants of a query that found nothing. Without a cube,
   * counting stops past BOUND matches: the caller asks only whether there are any. */
  count: countWith,

  /** Drops jobs that expired from job_search (and their facet cells); the server runs it every minute. */
  async expire(q: Queryable): Promise<number> {
    const { rows } = await q.query<{ n: number }>('SELECT search_expire() AS n');
    return rows[0]?.n ?? 0;
  },

  /** Old cache entries are dead weight; dropped now and then by a search that missed. */
  async pruneCounts(q: Queryable): Promise<void> {
    await q.query(`DELETE FROM search_counts WHERE computed_at < now() - interval '10 minutes'`);
    await q.query(`DELETE FROM search_pages WHERE computed_at < now() - interval '10 minutes'`);
    await q.query(`DELETE FROM search_responses WHERE computed_at < now() - interval '10 minutes'`);
  },
};
