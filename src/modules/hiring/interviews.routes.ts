// HTTP for interview scheduling (employers of the application's company): schedule, list,
// reschedule, cancel. Thin: validation here, rules in interviews.service.ts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { ApplicationParams } from '../applications/index.ts';
import type { InterviewsService } from './interviews.service.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const InterviewBody = Type.Object(
  {
    starts_at: Type.String({
      format: 'date-time',
      description: 'ISO 8601 with offset, e.g. 2026-12-01T10:30:00+05:30',
    }),
    duration_minutes: Type.Integer({ minimum: 5, maximum: 480, default: 30 }),
    mode: Type.Union([Type.Literal('in_person'), Type.Literal('video'), Type.Literal('phone')]),
    place: Type.Optional(Type.String({ maxLength: 300 })),
    video_link: Type.Optional(Type.String({ maxLength: 500, pattern: '^https://[^\\s]+$' })),
    note: Type.Optional(
      Type.String({
        maxLength: 500,
        description: 'For the candidate (documents to bring, whom to ask for): the seeker reads it',
      }),
    ),
  },
  { additionalProperties: false },
);
const InterviewOut = Type.Object({
  id: Type.Integer(),
  application_id: Type.Integer(),
  starts_at: Type.String(),
  duration_minutes: Type.Integer(),
  mode: Type.String(),
  place: Nullable(Type.String()),
  video_link: Nullable(Type.String()),
  note: Nullable(Type.String()),
  status: Type.String(),
});
const InterviewParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9007199254740991 }) });

export const interviewsRoutes: FastifyPluginAsyncTypebox<{ interviews: InterviewsService }> = async (
  app,
  { interviews },
) => {
  const tags = ['interviews'];
  app.post(
    '/applications/:id/interviews',
    {
      ...only('employer'),
      schema: { tags, params: ApplicationParams, body: InterviewBody, response: { 201: InterviewOut } },
    },
    async (req, reply) =>
      reply.status(201).send(await interviews.schedule(caller(req), req.params.id, req.body)),
  );
  app.get(
    '/applications/:id/interviews',
    {
      ...only('employer'),
      schema: {
        tags,
        params: ApplicationParams,
        response: { 200: Type.Object({ items: Type.Array(InterviewOut) }) },
      },
    },
    async (req) => ({ items: await interviews.list(caller(req), req.params.id) }),
  );
  app.patch(
    '/interviews/:id',
    {
      ...only('employer'),
      schema: { tags, params: InterviewParams, body: InterviewBody, response: { 200: InterviewOut } },
    },
    async (req) => interviews.reschedule(caller(req), req.params.id, req.body),
  );
  app.post(
    '/interviews/:id/cancel',
    { ...only('employer'), schema: { tags, params: InterviewParams, response: { 200: InterviewOut } } },
    async (req) => interviews.cancel(caller(req), req.params.id),
  );
};
