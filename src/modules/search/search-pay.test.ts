import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { seedDemo } from '../demo/index.ts';
import { searchPayRepo } from './search-pay.repo.ts';
import type { SearchFilters } from './search-sql.ts';

interface Result {
  items: { id: number; salary_min: number | null }[];
  total: number;
  total_is_estimate?: boolean;
  facets: Record<string, Record<string, number>>;
  next_cursor: string | null;
}

const FACET_COLUMNS = {
  work_mode: 'work_mode',
  shift: 'shift',
  education: 'education_min',
  industry: 'industry',
  category: 'category',
  city: 'ci.name',
} as const;

forEachEngine('pay floors', ({ db }) => {
  let app: FastifyInstance;
  let place: { city: string; locality: string; lat: number; lng: number };
  const get = async (qs: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/jobs?${qs}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Result>();
  };
  /** The true answer, counted from the jobs table itself. */
  const truth = async (where: string, params: unknown[]) => {
    const live = `j.status = 'published' AND j.expires_at > now() AND ${where}`;
    const ids = await db().query<{ id: number }>(`SELECT j.id FROM jobs j WHERE ${live}`, params);
    const facets: Record<string, Record<string, number>> = {};
    for (const [facet, column] of Object.entries(FACET_COLUMNS)) {
      const { rows } = await db().query<{ v: string; n: number }>(
        `SELECT ${column} AS v, count(*)::int AS n FROM jobs j JOIN cities ci ON ci.slug = j.city
          WHERE ${live} GROUP BY 1`,
        params,
      );
      facets[facet] = Object.fromEntries(rows.map((r) => [r.v, r.n]));
    }
    return { ids: ids.rows.map((r) => Number(r.id)).sort((a, b) => a - b), facets };
  };
  const near = (radius: number) =>
    `(12742 * asin(sqrt(power(sin(radians(j.lat - ${place.lat}) / 2), 2) + cos(radians(${place.lat})) * cos(radians(j.lat)) * power(sin(radians(j.lng - ${place.lng}) / 2), 2)))) <= ${radius}`;
  const walk = async (qs: string) => {
    const ids: number[] = [];
    let page = await get(`${qs}&limit=50`);
    const first = page;
    for (;;) {
      ids.push(...page.items.map((i) => i.id));
      if (!page.next_cursor) break;
      page = await get(`${qs}&limit=50&cursor=${encodeURIComponent(page.next_cursor)}`);
    }
    return { first, ids: ids.sort((a, b) => a - b) };
  };

  beforeAll(async () => {
    await seedDemo(db(), { jobs: 1500, companies: 12, seekers: 5, seed: 15 });
    app = await buildTestApp(db());
    const { rows } = await db().query<typeof place>(
      `SELECT city, locality, lat, lng FROM job_search GROUP BY 1, 2, 3, 4 ORDER BY count(*) DESC, 2 LIMIT 1`,
    );
    place = rows[0]!;
  });
  afterAll(() => app.close());

  it('salary_min keeps jobs posted at or above the floor, drops undisclosed pay, and counts exactly on and between band edges', async () => {
    const searches: [string, string, unknown[]][] = [
      ['', 'true', []],
      [`city=${place.city}`, 'j.city = $2', [place.city]],
      [
        `city=${place.city}&category=customer_service`,
        `j.city = $2 AND j.category = 'customer_service'`,
        [place.city],
      ],
      [`near=${place.lat},${place.lng}&radius_km=10`, near(10), []],
      [
        `near=${place.lat},${place.lng}&radius_km=5&category=back_office`,
        `${near(5)} AND j.category = 'back_office'`,
        [],
      ],
      [`locality=${place.locality}`, 'j.city = $2 AND j.locality = $3', [place.city, place.locality]],
      [`locality=${place.locality}&radius_km=5`, near(5), []],
      [
        `near=${place.lat},${place.lng}&radius_km=10&experience_max=1`,
        `${near(10)} AND j.experience_min <= 1`,
        [],
      ],
      [
        `city=${place.city}&language=english`,
        `j.city = $2 AND j.languages @> '[{"language": "english"}]'::jsonb`,
        [place.city],
      ],
    ];
    // On an edge (0, 10k, 15k, 18k, 40k) and inside a band (16,500, 22,000, 45,000).
    for (const floor of [0, 10000, 15000, 15500, 18000, 22000, 40000, 45000]) {
      for (const [qs, where, params] of searches) {
        const label = `salary_min=${floor}&${qs}`;
        const want = await truth(`j.salary_min >= $1 AND ${where}`, [floor, ...params]);
        const { first, ids } = await walk(label);
        expect(first.total_is_estimate, label).toBeUndefined();
        expect(first.total, label).toBe(want.ids.length);
        expect(ids, label).toEqual(want.ids);
        for (const facet of Object.keys(FACET_COLUMNS))
          expect(first.facets[facet], `${label} ${facet}`).toEqual(want.facets[facet]);
      }
    }
    const undisclosed = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM job_search WHERE salary_min IS NULL`,
    );
    expect(undisclosed.rows[0]!.n).toBeGreaterThan(0);
  });

  it('pay counts stay exact after posts, edits and closes change the pay cubes', async () => {
    const { rows } = await db().query<{ id: number }>(
      `SELECT id FROM jobs WHERE status = 'published' AND expires_at > now() AND city = $1 ORDER BY id LIMIT 6`,
      [place.city],
    );
    const [a, b, c] = rows.map((r) => r.id);
    await db().query(`UPDATE jobs SET salary_min = 17000, salary_max = 21000 WHERE id = $1`, [a]);
    await db().query(`UPDATE jobs SET salary_min = NULL, salary_max = NULL WHERE id = $1`, [b]);
    await db().query(`UPDATE jobs SET status = 'closed' WHERE id = $1`, [c]);
    for (const floor of [15000, 17000, 18000]) {
      const want = await truth('j.salary_min >= $1 AND j.city = $2', [floor, place.city]);
      const got = await get(`salary_min=${floor}&city=${place.city}`);
      expect(got.total, String(floor)).toBe(want.ids.length);
      expect(got.facets.work_mode).toEqual(want.facets.work_mode);
    }
  });

  it('past the bound, a count inside a pay band or of a search no cube answers is an estimate and says so', async () => {
    // Every live job's minimum inside one band (15-18k), so a floor inside it has >1,000 jobs to count.
    await db().query(
      `UPDATE jobs SET salary_min = 15000 + (id * 7919 % 3000)::int, salary_max = 25000 WHERE status = 'published'`,
    );
    const all = await truth('j.salary_min >= $1', [15500]);
    expect(all.ids.length).toBeGreaterThan(1000);
    const inside = await get('salary_min=15500');
    expect(inside.total_is_estimate).toBe(true);
    expect(inside.total).toBeGreaterThan(all.ids.length * 0.7);
    expect(inside.total).toBeLessThan(all.ids.length * 1.3);
    // The results page says so too, in the reader's language.
    const page = await app.inject({ method: 'GET', url: '/jobs?salary_min=15500&lang=en' });
    expect(page.body).toMatch(/about [\d,]+ jobs/);
    const exactPage = await app.inject({ method: 'GET', url: '/jobs?salary_min=15000&lang=en' });
    expect(exactPage.body).not.toMatch(/about [\d,]+ jobs/);
    expect(exactPage.body).toMatch(/[\d,]+ jobs/);
    // On the band's edge the same jobs are summed from cells: exact.
    const edge = await get('salary_min=15000');
    expect(edge.total_is_estimate).toBeUndefined();
    expect(edge.total).toBe((await truth('j.salary_min >= $1', [15000])).ids.length);
    // Narrowed under the bound, the same floor is counted job by job: exact again.
    const narrow = await get(`salary_min=15500&city=${place.city}`);
    expect(narrow.total_is_estimate).toBeUndefined();
    expect(narrow.total).toBe(
      (await truth('j.salary_min >= $1 AND j.city = $2', [15500, place.city])).ids.length,
    );
    // A filter no cube keeps (the language) counts its first matches, then estimates.
    const english = await truth(`j.languages @> '[{"language": "english"}]'::jsonb`, []);
    const byLanguage = await get('language=english');
    expect(english.ids.length).toBeGreaterThan(1000);
    expect(byLanguage.total_is_estimate).toBe(true);
    expect(byLanguage.total).toBeGreaterThan(1000);
    const fewer = await get(`language=english&city=${place.city}`);
    expect(fewer.total_is_estimate).toBeUndefined();
    expect(fewer.total).toBe(
      (await truth(`j.languages @> '[{"language": "english"}]'::jsonb AND j.city = $1`, [place.city])).ids
        .length,
    );
  });
  it('a count no cube answers tests at most 1,000 jobs of a looser search: exact below that, an estimate close to the truth past it', async () => {
    // Freshers over a floor: the cubes count the floor alone (the looser search), not the years.
    const looser = await truth('j.salary_min >= $1', [10000]);
    expect(looser.ids.length).toBeGreaterThan(1000);
    const want = await truth('j.salary_min >= $1 AND j.experience_min <= 0', [10000]);
    const got = await get('salary_min=10000&experience_max=0');
    expect(got.total_is_estimate).toBe(true);
    expect(got.total).toBeGreaterThan(want.ids.length * 0.5);
    expect(got.total).toBeLessThan(want.ids.length * 2);
    // A circle with a floor and a work mode is read point by point; under 1,000 jobs, exactly.
    for (const [radius, floor] of [
      [3, 18000],
      [10, 22000],
    ] as const) {
      const where = `${near(radius)} AND j.salary_min >= $1 AND j.work_mode = 'onsite'`;
      const exact = await truth(where, [floor]);
      const circle = await get(
        `near=${place.lat},${place.lng}&radius_km=${radius}&salary_min=${floor}&work_mode=onsite`,
      );
      expect(circle.total_is_estimate, `${radius} km`).toBeUndefined();
      expect(circle.total, `${radius} km`).toBe(exact.ids.length);
      expect(circle.facets.work_mode, `${radius} km`).toEqual(exact.facets.work_mode);
      expect(circle.facets.shift, `${radius} km`).toEqual(exact.facets.shift);
    }
  });

  it('the total alone (the bound a page is read by) equals the total of the full counts', async () => {
    // An expired job not yet swept is subtracted by both.
    await db().query(
      `UPDATE jobs SET expires_at = now() - interval '1 minute' WHERE id = (SELECT id FROM job_search WHERE city = $1 AND salary_min >= 20000 ORDER BY id LIMIT 1)`,
      [place.city],
    );
    const sets: SearchFilters[] = [
      {},
      { city: place.city },
      { city: place.city, category: 'customer_service' },
      { city: place.city, locality: place.locality },
      { near: { lat: place.lat, lng: place.lng, radiusKm: 10 } },
      { near: { lat: place.lat, lng: place.lng, radiusKm: 5 }, category: 'back_office' },
      { city: place.city, roles: ['telecaller', 'customer-service-representative'] },
      {
        near: { lat: place.lat, lng: place.lng, radiusKm: 15 },
        groups: [
          { roles: ['call-centre-agent', 'customer-service-representative', 'telecaller'], field: 'head' },
        ],
      },
    ];
    for (const f of sets)
      for (const floor of [0, 10000, 15000, 16500, 20000, 40000]) {
        const filters = { ...f, salary_min: floor };
        const full = await searchPayRepo.counts(db(), filters);
        expect(await searchPayRepo.total(db(), filters), JSON.stringify(filters)).toBe(full.total);
      }
  });
});
