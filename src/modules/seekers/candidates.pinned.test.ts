// Pins candidate search results: the page order, scores, distances and totals of the ranked SQL
// must equal those of the original full-pass query (frozen below as the oracle, reading
// seeker_profiles directly) on seeded demo data, for broad and filtered queries, on both engines,
// also after profiles change (opt-out, edits, new opt-ins). Both run in one transaction, so now()
// (profile freshness) is the same instant for each.
import { beforeAll, expect, it } from 'vitest';
import { createServices } from '../../services.ts';
import type { Queryable } from '../../shared/db/db.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { seedDemo } from '../demo/index.ts';
import {
  type CandidateFilters,
  type CandidateRanking,
  type CandidateRow,
  candidateSql,
  candidatesRepo,
} from './candidates.repo.ts';
import type { CandidateQuery } from './candidates.schema.ts';

/** The query as it was before the search table (0740 indexes, a full pass for broad queries). */
function referenceSql(
  f: CandidateFilters,
  r: CandidateRanking,
  page: { limit: number; offset: number },
): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['sp.searchable'];
  for (const g of f.groups)
    where.push(`(sp.roles && ${p(g.roles)}::text[] OR sp.skills && ${p(g.skills)}::text[])`);
  if (f.skills.length) where.push(`sp.skills @> ${p(f.skills)}::text[]`);
  if (f.city && !f.near) where.push(`sp.city = ${p(f.city)}`);
  if (f.near) where.push(`sp.place_cells && ${p(f.near.cells)}::int[]`);
  if (f.experienceMin !== undefined) where.push(`sp.experience_years >= ${p(f.experienceMin)}`);
  if (f.experienceMax !== undefined) where.push(`sp.experience_years <= ${p(f.experienceMax)}`);
  if (f.educationRank !== undefined) where.push(`sp.education_rank >= ${p(f.educationRank)}`);
  // Containment, so the partial GIN index on languages can answer it: any of the allowed levels.
  for (const l of f.languages)
    where.push(
      `(${l.levels.map((level) => `sp.languages @> ${p(JSON.stringify([{ language: l.language, level }]))}::jsonb`).join(' OR ')})`,
    );
  if (f.workMode) where.push(`(cardinality(sp.work_modes) = 0 OR ${p(f.workMode)} = ANY(sp.work_modes))`);
  if (f.userIds) where.push(`sp.user_id = ANY(${p(f.userIds)}::uuid[])`);

  // LATERAL: the distance is computed once per row, not once per place it is used.
  const distance = f.near
    ? `CROSS JOIN LATERAL (SELECT min(sqrt(power(((pl->>'lat')::float8 - ${p(f.near.lat)}) * 111.2, 2)
              + power(((pl->>'lng')::float8 - ${p(f.near.lng)}) * 111.2 * cos(radians(${p(f.near.lat)})), 2))) AS distance_km
          FROM jsonb_array_elements(sp.places) pl) d`
    : 'CROSS JOIN LATERAL (SELECT NULL::float8 AS distance_km) d';
  const wanted = r.wantedSkills.length ? p(r.wantedSkills) : undefined;
  const skillHits = wanted
    ? `(SELECT count(*) FROM unnest(sp.skills) s WHERE s = ANY(${wanted}::text[]))::int`
    : '0';
  const roleHit = r.wantedRoles.length ? `(sp.roles && ${p(r.wantedRoles)}::text[])` : 'false';
  const radius = f.near ? p(f.near.radiusKm) : 'NULL';
  const skillScore = wanted
    ? `40.0 * least(1, skill_hits::float8 / ${Math.min(r.wantedSkills.length, 5)})`
    : '0';
  // Ranked on narrow rows (id, a few numbers), then only the page's rows are read in full: the
  // wide columns (places, languages) of 80k profiles never pass through the sort or the count.
  const text = `
WITH m AS (
  SELECT sp.user_id, sp.updated_at, sp.experience_years, d.distance_km,
         ${skillHits} AS skill_hits, ${roleHit} AS role_hit
    FROM seeker_profiles sp ${distance}
   WHERE ${where.join('\n     AND ')}
), r AS MATERIALIZED (
  SELECT m.*,
         round(${skillScore}
           + (CASE WHEN role_hit THEN 10 ELSE 0 END)
           + (CASE WHEN distance_km IS NOT NULL THEN 20.0 * greatest(0, 1 - distance_km / ${radius}) ELSE 0 END)
           + 10.0 * least(experience_years, 5) / 5
           + 20.0 * greatest(0, 1 - extract(epoch FROM now() - updated_at) / (90 * 86400)))::int AS score
    FROM m
   WHERE ${f.near ? `distance_km <= ${radius}` : 'true'}
), page AS (
  SELECT * FROM r ORDER BY score DESC, updated_at DESC, user_id LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}
)
SELECT page.user_id, page.updated_at, page.experience_years, page.distance_km, page.skill_hits,
       page.role_hit, page.score, (SELECT count(*) FROM r)::int AS total,
       sp.city, sp.places, sp.education, sp.languages, sp.skills, sp.roles, sp.work_modes,
       sp.availability, sp.contact_consent
  FROM page JOIN seeker_profiles sp ON sp.user_id = page.user_id
 ORDER BY page.score DESC, page.updated_at DESC, page.user_id`;
  return { text, params };
}

