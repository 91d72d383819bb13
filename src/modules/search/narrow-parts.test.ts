// Issue #15 (rel5): a narrow query (a job plus a feature: night, a language, a fresher, walk-in, an
// industry, a pay) ranks the jobs that meet every part of it first, reading the feature in the
// title and the text, not only in the filed fields. Examples are our own (test/relevance/dev-rel5 is
// the set they came from); every case here fails on the code before rel5.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { loadGazetteer } from '../../shared/reference/index.ts';
import { jobConcepts } from './job-concepts.ts';
import { descriptionWishes } from './job-description.ts';
import { parseQuery } from './query-parser.ts';

describe('what a title and text say of experience, hours and country', () => {
  it('reads years asked and freshers welcome, negations and ranges included', () => {
    const asks = [
      'Minimum 2 years of billing experience required.',
      'Only experienced candidates, 1-3 yrs in collections.',
      'Experience: at least 1 year in a similar role is a must.',
      'Freshers need not apply. Typing work.',
      '2 साल का अनुभव जरूरी',
      'Experienced Accounts Assistant\nTally entries.',
    ];
    for (const text of asks) expect(descriptionWishes(text), text).toContain('+@experienced');
    const welcome = ['Freshers can apply.', 'फ्रेशर्स चालतील, प्रशिक्षण देऊ.', 'No experience required, we train.'];
    for (const text of welcome) {
      expect(descriptionWishes(text), text).toContain('+@fresher');
      expect(descriptionWishes(text), text).not.toContain('+@experienced');
    }
    // A range from 0, freshers beside years, a firm's own years, experienced trainers: none asked.
    for (const text of [
      'Experience 0-2 years.',
      'Freshers or 1-2 years experience, both welcome.',
      'A 12 years old firm with experienced trainers.',
    ])
      expect(descriptionWishes(text), text).not.toContain('+@experienced');
  });

  it('a title states night hours, a language and a country', () => {
    const wishes = (title: string) =>
      jobConcepts({ title, skills: [], description: 'Calls to customers all day long.' });
    const all = (title: string) => {
      const c = wishes(title);
      return [...c.title, ...c.skills];
    };
    expect(all('Night Shift Chat Executive')).toContain('+@night');
    expect(all('मराठी टेलिकॉलर')).toContain('+@marathi');
    expect(all('US Voice Process')).toEqual(expect.arrayContaining(['+@us', '#international_voice']));
    expect(all('Join us as a Telecaller')).not.toContain('+@us');
  });

  it('"nite" is night', () => {
    expect(parseQuery('telecaller nite shift', loadGazetteer()).shifts).toContain('night');
  });
});

interface Result {
  items: { id: number; title: string }[];
  total: number;
}

forEachEngine('a narrow query ranks the jobs meeting all of it first', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const found = async (words: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs?q=${encodeURIComponent(words)}` }))
      .json<Result>()
      .items.map((i) => i.id);

  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const post = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (
        await postJob(app, employer, {
          city: 'nashik',
          locality: 'satpur',
          languages: ['hindi'],
          description: 'Work with our customers from the office, salary on the 1st.',
          ...overrides,
        })
      ).id;
    };
    // Posted oldest first: the job meeting every part is the oldest, each partial one newer.
    await post('walkInInsurer', {
      title: 'Telecaller',
      role: 'telecaller',
      industry: 'insurance',
      description: 'Walk-in interview every Saturday. Renewal calls to policy holders.',
    });
    await post('walkInOnly', {
      title: 'Telecaller',
      role: 'telecaller',
      industry: 'e-commerce',
      description: 'Walk-in interview every Saturday. Order calls.',
    });
    await post('insurerOnly', {
      title: 'Telecaller',
      role: 'telecaller',
      industry: 'insurance',
      description: 'Renewal calls to policy holders, apply online.',
    });
    const billing = { category: 'back_office', role: 'accounts-assistant', industry: 'healthcare' };
    await post('freshersBilling', {
      ...billing,
      title: 'Billing Assistant',
      salary_min: 20000,
      salary_max: 24000,
    });
    await post('yearsBilling', {
      ...billing,
      title: 'Billing Assistant',
      description: 'Minimum 2 years of hospital billing experience required.',
      salary_min: 18200,
      salary_max: 24000,
    });
    await post('titledNight', {
      title: 'Night Shift Chat Executive',
      role: 'chat-support-executive',
      shift: 'rotational',
    });
    await post('dayChat', { title: 'Chat Executive', role: 'chat-support-executive', shift: 'rotational' });
    await post('marathiTitle', { title: 'मराठी टेलिकॉलर', role: 'telecaller', languages: [] });
    await post('hindiTelecaller', { title: 'Telecaller', role: 'telecaller', industry: 'telecom' });
    await post('usVoice', {
      title: 'US Voice Process',
      category: 'customer_service',
      role: 'call-centre-agent',
    });
  }, 120_000);
  afterAll(() => app.close());

  it('every extra typed beside the job must hold for the top place: a walk-in at an insurer first', async () => {
    const jobs = await found('insurance telecaller walk in');
    expect(jobs[0]).toBe(ids.walkInInsurer);
    expect(jobs).toEqual(expect.arrayContaining([ids.walkInOnly, ids.insurerOnly]));
  });

  it('a fresher sees the jobs asking for years last', async () => {
    const jobs = await found('billing fresher');
    expect(jobs.indexOf(ids.freshersBilling!)).toBeGreaterThanOrEqual(0);
    expect(jobs.indexOf(ids.freshersBilling!)).toBeLessThan(jobs.indexOf(ids.yearsBilling!));
  });

  it('a pay typed in q ranks the jobs paying it in full above those a tenth under it', async () => {
    const jobs = await found('billing assistant 20000');
    expect(jobs.slice(0, 2)).toEqual([ids.freshersBilling, ids.yearsBilling]);
  });

  it('night and a language said only in the title rank with the jobs whose fields say so', async () => {
    expect((await found('night shift chat'))[0]).toBe(ids.titledNight);
    expect((await found('marathi telecaller'))[0]).toBe(ids.marathiTitle);
  });

  it('a US process title filed under a generic role is international voice', async () => {
    expect(await found('international voice')).toContain(ids.usVoice);
  });
});
