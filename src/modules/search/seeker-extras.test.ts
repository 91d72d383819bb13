// Issue #15 (rel4): words seekers type beside the job they want. An industry ("bank ka kaam",
// "insurance telecaller") is read from the job's industry field, title or description, never from a
// landmark or a perk; selling is its own work, apart from collections; "walk in" ranks, never
// empties a page; "did you mean" needs the evidence of a typo. Examples are our own.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Result {
  items: { id: number; title: string }[];
  total: number;
  notice_codes?: { code: string; params: Record<string, unknown> }[];
}

forEachEngine('words beside the job: industries, selling, walk-ins, typos', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const q = async (words: string): Promise<Result> =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs?q=${encodeURIComponent(words)}` })).json<Result>();
  const found = async (words: string) => (await q(words)).items.map((i) => i.id);

  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const post = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (await postJob(app, employer, { city: 'pune', locality: 'baner', ...overrides })).id;
    };
    // Posted oldest first: without reading what they say, the later, plainer jobs would rank first.
    await post('insuranceTelecaller', {
      title: 'Telecaller',
      role: 'telecaller',
      industry: 'insurance',
      description: 'Call existing customers about their renewals. Incentives on every renewal.',
    });
    await post('bankByText', {
      title: 'Customer Care Executive',
      industry: 'bpo-kpo',
      description:
        'Inbound calls from Kotak Mahindra credit card customers about statements and limits. Kalpataru Park office.',
    });
    await post('bankByField', {
      title: 'Relationship Desk Associate',
      industry: 'banking',
      description: 'Answer account holders on the phone and by email.',
    });
    await post('cardSales', {
      title: 'Card Sales Advisor',
      industry: 'bpo-kpo',
      description: 'Offer lifetime-free cards to pre-approved customers on the phone.',
    });
    await post('walkInChat', {
      title: 'Chat Support Associate',
      role: 'chat-support-executive',
      industry: 'e-commerce',
      description: 'Walk-in interview Monday to Saturday, 11 am to 4 pm.',
    });
    await post('landmarkOnly', {
      title: 'Voice Process Associate',
      industry: 'e-commerce',
      description:
        'Order and refund calls. Office opp. Axis Bank, Baner. Perks: PF, health insurance cover. Salary plus incentives, non voice backup.',
    });
    await post('collections', {
      title: 'Collections Executive',
      role: 'telecaller',
      industry: 'e-commerce',
      description: 'Remind customers of overdue EMIs.',
    });
    await post('plainTelecaller', { title: 'Telecaller', role: 'telecaller', industry: 'e-commerce' });
    await post('plainChat', { title: 'Chat Support Associate', role: 'chat-support-executive' });
    // A walk-in drive filled in on the posting form, and a text that never says "walk-in".
    await post('walkInDrive', {
      title: 'Data Entry Operator',
      category: 'back_office',
      role: 'data-entry-operator',
      description: 'Enter invoices into the billing system. Typing speed 30 wpm.',
      interview: { walk_in_from: '2027-01-11', walk_in_to: '2027-01-13', address: 'Baner Road, Pune' },
    });
    await post('plainDataEntry', {
      title: 'Data Entry Operator',
      category: 'back_office',
      role: 'data-entry-operator',
      description: 'Enter invoices into the billing system. Typing speed 30 wpm.',
    });
  }, 60_000);
  afterAll(() => app.close());

  it('an industry alone finds the jobs of that industry by field, title or description, not by a landmark', async () => {
    for (const words of ['bank ka kaam', 'banking', 'बँकेत नोकरी']) {
      const jobs = await found(words);
      expect(jobs, words).toContain(ids.bankByText);
      expect(jobs, words).toContain(ids.bankByField);
      expect(jobs, words).not.toContain(ids.landmarkOnly);
    }
    // "health insurance" in the perks is no insurance job.
    const insurance = await found('insurance');
    expect(insurance).toContain(ids.insuranceTelecaller);
    expect(insurance).not.toContain(ids.landmarkOnly);
  });

  it('an industry beside a job ranks that job at that industry first and hides the others', async () => {
    const jobs = await found('insurance telecaller');
    expect(jobs[0]).toBe(ids.insuranceTelecaller);
    expect(jobs).toContain(ids.plainTelecaller);
  });

  it('selling finds the sales seats, a selling title filed under a generic role first, collections last', async () => {
    for (const words of ['sales', 'selling', 'बिक्री']) {
      const jobs = await found(words);
      expect(jobs[0], words).toBe(ids.cardSales);
      const recovery = jobs.indexOf(ids.collections!);
      if (recovery >= 0) expect(recovery, words).toBeGreaterThan(jobs.indexOf(ids.plainTelecaller!));
    }
  });

  it('"walk in" ranks the jobs that hold walk-in interviews first and never empties a page', async () => {
    const alone = await q('walk in');
    expect(alone.total).toBeGreaterThan(1);
    expect(alone.items.slice(0, 2).map((i) => i.id)).toEqual([ids.walkInDrive, ids.walkInChat]);
    const withJob = await found('walk-in interview chat support');
    expect(withJob[0]).toBe(ids.walkInChat);
    expect(withJob).toContain(ids.plainChat);
    expect((await q('urgent')).total).toBeGreaterThan(1);
    const drive = await found('data entry walk in');
    expect(drive[0]).toBe(ids.walkInDrive);
    expect(drive).toContain(ids.plainDataEntry);
  });

  it('"did you mean" corrects a typo of a job\'s word, never a different, shorter word', async () => {
    const typo = await q('kalpatru');
    expect(typo.notice_codes).toContainEqual({
      code: 'did_you_mean',
      params: { typed: 'kalpatru', read: 'kalpataru' },
    });
    for (const words of ['plumber', 'nonsense']) {
      const body = await q(words);
      expect(body.notice_codes?.map((n) => n.code) ?? [], words).not.toContain('did_you_mean');
      expect(body.total, words).toBe(0);
    }
  });
});
