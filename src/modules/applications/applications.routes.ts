// HTTP for applications (shared/CONTRACT.md): apply (201 new / 200 existing), withdraw, my
// applications; for the owning employer the applicant list, stage moves and the resume.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
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
      ...only('seeker'),
      schema: {
        tags,
        params: JobParams,
        headers: IdempotencyHeaders,
        description: 'Apply (seekers). 201 a new application; 200 the one that already exists.',
        response: { 200: ApplicationOut, 201: ApplicationOut },
      },
    },
    async (req, reply) => {
      const user = caller(req);
      const out = await applications.apply(user, req.params.id, req.headers['idempotency-key']);
      return reply.status(out.created ? 201 : 200).send(out.application);
    },
  );
  app.post(
    '/applications/:id/withdraw',
    { ...only('seeker'), schema: { tags, params: ApplicationParams, response: { 200: ApplicationOut } } },
    async (req) => applications.withdraw(caller(req), req.params.id),
  );
  app.get(
    '/me/applications',
    { ...only('seeker'), schema: { tags, response: { 200: ApplicationList } } },
    async (req) => ({
      items: await applications.listMine(caller(req)),
    }),
  );
  app.get(
    '/jobs/:id/applications',
    {
      ...only('employer', 'admin'),
      schema: { tags, params: JobParams, querystring: ApplicantFilter, response: { 200: ApplicantList } },
    },
    async (req) => applications.listForJob(caller(req), req.params.id, req.query),
  );
  app.post(
    '/jobs/:id/applications/bulk',
    {
      ...only('employer', 'admin'),
      schema: {
        tags,
        params: JobParams,
        body: BulkStageBody,
        description:
          'Move many applicants of one job to a stage (shortlist / reject); each seeker is notified.',
        response: {
          200: Type.Object({
            moved: Type.Integer(),
            left: Type.Array(
              Type.Object({
                id: Type.Integer(),
                reason: Type.Union([
                  Type.Literal('hired'),
                  Type.Literal('rejected'),
                  Type.Literal('withdrawn'),
                  Type.Literal('erased'),
                  Type.Literal('interview'),
                ]),
              }),
              {
                description:
                  'Applicants left where they were, and why (`interview`: an interview is booked and still to come, and the move was back to applied or shortlisted; change or cancel it first).',
              },
            ),
          }),
        },
      },
    },
    async (req) =>
      applications.bulkMove(
        caller(req),
        req.params.id,
        req.body.ids,
        { stage: req.body.stage, ...(req.body.note ? { note: req.body.note } : {}) },
        { includeSettled: req.body.include_settled === true },
      ),
  );
  app.patch(
    '/applications/:id',
    {
      ...only('employer', 'admin'),
      schema: { tags, params: ApplicationParams, body: StageBody, response: { 200: Applicant } },
    },
    async (req) => applications.moveStage(caller(req), req.params.id, req.body),
  );
  app.get(
    '/applications/:id/resume',
    { ...only(), schema: { tags, params: ApplicationParams, description: "The applicant's resume (PDF)" } },
    async (req, reply) => {
      const file = await applications.resumeFor(caller(req), req.params.id);
      return reply.headers(pdfHeaders(file.name)).send(file.bytes);
    },
  );
};
