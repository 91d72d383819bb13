import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, register } from '../../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { RECOMMEND_SQL, recommendParams } from './recommendations.repo.ts';

interface Rec {
  score: number;
  reasons: { code: string; text: string }[];
  job: { id: number; title: string };
}

forEachEngine('recommendations', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  const recommend = async (auth: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/me/recommendations', headers: auth });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Rec[]; profile_complete: boolean }>();
  };

  it('a Thane 12th-pass fresher sees the nearby non-voice job first, with reasons; far and over-qualified jobs stay out', async () => {
    const employer = await employerWithCompany(app);
    const near = await postJob(app, employer, {
      title: 'Data Entry Operator – Wagle Estate',
      category: 'back_office',
      role: 'data-entry-operator',
      city: 'thane',
      locality: 'wagle-estate',
      education_min: '12th',
      languages: ['hindi', 'marathi'],
      skills: ['typing', 'data-entry'],
    });
    const voice = await postJob(app, employer, {
      title: 'Inbound Voice Agent – Kalwa',
      role: 'call-centre-agent',
      city: 'thane',
      locality: 'kalwa',
      education_min: '10th',
      skills: ['communication'],
    });
    const far = await postJob(app, employer, {
      title: 'Chat Support – Hinjewadi',
      city: 'pune',
      locality: 'hinjewadi',
    });
    const graduate = await postJob(app, employer, {
      title: 'MIS Executive – Wagle Estate',
      category: 'back_office',
      role: 'mis-executive',
      city: 'thane',
      locality: 'wagle-estate',
      education_min: 'graduate',
    });
    const seeker = await seekerWithProfile(app, { roles: ['data-entry-operator'], shifts: ['day'] });
    const { items, profile_complete } = await recommend(seeker.auth);
    expect(profile_complete).toBe(true);
    const ids = items.map((r) => r.job.id);
    expect(ids[0]).toBe(near.id);
    expect(ids).toContain(voice.id);
    expect(ids).not.toContain(far.id);
    expect(ids).not.toContain(graduate.id);
    const texts = items[0]!.reasons.map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining(['In Wagle Estate', 'Non-voice', 'Fits 12th pass', 'Freshers welcome']),
    );
    const kalwa = items.find((r) => r.job.id === voice.id)!;
    expect(kalwa.reasons.find((r) => r.code === 'near')?.text).toMatch(/^Near Wagle Estate – \d+ km$/);
    expect(items[0]!.score).toBeGreaterThan(kalwa.score);
  });

  it('jobs already applied to are left out', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, {
      city: 'thane',
      locality: 'naupada',
      title: 'Back Office Executive Naupada',
    });
    const seeker = await seekerWithProfile(app);
    expect((await recommend(seeker.auth)).items.map((r) => r.job.id)).toContain(job.id);
    await app.inject({ method: 'POST', url: `/api/v1/jobs/${job.id}/applications`, headers: seeker.auth });
    expect((await recommend(seeker.auth)).items.map((r) => r.job.id)).not.toContain(job.id);
  });

  it('a seeker without a profile gets an empty list and a hint to complete it; employers get 403', async () => {
    const seeker = await register(app, 'seeker');
    expect(await recommend(seeker.auth)).toEqual({ items: [], profile_complete: false });
    const employer = await register(app, 'employer');
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/me/recommendations', headers: employer.auth }))
        .statusCode,
    ).toBe(403);
  });

  it('the candidate walk uses the per-locality index', async () => {
    const seeker = await seekerWithProfile(app);
    const profile = (await app.services.seekers.forMatching(seeker.id))!;
    const input = await app.services.recommendations.inputFor(profile, [], 20);
    await db().exec('SET enable_seqscan = off');
    const plan = await db().query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ${RECOMMEND_SQL}`,
      recommendParams(input),
    );
    await db().exec('SET enable_seqscan = on');
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('jobs_live_place_recent_idx');
  });
});
