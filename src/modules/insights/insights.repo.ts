// SQL for the insight summary tables (insight_cells, insight_demand, insight_skills), and only
// here. `rebuild` recomputes them from the jobs table in one transaction; readers never see a
// half-built summary. Reads are primary-key or index lookups, so pages stay fast at 1M jobs.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';

/** The percentiles stored in insight_cells.salary_pcts, in order. */
export const PCT_POINTS = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9] as const;

export interface CellKey {
  category: string;
  role: string;
  city: string;
  work_mode: string;
  experience_band: string;
}

export interface CellRow extends CellKey {
  postings: number;
  salary_postings: number;
  salary_pcts: number[] | null;
  salary_low: number | null;
  salary_high: number | null;
  median_min: number | null;
  median_max: number | null;
  filled: number;
  fill_median_days: number | null;
}

// Postings that count: ever published (posted_at set) and not held for review. Time-to-fill
// counts only jobs closed as filled; closed for another reason, or before reasons were recorded
// (closed_reason NULL), they say nothing about how long hiring takes. Experience bands
// follow how postings ask: fresher, 1-2, 3-5, 6+ years minimum.
const POSTINGS = `
  SELECT category, role, city, work_mode,
         CASE WHEN experience_min = 0 THEN 'fresher' WHEN experience_min <= 2 THEN '1-2'
              WHEN experience_min <= 5 THEN '3-5' ELSE '6+' END AS band,
         CASE WHEN salary_min IS NOT NULL AND salary_max IS NOT NULL
              THEN (salary_min + salary_max) / 2.0 END AS mid,
         salary_min, salary_max, posted_at, skills,
         CASE WHEN closed_reason = 'filled' AND closed_at >= posted_at
              THEN extract(epoch FROM closed_at - posted_at) / 86400.0 END AS fill_days
    FROM jobs
   WHERE posted_at IS NOT NULL AND status <> 'held'`;

// A cross product of grouping items: every subset of (city, work_mode, band) for all postings,
// each category, and each role. NULL in a grouping column means "all" and is stored as '*'.
const REBUILD_CELLS = `
  INSERT INTO insight_cells
  SELECT coalesce(category, '*'), coalesce(role, '*'), coalesce(city, '*'), coalesce(work_mode, '*'),
         coalesce(band, '*'), count(*)::int, count(mid)::int,
         percentile_cont(ARRAY[${PCT_POINTS.join(', ')}]::float8[]) WITHIN GROUP (ORDER BY mid),
         min(mid), max(mid),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY salary_min),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY salary_max),
         count(fill_days)::int,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY fill_days)
    FROM (${POSTINGS}) p
   GROUP BY CUBE (city, work_mode, band), ROLLUP (category, role)`;

// ISO weeks start on Monday; weeks are cut in India time (UTC+5:30, no daylight saving).
const REBUILD_DEMAND = `
  INSERT INTO insight_demand
  SELECT coalesce(category, '*'), coalesce(role, '*'), coalesce(city, '*'), week, count(*)::int
    FROM (SELECT category, role, city,
                 date_trunc('week', (posted_at AT TIME ZONE 'UTC') + interval '330 minutes')::date AS week
            FROM (${POSTINGS}) p0) p
   GROUP BY week, CUBE (city), ROLLUP (category, role)`;

const REBUILD_SKILLS = `
  INSERT INTO insight_skills
  SELECT coalesce(category, '*'), coalesce(role, '*'), coalesce(city, '*'), skill, count(*)::int
    FROM (SELECT category, role, city, unnest(skills) AS skill FROM (${POSTINGS}) p0) p
   GROUP BY skill, CUBE (city), ROLLUP (category, role)`;

const CELL_COLUMNS = `category, role, city, work_mode, experience_band, postings, salary_postings, salary_pcts,
  salary_low, salary_high, median_min, median_max, filled, fill_median_days`;

