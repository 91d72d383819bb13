// Web routes for accounts and the visitor's language: register, sign in, sign out, and the
// language switcher (POST /lang), which remembers the choice in a cookie and, for a signed-in
// user, as the language of their emails, SMS and WhatsApp messages. Pages call services only.
import type { FastifyInstance, FastifyReply } from 'fastify';
import Type, { type Static } from 'typebox';
import type { Config } from '../config.ts';
import { caller, DEVICE_COOKIE, DEVICE_COOKIE_DAYS, only, SESSION_COOKIE } from '../http/auth.ts';
import { RegisterBody } from '../modules/accounts/index.ts';
import { SecondFactorNeeded } from '../modules/security/index.ts';
import type { Services } from '../services.ts';
import { DomainError, TooManyRequests } from '../shared/errors.ts';
import { LANGUAGES } from '../shared/i18n/index.ts';
import { flashNext, rememberLang } from './context.ts';
import { type FieldMessages, formErrors, page } from './form-validation.ts';
import { toFieldErrors } from './forms.ts';
import { sendHtml } from './http.ts';
import { confirmPhonePage, loginPage, registerPage } from './pages/auth.ts';
import { codeWaitText } from './pages/auth-code.ts';
import { codeRoute } from './pages/reach.ts';
import { safeNext } from './safe-redirect.ts';
import { seekerStart } from './seeker-start.ts';
import { signInWhy } from './sign-in-why.ts';

