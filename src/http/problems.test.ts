// An overloaded instance (every pooled connection busy for the whole wait) answers 503 with
// Retry-After, not 500: it is load, not a bug, and a client may retry.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { problemFor, registerProblemHandlers } from './problems.ts';

describe('problem responses under load', () => {
  it('a pool wait that timed out is a 503 with Retry-After; other errors stay 500', async () => {
    const app = Fastify();
    registerProblemHandlers(app);
    app.get('/busy', async () => {
      throw new Error('timeout exceeded when trying to connect');
    });
    app.get('/bug', async () => {
      throw new Error('boom');
    });
    const busy = await app.inject({ url: '/busy' });
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('2');
    expect(busy.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect((await app.inject({ url: '/bug' })).statusCode).toBe(500);
    expect(problemFor(new Error('boom'), '/x').detail).not.toContain('boom');
    await app.close();
  });
});
