// The insight pages as a phone reader meets them: built on demo data they say "sample data" (not
// "real postings"); chart text is at least 12 px at 360 px wide and no label is cut; weeks are
// named by their dates; each chart's table is folded under a summary. And the demo pay itself is
// plausible: no role's median in the demo set is above a manager's published range.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../test/support/app.ts';
import { seedDemo } from '../modules/demo/index.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('insight pages on a phone, on sample data', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
    await seedDemo(db(), { jobs: 600, history: 400, companies: 12, seekers: 10, seed: 7 });
    await app.services.insights.refresh({ force: true });
  });
  afterAll(() => app?.close());
  const page = (url: string) => app.inject({ url, headers: { accept: 'text/html' } });

  it('figures computed from demo data say "sample data", in every language, never "real postings"', async () => {
    const en = await page('/insights');
    expect(en.body).toContain('Sample data');
    expect(en.body).not.toContain('real postings');
    expect((await page('/insights?lang=hi')).body).toContain('नमूना डेटा');
    expect((await page('/insights/customer-service/mumbai?lang=mr')).body).toContain('नमुना डेटा');
  });

  it('charts are readable at 360 px: text of 13 units in a 320-unit drawing, whole labels, dated weeks, folded tables', async () => {
    const res = await page('/insights/customer-service/mumbai');
    const svgs = [...res.body.matchAll(/<svg class="chart" viewBox="0 0 (\d+) \d+"/g)];
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    // A 360 px phone gives the chart about 328 px: 320 units scale up, never down.
    for (const m of svgs) expect(Number(m[1])).toBeLessThanOrEqual(328);
    const sizes = [...res.body.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    expect(res.body).not.toMatch(/<text[^>]*>[^<]*…<\/text>/);
    expect(res.body).not.toMatch(/W\d\d/);
    expect(res.body).toMatch(/<text[^>]*>\d{1,2} [A-Z][a-z]{2,3}<\/text>/);
    const figures = res.body.match(/<div class="figure">/g)?.length ?? 0;
    expect(
      res.body.match(/<details class="figure-table"><summary>The figures as a table<\/summary><table>/g),
    ).toHaveLength(figures);
  });

  it('demo pay is plausible: a customer experience manager’s median is within the published manager range', async () => {
    const medians = await app.services.insights.roleMedians();
    const of = (role: string) => medians.find((m) => m.role === role)?.median ?? 0;
    expect(of('customer-experience-manager')).toBeGreaterThan(50_000);
    expect(of('customer-experience-manager')).toBeLessThanOrEqual(1_20_000);
    expect(of('operations-manager')).toBeLessThanOrEqual(1_00_000);
    for (const m of medians) expect(m.median ?? 0).toBeLessThanOrEqual(1_20_000);
    expect(of('customer-service-representative')).toBeGreaterThanOrEqual(12_000);
    expect(of('customer-service-representative')).toBeLessThanOrEqual(26_000);
  });

  it('every salary bar says it is a month’s pay, in en/hi/mr, and the bar leaves room for the words', async () => {
    const month = { en: 'a month', hi: 'महीना', mr: 'महिना' } as const;
    for (const lang of ['en', 'hi', 'mr'] as const) {
      for (const url of ['/insights', '/insights/customer-service/mumbai']) {
        const body = (await page(`${url}?lang=${lang}`)).body;
        // The value written after each bar of the first (salary) chart.
        const svg = /<svg class="chart"[\s\S]*?<\/svg>/.exec(body)?.[0] ?? '';
        const values = [
          ...svg.matchAll(/<rect [^>]*width="(\d+)"[^>]*><\/rect><text x="(\d+)"[^>]*>([^<]+)<\/text>/g),
        ];
        expect(values.length, `${url} ${lang}`).toBeGreaterThan(0);
        for (const [, , x, text] of values) {
          expect(text).toMatch(new RegExp(`^₹[\\d,]+ ${month[lang]}$`));
          // 7.5 units a character at 13 units: the words end inside the 320-unit drawing.
          expect(Number(x) + (text?.length ?? 0) * 7).toBeLessThanOrEqual(320);
        }
      }
    }
  });
});
