// The request and reply plumbing every web route shares: sending a page, reading an id from the
// path, and sending a stranger to sign in (routes declare who may call them with `only(...)` from
// http/auth.ts; that check runs before anything is read). Pages stay in pages/; rules stay in
// the services.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../shared/errors.ts';

/** Sends a rendered page as HTML. */
export const sendHtml = (reply: FastifyReply, page: string, status = 200) =>
  reply.status(status).type('text/html; charset=utf-8').send(page);

/**
 * A positive integer id from the path, or 404 with the detail `notFound` (default "Not found").
 * Pass a function to throw its error instead (e.g. `() => new NotFound('Job')`).
 */
export function pathId(raw: string, notFound: string | (() => DomainError) = 'Not found'): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1)
    throw typeof notFound === 'string' ? new DomainError(404, 'Not Found', notFound) : notFound();
  return id;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Where a stranger comes back to after signing in, when not this URL (a form's target is not a page). */
    returnTo?: (req: FastifyRequest) => string;
  }
}

/**
 * Sends a stranger to sign in, coming back to this page (or the route's `returnTo`) afterwards; a
 * refused form post is answered 303, so the browser follows it with a GET.
 */
export const redirectToSignIn = (req: FastifyRequest, reply: FastifyReply) =>
  reply.redirect(
    `/login?next=${encodeURIComponent(req.routeOptions.config?.returnTo?.(req) ?? req.url)}`,
    req.method === 'GET' ? 302 : 303,
  );
