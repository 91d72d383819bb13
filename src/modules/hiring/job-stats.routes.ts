// HTTP for the employer dashboard's per-job figures. Thin: the service checks the job is the
// caller's company's and gathers the numbers.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { EMPLOYER_STAGES } from '../applications/index.ts';
import { JobParams } from '../jobs/index.ts';
import type { JobStatsService } from './job-stats.service.ts';

const Count = Type.Integer({ minimum: 0 });
export const JobStatsOut = Type.Object({
  job_id: Type.Integer(),
  days: Type.Integer(),
  views: Count,
  applies: Count,
  calls: Count,
  stages: Type.Object(Object.fromEntries([...EMPLOYER_STAGES, 'withdrawn'].map((s) => [s, Count]))),
  time_to_shortlist: Type.Object({
    median_hours: Type.Union([Type.Number(), Type.Null()], {
      description: 'median hours from applying to the first move to shortlisted or beyond',
    }),
    shortlisted: Count,
  }),
  daily: Type.Array(Type.Object({ date: Type.String({ format: 'date' }), views: Count, applies: Count }), {
    description: 'one entry per India day, oldest first',
  }),
});

export const jobStatsRoutes: FastifyPluginAsyncTypebox<{ jobStats: JobStatsService }> = async (
  app,
  { jobStats },
) => {
  app.get(
    '/jobs/:id/stats',
    {
      ...only('employer', 'admin'),
      schema: {
        tags: ['jobs'],
        params: JobParams,
        querystring: Type.Object({
          days: Type.Optional(Type.Union([Type.Literal(14), Type.Literal(30)], { default: 14 })),
        }),
        description:
          "The job's views, applies, calls, applicants by stage, time to shortlist and a daily trend (its company only).",
        response: { 200: JobStatsOut },
      },
    },
    async (req) => jobStats.forJob(caller(req), req.params.id, req.query.days ?? 14),
  );
};
