import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, problemOf } from '../../../test/support/app.ts';
import { counting } from '../../../test/support/counting.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { createCommuteService } from '../commute/index.ts';
import { seedDemo } from '../demo/index.ts';
import { createTaxonomyService } from '../taxonomy/index.ts';
import { createSearchService } from './search.service.ts';

const CALL_CENTRE_ROLES = [
  'call-centre-agent',
  'customer-service-representative',
  'international-voice-agent',
  'telecaller',
  'chat-support-executive',
  'email-support-executive',
];
const CALL_CENTRE_TOKENS = ['#call_centre', ...CALL_CENTRE_ROLES.map((r) => `~${r}`)];
/** "call centre" matches the picked role or the job's own words (migration 0900). */
const CALL_CENTRE = `(role IN (${CALL_CENTRE_ROLES.map((r) => `'${r}'`).join(',')}) OR search_head @@ '${CALL_CENTRE_TOKENS.map((t) => `''${t}''`).join(' | ')}'::tsquery)`;
const CALL_CENTRE_TITLED = CALL_CENTRE_TOKENS.map((t) => `''${t}''`).join(' | ');

interface Item {
  id: number;
  role: string;
  city: string;
  city_name: string;
  work_mode: string;
  salary_max: number | null;
  posted_at: string;
  distance_km?: number;
  experience_min: number;
  education_min: string;
}
interface Result {
  items: Item[];
  total: number;
  facets: Record<string, Record<string, number>>;
  next_cursor: string | null;
  notices?: string[];
  understood?: string[];
}
interface Titled extends Item {
  title: string;
  role: string;
  locality: string;
}

