// Issue #21: with a home station on the profile, recommendations carry each job's door-to-door time
// from the stored commute_times, and a job beyond a long commute (over 90 min) ranks lower.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob } from '../../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Rec {
  score: number;
  reasons: { code: string; text: string }[];
  job: { id: number; commute?: { minutes: number; summary: string } };
}

forEachEngine('recommendations by commute', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    await app.services.commute.ensureCurrent();
  }, 180_000);
  afterAll(() => app.close());

  const recommend = async (auth: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/me/recommendations', headers: auth });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Rec[] }>().items;
  };

  it('a seeker living in Virar sees the Borivali job above the nearer-by-km Wagle Estate one (over 90 min by train)', async () => {
    const employer = await employerWithCompany(app);
    const back = { category: 'back_office', role: 'data-entry-operator', education_min: '12th' };
    const wagle = await postJob(app, employer, {
      ...back,
      title: 'Data Entry – Wagle',
      city: 'thane',
      locality: 'wagle-estate',
    });
    const borivali = await postJob(app, employer, {
      ...back,
      title: 'Data Entry – Borivali',
      city: 'mumbai',
      locality: 'borivali',
    });
    const seeker = await seekerWithProfile(app, { roles: ['data-entry-operator'], travel_km: 30 });

    // Without a home, the job in the seeker's own locality comes first and no trip is claimed.
    const before = await recommend(seeker.auth);
    expect(before.map((r) => r.job.id).slice(0, 2)).toEqual([wagle.id, borivali.id]);
    expect(before[0]?.job.commute).toBeUndefined();

    const put = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: seeker.auth,
      payload: { home_station: 'virar' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await recommend(seeker.auth);
    expect(after.map((r) => r.job.id).slice(0, 2)).toEqual([borivali.id, wagle.id]);
    const [near, far] = after;
    expect(near?.job.commute?.minutes).toBeLessThanOrEqual(60);
    expect(near?.job.commute?.summary).toMatch(/Western line/);
    expect(near?.reasons[0]).toMatchObject({
      code: 'commute',
      text: `${near?.job.commute?.minutes} min from your home`,
    });
    expect(far?.job.commute?.minutes).toBeGreaterThan(90);
    expect(far?.reasons.map((r) => r.code)).not.toContain('commute');
    expect(near!.score).toBeGreaterThan(far!.score);
  });
});