// The API's rules for each field, read from its schema, so the form and the API cannot drift.
const RegisterForm = Type.Object({
  role: Type.Optional(RegisterBody.properties.role),
  name: RegisterBody.properties.name,
  phone: RegisterBody.properties.phone,
  email: RegisterBody.properties.email,
  // Optional: an account without one signs in with a code by SMS.
  password: RegisterBody.properties.password,
  whatsapp_opt_in: Type.Optional(Type.Literal('1')),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
const ConfirmForm = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 12 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
const REGISTER_MESSAGES: FieldMessages = {
  name: {
    minLength: 'web.form.nameRequired',
    maxLength: 'web.form.nameRequired',
    required: 'web.form.nameRequired',
  },
  phone: { pattern: 'web.form.phoneInvalid', required: 'web.form.phoneInvalid' },
  email: { format: 'web.form.emailInvalid' },
  password: { minLength: 'web.form.passwordShort' },
};
/** The shortest password the API takes (its schema's rule, said in the register form's message). */
const PASSWORD_MIN = (RegisterBody.properties.password as { minLength?: number }).minLength ?? 8;

const LoginForm = Type.Object({
  login: Type.Optional(Type.String({ maxLength: 254 })),
  password: Type.Optional(Type.String({ maxLength: 128 })),
  totp: Type.Optional(Type.String({ maxLength: 32 })),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});

const LangForm = Type.Object({
  lang: Type.Enum(LANGUAGES),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});

export async function accountWebRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Config },
): Promise<void> {
  const { services, config } = opts;
  const signIn = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: config.sessionDays * 86400,
    });
  // The device cookie (OWASP): this browser's own sign-in count, and no "new sign-in" alert here.
  const rememberDevice = (reply: FastifyReply, device: string) =>
    reply.setCookie(DEVICE_COOKIE, device, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: DEVICE_COOKIE_DAYS * 86400,
    });

  // Without a password an account signs in by a code sent by SMS; with no way to send one (no SMS
  // provider; a developer's DEV_OUTBOX shows codes on the machine) the password is required.
  const passwordRequired = () => !services.notifications.smsConfigured && !config.devOutbox;
  const smsRoute = () => codeRoute(services.notifications.smsConfigured, config.devOutbox);

  app.get<{ Querystring: { role?: string; next?: string; phone?: string } }>(
    '/register',
    async (req, reply) => {
      const next = safeNext(req.query.next, config.publicUrl);
      return sendHtml(
        reply,
        registerPage(
          req.page,
          // The number typed on the code sign-in page is kept (shown back as typed, at most 20 characters).
          {
            role: req.query.role,
            phone: typeof req.query.phone === 'string' ? req.query.phone.slice(0, 20) : undefined,
          },
          {},
          next,
          passwordRequired(),
          false,
          { why: await signInWhy(services, req.page, next) },
        ),
      );
    },
  );
  app.post<{ Body: Partial<Static<typeof RegisterForm>> }>(
    '/register',
    { ...page({ body: RegisterForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const form = req.body ?? {};
      const next = safeNext(typeof form.next === 'string' ? form.next : undefined, config.publicUrl);
      const values = {
        role: form.role === 'employer' ? 'employer' : 'seeker',
        name: form.name,
        phone: form.phone,
        email: form.email,
      } as const;
      const errors = req.validationError ? formErrors(req, ctx.t, REGISTER_MESSAGES) : {};
      // A typed password is never sent back: a short one says so with its rule; a good one, in the
      // box's hint, that it must be typed again.
      if (errors.password && form.password)
        errors.password = ctx.t('web.form.passwordShortRetype', { min: PASSWORD_MIN });
      if (passwordRequired() && !form.password) errors.password ??= ctx.t('auth.passwordNeeded');
      const again = async () => ({
        why: await signInWhy(services, ctx, next),
        passwordCleared: Boolean(form.password),
      });
      if (Object.keys(errors).length)
        return sendHtml(
          reply,
          registerPage(ctx, values, errors, next, passwordRequired(), false, await again()),
          400,
        );
      try {
        const out = await services.accounts.register({
          ...values,
          name: form.name ?? '',
          phone: form.phone ?? '',
          password: form.password || undefined,
          lang: ctx.lang,
          whatsappOptIn: form.whatsapp_opt_in === '1',
        });
        // The email waits as pending until the link in this mail is opened.
        if (values.email) await services.emailConfirm.sendLink(out.user.id);
        signIn(reply, out.token);
        rememberDevice(
          reply,
          await services.security.rememberFirstDevice(out.user.id, req.cookies[DEVICE_COOKIE]),
        );
        // The number is only a claim until a code sent to it comes back: send one now and ask for it
        // on the next page, which then goes on to the job the visitor came from (or their start page).
        // Said on the next page ("Account created"); a seeker who was applying goes on to the job.
        flashNext(reply, 'welcome', config.secureCookies);
        const start = values.role === 'employer' ? '/employer/company' : '/jobs';
        const home = values.role === 'seeker' && next !== '/' ? next : start;
        await services.phoneAuth.requestPhoneProof(out.user, ctx.lang).catch((err: unknown) => {
          if (!(err instanceof TooManyRequests)) throw err;
        });
        // The confirm page reads the number and whether a code could go from the session, not the URL.
        return reply.redirect(`/register/confirm?next=${encodeURIComponent(home)}`, 303);
      } catch (err) {
        if (!(err instanceof DomainError) || !err.errors) throw err;
        // A number or email that already has an account: a whole sentence, and (for the number) the
        // ways into that account, with the number kept.
        const taken = (field: string) =>
          err.errors?.some((e) => e.field === field && /already registered/.test(e.message));
        const errors = toFieldErrors(err.errors, ctx.t);
        if (taken('phone')) errors.phone = ctx.t('auth.phoneTaken');
        if (taken('email')) errors.email = ctx.t('auth.emailTaken');
        return sendHtml(
          reply,
          registerPage(ctx, values, errors, next, passwordRequired(), taken('phone'), await again()),
          400,
        );
      }
    },
  );

  app.get<{ Querystring: { next?: string } }>('/register/confirm', only(), async (req, reply) => {
    const next = safeNext(req.query.next, config.publicUrl);
    const proof = await services.phoneAuth.phoneProofStatus(caller(req));
    if (proof.verified) return reply.redirect(next, 303);
    return sendHtml(
      reply,
      confirmPhonePage(req.page, {
        next,
        delivery: proof.delivery === 'not_sent' ? 'not_sent' : 'sentTo',
        sentTo: proof.sent_to,
        devOutbox: config.devOutbox,
        sms: smsRoute(),
      }),
    );
  });
  app.post<{ Body: Static<typeof ConfirmForm> }>(
    '/register/confirm',
    { ...only(), ...page({ body: ConfirmForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const next = safeNext(req.body?.next, config.publicUrl);
      try {
        await services.phoneAuth.confirmPhoneProof(caller(req), req.body?.code?.trim() ?? '');
        // The page it goes on to says so ("Number confirmed"), once.
        flashNext(reply, 'phoneConfirmed', config.secureCookies);
        return reply.redirect(next, 303);
      } catch (err) {
        if (err instanceof TooManyRequests) {
          reply.header('retry-after', String(err.retryAfterSeconds));
          const error = codeWaitText(ctx.t, err);
          return sendHtml(
            reply,
            confirmPhonePage(ctx, { next, devOutbox: config.devOutbox, sms: smsRoute(), error }),
            429,
          );
        }
        if (!(err instanceof DomainError) || err.status >= 500) throw err;
        const error = ctx.t('authCode.wrongCode');
        return sendHtml(
          reply,
          confirmPhonePage(ctx, { next, devOutbox: config.devOutbox, sms: smsRoute(), error }),
          400,
        );
      }
    },
  );
  app.post<{ Body: Static<typeof ConfirmForm> }>(
    '/register/confirm/resend',
    { ...only(), ...page({ body: ConfirmForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const ctx = req.page;
      const next = safeNext(req.body?.next, config.publicUrl);
      try {
        const sent = await services.phoneAuth.requestPhoneProof(caller(req), ctx.lang);
        return sendHtml(
          reply,
          confirmPhonePage(ctx, {
            next,
            delivery: sent.delivery,
            devOutbox: config.devOutbox,
            sms: smsRoute(),
          }),
        );
      } catch (err) {
        if (!(err instanceof TooManyRequests)) throw err;
        reply.header('retry-after', String(err.retryAfterSeconds));
        const error = codeWaitText(ctx.t, err);
        return sendHtml(
          reply,
          confirmPhonePage(ctx, { next, devOutbox: config.devOutbox, sms: smsRoute(), error }),
          429,
        );
      }
    },
  );

  app.get<{ Querystring: { next?: string; done?: string; login?: string } }>('/login', async (req, reply) => {
    const notice = req.query.done === 'everywhere' ? req.page.t('account.signedOutEverywhere') : undefined;
    // The number typed on the register page is kept (shown back as typed, at most 254 characters).
    const login = typeof req.query.login === 'string' ? req.query.login.slice(0, 254) : undefined;
    const next = safeNext(req.query.next, config.publicUrl);
    const why = await signInWhy(services, req.page, next);
    return sendHtml(reply, loginPage(req.page, { login }, false, next, notice, { why }));
  });
  app.post<{ Body: Static<typeof LoginForm> }>(
    '/login',
    { ...page({ body: LoginForm }), preHandler: app.csrfProtection },
    async (req, reply) => {
      const login = req.body?.login ?? '';
      const next = safeNext(req.body?.next, config.publicUrl);
      // Whatever is wrong with what was typed, the page says only "that did not work".
      if (req.validationError || !login || !req.body.password)
        return sendHtml(
          reply,
          loginPage(req.page, { login }, true, next, undefined, {
            why: await signInWhy(services, req.page, next),
          }),
          401,
        );
      const totp = req.body.totp?.trim();
      try {
        const device = req.cookies[DEVICE_COOKIE];
        const userAgent = req.headers['user-agent'];
        const out = await services.security.signIn({
          ...(login.includes('@') ? { email: login } : { phone: login }),
          password: req.body.password,
          ...(totp ? { totp } : {}),
          ip: req.ip,
          lang: req.page.lang,
          ...(device ? { device } : {}),
          ...(userAgent ? { userAgent } : {}),
        });
        signIn(reply, out.token);
        rememberDevice(reply, out.device);
        flashNext(reply, 'signedIn', config.secureCookies);
        return reply.redirect(
          next !== '/'
            ? next
            : out.user.role === 'employer'
              ? '/employer'
              : await seekerStart(services, out.user),
          303,
        );
      } catch (err) {
        if (!(err instanceof DomainError) || err.status >= 500) throw err;
        const t = req.page.t;
        if (err instanceof TooManyRequests) {
          reply.header('retry-after', String(err.retryAfterSeconds));
          const message = t('security.throttle.wait', { count: err.retryAfterSeconds });
          return sendHtml(reply, loginPage(req.page, { login }, true, next, undefined, { message }), 429);
        }
        // An admin's password was right: ask for (or again for) the authenticator code.
        if (err instanceof SecondFactorNeeded)
          return sendHtml(
            reply,
            loginPage(req.page, { login }, false, next, undefined, {
              askTotp: true,
              message: err.message,
              ...(totp ? { totpError: err.message } : {}),
            }),
            401,
          );
        if (err.status === 403)
          return sendHtml(
            reply,
            loginPage(req.page, { login }, true, next, undefined, { message: err.message }),
            403,
          );
        return sendHtml(
          reply,
          loginPage(req.page, { login }, true, next, undefined, {
            askTotp: Boolean(totp),
            why: await signInWhy(services, req.page, next),
          }),
          401,
        );
      }
    },
  );
  app.post('/logout', { preHandler: app.csrfProtection }, async (req, reply) => {
    if (req.authToken) await services.accounts.logout(req.authToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    flashNext(reply, 'signedOut', config.secureCookies);
    return reply.redirect('/', 303);
  });

  // The language switcher (the header form on every page). A signed-in user's choice also becomes
  // the language of their emails, SMS and WhatsApp messages; a stranger's only sets the cookie.
  app.post<{ Body: Static<typeof LangForm> }>(
    '/lang',
    {
      ...page({ body: LangForm }),
      preHandler: app.csrfProtection,
    },
    async (req, reply) => {
      const next = safeNext(req.body?.next, config.publicUrl);
      if (req.validationError) return reply.redirect(next, 303);
      rememberLang(reply, req.body.lang);
      if (req.user) await services.accounts.setLang(req.user.id, req.body.lang);
      return reply.redirect(next, 303);
    },
  );
}
