// HTTP for trust and safety: seeker reports, "who called me?", employer verification, and the
// moderation API (admin only). Thin: validate -> call the service -> shape the reply.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { JobOut, JobParams } from '../jobs/index.ts';
import {
  AuditOut,
  BanBody,
  BanOut,
  CallerOut,
  CallerQuery,
  CompanyIdParams,
  CompanyReviewsOut,
  DomainCheckBody,
  EmailConfirmBody,
  EmailConfirmOut,
  EmailLinkSentOut,
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
    {
      ...only('seeker'),
      schema: { tags, params: JobParams, body: ReportBody, response: { 200: ReportOut, 201: ReportOut } },
    },
    async (req, reply) => {
      const out = await trust.report(caller(req), req.params.id, req.body);
      return reply.status(out.already_reported ? 200 : 201).send(out);
    },
  );
  app.get(
    '/trust/caller',
    {
      ...only('seeker', 'admin'),
      schema: {
        tags,
        description:
          'Who called me? Whether a phone number belongs to a verified employer, a banned one, or nobody we know',
        querystring: CallerQuery,
        response: { 200: CallerOut },
      },
    },
    async (req) => {
      return trust.caller(req.query.phone);
    },
  );

  app.get(
    '/companies/:id/verification',
    {
      ...only('employer', 'admin'),
      schema: { tags, params: CompanyIdParams, response: { 200: VerificationOut } },
    },
    async (req) => verification.get(caller(req), req.params.id),
  );
  app.put(
    '/companies/:id/verification',
    {
      ...only('employer'),
      schema: { tags, params: CompanyIdParams, body: VerificationBody, response: { 200: VerificationOut } },
    },
    async (req) => verification.submit(caller(req), req.params.id, req.body),
  );
  app.post(
    '/companies/:id/verification/email/send',
    {
      ...only('employer'),
      schema: {
        tags,
        params: CompanyIdParams,
        description:
          'Sends the confirmation link to the company email again (it must be on the website domain)',
        response: { 200: EmailLinkSentOut },
      },
    },
    async (req) => verification.sendEmailLink(caller(req), req.params.id),
  );
  app.post(
    '/company-email-confirmations',
    {
      schema: {
        tags,
        description:
          'The link sent to a company email: confirms that address for its company (no sign-in: the mailbox is the proof). 404 unknown, 410 expired',
        body: EmailConfirmBody,
        response: { 200: EmailConfirmOut },
      },
    },
    async (req) => verification.confirmEmail(req.body.token),
  );
  app.post(
    '/companies/:id/verification/domain',
    {
      ...only('employer'),
      schema: {
        tags,
        params: CompanyIdParams,
        description:
          'The server reads the DNS TXT record (`dns`) or the file at /.well-known/deskhire-verification.txt (`file`) on the company website; 400 naming `domain` says what it found instead',
        body: DomainCheckBody,
        response: { 200: VerificationOut },
      },
    },
    async (req) => verification.checkDomain(caller(req), req.params.id, req.body.method),
  );
  app.post(
    '/companies/:id/verification/phone/send',
    { ...only('employer'), schema: { tags, params: CompanyIdParams, response: { 200: OtpSentOut } } },
    async (req) => verification.sendPhoneCode(caller(req), req.params.id),
  );
  app.post(
    '/companies/:id/verification/phone/confirm',
    {
      ...only('employer'),
      schema: { tags, params: CompanyIdParams, body: OtpBody, response: { 200: VerificationOut } },
    },
    async (req) => verification.confirmPhoneCode(caller(req), req.params.id, req.body.code),
  );

  const admin = ['admin'];
  app.get(
    '/admin/moderation',
    { ...only('admin'), schema: { tags: admin, response: { 200: QueueOut } } },
    async () => {
      return { items: await trust.queue() };
    },
  );
  app.get(
    '/admin/moderation/jobs/:id',
    { ...only('admin'), schema: { tags: admin, params: JobParams } },
    async (req) => {
      return trust.details(req.params.id);
    },
  );
  app.post(
    '/admin/moderation/jobs/:id/approve',
    {
      ...only('admin'),
      schema: {
        tags: admin,
        params: JobParams,
        body: Type.Optional(ModerationNote),
        response: { 200: JobOut },
      },
    },
    async (req) => trust.approve(caller(req), req.params.id, req.body?.reason ?? null),
  );
  app.post(
    '/admin/moderation/jobs/:id/reject',
    {
      ...only('admin'),
      schema: { tags: admin, params: JobParams, body: RejectBody, response: { 200: JobOut } },
    },
    async (req) => trust.reject(caller(req), req.params.id, req.body.code, req.body.reason ?? null),
  );
  app.post(
    '/admin/moderation/companies/:id/ban',
    {
      ...only('admin'),
      schema: { tags: admin, params: CompanyIdParams, body: BanBody, response: { 200: BanOut } },
    },
    async (req) => trust.ban(caller(req), req.params.id, req.body.reason),
  );
  app.post(
    '/admin/moderation/companies/:id/verification',
    {
      ...only('admin'),
      schema: {
        tags: admin,
        params: CompanyIdParams,
        body: ModeratorVerifyBody,
        response: { 200: VerificationOut },
      },
    },
    async (req) => {
      const user = caller(req);
      await trust.setVerified(user, req.params.id, req.body.verified, req.body.reason ?? null);
      return verification.get(user, req.params.id);
    },
  );
  app.get(
    '/admin/moderation/companies',
    {
      ...only('admin'),
      schema: {
        tags: admin,
        description:
          'Companies only a moderator may verify: a known brand, a sole proprietor, or a GSTIN / CIN shared with another company',
        response: { 200: CompanyReviewsOut },
      },
    },
    async () => ({ items: await verification.reviews() }),
  );
  app.get(
    '/admin/moderation/companies/:id/linked',
    { ...only('admin'), schema: { tags: admin, params: CompanyIdParams } },
    async (req) => {
      return { items: await trust.linked(req.params.id) };
    },
  );
  app.get(
    '/admin/audit',
    { ...only('admin'), schema: { tags: admin, response: { 200: AuditOut } } },
    async () => {
      return { items: await trust.auditLog() };
    },
  );
};
