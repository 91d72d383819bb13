// Issue #15, a job whose title only lends a role: a title that reads as a broader concept of two
// roles ("Accounts Executive": accounts assistant or reconciliation) carries both roles' tokens, so a
// broad query ("back office jobs" of six roles) still finds it. A narrow query names one particular
// seat, and such a title is no evidence of it: the filter, and so the count, the facets and every
// sort order, must leave it out, as the relevance page already does. Examples are our own.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Result {
  items: { id: number; title: string }[];
  total: number;
}

forEachEngine('a title that only lends a role is not that role', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const search = async (params: Record<string, string>): Promise<Result> =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs?${new URLSearchParams(params)}` })).json<Result>();
  const found = (r: Result) => r.items.map((i) => i.id);

  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const back = { category: 'back_office', city: 'pune', locality: 'baner' };
    const jobs: [string, Record<string, unknown>][] = [
      // Filed under a generic role: only the title says what each job is.
      ['accountsTitle', { ...back, title: 'Accounts Executive (Tally ERP)', role: 'back-office-executive' }],
      ['reconTitle', { ...back, title: 'Bank Reconciliation Associate', role: 'back-office-executive' }],
      ['reconPicked', { ...back, title: 'Finance Associate', role: 'reconciliation-executive' }],
      ['desktopTitle', { ...back, title: 'Desktop Support Engineer L1', role: 'back-office-executive' }],
      [
        'productSupport',
        { ...back, title: 'Technical Support Associate – Set-top Boxes', role: 'back-office-executive' },
      ],
    ];
    for (const [key, overrides] of jobs) ids[key] = (await postJob(app, employer, overrides)).id;
  }, 120_000);
  afterAll(() => app.close());

  it('a narrow query counts and lists only the jobs it shows, in every sort order', async () => {
    for (const sort of ['relevance', 'recent', 'salary']) {
      const r = await search({ q: 'bank reconciliation', sort });
      expect(found(r), sort).toEqual(expect.arrayContaining([ids.reconTitle, ids.reconPicked]));
      expect(found(r), sort).not.toContain(ids.accountsTitle);
      expect(r.total, sort).toBe(r.items.length);
    }
    for (const sort of ['relevance', 'recent']) {
      const r = await search({ q: 'it help desk', sort });
      expect(found(r), sort).toContain(ids.desktopTitle);
      expect(found(r), sort).not.toContain(ids.productSupport);
      expect(r.total, sort).toBe(r.items.length);
    }
  });

  it('a broader query still takes the titles of its narrower seats', async () => {
    // "accounts" takes both seats: a reconciliation title is accounts work.
    expect(found(await search({ q: 'accounts' }))).toEqual(
      expect.arrayContaining([ids.accountsTitle, ids.reconTitle, ids.reconPicked]),
    );
    // "tech support" takes the IT help desk too (vocabulary-customer-service.ts).
    expect(found(await search({ q: 'tech support' }))).toEqual(
      expect.arrayContaining([ids.desktopTitle, ids.productSupport]),
    );
  });
});
