// HTTP for job postings: create, edit and the lifecycle verbs for the owning employer; reading a
// job for anyone (the service decides what each viewer may see). Search lives in modules/search.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireRole } from '../../http/auth.ts';
import { JobBody, JobList, JobOut, JobParams, JobPatch } from './jobs.schema.ts';
import type { JobsService } from './jobs.service.ts';

export const jobsRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  const tags = ['jobs'];
  app.post(
    '/jobs',
    {
      schema: {
        tags,
        body: JobBody,
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        }),
        description:
          'Post a job. With an Idempotency-Key, a retry returns the job the first request created (200) instead of posting it twice.',
        response: { 200: JobOut, 201: JobOut },
      },
    },
    async (req, reply) => {
      const user = requireRole(req, 'employer');
      const key = req.headers['idempotency-key'];
      if (!key) return reply.status(201).send(await jobs.create(user, req.body));
      const out = await jobs.createOnce(user, req.body, key);
      return reply.status(out.created ? 201 : 200).send(out.job);
    },
  );
  app.get('/jobs/:id', { schema: { tags, params: JobParams, response: { 200: JobOut } } }, async (req) =>
    jobs.get({ user: req.user }, req.params.id),
  );
  app.patch(
    '/jobs/:id',
    { schema: { tags, params: JobParams, body: JobPatch, response: { 200: JobOut } } },
    async (req) => jobs.update(requireRole(req, 'employer', 'admin'), req.params.id, req.body),
  );
  for (const verb of ['publish', 'pause', 'close', 'renew'] as const) {
    app.post(
      `/jobs/:id/${verb}`,
      { schema: { tags, params: JobParams, response: { 200: JobOut } } },
      async (req) => jobs[verb](requireRole(req, 'employer', 'admin'), req.params.id),
    );
  }
  app.get('/me/jobs', { schema: { tags, response: { 200: JobList } } }, async (req) => ({
    items: await jobs.listMine(requireRole(req, 'employer')),
  }));
};