forEachEngine('search', ({ db }) => {
  let app: FastifyInstance;
  const get = async (qs: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/jobs?${qs}` });
    return { status: res.statusCode, body: res.json<Result>(), res };
  };
  beforeAll(async () => {
    await seedDemo(db(), {
      jobs: 400,
      companies: 12,
      seekers: 5,
      seed: 7,
      now: Date.parse('2026-11-20T12:00:00Z'),
    });
    await db().query(
      `UPDATE jobs SET expires_at = now() + interval '10 days' WHERE status = 'published' AND expires_at > '2026-11-20'`,
    );
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('finds customer support jobs in Pune, with facets that add up to the total', async () => {
    const { status, body } = await get('q=customer+support&city=Pune');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((i) => i.city === 'pune')).toBe(true);
    expect(body.facets.city).toEqual({ Pune: body.total });
    const byMode = Object.values(body.facets.work_mode!).reduce((a, b) => a + b, 0);
    expect(byMode).toBe(body.total);
  });

  it('facet counts match the filtered result exactly', async () => {
    const all = await get('category=back_office&limit=50');
    for (const [mode, n] of Object.entries(all.body.facets.work_mode!)) {
      const filtered = await get(`category=back_office&work_mode=${mode}&limit=1`);
      expect(filtered.body.total, mode).toBe(n);
    }
  });

  it('keyset pages never repeat or skip a job, even while new jobs are posted', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    const employer = await employerWithCompany(app);
    const expected = (await get('sort=recent&limit=1')).body.total;
    let page = 0;
    do {
      const { body } = await get(`sort=recent&limit=37${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.next_cursor;
      if (page++ === 1) await postJob(app, employer, { title: 'Brand new job posted mid-scroll' });
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(expected);
  });

  it('relevance pages are stable too', async () => {
    const first = await get('q=executive&limit=10');
    const second = await get(`q=executive&limit=10&cursor=${first.body.next_cursor}`);
    const ids = [...first.body.items, ...second.body.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(20);
    const both = await get('q=executive&limit=20');
    expect(both.body.items.map((i) => i.id)).toEqual(ids);
  });

  it('sorts by salary, newest and distance', async () => {
    const salary = (await get('sort=salary&limit=20')).body.items.map((i) => i.salary_max ?? -1);
    expect(salary).toEqual([...salary].sort((a, b) => b - a));
    const recent = (await get('sort=recent&limit=20')).body.items.map((i) => i.posted_at);
    expect(recent).toEqual([...recent].sort().reverse());
    const near = (await get('near=18.5913,73.7389&radius_km=15&sort=distance&limit=20')).body.items;
    expect(near.length).toBeGreaterThan(0);
    const d = near.map((i) => i.distance_km!);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(Math.max(...d)).toBeLessThanOrEqual(15);
  });

  it("filters by the seeker's education and experience", async () => {
    const { body } = await get('education=12th&experience_max=0&limit=50');
    expect(body.total).toBeGreaterThan(0);
    for (const i of body.items) {
      expect(['below_10th', '10th', '12th']).toContain(i.education_min);
      expect(i.experience_min).toBe(0);
    }
  });

  it('Devanagari, emoji, operators and SQL in the query never break search', async () => {
    for (const q of [
      'कॉल सेंटर',
      'बॅक ऑफिस नोकरी',
      '😀😀',
      "'; DROP TABLE jobs; --",
      '&|!:*()',
      'a'.repeat(200),
      'कॉल centre ✨',
    ]) {
      const { status } = await get(`q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
  });

  it('bad parameters get a 400 naming the field', async () => {
    for (const [qs, field] of [
      ['limit=100000', 'limit'],
      ['radius_km=-5&near=19.1,72.8', 'radius_km'],
      ['near=abc', 'near'],
      [`q=${'x'.repeat(10000)}`, 'q'],
      ['sort=distance', 'sort'],
      ['cursor=garbage', 'cursor'],
      ['city=atlantis', 'city'],
      ['work_mode=space', 'work_mode'],
    ]) {
      const { status, res } = await get(qs!);
      expect(status, qs).toBe(400);
      expect(
        problemOf(res).errors?.map((e) => e.field),
        qs,
      ).toContain(field);
    }
  });

  it('reads roles, places and education from the words a seeker types, and says how it read them', async () => {
    const { body } = await get(`q=${encodeURIComponent('data entry thane 12th pass')}`);
    expect(body.total).toBeGreaterThan(0);
    for (const i of body.items as Titled[]) {
      expect(i.city).toBe('thane');
      expect(['below_10th', '10th', '12th']).toContain(i.education_min);
    }
    expect(body.understood?.join(' ')).toMatch(/Thane/);
  });

  it('explicit filters win over words in q', async () => {
    const { body } = await get(`q=${encodeURIComponent('call centre thane')}&city=pune`);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i) => i.city === 'pune')).toBe(true);
  });

  it('a place with no matching job nearby widens the radius and says so', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, {
      title: 'Zebrafinch Process Associate',
      city: 'navi-mumbai',
      locality: 'nerul',
    });
    const { body } = await get(`q=${encodeURIComponent('zebrafinch ghansoli')}`);
    expect(body.items.map((i) => i.id)).toEqual([job.id]);
    expect(body.notices).toContain('No jobs within 5 km of Ghansoli; showing jobs within 10 km.');
    expect((body as { notice_codes?: unknown[] }).notice_codes).toContainEqual({
      code: 'wider_radius',
      params: { place: 'Ghansoli', from_km: 5, to_km: 10 },
    });
    expect(body.total).toBe(1);
  });

  it('a misspelt word the index knows is read as that word ("did you mean")', async () => {
    const { body } = await get('q=zebrafnch');
    expect(body.total).toBe(1);
    expect(body.notices).toContain("Showing results for 'zebrafinch' instead of 'zebrafnch'.");
  });

  it('words that cannot all match fall back to jobs matching some of them', async () => {
    const { body } = await get(`q=${encodeURIComponent('zebrafinch qwertyuiopzz')}`);
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.notices?.join(' ')).toMatch(/match some of them/);
  });

  it('tsquery operators and quotes inside words are plain text', async () => {
    for (const q of [
      'call:* | !centre',
      "back'office",
      'data <-> entry',
      '\\x00 & (',
      '🙂 कॉल सेंटर 🙂 andheri',
    ]) {
      const { status } = await get(`q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
  });
});

forEachEngine('search ranking and counts at scale', ({ db }) => {
  let app: FastifyInstance;
  const get = async (qs: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/jobs?${qs}` });
    return { status: res.statusCode, body: res.json<Result & { notice_codes?: unknown[] }>() };
  };
  beforeAll(async () => {
    await seedDemo(db(), { jobs: 300, companies: 10, seekers: 5, seed: 11, now: Date.now() });
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('a job whose employer was asked to re-confirm it drops down the ranking', async () => {
    const before = (await get('category=customer_service&limit=5')).body.items.map((i) => i.id);
    const top = before[0]!;
    await db().query(`UPDATE jobs SET reconfirm_requested_at = now() WHERE id = $1`, [top]);
    const after = (await get('category=customer_service&limit=5')).body.items.map((i) => i.id);
    expect(after).not.toContain(top);
    expect(after.slice(0, 4)).toEqual(before.slice(1, 5));
    await db().query(`UPDATE jobs SET reconfirm_requested_at = NULL WHERE id = $1`, [top]);
    expect((await get('category=customer_service&limit=5')).body.items[0]!.id).toBe(top);
  });

  it('counts from the facet cube equal the live rows, also while an expired job waits for the sweep', async () => {
    const live = async (where: string) =>
      (
        await db().query<{ n: number }>(
          `SELECT count(*)::int AS n FROM jobs WHERE status = 'published' AND expires_at > now() AND ${where}`,
        )
      ).rows[0]!.n;
    const first = (await get('category=back_office&limit=1')).body;
    expect(first.total).toBe(await live(`category = 'back_office'`));
    // One job expires a moment from now, without any write that would refresh a cache or the cube.
    const { rows } = await db().query<{ id: number }>(
      `UPDATE jobs SET expires_at = now() + interval '1 second'
        WHERE id = (SELECT id FROM jobs WHERE status = 'published' AND expires_at > now() AND category = 'back_office'
                     ORDER BY id LIMIT 1) RETURNING id`,
    );
    expect(rows).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1100));
    await db().query(`SELECT nextval('search_generation')`);
    const waiting = (await get('category=back_office&limit=1')).body;
    expect(waiting.total).toBe(first.total - 1);
    expect(waiting.total).toBe(await live(`category = 'back_office'`));
    const byShift = Object.values(waiting.facets.shift!).reduce((a, b) => a + b, 0);
    expect(byShift).toBe(waiting.total);
    expect(
      (await db().query<{ n: number }>('SELECT search_expire() AS n')).rows[0]!.n,
    ).toBeGreaterThanOrEqual(1);
    await db().query(`SELECT nextval('search_generation')`);
    expect((await get('category=back_office&limit=1')).body.total).toBe(waiting.total);
    // A concept search ("call centre" is a set of roles, or a job whose own title or skills say so)
    // counts from the cube plus the jobs its words add, and matches its rows.
    const concept = (await get(`q=${encodeURIComponent('call centre')}&city=mumbai&limit=50`)).body;
    expect(concept.total).toBe(await live(`city = 'mumbai' AND ${CALL_CENTRE}`));
    expect(Object.values(concept.facets.work_mode!).reduce((a, b) => a + b, 0)).toBe(concept.total);
  });

  it('relevance pages walk every match once, tier by tier', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    const q = `q=${encodeURIComponent('bpo night shift')}&limit=7`;
    const expected = (await get(q)).body.total;
    do {
      const { body } = await get(`${q}${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(expected);
  });

  it('place searches, read point by point, walk every job in the circle once, in order, with exact counts', async () => {
    const [lat, lng] = [19.1197, 72.8468];
    const km = `(12742 * asin(sqrt(power(sin(radians(lat - ${lat}) / 2), 2) +
       cos(radians(${lat})) * cos(radians(lat)) * power(sin(radians(lng - ${lng}) / 2), 2))))`;
    const live = async (where: string) =>
      (
        await db().query<{ id: number }>(
          `SELECT id FROM jobs WHERE status = 'published' AND expires_at > now() AND ${where} ORDER BY ${km}, id`,
        )
      ).rows.map((r) => r.id);
    const walk = async (q: string) => {
      const items: Item[] = [];
      let cursor: string | null = null;
      const first = (await get(q)).body;
      do {
        const { body } = await get(`${q}${cursor ? `&cursor=${cursor}` : ''}`);
        items.push(...body.items);
        cursor = body.next_cursor;
      } while (cursor);
      return { first, items };
    };
    // Distance order: the same jobs in the same (distance, id) order as one plain query.
    const near = await walk(`near=${lat},${lng}&radius_km=10&sort=distance&limit=9`);
    const inCircle = await live(`${km} <= 10`);
    expect(inCircle.length).toBeGreaterThan(9);
    expect(near.items.map((i) => i.id)).toEqual(inCircle);
    expect(near.first.total).toBe(inCircle.length);
    expect(Object.values(near.first.facets.work_mode!).reduce((a, b) => a + b, 0)).toBe(inCircle.length);
    // Relevance round a place: every match once, title evidence first, then the picked role, then
    // nearer distance bands,
    // counts from the point cube (plus the jobs matched by their own words).
    const concept = await walk(
      `q=${encodeURIComponent('call centre')}&near=${lat},${lng}&radius_km=8&limit=4`,
    );
    const matches = await live(`${km} <= 8 AND ${CALL_CENTRE}`);
    expect(matches.length).toBeGreaterThan(4);
    expect(concept.items.map((i) => i.id).sort((a, b) => a - b)).toEqual([...matches].sort((a, b) => a - b));
    expect(concept.first.total).toBe(matches.length);
    const titled = new Set(await live(`${km} <= 8 AND search_head @@ '${CALL_CENTRE_TITLED}'::tsquery`));
    const order = concept.items.map(
      (i) =>
        (titled.has(i.id) ? 20 : 0) +
        (CALL_CENTRE_ROLES.includes(i.role) ? 10 : 0) +
        (i.distance_km! <= 2 ? 3 : i.distance_km! <= 5 ? 2 : 1),
    );
    expect(order).toEqual([...order].sort((a, b) => b - a));
    // A job posted at a point while the search is cached shows up in both.
    const employer = await employerWithCompany(app);
    await postJob(app, employer, {
      title: 'Telecaller near Andheri',
      city: 'mumbai',
      locality: 'andheri-east',
    });
    const after = await walk(`near=${lat},${lng}&radius_km=10&sort=distance&limit=50`);
    expect(after.items.map((i) => i.id)).toEqual(await live(`${km} <= 10`));
    expect(after.first.total).toBe(after.items.length);
  });

  it('notices come with codes and params, and results can skip the counts', async () => {
    const typo = (await get(`q=${encodeURIComponent('custmer suport')}`)).body as Result & {
      understood_codes?: { code: string }[];
    };
    expect(typo.understood_codes?.map((u) => u.code)).toContain('concept');
    const search = createSearchService(db(), {
      taxonomy: createTaxonomyService(db()),
      commute: createCommuteService(db()),
    });
    const page = await search.results({ category: 'back_office', limit: 3 });
    expect(page.items).toHaveLength(3);
    expect(page.total).toBeUndefined();
    expect(page.facets).toBeUndefined();
  });

  it('concurrent requests for one uncached search compute it once and all get the same answer', async () => {
    const counted = counting(db(), (text) => text.includes('INSERT INTO search_responses'));
    const search = createSearchService(counted.db, {
      taxonomy: createTaxonomyService(db()),
      commute: createCommuteService(db()),
    });
    await db().query(`SELECT nextval('search_generation')`);
    const query = { q: 'back office', city: 'mumbai' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => search.searchJson(query)));
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!).total).toBeGreaterThan(0);
    expect(counted.queries()).toBe(1);
    // Later: the stored answer, no new computation.
    expect(await search.searchJson(query)).toBe(answers[0]);
    expect(counted.queries()).toBe(1);
  });

  it('a search no cache answers reads the caches twice and writes them in one statement; asked again it is one read', async () => {
    const cache = /search_(responses|pages|counts)/;
    const reads = counting(db(), (text) => cache.test(text) && !/INSERT/.test(text));
    const writes = counting(reads.db, (text) => cache.test(text) && /INSERT/.test(text));
    const search = createSearchService(writes.db, {
      taxonomy: createTaxonomyService(db()),
      commute: createCommuteService(db()),
    });
    await db().query(`SELECT nextval('search_generation')`);
    const query = { q: 'telecaller', city: 'pune', salary_min: 12000 };
    const first = await search.searchJson(query);
    expect(JSON.parse(first).total).toBeGreaterThan(0);
    // The answer's cache, then the page and counts of its filters in one read; all three stored at once.
    expect([reads.queries(), writes.queries()]).toEqual([2, 1]);
    expect(await search.searchJson(query)).toBe(first);
    expect([reads.queries(), writes.queries()]).toEqual([3, 1]);
    // Items only (no whole answer to look up): the stored page serves, nothing is written.
    const items = await search.results(query);
    expect(items.items.map((i) => i.id)).toEqual(JSON.parse(first).items.map((i: { id: number }) => i.id));
    expect([reads.queries(), writes.queries()]).toEqual([4, 1]);
  });

  it('every facet cube equals a fresh count of the live search rows after posts, edits, closes and the sweep', async () => {
    const cubes: Record<string, string> = {
      job_search_facets:
        'role, category, city, work_mode, shift, education_min, education_rank, experience_min, industry',
      job_search_point_facets:
        'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, experience_min, industry',
      job_search_facets_coarse: 'category, city, work_mode, shift, education_min, education_rank, industry',
      job_search_point_facets_coarse:
        'category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry',
      job_search_role_facets:
        'role, category, city, work_mode, shift, education_min, education_rank, industry',
      job_search_role_point_facets:
        'role, category, city, locality, lat, lng, work_mode, shift, education_min, education_rank, industry',
    };
    const check = async () => {
      for (const [cube, cols] of Object.entries(cubes)) {
        const { rows } = await db().query<{ n: number }>(
          `SELECT count(*)::int AS n FROM (
             (SELECT ${cols}, n FROM ${cube} WHERE n <> 0
              EXCEPT ALL SELECT ${cols}, count(*)::int FROM job_search GROUP BY ${cols})
             UNION ALL
             (SELECT ${cols}, count(*)::int FROM job_search GROUP BY ${cols}
              EXCEPT ALL SELECT ${cols}, n FROM ${cube} WHERE n <> 0)) d`,
        );
        expect(rows[0]!.n, cube).toBe(0);
      }
    };
    await check();
    const employer = await employerWithCompany(app);
    await postJob(app, employer, { title: 'Cube check telecaller' });
    // An edit that moves jobs to another place, role and shift at once (a multi-row statement).
    await db().query(
      `UPDATE jobs SET city = 'pune', locality = 'hinjewadi', role = 'telecaller', category = 'customer_service', shift = 'night'
        WHERE id IN (SELECT id FROM jobs WHERE status = 'published' AND city = 'mumbai' ORDER BY id LIMIT 5)`,
    );
    await db().query(
      `UPDATE jobs SET status = 'closed' WHERE id IN (SELECT id FROM jobs WHERE status = 'published' ORDER BY id DESC LIMIT 3)`,
    );
    await db().query(
      `UPDATE jobs SET expires_at = now() - interval '1 second'
        WHERE id IN (SELECT id FROM jobs WHERE status = 'published' AND expires_at > now() ORDER BY id LIMIT 2)`,
    );
    await db().query('SELECT search_expire()');
    await check();
  });

  it('only a statement that changes jobs or companies makes cached answers stale', async () => {
    const generation = async () =>
      (await db().query<{ g: number }>('SELECT last_value AS g FROM search_generation')).rows[0]!.g;
    const before = await generation();
    // What follows every employer action: clears a flag that is almost never set.
    await db().query(
      'UPDATE jobs SET reconfirm_requested_at = NULL WHERE id = -1 AND reconfirm_requested_at IS NOT NULL',
    );
    await db().query('DELETE FROM jobs WHERE id = -1');
    expect(await generation()).toBe(before);
    const { rows } = await db().query<{ id: number; company_id: string }>(
      `SELECT id, company_id FROM jobs WHERE status = 'published' ORDER BY id LIMIT 1`,
    );
    await db().query('UPDATE jobs SET title = title WHERE id = $1', [rows[0]!.id]);
    const afterEdit = await generation();
    expect(afterEdit).toBeGreaterThan(before);
    await db().query('UPDATE companies SET verified = verified WHERE id = $1', [rows[0]!.company_id]);
    expect(await generation()).toBeGreaterThan(afterEdit);
  });
});
