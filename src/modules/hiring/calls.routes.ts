// HTTP for call-first hiring: call an applicant, open WhatsApp, log a call's outcome, the call
// trail, the per-job daily cap, and the public "last responded" of a job. Thin: rules in the service.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { NotFound } from '../../shared/errors.ts';
import { ApplicationParams } from '../applications/index.ts';
import { JobParams } from '../jobs/index.ts';
import { CALL_OUTCOMES, type CallsService } from './calls.service.ts';

const CallOut = Type.Object({
  id: Type.Integer(),
  application_id: Type.Union([Type.Integer(), Type.Null()]),
  job_id: Type.Integer(),
  channel: Type.String(),
  provider: Type.String(),
  direction: Type.Union([Type.Literal('employer_to_seeker'), Type.Literal('seeker_to_employer')]),
  status: Type.String({
    description:
      'requested | not_placed (no telephony provider configured) | placed (the provider is dialling) | answered | missed | busy | failed: only the provider’s status callback sets answered, missed or busy',
  }),
  duration_seconds: Type.Union([Type.Integer(), Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String(),
  reason: Type.Optional(Type.String({ description: 'Why the call was not placed' })),
});
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9007199254740991 }) });

export const callsRoutes: FastifyPluginAsyncTypebox<{ calls: CallsService }> = async (app, { calls }) => {
  const tags = ['calls'];
  app.post(
    '/applications/:id/calls',
    {
      ...only('employer'),
      schema: {
        tags,
        params: ApplicationParams,
        description:
          'Call the applicant through the telephony provider (numbers masked); 403 without consent.',
        response: { 201: CallOut },
      },
    },
    async (req, reply) => reply.status(201).send(await calls.call(caller(req), req.params.id)),
  );
  app.post(
    '/applications/:id/contact',
    {
      ...only('employer'),
      schema: {
        tags,
        params: ApplicationParams,
        description: 'A WhatsApp deep link (wa.me) with a prefilled message; 403 without consent.',
        response: { 201: Type.Object({ ...CallOut.properties, url: Type.String() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await calls.whatsapp(caller(req), req.params.id)),
  );
  app.get(
    '/applications/:id/calls',
    {
      ...only('employer'),
      schema: {
        tags,
        params: ApplicationParams,
        response: { 200: Type.Object({ items: Type.Array(CallOut) }) },
      },
    },
    async (req) => ({ items: await calls.trail(caller(req), req.params.id) }),
  );
  app.post(
    '/calls/:id/outcome',
    {
      ...only('employer'),
      schema: {
        tags,
        params: IdParams,
        description:
          'One tap after a call: interested -> shortlisted, interview_fixed -> interview, not_interested -> rejected; the others only join the trail.',
        body: Type.Object(
          { outcome: Type.Union(CALL_OUTCOMES.map((o) => Type.Literal(o))) },
          { additionalProperties: false },
        ),
        response: { 200: CallOut },
      },
    },
    async (req) => calls.outcome(caller(req), req.params.id, req.body.outcome),
  );
  app.put(
    '/jobs/:id/call-cap',
    {
      ...only('employer'),
      schema: {
        tags,
        params: JobParams,
        body: Type.Object(
          { daily_cap: Type.Integer({ minimum: 0, maximum: 10000 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            job_id: Type.Integer(),
            daily_cap: Type.Integer(),
            calls_today: Type.Integer(),
          }),
        },
      },
    },
    async (req) => calls.setCap(caller(req), req.params.id, req.body.daily_cap),
  );
  app.post(
    '/jobs/:id/calls',
    {
      ...only('seeker'),
      schema: {
        tags,
        params: JobParams,
        description:
          'A seeker calls the employer about a live job through the masked number (neither sees the other’s number). 429 with Retry-After over the job’s daily cap or outside its calling hours: apply instead.',
        response: { 201: CallOut },
      },
    },
    async (req, reply) => reply.status(201).send(await calls.callEmployer(caller(req), req.params.id)),
  );
  app.put(
    '/jobs/:id/calling-hours',
    {
      ...only('employer'),
      schema: {
        tags,
        params: JobParams,
        description: 'When seekers may call about this job, India time (e.g. 10:00 to 18:00).',
        body: Type.Object(
          {
            from: Type.String({ pattern: '^[0-2][0-9]:[0-5][0-9]$', examples: ['10:00'] }),
            to: Type.String({ pattern: '^[0-2][0-9]:[0-5][0-9]$', examples: ['18:00'] }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ job_id: Type.Integer(), from: Type.String(), to: Type.String() }) },
      },
    },
    async (req) => calls.setHours(caller(req), req.params.id, req.body.from, req.body.to),
  );
  // Exotel's status callback (terminal event), on the URL signed for this call when it was placed.
  // JSON (StatusCallbackContentType=application/json) or a form post; not an API for clients.
  app.post<{ Params: { id: string }; Querystring: { sig?: string }; Body: Record<string, unknown> }>(
    '/webhooks/exotel/calls/:id',
    { schema: { hide: true } },
    async (req) => {
      const id = Number(req.params.id);
      if (!Number.isSafeInteger(id) || id < 1) throw new NotFound('Call');
      const b = (req.body ?? {}) as Record<string, unknown>;
      const duration = Number(b.ConversationDuration ?? b.DialCallDuration ?? Number.NaN);
      return calls.statusCallback(id, req.query.sig ?? '', {
        callSid: String(b.CallSid ?? ''),
        status: String(b.Status ?? ''),
        eventType: String(b.EventType ?? 'terminal'),
        conversationSeconds: Number.isFinite(duration) ? Math.round(duration) : null,
      });
    },
  );
  app.get(
    '/jobs/:id/last-responded',
    {
      schema: {
        tags,
        params: JobParams,
        description: 'When the employer last acted on an applicant or a call for this job (null: never).',
        response: { 200: Type.Object({ last_responded_at: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (req) => ({ last_responded_at: await calls.lastResponded(req.params.id) }),
  );
};
