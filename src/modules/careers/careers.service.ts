// Career paths: the ladders in paths.ts, with the pay step from live insight medians and live
// jobs for the next step from search. Never stores anything; owns no tables.
import { Invalid } from '../../errors.ts';
import type { InsightsService } from '../insights/insights.service.ts';
import type { SearchItem } from '../search/search.schema.ts';
import type { SearchService } from '../search/search.service.ts';
import { CAREER_PATHS, type CareerStep } from './paths.ts';

export interface NextStep {
  role: string;
  name: string;
  move: 'up' | 'side';
  off_platform: boolean;
  skills: string[];
  missing_skills: string[];
  checks: string[];
  median_pay: number | null;
  /** Median of the next role minus the current role's, monthly INR; null without enough data. */
  pay_step: number | null;
  jobs: Pick<SearchItem, 'id' | 'title' | 'city' | 'salary_min' | 'salary_max'>[];
}

const steps = new Map<string, CareerStep>();
for (const path of CAREER_PATHS) for (const s of path.steps) if (!steps.has(s.role)) steps.set(s.role, s);

export function createCareersService(deps: { insights: InsightsService; search: SearchService }) {
  const { insights, search } = deps;
  return {
    paths() {
      return CAREER_PATHS;
    },
    step(role: string): CareerStep | undefined {
      return steps.get(role);
    },
    /** What comes after `role` for someone with `skills`: the skills they lack, pay, live jobs. */
    async next(query: { role: string; skills?: string[]; city?: string; jobs?: number }): Promise<{
      role: string;
      name: string;
      median_pay: number | null;
      next: NextStep[];
    }> {
      const current = steps.get(query.role);
      if (!current) throw new Invalid([{ field: 'role', message: 'has no career path (yet)' }]);
      const have = new Set((query.skills ?? []).map((s) => s.trim().toLowerCase()));
      const medians = new Map((await insights.roleMedians(query.city)).map((m) => [m.role, m.median]));
      const here = medians.get(current.role) ?? null;
      const moves = [
        ...current.next.map((r) => [r, 'up'] as const),
        ...(current.side ?? []).map((r) => [r, 'side'] as const),
      ];
      const next: NextStep[] = [];
      for (const [role, move] of moves) {
        const step = steps.get(role);
        if (!step) continue;
        const pay = step.off_platform ? null : (medians.get(role) ?? null);
        const jobs = step.off_platform
          ? []
          : (
              await search.search({
                role,
                ...(query.city ? { city: query.city } : {}),
                sort: 'recent',
                limit: query.jobs ?? 5,
              })
            ).items.map((j) => ({
              id: j.id,
              title: j.title,
              city: j.city,
              salary_min: j.salary_min,
              salary_max: j.salary_max,
            }));
        next.push({
          role,
          name: step.name,
          move,
          off_platform: Boolean(step.off_platform),
          skills: step.skills,
          missing_skills: step.skills.filter((s) => !have.has(s)),
          checks: step.checks,
          median_pay: pay,
          pay_step: pay !== null && here !== null ? pay - here : null,
          jobs,
        });
      }
      return { role: current.role, name: current.name, median_pay: here, next };
    },
  };
}

export type CareersService = ReturnType<typeof createCareersService>;
