// Behind a proxy the rate limits key on the address the proxy saw, never on what the client wrote
// into X-Forwarded-For: a client that changes that header on every request is still one client.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { THROTTLE } from '../../src/modules/security/index.ts';
import { createTestDatabase } from '../../src/shared/db/testing.ts';

describe('client IP behind one trusted proxy (TRUST_PROXY=1)', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const test = await createTestDatabase('pglite');
    drop = test.drop;
    const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0', TRUST_PROXY: '1' });
    app = await buildApp({ db: test.db, config });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  // The balancer at 10.0.0.2 appends the address it saw; everything before it the client wrote.
  const login = (n: number, realClient: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': `203.0.113.${n % 250}, ${realClient}` },
      payload: { phone: `+9198${String(n).padStart(8, '0')}`, password: 'not the password' },
    });

  it('a client forging the leftmost X-Forwarded-For still meets the per-IP sign-in delay; others do not', async () => {
    const statuses: number[] = [];
    const free = THROTTLE.ip.free;
    for (let n = 0; n < free + 2; n++) statuses.push((await login(n, '198.51.100.7')).statusCode);
    expect(statuses.slice(0, free + 1).every((s) => s === 401)).toBe(true);
    expect(statuses[free + 1]).toBe(429);
    // Another client behind the same balancer has its own allowance.
    expect((await login(1000, '198.51.100.8')).statusCode).toBe(401);
  });
});
