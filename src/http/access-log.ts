// Request ids and access lines: every request gets an id (the caller's X-Request-Id when it is a
// sane token, else a fresh UUID), echoed in the response, and one access line when it completes:
// method, route pattern, masked URL, status, duration and client address. Never logs bodies.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { maskPhones } from './logger.ts';

// Ids from a proxy or client are kept when they look like ids: no spaces, quotes or newlines that
// could forge a log line, and short enough to index.
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Fastify's genReqId: honour an incoming X-Request-Id, else a UUID (unique across instances). */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

export const accessLog = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (req, reply) => {
      reply.header('x-request-id', req.id);
    });
    app.addHook('onResponse', async (req, reply) => {
      const status = reply.statusCode;
      const line = {
        method: req.method,
        // The route pattern groups lines (and hides ids); the masked URL says what was asked.
        route: req.routeOptions.url ?? 'unmatched',
        url: maskPhones(req.url),
        status,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        remoteAddress: req.ip,
      };
      if (status >= 500) req.log.error(line, 'request');
      else req.log.info(line, 'request');
    });
  },
  { name: 'deskhire-access-log' },
);