export const insightsRepo = {
  async refreshedAt(q: Queryable): Promise<Date | null> {
    const { rows } = await q.query<{ refreshed_at: Date | null }>(
      'SELECT refreshed_at FROM insight_refresh WHERE id = 1',
    );
    return rows[0]?.refreshed_at ?? null;
  },

  /**
   * Rebuilds every summary table. Holds the insight_refresh row lock for the duration, so a
   * second instance waits and then skips when `maxAgeMs` says the summary is fresh again.
   */
  async rebuild(q: Queryable, maxAgeMs: number): Promise<boolean> {
    const { rows } = await q.query<{ fresh: boolean }>(
      `SELECT (refreshed_at IS NOT NULL AND refreshed_at > now() - ($1::float8 * interval '1 millisecond')) AS fresh
         FROM insight_refresh WHERE id = 1 FOR UPDATE`,
      [maxAgeMs],
    );
    if (rows[0]?.fresh) return false;
    // 24 grouping sets each sort their postings for percentile_cont: keep those sorts in memory.
    await q.query("SET LOCAL work_mem = '128MB'");
    await q.query('DELETE FROM insight_cells');
    await q.query('DELETE FROM insight_demand');
    await q.query('DELETE FROM insight_skills');
    await q.query(REBUILD_CELLS);
    await q.query(REBUILD_DEMAND);
    await q.query(REBUILD_SKILLS);
    await q.query(
      `UPDATE insight_refresh SET refreshed_at = now(),
              jobs_counted = (SELECT postings FROM insight_cells
                               WHERE category = '*' AND role = '*' AND city = '*' AND work_mode = '*' AND experience_band = '*')
        WHERE id = 1`,
    );
    return true;
  },

  async cell(q: Queryable, key: CellKey): Promise<CellRow | undefined> {
    const { rows } = await q.query<CellRow>(
      `SELECT ${CELL_COLUMNS} FROM insight_cells
        WHERE category = $1 AND role = $2 AND city = $3 AND work_mode = $4 AND experience_band = $5`,
      [key.category, key.role, key.city, key.work_mode, key.experience_band],
    );
    return rows[0];
  },

  /** The cells that differ from `key` only in `dim` (each work mode, each band, each role...). */
  async cellsAlong(q: Queryable, key: CellKey, dim: keyof CellKey): Promise<CellRow[]> {
    const dims: (keyof CellKey)[] = ['category', 'role', 'city', 'work_mode', 'experience_band'];
    // Roles are nested in categories: listing roles leaves the category free.
    const fixed = dims.filter((d) => d !== dim && !(dim === 'role' && d === 'category'));
    const p = new SqlParams();
    const where = fixed.map((d) => `${d} = ${p.add(key[d])}`).join(' AND ');
    const { rows } = await q.query<CellRow>(
      `SELECT ${CELL_COLUMNS} FROM insight_cells WHERE ${where} AND ${dim} <> '*' ORDER BY postings DESC, ${dim}`,
      p.values,
    );
    return rows;
  },

  async demand(
    q: Queryable,
    key: Pick<CellKey, 'category' | 'role' | 'city'>,
    fromWeek: string,
  ): Promise<{ week: string; postings: number }[]> {
    const { rows } = await q.query<{ week: string; postings: number }>(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, postings FROM insight_demand
        WHERE category = $1 AND role = $2 AND city = $3 AND week >= $4::date ORDER BY week`,
      [key.category, key.role, key.city, fromWeek],
    );
    return rows;
  },

  async topSkills(
    q: Queryable,
    key: Pick<CellKey, 'category' | 'role' | 'city'>,
    limit: number,
  ): Promise<{ skill: string; postings: number }[]> {
    const { rows } = await q.query<{ skill: string; postings: number }>(
      `SELECT skill, postings FROM insight_skills
        WHERE category = $1 AND role = $2 AND city = $3 ORDER BY postings DESC, skill LIMIT $4`,
      [key.category, key.role, key.city, limit],
    );
    return rows;
  },
};
