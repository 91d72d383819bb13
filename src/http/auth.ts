// Resolves the caller from `Authorization: Bearer <token>` (API clients) or the `sid` session
// cookie (the web app), then enforces the route's own declaration of who may call it
// (`config: { auth: ... }`) in the same onRequest hook: before the body is parsed or validated, so
// a stranger's write is 401 and a wrong role's 403 whatever they sent. Sessions live in
// PostgreSQL, so any app instance can serve any request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AccountsService, AuthUser } from '../modules/accounts/index.ts';
import { Forbidden, Unauthorized } from '../shared/errors.ts';

export const SESSION_COOKIE = 'sid';
/** A random id per browser or app (OWASP's device cookie): known devices skip the account-wide
 * sign-in delay, and a sign-in from an unknown one alerts the owner. */
export const DEVICE_COOKIE = 'did';
export const DEVICE_COOKIE_DAYS = 400;

export type Role = AuthUser['role'];
/** Who may call a route: any signed-in user, or signed-in users of these roles. */
export type AuthRule = 'user' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
    authToken: string | null;
  }
  interface FastifyContextConfig {
    /** Checked before validation; a route without it is open to strangers. */
    auth?: AuthRule;
  }
}

/** Route options for a route only signed-in users (of `roles`, if given) may call. */
export const only = (...roles: Role[]): { config: { auth: AuthRule } } => ({
  config: { auth: roles.length ? roles : 'user' },
});

/** 401 for a stranger, 403 for a signed-in user whose role the rule does not admit. */
export function checkAuth(user: AuthUser | null, rule: AuthRule | undefined): void {
  if (!rule) return;
  if (!user) throw new Unauthorized();
  if (rule !== 'user' && !rule.includes(user.role))
    throw new Forbidden(`Only ${rule.join(' or ')} accounts may do this`);
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { accounts: AccountsService }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('authToken', null);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const token = bearer || req.cookies[SESSION_COOKIE];
    const user = token ? await opts.accounts.authenticate(token) : null;
    if (user) {
      req.user = user;
      req.authToken = token ?? null;
    }
    checkAuth(req.user, req.routeOptions.config?.auth);
  });
});

/**
 * The signed-in caller of a route that declares `config: { auth }` (the onRequest hook has already
 * refused everyone else). On a route without the declaration this is a programming error, not a
 * 401: the check would otherwise run after validation.
 */
export function caller(req: FastifyRequest): AuthUser {
  if (!req.routeOptions.config?.auth)
    throw new Error(`${req.method} ${req.routeOptions.url} reads its caller but declares no config.auth`);
  if (!req.user) throw new Unauthorized();
  return req.user;
}
