import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSeekerTestApp } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { DEMO_LOGINS, seedDemo } from '../demo/index.ts';

forEachEngine('candidate search on the demo data', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedDemo(db(), { jobs: 20, companies: 3, seekers: 120, now: Date.parse('2026-11-24T06:00:00Z') });
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  it('the demo employer finds opted-in demo seekers, each backed by a consent record', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: DEMO_LOGINS.employer.phone, password: DEMO_LOGINS.password },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const all = await app.inject({ method: 'GET', url: '/api/v1/candidates?limit=50', headers: auth });
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBeGreaterThan(50);
    expect(all.json().total).toBeLessThan(119);
    const words = await app.inject({
      method: 'GET',
      url: '/api/v1/candidates?q=data%20entry',
      headers: auth,
    });
    expect(words.json().total).toBeGreaterThan(0);
    const { rows } = await db().query<{ missing: number }>(
      `SELECT count(*)::int AS missing FROM seeker_profiles p
        WHERE p.searchable AND NOT EXISTS (SELECT 1 FROM consent_records c
              WHERE c.user_id = p.user_id AND c.purpose = 'candidate_search' AND c.granted)`,
    );
    expect(rows[0]!.missing).toBe(0);
  });
});
