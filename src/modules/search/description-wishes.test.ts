// Issue #15, job understanding reads the description too: employers write the language a job needs
// and its night hours into the text and leave the fields generic ("Shift: rotational", no language
// listed). A seeker's language and shift wishes rank such a job with the ones whose fields say so;
// a negated mention ("no night shifts") is none. Examples are our own.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { descriptionIndustry, descriptionWishes } from './job-description.ts';

describe('what a description states about languages and hours', () => {
  it('reads languages in English, Hinglish and Devanagari, and night or UK hours by the clock', () => {
    expect(descriptionWishes('Kannada bolne wale candidates ko preference. Timing 7 pm to 4 am.')).toEqual([
      '+@kannada',
      '+@night',
      '+@us',
    ]);
    expect(descriptionWishes('मराठी भाषा येणे आवश्यक. वेळ दुपारी 1 pm ते 10 pm (UK process).')).toEqual([
      '+@marathi',
      '+@uk',
    ]);
  });
  it('a negation reaches only its own clause, and turns a language round too', () => {
    // "no" after a mention starts the next phrase: the job still works nights.
    expect(descriptionWishes('Night shift, no targets. Cab drop provided.')).toEqual(['+@night', '+@us']);
    expect(descriptionWishes('US shift - no fees at any stage.')).toEqual(['+@us']);
    expect(descriptionWishes('English not required, Hindi must.')).toEqual(['+@hindi']);
    expect(descriptionWishes('We do not have a night shift.')).toEqual([]);
  });
  it('an evening hour that closes a day shift is no night work; a night that starts at one is', () => {
    expect(descriptionWishes('वेळ: सकाळी 10 ते रात्री 8 पर्यंत, रविवार सुट्टी.')).toEqual([]);
    expect(descriptionWishes('Timing subah 10 se raat 9 baje tak.')).toEqual([]);
    expect(descriptionWishes('Shift raat 9 baje se subah 6 baje.')).toEqual(['+@night', '+@us']);
  });
  it('reads walk-in interviews and joining at once, unless negated', () => {
    expect(descriptionWishes('Walk-in interview Mon to Sat, 11 am to 3 pm.')).toEqual(['+@walk_in']);
    expect(descriptionWishes('Immediate joiners preferred.')).toEqual(['+@immediate']);
    expect(descriptionWishes('No walk-in, apply online.')).toEqual([]);
  });
  it('names an industry only when the text says the work is for it, not a landmark or a perk', () => {
    expect(descriptionIndustry('Calls to ICICI Bank credit card customers. Salary to bank account.')).toBe(
      'industry_banking',
    );
    expect(descriptionIndustry('Venue: opp. Axis Bank, Vashi. Perks: PF, health insurance cover.')).toBe(
      undefined,
    );
    expect(descriptionIndustry('Our BPO serves banking, telecom and insurance clients.')).toBe(undefined);
    expect(descriptionIndustry('Renewal calls for a general insurance company.')).toBe('industry_insurance');
  });
  it('a negated shift and office hours say nothing about night work', () => {
    expect(descriptionWishes('General shift 10 am to 7 pm, no night shifts.')).toEqual([]);
    expect(descriptionWishes('Night shift nahi hai, sirf day shift.')).toEqual([]);
  });
});

interface Result {
  items: { id: number }[];
}

forEachEngine('a description states what the fields leave out', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const found = async (q: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs?q=${encodeURIComponent(q)}` }))
      .json<Result>()
      .items.map((i) => i.id);

  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const calls = { role: 'call-centre-agent', city: 'pune', locality: 'kharadi', languages: ['english'] };
    // Posted first, so without reading the text the later, plainer jobs would rank above them.
    const jobs: [string, Record<string, unknown>][] = [
      [
        'nightInText',
        {
          ...calls,
          title: 'Customer Care Associate',
          shift: 'rotational',
          description:
            'Inbound calls for a US retailer. Shift 6:30 pm – 3:30 am with cab drop. Freshers welcome.',
        },
      ],
      [
        'teluguInText',
        {
          ...calls,
          title: 'Customer Care Associate',
          shift: 'day',
          description:
            'Telugu speaking candidates only: you will answer callers from Hyderabad. 6 days working.',
        },
      ],
      [
        'noNights',
        {
          ...calls,
          title: 'Customer Care Associate',
          shift: 'rotational',
          description: 'Rotational day shifts between 8 am and 8 pm; no night shifts. Freshers welcome.',
        },
      ],
      ['plainA', { ...calls, title: 'Customer Care Associate', shift: 'rotational' }],
      ['plainB', { ...calls, title: 'Customer Care Associate', shift: 'day' }],
    ];
    for (const [key, overrides] of jobs) ids[key] = (await postJob(app, employer, overrides)).id;
  }, 120_000);
  afterAll(() => app.close());

  it('a night-shift seeker finds the US-hours job filed as rotational first', async () => {
    const r = await found('customer care night shift pune');
    expect(r[0]).toBe(ids.nightInText);
    expect(r.indexOf(ids.noNights!)).toBeGreaterThan(0);
  });

  it('a language named only in the description counts for the language wish', async () => {
    expect((await found('telugu customer care'))[0]).toBe(ids.teluguInText);
  });
});
