// Resolves the caller from `Authorization: Bearer <token>` (API clients) or the `sid` session
// cookie (the web app). Sessions live in PostgreSQL, so any app instance can serve any request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AccountsService, AuthUser } from '../modules/accounts/index.ts';
import { Forbidden, Unauthorized } from '../shared/errors.ts';

export const SESSION_COOKIE = 'sid';

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
    authToken: string | null;
  }
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { accounts: AccountsService }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('authToken', null);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const token = bearer || req.cookies[SESSION_COOKIE];
    if (!token) return;
    const user = await opts.accounts.authenticate(token);
    if (user) {
      req.user = user;
      req.authToken = token;
    }
  });
});

export function requireUser(req: FastifyRequest): AuthUser {
  if (!req.user) throw new Unauthorized();
  return req.user;
}

export function requireRole(req: FastifyRequest, ...roles: AuthUser['role'][]): AuthUser {
  const user = requireUser(req);
  if (!roles.includes(user.role)) throw new Forbidden(`Only ${roles.join(' or ')} accounts may do this`);
  return user;
}
