// GET /api/v1/taxonomy lists the suburban rail and metro stations (CONTRACT.md: stations: [{ slug,
// name, lines, lat, lng }], with name_hi and name_mr), and the MMR towns among the cities.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TaxonomyView } from '../../src/modules/taxonomy/index.ts';
import { forEachEngine } from '../../src/shared/db/testing.ts';
import { buildTestApp } from '../support/app.ts';

forEachEngine('taxonomy stations', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the stations with lines, points and names in three languages', async () => {
    const res = await app.inject({ url: '/api/v1/taxonomy' });
    expect(res.statusCode).toBe(200);
    const tax = res.json<TaxonomyView>();
    const dombivli = tax.stations.find((s) => s.slug === 'dombivli');
    expect(dombivli).toMatchObject({ name: 'Dombivli', name_mr: 'डोंबिवली', lines: ['central'] });
    expect(dombivli?.lat).toBeCloseTo(19.218, 2);
    const gundavali = tax.stations.find((s) => s.slug === 'gundavali');
    expect(gundavali?.lines).toEqual(['metro-7']);
    expect(tax.stations.length).toBeGreaterThan(150);
  });

  it('has the MMR towns the commute needs among the cities', async () => {
    const tax = (await app.inject({ url: '/api/v1/taxonomy' })).json<TaxonomyView>();
    const slugs = tax.cities.map((c) => c.slug);
    for (const city of [
      'kalyan-dombivli',
      'ulhasnagar',
      'ambernath',
      'badlapur',
      'bhiwandi',
      'mira-bhayandar',
      'vasai-virar',
      'panvel',
    ])
      expect(slugs, city).toContain(city);
    const mumbai = tax.cities.find((c) => c.slug === 'mumbai');
    expect(mumbai?.localities.map((l) => l.slug)).toEqual(
      expect.arrayContaining(['churchgate', 'mumbai-central', 'bandra']),
    );
  });
});
