// Web routes of "Your account" (/me/account): change the phone number (a code to the new one, a
// notice to the old), add or change the email (a confirmation link), change or set a password,
// WhatsApp consent, sign out everywhere; and, signed out, forgot password (/login/forgot) and the
// page an emailed confirmation link opens. Same services as the API; pages say only what happened.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import type { Config } from '../config.ts';
import { caller, only, SESSION_COOKIE } from '../http/auth.ts';
import type { Services } from '../services.ts';
import { DomainError, TooManyRequests } from '../shared/errors.ts';
import { page } from './form-validation.ts';
import { type FieldErrors, toFieldErrors } from './forms.ts';
import { sendHtml } from './http.ts';
import {
  type AccountView,
  accountPage,
  emailConfirmPage,
  forgotPage,
  phoneCodePage,
  resetPage,
} from './pages/account.ts';
import { codeWaitText } from './pages/auth-code.ts';
import { codeRoute } from './pages/reach.ts';

// Loose on purpose: the services check each value and name the field that is wrong; these bound
// sizes and keep unknown fields out of the types.
const Text = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const PhoneForm = Type.Object({ phone: Text(20) });
const PhoneCodeForm = Type.Object({ phone: Text(20), code: Text(12) });
const EmailForm = Type.Object({ email: Text(254) });
const PasswordForm = Type.Object({ current_password: Text(128), password: Text(128) });
const WhatsAppForm = Type.Object({ whatsapp_opt_in: Text(1) });
const TokenForm = Type.Object({ token: Text(600) });
const ResetForm = Type.Object({ phone: Text(20), code: Text(12), password: Text(128) });

const FLASHES = ['phone', 'email', 'emailResent', 'password', 'whatsappOn', 'whatsappOff'] as const;

