// HTTP for applications (shared/CONTRACT.md): apply (201 new / 200 existing), withdraw, my
// applications; for the owning employer the applicant list, stage moves and the resume.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireRole, requireUser } from '../../http/auth.ts';
import { JobParams } from '../jobs/index.ts';
import { pdfHeaders } from '../seekers/index.ts';
import {
  Applicant,
  ApplicantFilter,
  ApplicantList,
  ApplicationList,
  ApplicationOut,
  ApplicationParams,
  BulkStageBody,
  IdempotencyHeaders,
  StageBody,
} from './applications.schema.ts';
import type { ApplicationsService } from './applications.service.ts';

export const applicationsRoutes: FastifyPluginAsyncTypebox<{ applications: ApplicationsService }> = async (
  app,
  { applications },
) => {
  const tags = ['applications'];
  app.post(
    '/jobs/:id/applications',
    {
      schema: {
        tags,
        params: JobParams,
        headers: IdempotencyHeaders,
        description: 'Apply (seekers). 201 a new application; 200 the one that already exists.',
        response: { 200: ApplicationOut, 201: ApplicationOut },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const out = await applications.apply(user, req.params.id, req.headers['idempotency-key']);
      return reply.status(out.created ? 201 : 200).send(out.application);
    },
  );
  app.post(
    '/applications/:id/withdraw',
    { schema: { tags, params: ApplicationParams, response: { 200: ApplicationOut } } },
    async (req) => applications.withdraw(requireRole(req, 'seeker'), req.params.id),
  );
  app.get('/me/applications', { schema: { tags, response: { 200: ApplicationList } } }, async (req) => ({
    items: await applications.listMine(requireRole(req, 'seeker')),
  }));
  app.get(
    '/jobs/:id/applications',
    { schema: { tags, params: JobParams, querystring: ApplicantFilter, response: { 200: ApplicantList } } },
    async (req) => applications.listForJob(requireRole(req, 'employer', 'admin'), req.params.id, req.query),
  );
  app.post(
    '/jobs/:id/applications/bulk',
    {
      schema: {
        tags,
        params: JobParams,
        body: BulkStageBody,
        description:
          'Move many applicants of one job to a stage (shortlist / reject); each seeker is notified.',
        response: { 200: Type.Object({ moved: Type.Integer() }) },
      },
    },
    async (req) =>
      applications.bulkMove(requireRole(req, 'employer', 'admin'), req.params.id, req.body.ids, {
        stage: req.body.stage,
        ...(req.body.note ? { note: req.body.note } : {}),
      }),
  );
  app.patch(
    '/applications/:id',
    { schema: { tags, params: ApplicationParams, body: StageBody, response: { 200: Applicant } } },
    async (req) => applications.moveStage(requireRole(req, 'employer', 'admin'), req.params.id, req.body),
  );
  app.get(
    '/applications/:id/resume',
    { schema: { tags, params: ApplicationParams, description: "The applicant's resume (PDF)" } },
    async (req, reply) => {
      const file = await applications.resumeFor(requireUser(req), req.params.id);
      return reply.headers(pdfHeaders(file.name)).send(file.bytes);
    },
  );
};
