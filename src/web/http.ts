// The request and reply plumbing every web route shares: sending a page, reading an id from the
// path, and the "sign in first, with the right role" guard. Pages stay in pages/; rules stay in
// the services.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../modules/accounts/index.ts';
import { DomainError } from '../shared/errors.ts';

type Role = AuthUser['role'];

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

/** Sends a stranger to sign in, coming back to this page afterwards. */
export const redirectToSignIn = (req: FastifyRequest, reply: FastifyReply) =>
  reply.redirect(`/login?next=${encodeURIComponent(req.url)}`);

/**
 * The signed-in user, or undefined after redirecting a stranger to sign in (the reply is sent;
 * return it). With `roles`, a signed-in user of another role gets 403 with `forbidden` (default
 * "Only <role> accounts can do this"); `allowAdmin` lets admins through as well.
 */
export function signedIn(
  req: FastifyRequest,
  reply: FastifyReply,
  roles?: readonly Role[],
  opts: { allowAdmin?: boolean; forbidden?: string } = {},
): AuthUser | undefined {
  const user = req.user;
  if (!user) {
    redirectToSignIn(req, reply);
    return undefined;
  }
  if (roles && !roles.includes(user.role) && !(opts.allowAdmin && user.role === 'admin'))
    throw new DomainError(
      403,
      'Forbidden',
      opts.forbidden ?? `Only ${roles.join(' or ')} accounts can do this`,
    );
  return user;
}
