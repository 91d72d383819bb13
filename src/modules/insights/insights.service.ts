// Market insights from real postings: salary distribution, weekly demand, work-mode share, the
// skills asked for, time-to-fill, and "is my offer competitive?". Never invents a number: a figure
// backed by fewer than MIN_POSTINGS postings comes back null with "not enough data".
import type { Db } from '../../shared/db/db.ts';
import { Invalid } from '../../shared/errors.ts';
import { WORK_MODES } from '../../shared/reference/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { type CellKey, type CellRow, insightsRepo, PCT_POINTS } from './insights.repo.ts';
import type {
  DemandInsight,
  OfferCheck,
  OfferQuery,
  SalaryInsight,
  SalaryQuery,
  ScopeQuery,
  SkillsInsight,
  WorkModeInsight,
} from './insights.schema.ts';

/** Below this many postings a cell is too small to be honest (or to keep employers anonymous). */
export const MIN_POSTINGS = 5;
export const NOT_ENOUGH = 'not enough data';
const DEMAND_WEEKS = 26;
const ALL = '*';

const pct = (row: CellRow, p: number) =>
  row.salary_pcts?.[PCT_POINTS.indexOf(p as (typeof PCT_POINTS)[number])] ?? 0;
const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n));

/** "2026-W05" for the Monday that starts an ISO week. */
export function isoWeekLabel(monday: string): string {
  const d = new Date(`${monday}T00:00:00Z`);
  const thursday = new Date(d.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function createInsightsService(db: Db, deps: { taxonomy: TaxonomyService; maxAgeMs?: number }) {
  const { taxonomy } = deps;
  const maxAgeMs = deps.maxAgeMs ?? 15 * 60_000;
  let running: Promise<boolean> | undefined;

  /** Rebuilds the summary now (CLI, tests, first request); `force` ignores its age. */
  function refresh(opts: { force?: boolean } = {}): Promise<boolean> {
    running ??= db
      .tx((q) => insightsRepo.rebuild(q, opts.force ? 0 : maxAgeMs))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  /** First read waits for a summary; later reads get the current one while a stale one rebuilds.
   * The summary is built on the primary; its cells are read through `db.read` (a replica when
   * configured: a summary up to 15 minutes old can well be a second older). */
  async function ensureFresh(): Promise<Date | null> {
    const at = await insightsRepo.refreshedAt(db);
    if (!at) {
      await refresh();
      return insightsRepo.refreshedAt(db);
    }
    if (Date.now() - at.getTime() > maxAgeMs) void refresh().catch(() => {});
    return at;
  }

  async function keyOf(query: SalaryQuery): Promise<CellKey> {
    const errors: { field: string; message: string }[] = [];
    let category = query.category ?? ALL;
    if (query.role) {
      const role = await taxonomy.role(query.role);
      if (!role) errors.push({ field: 'role', message: 'is not a known role' });
      else category = role.category;
    }
    if (query.city && !(await taxonomy.city(query.city)))
      errors.push({ field: 'city', message: 'is not a known city' });
    if (errors.length) throw new Invalid(errors);
    return {
      category,
      role: query.role ?? ALL,
      city: query.city ?? ALL,
      work_mode: query.work_mode ?? ALL,
      experience_band: query.experience_band ?? ALL,
    };
  }

  const scopeOf = (k: CellKey) => {
    const v = (x: string) => (x === ALL ? null : x);
    return {
      category: v(k.category),
      role: v(k.role),
      city: v(k.city),
      work_mode: v(k.work_mode),
      experience_band: v(k.experience_band),
    };
  };
  const enough = (postings: number) => ({
    postings,
    enough_data: postings >= MIN_POSTINGS,
    min_postings: MIN_POSTINGS,
    ...(postings >= MIN_POSTINGS ? {} : { message: NOT_ENOUGH }),
  });
  const salaryBlock = (c: CellRow | undefined) =>
    c && c.salary_postings >= MIN_POSTINGS
      ? {
          p25: Math.round(pct(c, 0.25)),
          median: Math.round(pct(c, 0.5)),
          p75: Math.round(pct(c, 0.75)),
          low: Math.round(c.salary_low ?? 0),
          high: Math.round(c.salary_high ?? 0),
          median_min: Math.round(c.median_min ?? 0),
          median_max: Math.round(c.median_max ?? 0),
        }
      : null;
  const part = (dim: 'work_mode' | 'experience_band') => (c: CellRow) => ({
    key: c[dim],
    salary_postings: c.salary_postings,
    median: c.salary_postings >= MIN_POSTINGS ? Math.round(pct(c, 0.5)) : null,
  });

  async function salaries(query: SalaryQuery): Promise<SalaryInsight> {
    const refreshedAt = await ensureFresh();
    const key = await keyOf(query);
    const cell = await insightsRepo.cell(db.read, key);
    const salaryPostings = cell?.salary_postings ?? 0;
    const filled = cell?.filled ?? 0;
    return {
      scope: scopeOf(key),
      ...enough(salaryPostings),
      salary_postings: salaryPostings,
      basis:
        'monthly INR; each posting counts once at the midpoint of its range; postings without a salary are left out',
      salary: salaryBlock(cell),
      time_to_fill: {
        filled,
        median_days: filled >= MIN_POSTINGS ? Math.round((cell?.fill_median_days ?? 0) * 10) / 10 : null,
        ...(filled >= MIN_POSTINGS ? {} : { message: NOT_ENOUGH }),
      },
      by_work_mode: (await insightsRepo.cellsAlong(db.read, key, 'work_mode')).map(part('work_mode')),
      by_experience_band: (await insightsRepo.cellsAlong(db.read, key, 'experience_band')).map(
        part('experience_band'),
      ),
      refreshed_at: refreshedAt?.toISOString() ?? null,
    };
  }

  async function demand(query: ScopeQuery, now = new Date()): Promise<DemandInsight> {
    await ensureFresh();
    const key = await keyOf(query);
    const from = new Date(now.getTime() + 330 * 60_000 - DEMAND_WEEKS * 7 * 86_400_000);
    const rows = await insightsRepo.demand(db.read, key, from.toISOString().slice(0, 10));
    const total = rows.reduce((s, r) => s + r.postings, 0);
    return {
      scope: scopeOf(key),
      ...enough(total),
      weeks: total >= MIN_POSTINGS ? rows.map((r) => ({ ...r, iso_week: isoWeekLabel(r.week) })) : [],
    };
  }

  async function workModes(query: ScopeQuery): Promise<WorkModeInsight> {
    await ensureFresh();
    const key = await keyOf(query);
    const total = (await insightsRepo.cell(db.read, key))?.postings ?? 0;
    const cells = await insightsRepo.cellsAlong(db.read, key, 'work_mode');
    return {
      scope: scopeOf(key),
      ...enough(total),
      modes:
        total >= MIN_POSTINGS
          ? WORK_MODES.map((m) => {
              const n = cells.find((c) => c.work_mode === m)?.postings ?? 0;
              return { work_mode: m, postings: n, share: Math.round((n / total) * 1000) / 10 };
            })
          : [],
    };
  }

  async function skills(query: ScopeQuery & { limit?: number }): Promise<SkillsInsight> {
    await ensureFresh();
    const key = await keyOf(query);
    const total = (await insightsRepo.cell(db.read, key))?.postings ?? 0;
    const rows = total >= MIN_POSTINGS ? await insightsRepo.topSkills(db.read, key, query.limit ?? 10) : [];
    return {
      scope: scopeOf(key),
      ...enough(total),
      skills: rows.map((r) => ({ ...r, share: Math.round((r.postings / total) * 1000) / 10 })),
    };
  }

  /** Where an offered range sits: the share of postings for the role and city paying less. */
  async function offerCheck(query: OfferQuery): Promise<OfferCheck> {
    if (query.salary_min > query.salary_max)
      throw new Invalid([{ field: 'salary_min', message: 'must not be more than salary_max' }]);
    await ensureFresh();
    const key = await keyOf(query);
    const cell = await insightsRepo.cell(db.read, key);
    const n = cell?.salary_postings ?? 0;
    const mid = Math.round((query.salary_min + query.salary_max) / 2);
    const market = salaryBlock(cell);
    let percentile: number | null = null;
    if (cell && market) {
      // Piecewise-linear between the stored percentiles, from the lowest to the highest posting.
      const points: [number, number][] = [
        [0, cell.salary_low ?? 0],
        ...PCT_POINTS.map((p, i): [number, number] => [p, cell.salary_pcts?.[i] ?? 0]),
        [1, cell.salary_high ?? 0],
      ];
      percentile = mid <= points[0]![1] ? 0 : 100;
      for (let i = 1; i < points.length; i++) {
        const [p0, v0] = points[i - 1]!;
        const [p1, v1] = points[i]!;
        if (mid > v0 && mid <= v1) {
          percentile = Math.round((p0 + (v1 === v0 ? 1 : (mid - v0) / (v1 - v0)) * (p1 - p0)) * 100);
          break;
        }
      }
    }
    const verdict =
      percentile === null
        ? null
        : percentile < 25
          ? 'below_market'
          : percentile <= 75
            ? 'competitive'
            : percentile < 95 || mid <= (cell?.salary_high ?? 0)
              ? 'above_market'
              : 'far_above_market';
    return {
      scope: scopeOf(key),
      ...enough(n),
      offer_mid: mid,
      percentile,
      verdict: verdict as OfferCheck['verdict'],
      market,
    };
  }

  /** Median pay of each role in a city (or everywhere), for the overview and career pay steps. */
  async function roleMedians(
    city?: string,
  ): Promise<
    { role: string; category: string; salary_postings: number; postings: number; median: number | null }[]
  > {
    await ensureFresh();
    const key = await keyOf({ city });
    return (await insightsRepo.cellsAlong(db.read, key, 'role')).map((c) => ({
      role: c.role,
      category: c.category,
      postings: c.postings,
      salary_postings: c.salary_postings,
      median: c.salary_postings >= MIN_POSTINGS ? round(pct(c, 0.5)) : null,
    }));
  }

  return { refresh, salaries, demand, workModes, skills, offerCheck, roleMedians };
}

export type InsightsService = ReturnType<typeof createInsightsService>;
