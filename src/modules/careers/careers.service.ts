// Career paths: the ladders in paths.ts, with the pay step from live insight medians and live
// jobs for the next step from search. Never stores anything; owns no tables.
import { Forbidden, Invalid } from '../../shared/errors.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { InsightsService } from '../insights/index.ts';
import type { SearchItem, SearchService } from '../search/index.ts';
import type { SeekersService } from '../seekers/index.ts';
import type { BadgeOut, SkillsService } from '../skills/index.ts';
import type { MyNextStep } from './careers.schema.ts';
import { CAREER_PATHS, type CareerStep } from './paths.ts';

export interface NextStep {
  role: string;
  name: string;
  move: 'up' | 'side';
  off_platform: boolean;
  skills: string[];
  missing_skills: string[];
  checks: string[];
  /** Checks this step asks for that the seeker holds no valid badge of (empty without a seeker). */
  missing_checks: string[];
  median_pay: number | null;
  /** Median of the next role minus the current role's, monthly INR; null without enough data. */
  pay_step: number | null;
  jobs: Pick<SearchItem, 'id' | 'title' | 'city' | 'salary_min' | 'salary_max'>[];
}

/** Skills a verified badge proves, so a seeker who passed the check no longer "lacks" them. */
export const BADGE_SKILLS: Record<BadgeOut['kind'], string[]> = {
  typing: ['typing'],
  data_entry: ['data-entry'],
  english: [],
};

/** "Process Supervisor - BPO" and "process supervisor – BPO " are one title on a career page. */
const sameTitle = (a: string, b: string) =>
  a
    .toLowerCase()
    .replace(/[\s\-–—]+/g, ' ')
    .trim() ===
  b
    .toLowerCase()
    .replace(/[\s\-–—]+/g, ' ')
    .trim();

const steps = new Map<string, CareerStep>();
for (const path of CAREER_PATHS) for (const s of path.steps) if (!steps.has(s.role)) steps.set(s.role, s);

export function createCareersService(deps: {
  insights: InsightsService;
  search: SearchService;
  seekers?: SeekersService;
  skills?: SkillsService;
}) {
  const { insights, search, seekers, skills } = deps;
  return {
    paths() {
      return CAREER_PATHS;
    },
    step(role: string): CareerStep | undefined {
      return steps.get(role);
    },
    /** What comes after `role` for someone with `skills`: the skills they lack, pay, live jobs. */
    async next(query: {
      role: string;
      skills?: string[];
      city?: string;
      jobs?: number;
      /** Checks the seeker holds a badge of; when given, missing_checks lists the others. */
      badges?: string[];
      /** Where to look for live jobs ("lat,lng" and km); defaults to the city. */
      near?: { point: string; radius_km: number };
    }): Promise<{
      role: string;
      name: string;
      median_pay: number | null;
      /** Where the pay figures come from: the city asked for, or all cities when it has too few. */
      pay_city: string | null;
      next: NextStep[];
    }> {
      const current = steps.get(query.role);
      if (!current) throw new Invalid([{ field: 'role', message: 'has no career path (yet)' }]);
      const have = new Set((query.skills ?? []).map((s) => s.trim().toLowerCase()));
      const held = new Set(query.badges ?? []);
      // City pay when the city has enough postings for this role, else all of Maharashtra.
      let payCity: string | null = query.city ?? null;
      let medians = new Map((await insights.roleMedians(query.city)).map((m) => [m.role, m.median]));
      if (payCity && (medians.get(current.role) ?? null) === null) {
        payCity = null;
        medians = new Map((await insights.roleMedians()).map((m) => [m.role, m.median]));
      }
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
                ...(query.near
                  ? { near: query.near.point, radius_km: query.near.radius_km }
                  : query.city
                    ? { city: query.city }
                    : {}),
                sort: 'recent',
                // More than shown: several employers post the same title, and each is listed once.
                limit: Math.min(50, (query.jobs ?? 5) * 3),
              })
            ).items
              .filter((j, i, all) => all.findIndex((o) => sameTitle(o.title, j.title)) === i)
              .slice(0, query.jobs ?? 5)
              .map((j) => ({
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
          missing_checks: query.badges ? step.checks.filter((c) => !held.has(c)) : [],
          median_pay: pay,
          pay_step: pay !== null && here !== null ? pay - here : null,
          jobs,
        });
      }
      return { role: current.role, name: current.name, median_pay: here, pay_city: payCity, next };
    },

    /**
     * "Your next step" for a seeker: from the first role on their profile that has a career path,
     * the next roles with the pay step, the skills they lack (profile skills plus what their
     * badges prove) and live jobs for each step near their preferred places.
     */
    async nextForSeeker(user: AuthUser, opts: { jobs?: number } = {}): Promise<MyNextStep> {
      if (user.role !== 'seeker') throw new Forbidden('Only job seekers have a next step');
      if (!seekers || !skills) throw new Error('careers: seekers and skills services are not wired');
      const profile = await seekers.forMatching(user.id);
      const badges = await skills.badgesOf(user.id);
      const roles = profile?.roles ?? [];
      const role = roles.find((r) => steps.has(r));
      const base = {
        roles,
        city: profile?.city ?? null,
        badges: badges.map((b) => b.kind),
      };
      if (!role)
        return {
          ...base,
          status: roles.length ? 'no_path' : 'no_role',
          role: null,
          name: null,
          median_pay: null,
          pay_city: null,
          skills: profile?.skills ?? [],
          next: [],
        };
      const have = [...(profile?.skills ?? []), ...badges.flatMap((b) => BADGE_SKILLS[b.kind])];
      const place = profile?.places[0];
      const view = await this.next({
        role,
        skills: have,
        badges: badges.map((b) => b.kind),
        jobs: opts.jobs ?? 3,
        ...(profile?.city ? { city: profile.city } : {}),
        ...(place && profile?.localities.length
          ? { near: { point: `${place.lat},${place.lng}`, radius_km: Math.max(5, profile.travel_km) } }
          : {}),
      });
      return { ...base, status: 'ok', ...view, skills: [...new Set(have)] };
    },
  };
}

export type CareersService = ReturnType<typeof createCareersService>;
