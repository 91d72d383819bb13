// Insights through HTTP on both engines: small cells say "not enough data", medians match a hand
// computation, time-to-fill counts jobs closed through the API, and the offer check ranks a range.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { isoWeekLabel } from './insights.service.ts';

forEachEngine('market insights', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    // Pune CSR: 5 postings with midpoints 12,000 / 15,000 / 18,000 / 21,000 / 30,000.
    const ranges = [
      [10000, 14000],
      [13000, 17000],
      [16000, 20000],
      [19000, 23000],
      [25000, 35000],
    ];
    for (const [i, [min, max]] of ranges.entries())
      await postJob(app, employer, {
        role: 'customer-service-representative',
        city: 'pune',
        locality: 'hinjewadi',
        salary_min: min,
        salary_max: max,
        work_mode: i < 2 ? 'hybrid' : 'onsite',
        skills: i < 3 ? ['communication', 'crm-tools'] : ['communication'],
      });
    // Thane data entry: only 3 postings.
    for (let i = 0; i < 3; i++)
      await postJob(app, employer, {
        category: 'back_office',
        role: 'data-entry-operator',
        city: 'thane',
        locality: 'wagle-estate',
        salary_min: 11000,
        salary_max: 14000,
      });
    // A draft never counts: it was never posted.
    await postJob(app, employer, {
      city: 'pune',
      locality: 'hinjewadi',
      status: 'draft',
      salary_min: 90000,
      salary_max: 99000,
    });
    // Jobs closed as filled give time-to-fill (closed_at is stamped by the lifecycle); jobs closed
    // for another reason do not.
    for (let i = 0; i < 7; i++) {
      const job = await postJob(app, employer, { city: 'mumbai', role: 'telecaller' });
      await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/close${i < 5 ? '?reason=filled' : i === 5 ? '?reason=employer' : ''}`,
        headers: employer.auth,
      });
    }
    await app.services.insights.refresh({ force: true });
  });
  afterAll(() => app?.close());

  it('a role and city with three postings says "not enough data" instead of a number', async () => {
    const res = await app.inject({ url: '/api/v1/insights/salaries?role=data-entry-operator&city=thane' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ postings: 3, enough_data: false, message: 'not enough data', salary: null });
    const skills = (
      await app.inject({ url: '/api/v1/insights/skills?role=data-entry-operator&city=thane' })
    ).json();
    expect(skills).toMatchObject({ enough_data: false, message: 'not enough data', skills: [] });
    const demand = (
      await app.inject({ url: '/api/v1/insights/demand?role=data-entry-operator&city=thane' })
    ).json();
    expect(demand).toMatchObject({ enough_data: false, weeks: [] });
  });

  it('the salary median and quartiles match a hand computation', async () => {
    const body = (
      await app.inject({ url: '/api/v1/insights/salaries?role=customer-service-representative&city=pune' })
    ).json();
    expect(body.enough_data).toBe(true);
    expect(body.postings).toBe(5);
    // Sorted midpoints 12k, 15k, 18k, 21k, 30k: median 18k, p25 15k, p75 21k (percentile_cont).
    expect(body.salary).toMatchObject({
      median: 18000,
      p25: 15000,
      p75: 21000,
      low: 12000,
      high: 30000,
      median_min: 16000,
      median_max: 20000,
    });
    // Each work mode alone has fewer than five postings: no number for them.
    expect(body.by_work_mode).toEqual(
      expect.arrayContaining([{ key: 'hybrid', salary_postings: 2, median: null }]),
    );
    const hybrid = (
      await app.inject({
        url: '/api/v1/insights/salaries?role=customer-service-representative&city=pune&work_mode=hybrid',
      })
    ).json();
    expect(hybrid.message).toBe('not enough data');
  });

  it('shows the work-mode share, the most asked skills and weekly demand for a role and city', async () => {
    const modes = (
      await app.inject({ url: '/api/v1/insights/work-modes?role=customer-service-representative&city=pune' })
    ).json();
    expect(modes.modes).toEqual([
      { work_mode: 'onsite', postings: 3, share: 60 },
      { work_mode: 'hybrid', postings: 2, share: 40 },
      { work_mode: 'remote', postings: 0, share: 0 },
    ]);
    const skills = (
      await app.inject({ url: '/api/v1/insights/skills?role=customer-service-representative&city=pune' })
    ).json();
    expect(skills.skills.slice(0, 2)).toEqual([
      { skill: 'communication', postings: 5, share: 100 },
      { skill: 'crm-tools', postings: 3, share: 60 },
    ]);
    const demand = (
      await app.inject({ url: '/api/v1/insights/demand?city=pune&role=customer-service-representative' })
    ).json();
    expect(demand.weeks.reduce((s: number, w: { postings: number }) => s + w.postings, 0)).toBe(5);
    expect(demand.weeks[0].iso_week).toMatch(/^\d{4}-W\d\d$/);
  });

  it('a category-level view (customer service, Pune) adds up its roles', async () => {
    const body = (
      await app.inject({ url: '/api/v1/insights/salaries?category=customer_service&city=pune' })
    ).json();
    expect(body.postings).toBe(5);
    expect(body.scope).toMatchObject({ category: 'customer_service', role: null, city: 'pune' });
  });

  it('time-to-fill comes from jobs closed as filled, not from jobs closed for other reasons', async () => {
    const body = (await app.inject({ url: '/api/v1/insights/salaries?role=telecaller&city=mumbai' })).json();
    expect(body.time_to_fill.filled).toBe(5);
    expect(body.time_to_fill.median_days).toBeGreaterThanOrEqual(0);
  });

  it('an employer sees where an offered range sits in the market', async () => {
    const check = async (min: number, max: number) =>
      (
        await app.inject({
          url: `/api/v1/insights/offer-check?role=customer-service-representative&city=pune&salary_min=${min}&salary_max=${max}`,
        })
      ).json();
    expect(await check(16000, 20000)).toMatchObject({
      offer_mid: 18000,
      percentile: 50,
      verdict: 'competitive',
    });
    expect((await check(9000, 11000)).verdict).toBe('below_market');
    expect((await check(60000, 80000)).verdict).toBe('far_above_market');
    const thin = await check(11000, 14000).then(() =>
      app.inject({
        url: '/api/v1/insights/offer-check?role=data-entry-operator&city=thane&salary_min=11000&salary_max=14000',
      }),
    );
    expect(thin.json()).toMatchObject({ percentile: null, message: 'not enough data' });
  });

  it('an unknown role is a validation error, not an empty answer', async () => {
    const res = await app.inject({ url: '/api/v1/insights/salaries?role=astronaut' });
    expect(res.statusCode).toBe(400);
  });
});

describe('ISO week labels', () => {
  it('names the week the way calendars do', () => {
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2026-01-05')).toBe('2026-W02');
  });
});