export async function accountSettingsWebRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Config },
): Promise<void> {
  const { services, config } = opts;
  const signedIn = only();

  const view = async (req: FastifyRequest, extra: Partial<AccountView> = {}): Promise<AccountView> => {
    const me = await services.accounts.me(caller(req).id);
    return {
      phone: me.phone,
      email: me.email,
      pendingEmail: me.pending_email,
      hasPassword: await services.accounts.hasPassword(me.id),
      whatsappOptIn: me.whatsapp_opt_in,
      channel: await services.notifications.reachOf(me.id, 'alertDigest'),
      smsConfigured: services.notifications.smsConfigured,
      emailConfigured: services.notifications.emailConfigured,
      ...extra,
    };
  };
  const show = async (req: FastifyRequest, reply: FastifyReply, extra: Partial<AccountView>, status = 200) =>
    sendHtml(reply, accountPage(req.page, await view(req, extra)), status);
  /** A refused step re-renders the account page with the reasons in the page language. */
  const refused = (
    req: FastifyRequest,
    reply: FastifyReply,
    err: unknown,
    values: Record<string, string>,
  ) => {
    if (err instanceof TooManyRequests) {
      reply.header('retry-after', String(err.retryAfterSeconds));
      return show(req, reply, { flash: { kind: 'error', text: codeWaitText(req.page.t, err) } }, 429);
    }
    if (!(err instanceof DomainError) || !err.errors) throw err;
    return show(req, reply, { errors: toFieldErrors(err.errors, req.page.t), values }, err.status);
  };

  app.get<{ Querystring: { done?: string } }>('/me/account', signedIn, async (req, reply) => {
    const done = FLASHES.find((f) => f === req.query.done);
    return show(req, reply, done ? { flash: { kind: 'ok', text: req.page.t(`account.done.${done}`) } } : {});
  });

  // --- phone: a code to the new number, then the code; the old number hears of it ---
  app.post<{ Body: Static<typeof PhoneForm> }>(
    '/me/account/phone',
    { ...signedIn, ...page({ body: PhoneForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const phone = req.body?.phone ?? '';
      try {
        const sent = await services.phoneAuth.requestPhoneChange(caller(req), phone, req.page.lang);
        return sendHtml(
          reply,
          phoneCodePage(req.page, { phone, delivery: { status: sent.delivery, to: sent.sent_to } }, {}),
        );
      } catch (err) {
        return refused(req, reply, err, { phone });
      }
    },
  );
  app.post<{ Body: Static<typeof PhoneCodeForm> }>(
    '/me/account/phone/verify',
    { ...signedIn, ...page({ body: PhoneCodeForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const phone = req.body?.phone ?? '';
      try {
        await services.phoneAuth.confirmPhoneChange(caller(req), phone, req.body?.code ?? '');
        return reply.redirect('/me/account?done=phone', 303);
      } catch (err) {
        if (err instanceof TooManyRequests) {
          reply.header('retry-after', String(err.retryAfterSeconds));
          const flash = codeWaitText(req.page.t, err);
          return sendHtml(reply, phoneCodePage(req.page, { phone, flash }, {}), 429);
        }
        if (!(err instanceof DomainError) || !err.errors) throw err;
        const errors: FieldErrors = toFieldErrors(err.errors, req.page.t);
        if (errors.code) errors.code = req.page.t('authCode.wrongCode');
        if (errors.phone) errors._form = errors.phone;
        return sendHtml(reply, phoneCodePage(req.page, { phone }, errors), err.status);
      }
    },
  );

  // --- email: kept as pending until the link in the mail is opened ---
  app.post<{ Body: Static<typeof EmailForm> }>(
    '/me/account/email',
    { ...signedIn, ...page({ body: EmailForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const email = req.body?.email ?? '';
      try {
        const out = await services.emailConfirm.request(caller(req), email);
        if (out.already) return reply.redirect('/me/account', 303);
        return linkOutcome(req, reply, out.status, out.pending_email);
      } catch (err) {
        return refused(req, reply, err, { email });
      }
    },
  );
  app.post(
    '/me/account/email/resend',
    { ...signedIn, preHandler: app.csrfProtection },
    async (req, reply) => {
      const out = await services.emailConfirm.sendLink(caller(req).id);
      return linkOutcome(req, reply, out.status, out.pending_email);
    },
  );
  /** "Link sent to …", or "not sent" and why: never a promise the mail server did not make. */
  const linkOutcome = (
    req: FastifyRequest,
    reply: FastifyReply,
    status: 'sent' | 'not_sent' | 'failed',
    to: string | null,
  ) => {
    const t = req.page.t;
    if (status === 'sent')
      return show(req, reply, { flash: { kind: 'ok', text: t('account.sent.email', { to: to ?? '' }) } });
    const reason = t(status === 'not_sent' ? 'account.notConfigured.email' : 'account.providerFailed.email');
    return show(req, reply, { flash: { kind: 'error', text: t('account.notSent', { reason }) } });
  };

  // --- password: change (or set a first one); the other sessions end ---
  app.post<{ Body: Static<typeof PasswordForm> }>(
    '/me/account/password',
    { ...signedIn, ...page({ body: PasswordForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const t = req.page.t;
      const password = req.body?.password ?? '';
      if (password.length < 8)
        return show(req, reply, { errors: { password: t('web.form.passwordShort') } }, 400);
      try {
        await services.phoneAuth.changePassword(
          caller(req),
          { current: req.body?.current_password, password },
          req.authToken,
        );
        return reply.redirect('/me/account?done=password', 303);
      } catch (err) {
        if (err instanceof DomainError && err.errors?.some((e) => e.field === 'current_password'))
          return show(req, reply, { errors: { current_password: t('account.password.wrong') } }, 400);
        return refused(req, reply, err, {});
      }
    },
  );

  app.post<{ Body: Static<typeof WhatsAppForm> }>(
    '/me/account/whatsapp',
    { ...signedIn, ...page({ body: WhatsAppForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const on = req.body?.whatsapp_opt_in === '1';
      await services.accounts.setWhatsAppOptIn(caller(req).id, on);
      return reply.redirect(`/me/account?done=${on ? 'whatsappOn' : 'whatsappOff'}`, 303);
    },
  );

  app.post(
    '/me/account/sign-out-everywhere',
    { ...signedIn, preHandler: app.csrfProtection },
    async (req, reply) => {
      await services.accounts.logoutEverywhere(caller(req).id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/login?done=everywhere', 303);
    },
  );

  // --- forgot password (signed out): a code by SMS, then a new password ---
  const smsRoute = () => codeRoute(services.notifications.smsConfigured, config.devOutbox);
  app.get('/login/forgot', async (req, reply) => sendHtml(reply, forgotPage(req.page, {}, {}, smsRoute())));
  app.post<{ Body: Static<typeof PhoneForm> }>(
    '/login/forgot',
    { ...page({ body: PhoneForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const phone = req.body?.phone ?? '';
      try {
        const sent = await services.phoneAuth.requestReset(phone, req.page.lang);
        return sendHtml(
          reply,
          resetPage(req.page, { phone, delivery: { status: sent.delivery, to: sent.sent_to } }, {}),
        );
      } catch (err) {
        if (err instanceof TooManyRequests) {
          reply.header('retry-after', String(err.retryAfterSeconds));
          const flash = codeWaitText(req.page.t, err);
          return sendHtml(reply, resetPage(req.page, { phone, flash }, {}), 429);
        }
        if (!(err instanceof DomainError) || !err.errors) throw err;
        return sendHtml(
          reply,
          forgotPage(req.page, { phone }, toFieldErrors(err.errors, req.page.t), smsRoute()),
          400,
        );
      }
    },
  );
  app.post<{ Body: Static<typeof ResetForm> }>(
    '/login/forgot/reset',
    { ...page({ body: ResetForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const t = req.page.t;
      const phone = req.body?.phone ?? '';
      const password = req.body?.password ?? '';
      if (password.length < 8)
        return sendHtml(
          reply,
          resetPage(req.page, { phone }, { password: t('web.form.passwordShort') }),
          400,
        );
      try {
        const out = await services.phoneAuth.reset({ phone, code: req.body?.code ?? '', password });
        reply.setCookie(SESSION_COOKIE, out.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookies,
          path: '/',
          maxAge: config.sessionDays * 86400,
        });
        return reply.redirect('/me/account?done=password', 303);
      } catch (err) {
        if (err instanceof TooManyRequests) {
          reply.header('retry-after', String(err.retryAfterSeconds));
          const flash = codeWaitText(t, err);
          return sendHtml(reply, resetPage(req.page, { phone, flash }, {}), 429);
        }
        if (!(err instanceof DomainError) || !err.errors) throw err;
        const errors = toFieldErrors(err.errors, t);
        if (errors.code) errors.code = t('authCode.wrongCode');
        return sendHtml(reply, resetPage(req.page, { phone }, errors), err.status);
      }
    },
  );

  // --- the emailed link: a page with one button (a mail scanner's GET confirms nothing) ---
  app.get<{ Querystring: { token?: string } }>('/account/email/confirm', async (req, reply) =>
    sendHtml(reply, emailConfirmPage(req.page, { token: String(req.query.token ?? '').slice(0, 600) })),
  );
  app.post<{ Body: Static<typeof TokenForm> }>(
    '/account/email/confirm',
    { ...page({ body: TokenForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const token = req.body?.token ?? '';
      try {
        const out = await services.emailConfirm.confirm(token);
        return sendHtml(reply, emailConfirmPage(req.page, { token, done: out.email }));
      } catch (err) {
        if (!(err instanceof DomainError) || !err.errors) throw err;
        const reason = err.errors[0]?.message.includes('expired')
          ? req.page.t('account.email.expired')
          : req.page.t('account.email.badLink');
        return sendHtml(reply, emailConfirmPage(req.page, { token, error: reason }), 400);
      }
    },
  );
}
