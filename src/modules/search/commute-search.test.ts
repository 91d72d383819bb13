// Issue #21, search by commute: commute_from + commute_max_min filter and rank by the stored
// door-to-door times (commute_times), each result says its trip, sort=commute orders by it, and a
// shift that ends while no train runs counts only with the company cab. Both engines.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, problemOf } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Result {
  items: {
    id: number;
    city: string;
    locality: string;
    commute?: { minutes: number; summary: string; cab_only?: boolean };
  }[];
  total: number;
  next_cursor: string | null;
}

forEachEngine('search by commute', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const get = (query: string) => app.inject({ method: 'GET', url: `/api/v1/jobs?${query}` });
  const search = async (query: string) => (await get(query)).json<Result>();

  beforeAll(async () => {
    app = await buildTestApp(db());
    await app.services.commute.ensureCurrent();
    const employer = await employerWithCompany(app);
    const at = (city: string, locality: string, extra: Record<string, unknown> = {}) => ({
      title: 'Customer Support Executive',
      city,
      locality,
      ...extra,
    });
    const jobs: [string, Record<string, unknown>][] = [
      ['thane', at('thane', 'thane-west')],
      ['kalyan', at('kalyan-dombivli', 'kalyan')],
      ['dombivli', at('kalyan-dombivli', 'dombivli')],
      ['borivali', at('mumbai', 'borivali')],
      ['pune', at('pune', 'kharadi')],
      // A US shift ends about 3:30 am, when no train runs: reachable only with the cab perk.
      ['usNoCab', at('thane', 'wagle-estate', { shift: 'us', perks: ['pf'] })],
      ['usCab', at('thane', 'wagle-estate', { shift: 'us', perks: ['cab', 'pf'] })],
    ];
    for (const [key, overrides] of jobs) ids[key] = (await postJob(app, employer, overrides)).id;
  }, 180_000);
  afterAll(() => app.close());

  it('commute_from=dombivli&commute_max_min=45 returns Thane and Kalyan jobs, not Borivali ones', async () => {
    const r = await search('commute_from=dombivli&commute_max_min=45');
    const found = r.items.map((i) => i.id);
    expect(found).toEqual(expect.arrayContaining([ids.thane, ids.kalyan, ids.dombivli]));
    expect(found).not.toContain(ids.borivali);
    expect(found).not.toContain(ids.pune);
    for (const item of r.items) {
      expect(item.commute?.minutes).toBeLessThanOrEqual(45);
      expect(item.commute?.summary).toMatch(/\d+ min/);
    }
    expect(r.total).toBe(r.items.length);
  });

  it('sort=commute puts the shortest trip first', async () => {
    const r = await search('commute_from=dombivli&commute_max_min=60&sort=commute');
    const minutes = r.items.map((i) => i.commute!.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(r.items[0]!.id).toBe(ids.dombivli);
  });

  it('a shift that ends while no train runs is reachable only with the company cab, and says so', async () => {
    const r = await search('commute_from=dombivli&commute_max_min=60');
    const found = r.items.map((i) => i.id);
    expect(found).not.toContain(ids.usNoCab);
    const cab = r.items.find((i) => i.id === ids.usCab);
    expect(cab?.commute?.cab_only).toBe(true);
    expect(cab?.commute?.summary).toMatch(/cab/);
  });

  it('a locality works as the origin too, and a longer limit reaches further', async () => {
    const near = await search('commute_from=kalyan-dombivli/kalyan&commute_max_min=20');
    expect(near.items.map((i) => i.id)).not.toContain(ids.thane);
    const far = await search('commute_from=kalyan-dombivli/kalyan&commute_max_min=90');
    expect(far.items.map((i) => i.id)).toContain(ids.thane);
  });

  it('words in q are read the same way: "near dombivli station", "within 45 min of dombivli"', async () => {
    for (const words of [
      'customer support near dombivli station',
      'customer support within 45 min of dombivli',
    ]) {
      const r = await (await get(`q=${encodeURIComponent(words)}`)).json<
        Result & { understood_codes?: { code: string; params: Record<string, unknown> }[] }
      >();
      const found = r.items.map((i) => i.id);
      expect(found, words).toContain(ids.dombivli);
      expect(found, words).not.toContain(ids.borivali);
      expect(
        r.items.every((i) => i.commute !== undefined),
        words,
      ).toBe(true);
      expect(
        r.understood_codes?.map((u) => u.code),
        words,
      ).toContain('commute');
    }
  });

  it('an unknown origin, a limit without an origin, or sort=commute without one is a 400 naming the field', async () => {
    const unknown = await get('commute_from=atlantis&commute_max_min=30');
    expect(unknown.statusCode).toBe(400);
    expect(problemOf(unknown).errors?.[0]?.field).toBe('commute_from');
    const alone = await get('commute_max_min=30');
    expect(alone.statusCode).toBe(400);
    expect(problemOf(alone).errors?.[0]?.field).toBe('commute_from');
    const sort = await get('sort=commute');
    expect(sort.statusCode).toBe(400);
    expect(problemOf(sort).errors?.[0]?.field).toBe('sort');
  });
});
