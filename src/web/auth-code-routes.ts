// Web routes for signing in with a code by SMS (/login/code): the same service as the API
// (phoneAuth), a session cookie on success. Pages say "code sent" only when it was.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type, { type Static } from 'typebox';
import type { Config } from '../config.ts';
import { SESSION_COOKIE } from '../http/auth.ts';
import type { Services } from '../services.ts';
import { DomainError, TooManyRequests } from '../shared/errors.ts';
import type { Translate } from '../shared/i18n/index.ts';
import { flashNext } from './context.ts';
import { page } from './form-validation.ts';
import { type FieldErrors, localizeMessage } from './forms.ts';
import { sendHtml } from './http.ts';
import { codePhonePage, codeVerifyPage, codeWaitText } from './pages/auth-code.ts';
import { codeRoute } from './pages/reach.ts';
import { safeNext } from './safe-redirect.ts';
import { seekerStart } from './seeker-start.ts';
import { signInWhy } from './sign-in-why.ts';

// Loose on purpose: the service validates the phone and the code and says which field is wrong, in
// the page language; these only bound the sizes and keep unknown fields out of the types.
const Text = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const CodePhoneForm = Type.Object({ phone: Text(20), next: Text(2000) });
const CodeVerifyForm = Type.Object({
  phone: Text(20),
  code: Text(12),
  name: Text(100),
  role: Text(10),
  password: Text(128),
  email_code: Text(12),
  fresh: Text(1),
  newcomer: Text(1),
  whatsapp_opt_in: Text(1),
  next: Text(2000),
});
const EmailProofForm = Type.Object({ phone: Text(20), code: Text(12), next: Text(2000) });

/**
 * The service's field errors in the page language, each a whole sentence that says what to do. A
 * message no catalogue entry knows (an English fragment such as "must be ...") becomes the generic
 * "please check it" rather than English on a Hindi or Marathi page.
 */
function codeFieldErrors(errors: { field: string; message: string }[], t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = e.field.split('.')[0] ?? e.field;
    const said = localizeMessage(t, e.message);
    out[key] ??= said === e.message ? t('web.form.invalid') : said;
  }
  return out;
}

