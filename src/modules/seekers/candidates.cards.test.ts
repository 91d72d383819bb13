// Candidate search result cards: what an employer sees on each card (pinned byte for byte, ids and
// times aside: short name, masked phone, badges, match) and what a page costs (as many queries for
// a page of 3 cards as for 12: the page's accounts are read at once, not one by one).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, register } from '../../../test/support/app.ts';
import { counting } from '../../../test/support/counting.ts';
import { buildSeekerTestApp } from '../../../test/support/seekers.ts';
import { createServices } from '../../services.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { CandidateQuery } from './candidates.schema.ts';

const NAMES = [
  'Priya Sharma Patil',
  'Ravi',
  'Sunita Jadhav',
  'Anil Kadam',
  'Meera Iyer',
  'Farhan Shaikh',
  'Kavita More',
  'Rahul Pawar',
  'Neha Gupta',
  'Sachin Deshmukh',
  'Pooja Nair',
  'Imran Khan',
  'Erased Seeker',
];

forEachEngine('candidate search cards', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor & { companyId: string };
  const labels = new Map<string, string>();

  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app);
    for (const [i, name] of NAMES.entries()) {
      const seeker = await register(app, 'seeker', name);
      labels.set(seeker.id, `seeker:${i}`);
      const res = await app.inject({
        method: 'PUT',
        url: '/api/v1/me/profile',
        headers: seeker.auth,
        payload: {
          city: i % 2 ? 'thane' : 'mumbai',
          localities: i % 2 ? ['wagle-estate'] : ['mulund'],
          travel_km: 15,
          education: i % 3 ? '12th' : 'graduate',
          experience_years: i % 5,
          languages: [{ language: 'hindi', level: 'fluent' }],
          skills: i % 2 ? ['typing', 'data-entry'] : ['ms-excel', 'typing'],
          roles: ['data-entry-operator'],
          searchable: true,
          contact_consent: i % 4 === 0,
        },
      });
      expect(res.statusCode).toBe(200);
      if (i % 4 === 1) {
        const { rows } = await db().query<{ id: string }>(
          `INSERT INTO skill_tests (user_id, kind, content, deadline_at, submitted_at, outcome)
           VALUES ($1, 'typing', '{}', now(), now(), 'passed') RETURNING id`,
          [seeker.id],
        );
        await db().query(
          `INSERT INTO skill_badges (user_id, kind, test_id, label, score, accuracy, expires_at)
           VALUES ($1, 'typing', $2, $3, $4, 97, now() + interval '1 year')`,
          [seeker.id, rows[0]!.id, `Typing ${30 + i} WPM`, 30 + i],
        );
      }
      // An account closed while its profile is still listed: its card is left out of the page.
      if (name === 'Erased Seeker')
        await db().query('UPDATE users SET deleted_at = now() WHERE id = $1', [seeker.id]);
    }
  });
  afterAll(() => app.close());

  const owner = (): AuthUser => ({ id: employer.id, role: 'employer', name: 'Test employer' });

  const pinned = (pages: unknown) =>
    JSON.stringify(
      pages,
      (key, value) => {
        if (key === 'profile_updated_at' && typeof value === 'string') return '<time>';
        if (key === 'id' && typeof value === 'string') return labels.get(value) ?? `unknown:${value}`;
        return value;
      },
      2,
    );

  it('an employer sees each candidate card as before: short name, masked phone, badges, match', async () => {
    const queries: CandidateQuery[] = [
      { limit: 3 },
      { limit: 12 },
      { limit: 50 },
      { q: 'data entry thane', limit: 20 },
      { locality: 'wagle-estate', radius_km: 10, skill: 'typing' },
      { badge: 'typing' } as CandidateQuery,
    ];
    const pages: Record<string, unknown> = {};
    for (const query of queries) {
      const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/candidates?${params}`,
        headers: employer.auth,
      });
      expect(res.statusCode).toBe(200);
      pages[JSON.stringify(query)] = res.json();
    }
    const text = pinned(pages);
    expect(text).not.toContain('unknown:');
    expect(text).toMatchSnapshot();
    const html = await app.inject({ method: 'GET', url: '/employer/candidates', headers: employer.auth });
    expect(html.statusCode).toBe(200);
  });

  it('a page of 12 candidates costs the same number of queries as a page of 3', async () => {
    const counted = counting(db());
    const { candidates } = createServices(counted.db, { sessionDays: 30 });
    const cost = async (limit: number) => {
      const before = counted.queries();
      const result = await candidates.search(owner(), { limit });
      return { queries: counted.queries() - before, n: result.items.length };
    };
    await cost(12); // warms the taxonomy and other read-only caches
    const three = await cost(3);
    const twelve = await cost(12);
    expect(three.n).toBe(3);
    expect(twelve.n).toBe(11); // the closed account's card is left out of the 12 rows
    console.log(`candidate search queries: 3 rows -> ${three.queries}, 12 rows -> ${twelve.queries}`);
    expect(twelve.queries).toBe(three.queries);
  });
});
