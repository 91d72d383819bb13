// The employer dashboard's figures for a job: views (counted by the jobs module), applies, calls,
// applicants by stage, median hours to shortlist, and a daily trend of views and applies. Reads
// through the other modules' services only; the job must belong to the caller's company.
import type { AuthUser } from '../accounts/index.ts';
import type { ApplicationsService, Stage } from '../applications/index.ts';
import type { JobsService, JobTab } from '../jobs/index.ts';
import type { CallsService } from './calls.service.ts';

export const TREND_DAYS = [14, 30] as const;
export type TrendDays = (typeof TREND_DAYS)[number];

export interface JobSummary {
  views: number;
  applies: number;
  calls: number;
  stages: Record<Stage, number>;
}

export interface JobStats extends JobSummary {
  job_id: number;
  days: TrendDays;
  time_to_shortlist: { median_hours: number | null; shortlisted: number };
  daily: { date: string; views: number; applies: number }[];
}

export function createJobStatsService(deps: {
  jobs: JobsService;
  applications: ApplicationsService;
  calls: CallsService;
}) {
  const { jobs, applications, calls } = deps;

  /** Totals of jobs the caller has already been shown as theirs (three grouped queries). */
  async function summaries(jobIds: number[]): Promise<Map<number, JobSummary>> {
    const [views, stages, called] = await Promise.all([
      jobs.viewTotals(jobIds),
      applications.stageCounts(jobIds),
      calls.countByJobs(jobIds),
    ]);
    return new Map(
      jobIds.map((id) => {
        const s = stages.get(id)!;
        const applies = Object.values(s).reduce((a, b) => a + b, 0);
        return [id, { views: views.get(id) ?? 0, applies, calls: called.get(id) ?? 0, stages: s }];
      }),
    );
  }

  /**
   * New applicants (applied, not yet moved by the company) in each dashboard tab: what waits for
   * the employer behind Live, Drafts and Closed, without opening each job.
   */
  async function newApplicantsByTab(user: AuthUser): Promise<Record<JobTab, number>> {
    const byTab = await jobs.idsByTabOfMine(user);
    const stages = await applications.stageCounts(Object.values(byTab).flat());
    const out = {} as Record<JobTab, number>;
    for (const [tab, ids] of Object.entries(byTab) as [JobTab, number[]][])
      out[tab] = ids.reduce((n, id) => n + (stages.get(id)?.applied ?? 0), 0);
    return out;
  }

  return {
    /** One job's figures and trend, for a member of its company (or an admin); others 404. */
    async forJob(user: AuthUser, jobId: number, days: TrendDays = 14): Promise<JobStats> {
      await jobs.forMember(user, jobId);
      const [summary, views, applies, shortlist] = await Promise.all([
        summaries([jobId]),
        jobs.viewsByDay(jobId, days),
        applications.appliesByDay(jobId, days),
        applications.shortlistHours(jobId),
      ]);
      return {
        job_id: jobId,
        days,
        ...summary.get(jobId)!,
        time_to_shortlist: {
          median_hours: shortlist.median === null ? null : Math.round(shortlist.median * 10) / 10,
          shortlisted: shortlist.n,
        },
        daily: views.map((v, i) => ({ date: v.day, views: v.views, applies: applies[i]?.applies ?? 0 })),
      };
    },

    /** One page of a dashboard tab with each job's totals, and the size of every tab. */
    async tabOfMine(user: AuthUser, tab: JobTab, page: { limit: number; offset: number }) {
      const { jobs: list, counts } = await jobs.tabOfMine(user, tab, page);
      const figures = await summaries(list.map((j) => j.id));
      return {
        items: list.map((job) => ({ job, summary: figures.get(job.id)! })),
        counts,
        fresh: await newApplicantsByTab(user),
      };
    },
    /** The caller's jobs with their totals, for the dashboard's cards. */
    async mine(user: AuthUser) {
      const list = await jobs.listMine(user);
      const figures = await summaries(list.map((j) => j.id));
      return list.map((job) => ({ job, summary: figures.get(job.id)! }));
    },
  };
}

export type JobStatsService = ReturnType<typeof createJobStatsService>;
