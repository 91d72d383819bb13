// HTTP for accounts: validate -> call the service -> shape the reply. Sets the session cookie for
// browsers alongside the bearer token for API clients.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only, SESSION_COOKIE } from '../../http/auth.ts';
import { pickLang } from '../../shared/i18n/index.ts';
import { LoginBody, MeOut, MePatch, RegisterBody, RegisterOut } from './accounts.schema.ts';
import type { AccountsService } from './accounts.service.ts';

export const accountsRoutes: FastifyPluginAsyncTypebox<{
  accounts: AccountsService;
  cookie: { secure: boolean; maxAgeDays: number };
  exportMine: (userId: string) => Promise<Record<string, unknown>>;
  eraseMine: (userId: string) => Promise<void>;
}> = async (app, { accounts, cookie, exportMine, eraseMine }) => {
  const setCookie = (reply: { setCookie: (n: string, v: string, o: object) => unknown }, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookie.secure,
      path: '/',
      maxAge: cookie.maxAgeDays * 86400,
    });

  app.post(
    '/auth/register',
    { schema: { tags: ['accounts'], body: RegisterBody, response: { 201: RegisterOut } } },
    async (req, reply) => {
      // Messages follow the language asked for, else the one the request is in.
      const lang = req.body.lang ?? pickLang(undefined, req.cookies.lang, req.headers['accept-language']);
      const { whatsapp_opt_in, ...rest } = req.body;
      const out = await accounts.register({ ...rest, lang, whatsappOptIn: whatsapp_opt_in ?? false });
      setCookie(reply, out.token);
      return reply.status(201).send(out);
    },
  );

  app.post(
    '/auth/login',
    { schema: { tags: ['accounts'], body: LoginBody, response: { 200: RegisterOut } } },
    async (req, reply) => {
      const out = await accounts.login(req.body);
      setCookie(reply, out.token);
      return { token: out.token, user: out.user };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['accounts'], response: { 204: Type.Null() } } },
    async (req, reply) => {
      if (req.authToken) await accounts.logout(req.authToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get('/me', { ...only(), schema: { tags: ['accounts'], response: { 200: MeOut } } }, async (req) =>
    accounts.me(caller(req).id),
  );

  app.patch(
    '/me',
    {
      ...only(),
      schema: {
        tags: ['accounts'],
        body: MePatch,
        description:
          'Change the language messages are written in, and whether job messages may come by WhatsApp.',
        response: { 200: MeOut },
      },
    },
    async (req) => {
      const user = caller(req);
      if (req.body.lang) await accounts.setLang(user.id, req.body.lang);
      if (req.body.whatsapp_opt_in !== undefined)
        await accounts.setWhatsAppOptIn(user.id, req.body.whatsapp_opt_in);
      return accounts.me(user.id);
    },
  );

  app.get(
    '/me/export',
    {
      ...only(),
      schema: { tags: ['privacy'], description: 'All data Deskhire holds about me (DPDP Act 2023)' },
    },
    async (req, reply) => {
      const user = caller(req);
      reply.header('content-disposition', 'attachment; filename="deskhire-my-data.json"');
      return exportMine(user.id);
    },
  );

  app.delete(
    '/me',
    {
      ...only(),
      schema: {
        tags: ['privacy'],
        description: 'Erase my account and personal data',
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      const user = caller(req);
      await eraseMine(user.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};
