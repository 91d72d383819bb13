// HTTP for trust and safety: seeker reports, "who called me?", employer verification, and the
// moderation API (admin only). Thin: validate -> call the service -> shape the reply.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireRole } from '../../http/auth.ts';
import { JobOut, JobParams } from '../jobs/index.ts';
import {
  AuditOut,
  BanBody,
  BanOut,
  CallerOut,
  CallerQuery,
  CompanyIdParams,
  ModerationNote,
  ModeratorVerifyBody,
  OtpBody,
  OtpSentOut,
  QueueOut,
  RejectBody,
  ReportBody,
  ReportOut,
  VerificationBody,
  VerificationOut,
} from './trust.schema.ts';
import type { TrustService } from './trust.service.ts';
import type { VerificationService } from './verification.service.ts';

export const trustRoutes: FastifyPluginAsyncTypebox<{
  trust: TrustService;
  verification: VerificationService;
}> = async (app, { trust, verification }) => {
  const tags = ['trust'];
  app.post(
    '/jobs/:id/reports',
    { schema: { tags, params: JobParams, body: ReportBody, response: { 200: ReportOut, 201: ReportOut } } },
    async (req, reply) => {
      const out = await trust.report(requireRole(req, 'seeker'), req.params.id, req.body);
      return reply.status(out.already_reported ? 200 : 201).send(out);
    },
  );
  app.get(
    '/trust/caller',
    {
      schema: {
        tags,
        description:
          'Who called me? Whether a phone number belongs to a verified employer, a banned one, or nobody we know',
        querystring: CallerQuery,
        response: { 200: CallerOut },
      },
    },
    async (req) => {
      requireRole(req, 'seeker', 'admin');
      return trust.caller(req.query.phone);
    },
  );

  app.get(
    '/companies/:id/verification',
    { schema: { tags, params: CompanyIdParams, response: { 200: VerificationOut } } },
    async (req) => verification.get(requireRole(req, 'employer', 'admin'), req.params.id),
  );
  app.put(
    '/companies/:id/verification',
    { schema: { tags, params: CompanyIdParams, body: VerificationBody, response: { 200: VerificationOut } } },
    async (req) => verification.submit(requireRole(req, 'employer'), req.params.id, req.body),
  );
  app.post(
    '/companies/:id/verification/phone/send',
    { schema: { tags, params: CompanyIdParams, response: { 200: OtpSentOut } } },
    async (req) => verification.sendPhoneCode(requireRole(req, 'employer'), req.params.id),
  );
  app.post(
    '/companies/:id/verification/phone/confirm',
    { schema: { tags, params: CompanyIdParams, body: OtpBody, response: { 200: VerificationOut } } },
    async (req) => verification.confirmPhoneCode(requireRole(req, 'employer'), req.params.id, req.body.code),
  );

  const admin = ['admin'];
  app.get('/admin/moderation', { schema: { tags: admin, response: { 200: QueueOut } } }, async (req) => {
    requireRole(req, 'admin');
    return { items: await trust.queue() };
  });
  app.get('/admin/moderation/jobs/:id', { schema: { tags: admin, params: JobParams } }, async (req) => {
    requireRole(req, 'admin');
    return trust.details(req.params.id);
  });
  app.post(
    '/admin/moderation/jobs/:id/approve',
    {
      schema: {
        tags: admin,
        params: JobParams,
        body: Type.Optional(ModerationNote),
        response: { 200: JobOut },
      },
    },
    async (req) => trust.approve(requireRole(req, 'admin'), req.params.id, req.body?.reason ?? null),
  );
  app.post(
    '/admin/moderation/jobs/:id/reject',
    { schema: { tags: admin, params: JobParams, body: RejectBody, response: { 200: JobOut } } },
    async (req) =>
      trust.reject(requireRole(req, 'admin'), req.params.id, req.body.code, req.body.reason ?? null),
  );
  app.post(
    '/admin/moderation/companies/:id/ban',
    { schema: { tags: admin, params: CompanyIdParams, body: BanBody, response: { 200: BanOut } } },
    async (req) => trust.ban(requireRole(req, 'admin'), req.params.id, req.body.reason),
  );
  app.post(
    '/admin/moderation/companies/:id/verification',
    {
      schema: {
        tags: admin,
        params: CompanyIdParams,
        body: ModeratorVerifyBody,
        response: { 200: VerificationOut },
      },
    },
    async (req) => {
      const user = requireRole(req, 'admin');
      await trust.setVerified(user, req.params.id, req.body.verified, req.body.reason ?? null);
      return verification.get(user, req.params.id);
    },
  );
  app.get(
    '/admin/moderation/companies/:id/linked',
    { schema: { tags: admin, params: CompanyIdParams } },
    async (req) => {
      requireRole(req, 'admin');
      return { items: await trust.linked(req.params.id) };
    },
  );
  app.get('/admin/audit', { schema: { tags: admin, response: { 200: AuditOut } } }, async (req) => {
    requireRole(req, 'admin');
    return { items: await trust.auditLog() };
  });
  app.get(
    '/admin/dev-outbox',
    {
      schema: {
        tags: admin,
        description: 'Messages the dev OTP sender would have sent (no SMS gateway configured)',
      },
    },
    async (req) => {
      requireRole(req, 'admin');
      return { items: await verification.outbox() };
    },
  );
};
