// Issue #15, the narrow-query misses: what a title says decides which job it is (a particular job's
// title beats a broader role's, a workplace named beside the job is not the job, a "UK process" is
// international work), common employer titles read as the seats they are, a language named in the
// title counts, "voice process" means the calling seats, and a place with few jobs in its circle is
// widened. Examples are our own, not the held-out set's.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Result {
  items: { id: number; title: string; locality: string }[];
  total: number;
  notice_codes?: { code: string; params: Record<string, unknown> }[];
}

forEachEngine('search reads what a title says the job is', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const q = async (words: string): Promise<Result> =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs?q=${encodeURIComponent(words)}` })).json<Result>();
  const found = (r: Result) => r.items.map((i) => i.id);

  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const back = { category: 'back_office' };
    // Posted oldest first: without title evidence the newer job would rank first.
    const jobs: [string, Record<string, unknown>][] = [
      ['recon', { ...back, title: 'Vendor Reconciliation Executive', role: 'reconciliation-executive' }],
      ['accounts', { ...back, title: 'Accounts Assistant – Tally', role: 'accounts-assistant' }],
      ['facilities', { ...back, title: 'Facilities Coordinator – BPO', role: 'admin-executive' }],
      ['voiceOnly', { ...back, title: 'Voice Process Associate – Inbound', role: 'back-office-executive' }],
      [
        'ukProcess',
        { title: 'Customer Care Associate – UK Process', role: 'customer-service-representative' },
      ],
      ['clientSuccess', { title: 'Client Success Executive – HRMS', role: 'team-lead' }],
      ['processManager', { title: 'Process Manager – Collections Desk', role: 'team-lead' }],
      ['serviceDesk', { title: 'Service Desk Executive (L1)', role: 'help-desk-technician' }],
      [
        'broadband',
        { title: 'Technical Support – Broadband Customers', role: 'technical-support-specialist' },
      ],
      ['gujaratiListed', { title: 'Customer Care Executive', languages: ['gujarati', 'hindi'] }],
      ['plainCare', { title: 'Customer Care Executive', languages: ['hindi'] }],
      [
        'thaneEntry',
        {
          ...back,
          title: 'Data Entry Operator',
          role: 'data-entry-operator',
          city: 'thane',
          locality: 'wagle-estate',
        },
      ],
      [
        'thaneCalls',
        {
          title: 'Inbound Voice Executive',
          role: 'call-centre-agent',
          city: 'thane',
          locality: 'wagle-estate',
        },
      ],
      // KYC seats around Vashi: one in its 5 km circle, one ~9 km off, one in Pune.
      [
        'kycVashi',
        {
          ...back,
          title: 'KYC Analyst',
          role: 'kyc-compliance-executive',
          city: 'navi-mumbai',
          locality: 'vashi',
        },
      ],
      [
        'kycGhatkopar',
        {
          ...back,
          title: 'KYC Analyst',
          role: 'kyc-compliance-executive',
          city: 'mumbai',
          locality: 'ghatkopar',
        },
      ],
      [
        'kycPune',
        {
          ...back,
          title: 'KYC Analyst',
          role: 'kyc-compliance-executive',
          city: 'pune',
          locality: 'kharadi',
        },
      ],
    ];
    for (const [key, overrides] of jobs) ids[key] = (await postJob(app, employer, overrides)).id;
  }, 120_000);
  afterAll(() => app.close());

  it('a particular job named in the title ranks above a broader role that also takes the query', async () => {
    const r = found(await q('reconciliation'));
    expect(r.indexOf(ids.recon!)).toBeGreaterThanOrEqual(0);
    if (r.includes(ids.accounts!)) expect(r.indexOf(ids.recon!)).toBeLessThan(r.indexOf(ids.accounts!));
  });

  it('a workplace named beside another job in a title does not make it a call-centre job', async () => {
    expect(found(await q('call centre'))).not.toContain(ids.facilities);
  });

  it('a title that only names the calling is call-centre work, whatever role was ticked', async () => {
    expect(found(await q('call centre'))).toContain(ids.voiceOnly);
  });

  it('a UK or US process of customer care is international voice work', async () => {
    expect(found(await q('international voice'))).toContain(ids.ukProcess);
  });

  it('employer titles for the same seat: client success, process manager', async () => {
    expect(found(await q('customer success'))).toContain(ids.clientSuccess);
    expect(found(await q('operations manager'))).toContain(ids.processManager);
  });

  it('an IT help desk is its own seat: a broadband support job is not one', async () => {
    const r = found(await q('it helpdesk'));
    expect(r).toContain(ids.serviceDesk);
    expect(r).not.toContain(ids.broadband);
    // "tech support" still finds both.
    expect(found(await q('tech support'))).toEqual(expect.arrayContaining([ids.serviceDesk, ids.broadband]));
  });

  it('a regional language asked for ranks the jobs that use it first', async () => {
    const r = found(await q('gujarati customer care'));
    expect(r[0]).toBe(ids.gujaratiListed);
    expect(r).toContain(ids.plainCare);
  });

  it('"voice process" means the calling seats, not every job in the place', async () => {
    const r = found(await q('voice process thane'));
    expect(r).toContain(ids.thaneCalls);
    expect(r).not.toContain(ids.thaneEntry);
  });

  it('a place with only a few jobs in its circle is widened, nearest first, and says so', async () => {
    const res = await q('kyc vashi');
    const r = found(res);
    expect(r.slice(0, 2)).toEqual([ids.kycVashi, ids.kycGhatkopar]);
    expect(r).not.toContain(ids.kycPune);
    expect(res.notice_codes).toContainEqual(
      expect.objectContaining({ code: 'widened_radius', params: expect.objectContaining({ count: 1 }) }),
    );
  });
});
