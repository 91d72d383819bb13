// HTTP for job postings: create, edit and the lifecycle verbs for the owning employer; reading a
// job for anyone (the service decides what each viewer may see). Search lives in modules/search.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { Invalid } from '../../shared/errors.ts';
import { CloseQuery, JobBody, JobList, JobOut, JobParams, JobPatch } from './jobs.schema.ts';
import type { JobsService } from './jobs.service.ts';

export const jobsRoutes: FastifyPluginAsyncTypebox<{ jobs: JobsService }> = async (app, { jobs }) => {
  const tags = ['jobs'];
  app.post(
    '/jobs',
    {
      ...only('employer'),
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
      // A body the schema refuses still gets the business checks (salary order, walk-in days,
      // taxonomy), so a client fixes everything in one round.
      attachValidation: true,
    },
    async (req, reply) => {
      if (req.validationError)
        throw await withBusinessErrors(
          req.validationError,
          () => jobs.validate(req.body as JobBody),
          req.body,
        );
      const user = caller(req);
      const key = req.headers['idempotency-key'];
      if (!key) return reply.status(201).send(await jobs.create(user, req.body));
      const out = await jobs.createOnce(user, req.body, key);
      return reply.status(out.created ? 201 : 200).send(out.job);
    },
  );
  app.get(
    '/jobs/:id',
    { schema: { tags, params: JobParams, response: { 200: JobOut }, description: 'Counts one view.' } },
    async (req) => jobs.view({ user: req.user }, req.params.id),
  );
  app.patch(
    '/jobs/:id',
    {
      ...only('employer', 'admin'),
      schema: { tags, params: JobParams, body: JobPatch, response: { 200: JobOut } },
      // As for a new posting: a refused edit is told with its business problems too, in one round.
      attachValidation: true,
    },
    async (req) => {
      const refused = req.validationError as (Error & { validationContext?: string }) | undefined;
      if (refused) {
        if (refused.validationContext !== 'body') throw refused;
        const user = caller(req);
        throw await withBusinessErrors(
          refused,
          async () => {
            const errors = await jobs.editProblems(user, req.params.id, req.body);
            if (errors.length > 0) throw new Invalid(errors);
          },
          req.body,
        );
      }
      return jobs.update(caller(req), req.params.id, req.body);
    },
  );
  app.post(
    '/jobs/:id/close',
    {
      ...only('employer', 'admin'),
      schema: {
        tags,
        params: JobParams,
        querystring: CloseQuery,
        description: 'Close the job; closed_reason = ?reason (default employer).',
        response: { 200: JobOut },
      },
    },
    async (req) => jobs.close(caller(req), req.params.id, req.query.reason ?? 'employer'),
  );
  app.post(
    '/jobs/:id/duplicate',
    {
      ...only('employer', 'admin'),
      schema: {
        tags,
        params: JobParams,
        description: 'A draft copy of the job for the same company.',
        response: { 201: JobOut },
      },
    },
    async (req, reply) => reply.status(201).send(await jobs.duplicate(caller(req), req.params.id)),
  );
  for (const verb of ['publish', 'pause'] as const) {
    app.post(
      `/jobs/:id/${verb}`,
      { ...only('employer', 'admin'), schema: { tags, params: JobParams, response: { 200: JobOut } } },
      async (req) => jobs[verb](caller(req), req.params.id),
    );
  }
  app.post(
    '/jobs/:id/renew',
    { ...only('employer', 'admin'), schema: { tags, params: JobParams, response: { 200: JobOut } } },
    async (req) => jobs.renew(caller(req), req.params.id),
  );
  app.post(
    '/jobs/:id/reconfirm',
    {
      ...only('employer', 'admin'),
      schema: {
        tags,
        params: JobParams,
        description:
          'The employer confirms a live job is still open: clears a re-confirm request (a job left unconfirmed 7 days after the request closes).',
        response: { 200: JobOut },
      },
    },
    async (req) => jobs.reconfirm(caller(req), req.params.id),
  );
  app.get('/me/jobs', { ...only('employer'), schema: { tags, response: { 200: JobList } } }, async (req) => ({
    items: await jobs.listMine(caller(req)),
  }));
};

/**
 * The schema's refusal with the service's own problems added (as the schema's errors, one per field
 * the schema did not already name). The checks are best effort on a body of the wrong shape: one
 * that cannot be checked adds nothing.
 */
async function withBusinessErrors(
  error: Error & { validation?: unknown },
  check: () => Promise<unknown>,
  body: unknown,
) {
  const list = (Array.isArray(error.validation) ? error.validation : []) as {
    instancePath: string;
    message?: string;
    params?: { missingProperty?: string };
  }[];
  const named = new Set(
    list.map((v) =>
      [v.instancePath.replace(/^\//, '').replace(/\//g, '.'), v.params?.missingProperty]
        .filter(Boolean)
        .join('.'),
    ),
  );
  if (body && typeof body === 'object' && !Array.isArray(body))
    try {
      await check();
    } catch (err) {
      if (err instanceof Invalid)
        for (const e of err.errors ?? [])
          if (!named.has(e.field))
            list.push({ instancePath: `/${e.field.replace(/\./g, '/')}`, message: e.message });
    }
  return error;
}
