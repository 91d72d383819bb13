// Turns every error into RFC 9457 application/problem+json. Validation errors name the field and
// the reason; unknown errors become a 500 without leaking internals (the log keeps the detail).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type FieldError, TooManyRequests } from '../shared/errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

function fieldOf(instancePath: string, missing?: string, where?: string): string {
  const p = instancePath.replace(/^\//, '').replace(/\//g, '.');
  const name = [p, missing].filter(Boolean).join('.');
  return name || where || 'body';
}

interface AjvLikeError {
  instancePath: string;
  message?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
}

function validationErrors(err: FastifyError): FieldError[] {
  const list = (err.validation ?? []) as AjvLikeError[];
  return list.map((v) => ({
    field: fieldOf(
      v.instancePath,
      v.params?.missingProperty ?? v.params?.additionalProperty,
      err.validationContext,
    ),
    message: v.params?.additionalProperty ? 'is not a known field' : (v.message ?? 'is invalid'),
  }));
}

/**
 * Every database connection stayed busy for the pool's whole wait (pg-pool's own message): the
 * instance is overloaded, not broken. Answered 503 with Retry-After, so a client or load balancer
 * tries again (or elsewhere) instead of reading it as a bug.
 */
export function isPoolBusy(err: unknown): boolean {
  return err instanceof Error && err.message === 'timeout exceeded when trying to connect';
}

export function problemFor(err: unknown, url: string): Problem {
  if (err instanceof DomainError) {
    return {
      type: `https://deskhire.in/problems/${err.status}`,
      title: err.title,
      status: err.status,
      detail: err.message,
      instance: url,
      ...(err.errors ? { errors: err.errors } : {}),
    };
  }
  const fe = err as FastifyError;
  if (fe?.validation) {
    const errors = validationErrors(fe);
    return {
      type: 'https://deskhire.in/problems/validation',
      title: 'Bad Request',
      status: 400,
      detail: errors.map((e) => `${e.field} ${e.message}`).join('; '),
      instance: url,
      errors,
    };
  }
  if (isPoolBusy(err))
    return {
      type: 'https://deskhire.in/problems/503',
      title: 'Service Unavailable',
      status: 503,
      detail: 'Deskhire is busy right now; try again in a few seconds.',
      instance: url,
    };
  const status =
    typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500 ? fe.statusCode : 500;
  return {
    type: `https://deskhire.in/problems/${status}`,
    title: status === 500 ? 'Internal Server Error' : (fe?.name ?? 'Bad Request'),
    status,
    detail:
      status === 500
        ? 'Something went wrong on our side; it has been logged.'
        : (fe?.message ?? 'Bad request'),
    instance: url,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

export function registerProblemHandlers(
  app: FastifyInstance,
  renderHtml?: (req: FastifyRequest, reply: FastifyReply, problem: Problem) => FastifyReply | undefined,
): void {
  app.setErrorHandler((err, req, reply) => {
    const problem = problemFor(err, req.url);
    if (problem.status >= 500) req.log.error({ err }, 'request failed');
    if (err instanceof TooManyRequests) reply.header('retry-after', String(err.retryAfterSeconds));
    if (problem.status === 503) reply.header('retry-after', '2');
    const html = renderHtml?.(req, reply, problem);
    return html ?? sendProblem(reply, problem);
  });
  app.setNotFoundHandler((req, reply) => {
    const problem: Problem = {
      type: 'https://deskhire.in/problems/404',
      title: 'Not Found',
      status: 404,
      detail: `No route ${req.method} ${req.url.split('?')[0]}`,
      instance: req.url,
    };
    const html = renderHtml?.(req, reply, problem);
    return html ?? sendProblem(reply, problem);
  });
}
