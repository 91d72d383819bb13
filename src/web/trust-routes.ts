// Web routes for trust: report a job, "who called me?", and the admin moderation queue. Pages call
// the trust service, never SQL; forms are CSRF-checked and redirect after posting.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import { caller, only } from '../http/auth.ts';
import { ReportReasonSchema } from '../modules/trust/index.ts';
import type { Services } from '../services.ts';
import { Conflict, DomainError, Invalid, TooManyRequests } from '../shared/errors.ts';
import { formErrors, page } from './form-validation.ts';
import { field, toFieldErrors } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import { callerPage, moderationPage, reportPage } from './pages/trust.ts';
import { type VerificationView, verificationPage } from './pages/verification.ts';

const VERIFICATION_FIELDS = new Set(['cin', 'contact_email', 'contact_phone', 'code']);
const jobId = (raw: string) => pathId(raw, 'No such job');

export async function trustWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { trust, jobs, companies, verification } = opts.services;
  // Admins may use every page here too.
  app.get<{ Params: { id: string } }>(
    '/jobs/:id/report',
    { ...only('seeker', 'admin') },
    async (req, reply) => {
      const job = await jobs.get({ user: req.user }, jobId(req.params.id));
      return sendHtml(reply, reportPage(req.page, job));
    },
  );
  // The reasons offered, the API's enum and this form's check are one list (REPORT_REASONS).
  const ReportForm = Type.Object({
    reason: ReportReasonSchema,
    detail: Type.Optional(Type.String({ maxLength: 1000 })),
  });
  app.post<{ Params: { id: string }; Body: Static<typeof ReportForm> }>(
    '/jobs/:id/report',
    { ...only('seeker', 'admin'), ...page({ body: ReportForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = jobId(req.params.id);
      if (req.validationError) {
        const job = await jobs.get({ user: req.user }, id);
        const values = { detail: typeof req.body?.detail === 'string' ? req.body.detail : undefined };
        return sendHtml(
          reply,
          reportPage(req.page, job, undefined, { values, errors: formErrors(req, req.page.t) }),
          400,
        );
      }
      const out = await trust.report(caller(req), id, {
        reason: req.body.reason,
        detail: req.body.detail ?? null,
      });
      const job = await jobs.get({ user: req.user }, id);
      return sendHtml(reply, reportPage(req.page, job, out.already_reported ? 'already' : 'thanks'));
    },
  );

  app.get<{ Querystring: { phone?: string } }>(
    '/trust/caller',
    { ...only('seeker', 'admin') },
    async (req, reply) => {
      const ctx = req.page;
      const phone = (req.query.phone ?? '').slice(0, 20);
      if (!phone) return sendHtml(reply, callerPage(ctx, '', null));
      // The same per-account limit as the API: the page must not be a way around it.
      await opts.services.limiter.rateLimit(`caller:user:${caller(req).id}`, 30, 3600);
      try {
        return sendHtml(reply, callerPage(ctx, phone, await trust.caller(phone)));
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        return sendHtml(reply, callerPage(ctx, phone, null, err.errors?.[0]?.message), 400);
      }
    },
  );

  app.get<{ Querystring: { done?: string; n?: string } }>(
    '/admin/moderation',
    { ...only('admin') },
    async (req, reply) => {
      const ctx = req.page;
      const done = req.query.done;
      const flash =
        done === 'approve' || done === 'reject' || done === 'ban'
          ? ctx.t(`trust.moderation.done.${done}`, { count: Number(req.query.n ?? 0) })
          : undefined;
      return sendHtml(reply, moderationPage(ctx, await trust.queue(), await trust.auditLog(20), flash));
    },
  );
  for (const verb of ['approve', 'reject'] as const)
    app.post<{ Params: { id: string } }>(
      `/admin/moderation/jobs/:id/${verb}`,
      { ...only('admin'), preHandler: app.csrfProtection },
      async (req, reply) => {
        const note = field(req.body, 'reason')?.trim() || null;
        const id = jobId(req.params.id);
        if (verb === 'approve') await trust.approve(caller(req), id, note);
        else await trust.reject(caller(req), id, field(req.body, 'code'), note);
        return reply.redirect(`/admin/moderation?done=${verb}`, 303);
      },
    );
  app.post<{ Params: { id: string } }>(
    '/admin/moderation/companies/:id/ban',
    { ...only('admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new DomainError(404, 'Not Found', 'No such company');
      const reason = field(req.body, 'reason')?.trim() ?? '';
      if (reason.length < 3) throw new Invalid([{ field: 'reason', message: 'give a reason for the ban' }]);
      const out = await trust.ban(caller(req), req.params.id, reason);
      return reply.redirect(`/admin/moderation?done=ban&n=${out.jobs_held}`, 303);
    },
  );

  // --- employer verification: the web face of /api/v1/companies/:id/verification ---
  /** Renders the page for the caller's company; `extra` carries the outcome of a post. */
  const showVerification = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<VerificationView> = {},
    status = 200,
  ) => {
    const [company] = await companies.mine(req.user!);
    if (!company) return reply.redirect('/employer/company', 303);
    const view: VerificationView = {
      company: { id: company.id, name: company.name, gstin: company.gstin },
      status: await verification.get(req.user!, company.id),
      ...extra,
    };
    return sendHtml(reply, verificationPage(req.page, view), status);
  };
  /** Runs one verification step; a refused step re-renders the page with the reason. */
  const step = async (
    req: FastifyRequest,
    reply: FastifyReply,
    run: (companyId: string) => Promise<unknown>,
  ) => {
    const [company] = await companies.mine(req.user!);
    if (!company) return reply.redirect('/employer/company', 303);
    try {
      await run(company.id);
      return null;
    } catch (err) {
      const t = req.page.t;
      if (err instanceof Invalid) {
        // The service explains in English; each field's reason reads in the page language here.
        const errors = toFieldErrors(err.errors ?? [], t);
        for (const name of Object.keys(errors))
          if (VERIFICATION_FIELDS.has(name)) errors[name] = t(`verification.invalid.${name}`);
        return showVerification(req, reply, { errors }, 400);
      }
      if (err instanceof TooManyRequests)
        return showVerification(
          req,
          reply,
          { flash: { kind: 'error', text: t('verification.tooMany') } },
          429,
        );
      if (err instanceof Conflict)
        return showVerification(
          req,
          reply,
          { flash: { kind: 'error', text: t('verification.expired') } },
          409,
        );
      throw err;
    }
  };

  app.get<{ Querystring: { done?: string } }>(
    '/employer/verification',
    { ...only('employer', 'admin') },
    async (req, reply) => {
      const done = req.query.done === 'saved' || req.query.done === 'phone' ? req.query.done : undefined;
      const t = req.page.t;
      return showVerification(
        req,
        reply,
        done ? { flash: { kind: 'ok', text: t(`verification.done.${done}`) } } : {},
      );
    },
  );
  app.post(
    '/employer/verification',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const values = Object.fromEntries(
        ['cin', 'contact_email', 'contact_phone'].map((k) => [
          k,
          field(req.body, k)?.trim().slice(0, 200) ?? '',
        ]),
      );
      const refused = await step(req, reply, (id) =>
        verification.submit(caller(req), id, {
          cin: values.cin || null,
          contact_email: values.contact_email || null,
          contact_phone: values.contact_phone || null,
        }),
      );
      return refused ?? reply.redirect('/employer/verification?done=saved', 303);
    },
  );
  app.post(
    '/employer/verification/send',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      let out: Awaited<ReturnType<typeof verification.sendPhoneCode>> | null = null;
      const refused = await step(req, reply, async (id) => {
        out = await verification.sendPhoneCode(caller(req), id);
      });
      if (refused || !out) return refused;
      const sent = out as Awaited<ReturnType<typeof verification.sendPhoneCode>>;
      // Only a code the SMS provider accepted is "sent"; otherwise the page says why it is not.
      if (sent.delivery === 'sent') return showVerification(req, reply, { codeSentTo: sent.sent_to });
      const t = req.page.t;
      return showVerification(req, reply, {
        flash: {
          kind: 'error',
          text: t('verification.codeNotSent', {
            phone: sent.sent_to,
            reason: t(sent.delivery === 'not_sent' ? 'sms.notConfigured' : 'sms.failed'),
          }),
        },
      });
    },
  );
  app.post(
    '/employer/verification/confirm',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const code = field(req.body, 'code')?.trim() ?? '';
      if (code.length < 4 || code.length > 8)
        return showVerification(
          req,
          reply,
          { errors: { code: req.page.t('verification.invalid.code') } },
          400,
        );
      const refused = await step(req, reply, (id) => verification.confirmPhoneCode(caller(req), id, code));
      return refused ?? reply.redirect('/employer/verification?done=phone', 303);
    },
  );
}