const QUERIES: [string, CandidateQuery][] = [
  ['browse', {}],
  ['browse, page 3 of 50', { page: 3, limit: 50 }],
  ['customer service, page 5', { q: 'customer service', page: 5 }],
  ['data entry', { q: 'data entry' }],
  ['data entry, page 4', { q: 'data entry', page: 4 }],
  ['words + city + education', { q: 'data entry thane 12th pass' }],
  ['words + locality + years', { q: 'telecaller andheri 2 years' }],
  ['locality radius + skill', { locality: 'hinjewadi', radius_km: 25, skill: 'ms-excel' }],
  ['language + experience', { language: 'english', language_level: 'fluent', experience_min: 3 }],
  ['language + experience, page 2', { language: 'english', experience_min: 3, page: 2, limit: 50 }],
  ['city', { city: 'pune' }],
  ['city page 2 of 50', { city: 'mumbai', page: 2, limit: 50 }],
  ['skill', { skill: 'ms-excel,typing' }],
  ['role', { role: 'telecaller' }],
  ['freshers', { experience_max: 0 }],
  ['experience band', { experience_min: 2, experience_max: 6, page: 2 }],
  // The schema types `education` from a mapped union (no literal type survives), so cast the query.
  [
    'education + work mode',
    { education: 'graduate', work_mode: 'remote' } as Record<string, unknown> as CandidateQuery,
  ],
  ['past the last page', { city: 'thane', page: 40, limit: 50 }],
];

forEachEngine('candidate search keeps its results', ({ db }) => {
  let services: ReturnType<typeof createServices>;
  beforeAll(async () => {
    await seedDemo(db(), { jobs: 0, companies: 3, seekers: 1500, now: Date.parse('2026-11-24T06:00:00Z') });
    services = createServices(db(), { sessionDays: 1 });
  });

  const pick = (r: CandidateRow) => ({
    id: r.user_id,
    score: r.score,
    total: r.total,
    updated: new Date(r.updated_at).toISOString(),
    distance: r.distance_km === null ? null : Math.round(r.distance_km * 1e6),
    skill_hits: r.skill_hits,
    role_hit: r.role_hit,
  });
  async function both(
    q: Queryable,
    f: CandidateFilters,
    r: CandidateRanking,
    page: { limit: number; offset: number },
  ) {
    const { text, params } = referenceSql(f, r, page);
    const expected = (await q.query<CandidateRow>(text, params)).rows.map(pick);
    const actual = (await candidatesRepo.search(q, f, r, page)).map(pick);
    return { expected, actual };
  }
  async function compareAll(): Promise<number> {
    let seen = 0;
    for (const [name, query] of QUERIES) {
      const { filters, ranking } = await services.candidates.resolve(query);
      const limit = query.limit ?? 20;
      const page = { limit, offset: ((query.page ?? 1) - 1) * limit };
      const { expected, actual } = await db().tx((q) => both(q, filters, ranking, page));
      expect(actual, name).toEqual(expected);
      seen += expected.length;
    }
    return seen;
  }

  it('pages, scores and totals equal the full-pass query for broad and filtered searches', async () => {
    expect(await compareAll()).toBeGreaterThan(300);
    const { filters, ranking } = await services.candidates.resolve({});
    const { expected } = await db().tx((q) => both(q, filters, ranking, { limit: 20, offset: 0 }));
    expect(expected[0]!.total).toBeGreaterThan(1000);
  });

  it('a browse reads each experience band from its index and stops, and its total from the counters', async () => {
    const { filters, ranking } = await services.candidates.resolve({ page: 2 });
    const { text, params } = candidateSql(filters, ranking, { limit: 20, offset: 20 });
    const plan = (await db().query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params)).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('candidate_search_band_idx');
    expect(plan).toContain('candidate_search_bands');
    expect(plan).not.toMatch(/Seq Scan on candidate_search\b(?!_bands)/);
  });

  it('stays equal after seekers opt out, opt in, edit and leave', async () => {
    await db().exec(`
      UPDATE seeker_profiles SET searchable = NOT searchable
       WHERE user_id IN (SELECT user_id FROM seeker_profiles ORDER BY user_id LIMIT 40);
      UPDATE seeker_profiles SET updated_at = now() - interval '3 days', experience_years = experience_years + 2,
             skills = skills || '{ms-excel}'
       WHERE user_id IN (SELECT user_id FROM seeker_profiles ORDER BY user_id DESC LIMIT 60);
      UPDATE seeker_profiles SET places = '[]', city = 'pune'
       WHERE user_id IN (SELECT user_id FROM seeker_profiles ORDER BY md5(user_id::text) LIMIT 30);
      DELETE FROM users WHERE id IN (SELECT user_id FROM seeker_profiles WHERE searchable ORDER BY md5(user_id::text) DESC LIMIT 10);
    `);
    expect(await compareAll()).toBeGreaterThan(300);
  });
});
