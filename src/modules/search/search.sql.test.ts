// The SQL that the main shapes of a job search send, checked into src/modules/search/sql/ (one file
// a shape), so a change to the search SQL shows in review as a diff of readable SQL. The statements
// are recorded from the real repository running on a real database (both engines must send the
// same). After a deliberate change: `npm run sql:snapshots` (vitest -u) and review the diff.
import type { FastifyInstance } from 'fastify';
import { format } from 'sql-formatter';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { searchRepo } from './search.repo.ts';
import type { PageRequest, SearchFilters } from './search-sql.ts';

interface Statement {
  text: string;
  params: readonly unknown[];
}

/** The Queryable with every statement it sends written down (the cache's own bookkeeping aside). */
function recording(q: Queryable): { q: Queryable; statements: Statement[] } {
  const statements: Statement[] = [];
  const cache = /search_counts|search_generation/;
  return {
    statements,
    q: {
      exec: (text) => {
        if (!cache.test(text)) statements.push({ text, params: [] });
        return q.exec(text);
      },
      query: (text, params) => {
        if (!cache.test(text)) statements.push({ text, params: params ?? [] });
        return q.query(text, params);
      },
    },
  };
}

// Distances come back from the database as floats; 9 significant digits read the same on both engines.
const literal = (v: unknown): string => {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(9)));
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  return JSON.stringify(v);
};

function render(shape: string, statements: Statement[]): string {
  const out = [
    `-- ${shape}`,
    '-- Recorded by src/modules/search/search.sql.test.ts from search.repo.ts; `npm run sql:snapshots` rewrites it.',
  ];
  statements.forEach((s, i) => {
    out.push('', `-- statement ${i + 1} of ${statements.length}`);
    s.params.forEach((v, k) => {
      out.push(`-- $${k + 1} = ${literal(v)}`);
    });
    out.push(`${format(s.text, { language: 'postgresql', tabWidth: 2, keywordCase: 'upper' })};`);
  });
  return `${out.join('\n')}\n`;
}

const REF_TIME = '2026-11-20T12:00:00.000Z';
const POWAI = { lat: 19.1164, lng: 72.90471 };
const CONCEPT_ROLES = ['call-centre-agent', 'customer-service-representative', 'telecaller'];
const page = (extra: Partial<PageRequest> = {}): PageRequest => ({
  sort: 'relevance',
  limit: 20,
  refTime: REF_TIME,
  ...extra,
});

/** The shapes: what the service hands the repository for typical searches (see search-plan.ts). */
const SHAPES: { file: string; what: string; run: (q: Queryable) => Promise<unknown> }[] = [
  {
    file: 'browse',
    what: 'browse: no words, no filters, relevance',
    run: (q) => searchRepo.page(q, {}, page()),
  },
  {
    file: 'words',
    what: 'words the vocabulary does not know: one in the head, one anywhere in the text',
    run: (q) =>
      searchRepo.page(
        q,
        {
          groups: [
            { roles: [], tsquery: "'typing':*", field: 'head' },
            { roles: [], tsquery: "'refund' | 'refunds'", field: 'all' },
          ],
        },
        page(),
      ),
  },
  {
    file: 'concept',
    what: 'a concept ("call centre") as a set of roles, with the named role and night shift as wishes',
    run: (q) =>
      searchRepo.page(
        q,
        { groups: [{ roles: CONCEPT_ROLES, field: 'head' }] },
        page({ boosts: { named: ['telecaller'], shifts: ['night', 'us'] } }),
      ),
  },
  {
    file: 'city',
    what: 'a city, relevance',
    run: (q) => searchRepo.page(q, { city: 'mumbai' }, page()),
  },
  {
    file: 'place-radius',
    what: 'near a point within 10 km (Powai), relevance with the distance band, read point by point',
    run: (q) => searchRepo.page(q, { near: { ...POWAI, radiusKm: 10 } }, page({ origin: POWAI })),
  },
  {
    file: 'sort-distance',
    what: 'near a point within 10 km (Powai), sort=distance, read point by point',
    run: (q) =>
      searchRepo.page(q, { near: { ...POWAI, radiusKm: 10 } }, page({ sort: 'distance', origin: POWAI })),
  },
  {
    file: 'salary-floor',
    what: 'a salary floor (salary_min), sort=salary',
    run: (q) => searchRepo.page(q, { salary_min: 20000 }, page({ sort: 'salary' })),
  },
  {
    file: 'cursor-page-2',
    what: 'page two of sort=recent in a city: the keyset after the cursor',
    run: (q) =>
      searchRepo.page(
        q,
        { city: 'mumbai' },
        page({ sort: 'recent', after: { value: 1795176000000000, id: 1042 } }),
      ),
  },
  {
    file: 'counts-cube',
    what: 'total and facets from a cube: a concept in a city (role cube), minus rows expired since the sweep',
    run: (q) =>
      searchRepo.countFacets(q, { city: 'mumbai', groups: [{ roles: CONCEPT_ROLES, field: 'head' }] }),
  },
  {
    file: 'counts-scan',
    what: 'total and facets by counting the matches: words and a salary floor (no cube has them)',
    run: (q) =>
      searchRepo.countFacets(q, {
        groups: [{ roles: [], tsquery: "'typing':*", field: 'head' }],
        salary_min: 20000,
      } satisfies SearchFilters),
  },
];

forEachEngine('search SQL snapshots', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // Live jobs at three points, so the place shapes find points to read (their order is by distance).
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    for (const locality of ['powai', 'andheri-east', 'vikhroli']) await postJob(app, employer, { locality });
  });
  afterAll(() => app.close());

  for (const shape of SHAPES) {
    it(`${shape.what} sends the SQL in sql/${shape.file}.sql`, async () => {
      const { q, statements } = recording(db() as Db);
      await shape.run(q);
      expect(statements.length).toBeGreaterThan(0);
      await expect(render(shape.what, statements)).toMatchFileSnapshot(`./sql/${shape.file}.sql`);
    });
  }
});