export async function authCodeWebRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Config },
): Promise<void> {
  const { services, config } = opts;
  // Where a code goes: a real SMS provider, a developer's DEV_OUTBOX on this machine, or nowhere.
  const smsRoute = () => codeRoute(services.notifications.smsConfigured, config.devOutbox);

  const tooMany = (req: FastifyRequest, reply: FastifyReply, err: TooManyRequests) => {
    reply.header('retry-after', String(err.retryAfterSeconds));
    return codeWaitText(req.page.t, err);
  };

  app.get<{ Querystring: { next?: string; phone?: string } }>('/login/code', async (req, reply) => {
    // A number brought from another page (register: "already has an account") is kept as typed.
    const phone = typeof req.query.phone === 'string' ? req.query.phone.slice(0, 20) : undefined;
    const next = safeNext(req.query.next, config.publicUrl);
    return sendHtml(
      reply,
      codePhonePage(req.page, { phone, next }, {}, smsRoute(), await signInWhy(services, req.page, next)),
    );
  });

  app.post<{ Body: Static<typeof CodePhoneForm> }>(
    '/login/code',
    { ...page({ body: CodePhoneForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const phone = req.validationError ? '' : (req.body?.phone ?? '');
      const next = safeNext(req.body?.next, config.publicUrl);
      try {
        const sent = await services.phoneAuth.requestSignIn(phone, ctx.lang);
        return sendHtml(
          reply,
          codeVerifyPage(
            ctx,
            {
              phone,
              delivery: sent.delivery === 'unknown' ? undefined : sent.delivery,
              sentTo: sent.sent_to,
              devOutbox: config.devOutbox,
            },
            {},
            next,
          ),
        );
      } catch (err) {
        if (err instanceof TooManyRequests)
          return sendHtml(
            reply,
            codeVerifyPage(ctx, { phone, flash: tooMany(req, reply, err) }, {}, next),
            429,
          );
        if (!(err instanceof DomainError) || !err.errors) throw err;
        return sendHtml(
          reply,
          codePhonePage(
            ctx,
            { phone, next },
            codeFieldErrors(err.errors, ctx.t),
            smsRoute(),
            await signInWhy(services, ctx, next),
          ),
          400,
        );
      }
    },
  );

  app.post<{ Body: Static<typeof CodeVerifyForm> }>(
    '/login/code/verify',
    { ...page({ body: CodeVerifyForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const form = req.validationError ? {} : (req.body ?? {});
      const next = safeNext(form.next, config.publicUrl);
      const values = {
        phone: form.phone ?? '',
        code: form.code ?? '',
        name: form.name,
        role: form.role === 'employer' ? 'employer' : 'seeker',
        whatsapp_opt_in: form.whatsapp_opt_in === '1' ? '1' : undefined,
      };
      try {
        const out = await services.phoneAuth.verifySignIn({
          phone: values.phone,
          code: values.code,
          name: values.name,
          role: values.role as 'seeker' | 'employer',
          password: form.password || undefined,
          email_code: form.email_code || undefined,
          fresh: form.fresh === '1',
          whatsapp_opt_in: values.whatsapp_opt_in === '1',
          lang: ctx.lang,
        });
        reply.setCookie(SESSION_COOKIE, out.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookies,
          path: '/',
          maxAge: config.sessionDays * 86400,
        });
        flashNext(reply, out.created ? 'welcome' : 'signedIn', config.secureCookies);
        const home =
          out.user.role === 'employer'
            ? out.created
              ? '/employer/company'
              : '/employer'
            : await seekerStart(services, out.user);
        return reply.redirect(next !== '/' ? next : home, 303);
      } catch (err) {
        if (err instanceof TooManyRequests) {
          const step = { phone: values.phone, values, flash: tooMany(req, reply, err) };
          return sendHtml(reply, codeVerifyPage(ctx, step, {}, next), 429);
        }
        if (!(err instanceof DomainError) || err.status >= 500) throw err;
        // The code was right and the number is new: ask for the name and role now (the service
        // names only those fields, and only after checking the code). Their errors show once asked.
        if (
          err.status === 400 &&
          err.errors?.length &&
          err.errors.every((e) => e.field === 'name' || e.field === 'role')
        ) {
          const asked = form.newcomer === '1';
          const errors = asked ? codeFieldErrors(err.errors, ctx.t) : {};
          const step = { phone: values.phone, values, newcomer: true };
          return sendHtml(reply, codeVerifyPage(ctx, step, errors, next), asked ? 400 : 200);
        }
        const recycled = err.status === 409;
        // Errors without fields: a wrong password of a recycled number's old account (401), or an
        // admin's number (403: admins never sign in by SMS alone).
        const errors: FieldErrors = err.errors
          ? codeFieldErrors(err.errors, ctx.t)
          : {
              _form: ctx.t(
                err.status === 401
                  ? 'authCode.oldPasswordWrong'
                  : err.status === 403
                    ? 'authCode.adminNoCode'
                    : 'web.form.invalid',
              ),
            };
        if (errors.code) errors.code = ctx.t('authCode.wrongCode');
        if (recycled) delete errors.password;
        if (errors.email_code) errors.email_code = ctx.t('authCode.wrongCode');
        const emailProof = form.email_code ? { status: 'sent' as const, to: '' } : undefined;
        const step = { phone: values.phone, values, recycled: recycled || !!form.email_code, emailProof };
        return sendHtml(reply, codeVerifyPage(ctx, step, errors, next), err.status === 401 ? 401 : 400);
      }
    },
  );

  // A recycled number's other proof: a code to the old account's confirmed email (after the SMS code).
  app.post<{ Body: Static<typeof EmailProofForm> }>(
    '/login/code/email',
    { ...page({ body: EmailProofForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const form = req.validationError ? {} : (req.body ?? {});
      const next = safeNext(form.next, config.publicUrl);
      const phone = form.phone ?? '';
      const values = { phone, code: form.code ?? '' };
      try {
        const sent = await services.phoneAuth.requestEmailProof(phone, values.code, ctx.lang);
        const emailProof = { status: sent.delivery, to: sent.sent_to };
        return sendHtml(reply, codeVerifyPage(ctx, { phone, values, recycled: true, emailProof }, {}, next));
      } catch (err) {
        if (err instanceof TooManyRequests) {
          const step = { phone, values, recycled: true, flash: tooMany(req, reply, err) };
          return sendHtml(reply, codeVerifyPage(ctx, step, {}, next), 429);
        }
        if (!(err instanceof DomainError) || !err.errors) throw err;
        const errors = codeFieldErrors(err.errors, ctx.t);
        if (errors.code) errors.code = ctx.t('authCode.wrongCode');
        if (errors.email_code) errors._form = ctx.t('account.recycled.noEmail');
        return sendHtml(
          reply,
          codeVerifyPage(ctx, { phone, values, recycled: true }, errors, next),
          err.status,
        );
      }
    },
  );
}
