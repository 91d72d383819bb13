// HTTP for phone-first accounts: one-time codes, forgot/change password, change phone, sign out
// everywhere. Thin: rules in phone-auth.service.ts. Sets the session cookie like login does.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only, SESSION_COOKIE } from '../../http/auth.ts';
import { pickLang } from '../../shared/i18n/index.ts';
import { MeOut } from './accounts.schema.ts';
import type { AccountsService } from './accounts.service.ts';
import {
  CodeSentOut,
  OtpVerifyBody,
  PasswordBody,
  PhoneBody,
  PhoneVerifyBody,
  ResetBody,
  SessionOut,
} from './phone-auth.schema.ts';
import type { PhoneAuthService } from './phone-auth.service.ts';

export const phoneAuthRoutes: FastifyPluginAsyncTypebox<{
  accounts: AccountsService;
  phoneAuth: PhoneAuthService;
  cookie: { secure: boolean; maxAgeDays: number };
}> = async (app, { accounts, phoneAuth, cookie }) => {
  const tags = ['accounts'];
  const setCookie = (reply: { setCookie: (n: string, v: string, o: object) => unknown }, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookie.secure,
      path: '/',
      maxAge: cookie.maxAgeDays * 86400,
    });
  const langOf = (req: { cookies: Record<string, string | undefined>; headers: Record<string, unknown> }) =>
    pickLang(undefined, req.cookies.lang, req.headers['accept-language'] as string | undefined);

  app.post(
    '/auth/otp',
    {
      schema: {
        tags,
        body: PhoneBody,
        description:
          'Sends a sign-in code by SMS (also for a number with no account yet). 429 with Retry-After when asked again within 30 s or 5 times in 15 minutes.',
        response: { 202: CodeSentOut },
      },
    },
    async (req, reply) => reply.status(202).send(await phoneAuth.requestSignIn(req.body.phone, langOf(req))),
  );

  app.post(
    '/auth/otp/verify',
    {
      schema: {
        tags,
        body: OtpVerifyBody,
        description:
          '200 and a session for a known number, 201 and a new account for a new one (name and role required). Wrong code: 400 naming `code`; the fifth wrong code: 429 with Retry-After. A number whose account was unused for 6 months: 409 until `password` or `fresh: true` is sent with the code.',
        response: { 200: SessionOut, 201: SessionOut },
      },
    },
    async (req, reply) => {
      const out = await phoneAuth.verifySignIn({ ...req.body, lang: req.body.lang ?? langOf(req) });
      setCookie(reply, out.token);
      return reply.status(out.created ? 201 : 200).send({ token: out.token, user: out.user });
    },
  );

  app.post(
    '/auth/password/forgot',
    {
      schema: {
        tags,
        body: PhoneBody,
        description: 'Sends a reset code by SMS when the number has an account; the same answer either way.',
        response: { 202: CodeSentOut },
      },
    },
    async (req, reply) => reply.status(202).send(await phoneAuth.requestReset(req.body.phone, langOf(req))),
  );

  app.post(
    '/auth/password/reset',
    {
      schema: {
        tags,
        body: ResetBody,
        description: 'A new password with the reset code; every other session and token ends.',
        response: { 200: SessionOut },
      },
    },
    async (req, reply) => {
      const out = await phoneAuth.reset(req.body);
      setCookie(reply, out.token);
      return out;
    },
  );

  app.post(
    '/auth/logout-all',
    {
      ...only(),
      schema: {
        tags,
        description: 'Sign out everywhere: every session and API token of the account ends.',
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      await accounts.logoutEverywhere(caller(req).id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/password',
    {
      ...only(),
      schema: {
        tags,
        body: PasswordBody,
        description: 'Change (or set a first) password; other sessions end, this one stays.',
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      const user = caller(req);
      await phoneAuth.changePassword(
        user,
        { current: req.body.current_password, password: req.body.password },
        req.authToken,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/phone',
    {
      ...only(),
      schema: {
        tags,
        body: PhoneBody,
        description: 'Step one of changing the number: a code goes to the new number.',
        response: { 202: CodeSentOut },
      },
    },
    async (req, reply) => {
      const user = caller(req);
      return reply.status(202).send(await phoneAuth.requestPhoneChange(user, req.body.phone, langOf(req)));
    },
  );

  app.post(
    '/me/phone/verify',
    {
      ...only(),
      schema: {
        tags,
        body: PhoneVerifyBody,
        description: 'Step two: the code proves the new number; the old number gets a notice by SMS.',
        response: {
          200: Type.Object({ ...MeOut.properties, old_number_notice: Type.String() }),
        },
      },
    },
    async (req) => phoneAuth.confirmPhoneChange(caller(req), req.body.phone, req.body.code),
  );
};
