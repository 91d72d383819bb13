import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createTestDatabase } from '../shared/db/testing.ts';
import { createLogger } from './logger.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids and access lines', () => {
  let app: FastifyInstance;
  let drop: () => Promise<void>;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const test = await createTestDatabase('pglite');
    drop = test.drop;
    const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0' });
    app = await buildApp({ db: test.db, config, logger: createLogger('info', sink) });
    app.get('/boom-for-test', async () => {
      throw new Error('the disk said no at 9823456789');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });
  const accessLine = (reqId: string) => lines.find((l) => l.reqId === reqId && l.msg === 'request');

  it('an incoming X-Request-Id is kept, echoed and logged; without one the server makes a UUID', async () => {
    const mine = await app.inject({ url: '/health', headers: { 'x-request-id': 'lb-7f3a9c21-e2' } });
    expect(mine.headers['x-request-id']).toBe('lb-7f3a9c21-e2');
    expect(accessLine('lb-7f3a9c21-e2')).toBeDefined();

    const fresh = await app.inject({ url: '/health' });
    expect(fresh.headers['x-request-id']).toMatch(UUID);
    const other = await app.inject({ url: '/health' });
    expect(other.headers['x-request-id']).not.toBe(fresh.headers['x-request-id']);

    // A header that could forge log lines is replaced, not copied.
    const forged = await app.inject({ url: '/health', headers: { 'x-request-id': 'a b\n{"level":60}' } });
    expect(forged.headers['x-request-id']).toMatch(UUID);
  });

  it('an access line names method, route, status, duration and request id, with phones masked', async () => {
    const res = await app.inject({ url: '/api/v1/jobs/424242?ref=9823456789' });
    expect(res.statusCode).toBe(404);
    const line = accessLine(String(res.headers['x-request-id']));
    expect(line).toMatchObject({
      level: 30,
      method: 'GET',
      route: '/api/v1/jobs/:id',
      url: '/api/v1/jobs/424242?ref=[phone]',
      status: 404,
      remoteAddress: '127.0.0.1',
    });
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('9823456789');
  });

  it('a failed request logs the error message and stack, masked, under its request id', async () => {
    const res = await app.inject({ url: '/boom-for-test' });
    expect(res.statusCode).toBe(500);
    const id = String(res.headers['x-request-id']);
    const failure = lines.find((l) => l.reqId === id && l.err) as { err: { message: string; stack: string } };
    expect(failure.err.message).toBe('the disk said no at [phone]');
    expect(failure.err.stack).toContain('access-log.test.ts');
    expect(failure.err.stack).not.toContain('9823456789');
    expect(accessLine(id)).toMatchObject({ level: 50, status: 500 });
  });
});
