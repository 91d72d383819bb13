// POST /api/v1/jobs with an Idempotency-Key posts the job once however often it is retried
// (the load test retries on the other instance after killing one); without a key nothing changes.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, jobPayload } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('job posting with an Idempotency-Key', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  const post = (auth: Record<string, string>, key?: string, body = jobPayload()) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: { ...auth, ...(key ? { 'idempotency-key': key } : {}) },
      payload: body,
    });

  it('a retry with the same key returns the first job (200); concurrent twins post one job', async () => {
    const employer = await employerWithCompany(app);
    const first = await post(employer.auth, 'post-1');
    expect(first.statusCode).toBe(201);
    const again = await post(employer.auth, 'post-1');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);

    const twins = await Promise.all(Array.from({ length: 8 }, () => post(employer.auth, 'post-2')));
    expect(twins.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(twins.map((r) => r.json().id)).size).toBe(1);

    const mine = await app.inject({ url: '/api/v1/me/jobs', headers: employer.auth });
    expect(mine.json().items).toHaveLength(2);
  });

  it('keys belong to one employer, and requests without a key each post a job', async () => {
    const a = await employerWithCompany(app);
    const b = await employerWithCompany(app);
    expect((await post(a.auth, 'same')).statusCode).toBe(201);
    expect((await post(b.auth, 'same')).statusCode).toBe(201);
    expect((await post(a.auth)).statusCode).toBe(201);
    expect((await post(a.auth)).statusCode).toBe(201);
    const mine = await app.inject({ url: '/api/v1/me/jobs', headers: a.auth });
    expect(mine.json().items).toHaveLength(3);
  });
});
