// Web routes for trust: report a job, "who called me?", and the admin moderation queue. Pages call
// the trust service, never SQL; forms are CSRF-checked and redirect after posting.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import type { Config } from '../config.ts';
import { caller, only } from '../http/auth.ts';
import { ReportReasonSchema } from '../modules/trust/index.ts';
import type { Services } from '../services.ts';
import { Conflict, DomainError, Invalid, TooManyRequests } from '../shared/errors.ts';
import type { Translate } from '../shared/i18n/index.ts';
import { formErrors, page } from './form-validation.ts';
import { field, toFieldErrors } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import { codeRoute } from './pages/reach.ts';
import { callerPage, moderationPage, reportPage } from './pages/trust.ts';
import { emailConfirmPage, type VerificationView, verificationPage } from './pages/verification.ts';

const VERIFICATION_FIELDS = new Set([
  'cin',
  'udyam',
  'contact_email',
  'contact_phone',
  'code',
  'domain',
  'website',
]);
const jobId = (raw: string) => pathId(raw, 'No such job');

export async function trustWebRoutes(
  app: FastifyInstance,
  opts: { services: Services; config?: Pick<Config, 'devOutbox'> },
): Promise<void> {
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
      // Read before the report: the report may pause the job, and the seeker still gets the answer.
      const job = await jobs.get({ user: req.user }, id);
      if (req.validationError) {
        const values = { detail: typeof req.body?.detail === 'string' ? req.body.detail : undefined };
        const errors = formErrors(req, req.page.t);
        // No reason picked (none is pre-selected): say what to do, in the page language.
        if (!req.body?.reason) errors.reason = req.page.t('trust.report.reasonMissing');
        return sendHtml(reply, reportPage(req.page, job, undefined, { values, errors }), 400);
      }
      const out = await trust.report(caller(req), id, {
        reason: req.body.reason,
        detail: req.body.detail ?? null,
      });
      return sendHtml(reply, reportPage(req.page, job, out.already_reported ? 'already' : 'thanks'));
    },
  );
  // Undo: the seeker takes their report back (the job may be paused by now: no job read needed).
  app.post<{ Params: { id: string } }>(
    '/jobs/:id/report/withdraw',
    { ...only('seeker', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = jobId(req.params.id);
      const out = await trust.withdrawReport(caller(req), id);
      return sendHtml(
        reply,
        reportPage(req.page, { id, title: '' }, out.withdrawn ? 'withdrawn' : 'notYours'),
      );
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
  /**
   * Renders the page for the caller's company; `extra` carries the outcome of a post. Handlers await it
   * and then return the reply (returning a promise of undefined would let Fastify answer again, empty,
   * while compression is still sending the page).
   */
  const showVerification = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<VerificationView> = {},
    status = 200,
  ): Promise<void> => {
    const [company] = await companies.mine(req.user!);
    if (!company) {
      reply.redirect('/employer/company', 303);
      return;
    }
    const view: VerificationView = {
      company: { id: company.id, name: company.name, gstin: company.gstin },
      status: await verification.get(req.user!, company.id),
      emailConfigured: opts.services.notifications.emailConfigured,
      sms: codeRoute(opts.services.notifications.smsConfigured, opts.config?.devOutbox ?? false),
      ...extra,
    };
    // Sent, not returned: a reply is a thenable, and awaiting it where a value is expected is how a
    // page used to be answered twice.
    sendHtml(reply, verificationPage(req.page, view), status);
  };
  /** The page-language reason for each refused field (the service explains in English). */
  const fieldReasons = (err: Invalid | Conflict, t: Translate) => {
    const errors = toFieldErrors(err.errors ?? [], t);
    for (const name of Object.keys(errors)) {
      if (name === 'cin' && err instanceof Conflict) errors[name] = t('verification.invalid.cinTaken');
      else if (name === 'contact_email' && /free mailbox/.test(err.errors?.[0]?.message ?? ''))
        errors[name] = t('verification.emailState.free_mail');
      else if (VERIFICATION_FIELDS.has(name)) errors[name] = t(`verification.invalid.${name}`);
    }
    return errors;
  };
  /**
   * Runs one verification step. A refused step re-renders the page (with what was typed, `values`) and
   * answers true: the caller sends nothing more. It never returns the reply itself: a reply is a
   * thenable, so `await` would unwrap it to undefined and the caller would answer a second time.
   */
  const step = async (
    req: FastifyRequest,
    reply: FastifyReply,
    run: (companyId: string) => Promise<unknown>,
    values: Record<string, string> = {},
  ): Promise<boolean> => {
    const [company] = await companies.mine(req.user!);
    if (!company) {
      reply.redirect('/employer/company', 303);
      return true;
    }
    try {
      await run(company.id);
      return false;
    } catch (err) {
      const t = req.page.t;
      let extra: Partial<VerificationView>;
      if (err instanceof Invalid || (err instanceof Conflict && err.errors?.length)) {
        const errors = fieldReasons(err, t);
        extra = errors.website
          ? { values, flash: { kind: 'error', text: errors.website } }
          : { errors, values };
      } else if (err instanceof TooManyRequests)
        extra = { values, flash: { kind: 'error', text: t('verification.tooMany') } };
      else if (err instanceof Conflict)
        extra = { values, flash: { kind: 'error', text: t('verification.expired') } };
      else throw err;
      await showVerification(req, reply, extra, err.status);
      return true;
    }
  };
  const DONE = ['saved', 'phone', 'domain', 'email'] as const;
  app.get<{ Querystring: { done?: string } }>(
    '/employer/verification',
    { ...only('employer', 'admin') },
    async (req, reply) => {
      const done = DONE.find((d) => d === req.query.done);
      const t = req.page.t;
      await showVerification(
        req,
        reply,
        // No email provider: the link was only kept in the outbox, and the page says so.
        done === 'email' && !opts.services.notifications.emailConfigured
          ? { flash: { kind: 'error', text: t('verification.done.emailNotSent') } }
          : done
            ? { flash: { kind: 'ok', text: t(`verification.done.${done}`) } }
            : {},
      );
      return reply;
    },
  );
  app.post(
    '/employer/verification',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const values = Object.fromEntries(
        ['cin', 'udyam', 'contact_email', 'contact_phone'].map((k) => [
          k,
          field(req.body, k)?.trim().slice(0, 200) ?? '',
        ]),
      );
      if (
        await step(
          req,
          reply,
          (id) =>
            verification.submit(caller(req), id, {
              cin: values.cin || null,
              udyam: values.udyam || null,
              contact_email: values.contact_email || null,
              contact_phone: values.contact_phone || null,
            }),
          values,
        )
      )
        return reply;
      return reply.redirect('/employer/verification?done=saved', 303);
    },
  );
  app.post(
    '/employer/verification/email',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      if (await step(req, reply, (id) => verification.sendEmailLink(caller(req), id))) return reply;
      return reply.redirect('/employer/verification?done=email', 303);
    },
  );
  app.post(
    '/employer/verification/domain',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const method = field(req.body, 'method') === 'file' ? 'file' : 'dns';
      if (await step(req, reply, (id) => verification.checkDomain(caller(req), id, method))) return reply;
      return reply.redirect('/employer/verification?done=domain', 303);
    },
  );
  app.post(
    '/employer/verification/send',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      let sent: Awaited<ReturnType<typeof verification.sendPhoneCode>> | null = null;
      if (
        await step(req, reply, async (id) => {
          sent = await verification.sendPhoneCode(caller(req), id);
        })
      )
        return reply;
      const out = sent as unknown as Awaited<ReturnType<typeof verification.sendPhoneCode>>;
      // Only a code the SMS provider accepted is "sent"; otherwise the page says why it is not.
      if (out.delivery === 'sent') await showVerification(req, reply, { codeSentTo: out.sent_to });
      else {
        const t = req.page.t;
        await showVerification(req, reply, {
          flash: {
            kind: 'error',
            text: t('verification.codeNotSent', {
              phone: out.sent_to,
              reason: t(out.delivery === 'not_sent' ? 'sms.notConfigured' : 'sms.failed'),
            }),
          },
        });
      }
      return reply;
    },
  );
  app.post(
    '/employer/verification/confirm',
    { ...only('employer', 'admin'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const code = field(req.body, 'code')?.trim() ?? '';
      if (code.length < 4 || code.length > 8) {
        await showVerification(
          req,
          reply,
          { errors: { code: req.page.t('verification.invalid.code') } },
          400,
        );
        return reply;
      }
      if (await step(req, reply, (id) => verification.confirmPhoneCode(caller(req), id, code))) return reply;
      return reply.redirect('/employer/verification?done=phone', 303);
    },
  );

  // The link in the company email: anyone holding it may confirm (the mailbox is the proof); a GET only
  // shows the button, so a mail scanner that follows links confirms nothing.
  const token = (raw: string) => (/^[A-Za-z0-9_-]{20,100}$/.test(raw) ? raw : '');
  app.get<{ Params: { token: string } }>('/verify/company-email/:token', async (req, reply) =>
    sendHtml(reply, emailConfirmPage(req.page, token(req.params.token))),
  );
  app.post<{ Params: { token: string } }>(
    '/verify/company-email/:token',
    { preHandler: app.csrfProtection },
    async (req, reply) => {
      const raw = token(req.params.token);
      try {
        await verification.confirmEmail(raw);
        return sendHtml(reply, emailConfirmPage(req.page, raw, 'done'));
      } catch (err) {
        if (!(err instanceof DomainError) || (err.status !== 404 && err.status !== 410)) throw err;
        return sendHtml(
          reply,
          emailConfirmPage(req.page, raw, err.status === 410 ? 'expired' : 'unknown'),
          err.status,
        );
      }
    },
  );
}
