// Place searches read point by point (migration 0713): a job takes its locality's coordinates, so a
// circle's jobs sit on a few dozen points, listed with their distance from the point cubes (or the pay
// point cube), and a distance-ordered page is read point by point, nearest first. Must never decide
// what a query means; search.repo.ts and search-tiers.repo.ts call it.
import type { Queryable } from '../../shared/db/db.ts';
import { payBand } from './search-pay.repo.ts';
import {
  cubeTable,
  distanceSql,
  extraMatch,
  JOIN_ROW,
  type PageRequest,
  Params,
  pointCubeable,
  SELECT_ROW,
  type SearchFilters,
  type SearchRow,
  whereClause,
} from './search-sql.ts';

export interface Point {
  lat: number;
  lng: number;
  /** Distance from the origin, computed by the same expression as a job's distance_km. */
  d: number;
}

/**
 * The points (a job takes its locality's coordinates) holding jobs that match f, nearest first,
 * from the point cube: a few dozen rows even for a 10 km circle round Mumbai's busiest locality.
 */
export async function points(
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
export function atPoints(f: SearchFilters): SearchFilters {
  return { ...f, near: undefined, locality: f.near ? undefined : f.locality };
}

/** The distance band of the relevance tier, as tierExpression's CASE computes it. */
export const band = (d: number) => (d <= 2 ? 3 : d <= 5 ? 2 : d <= 10 ? 1 : 0);

/**
 * A page in distance order read point by point: one branch per distance (nearest first; points
 * at the very same distance share one), each that point's matching jobs by id from
 * job_search_point_id_idx with its own LIMIT; Append stops once the page is full. The order is
 * the plain query's (distance, id), so cursors are the same.
 */
export async function pageByDistance(
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
