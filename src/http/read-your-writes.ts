// Read-your-writes with a read replica (DATABASE_READ_URL): after a browser or API client writes
// (any successful non-GET request), it gets a short-lived `rw` cookie, and while that cookie lasts
// its reads go to the primary (`primaryReads`), so an employer finds the job just posted even when
// the replica is a moment behind. Everyone else reads from the replica. Without a replica this
// plugin does nothing and sets no cookie.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { primaryReads } from '../shared/db/db.ts';

export const READ_YOUR_WRITES_COOKIE = 'rw';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export const readYourWrites = fp(
  async (app: FastifyInstance, opts: { enabled: boolean; seconds: number; secure: boolean }) => {
    if (!opts.enabled) return;
    app.addHook('onRequest', (req, _reply, done) => {
      if (req.cookies[READ_YOUR_WRITES_COOKIE]) primaryReads.run(true, done);
      else done();
    });
    app.addHook('onSend', async (req, reply) => {
      if (SAFE.has(req.method) || reply.statusCode >= 400) return;
      reply.setCookie(READ_YOUR_WRITES_COOKIE, '1', {
        path: '/',
        maxAge: opts.seconds,
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secure,
      });
    });
  },
  { name: 'read-your-writes' },
);
