// Impersonation, task scams, money mules and fresher pay against the market band: each example is our
// own, written for this test, not taken from the development or held-out sets.
import { describe, expect, it } from 'vitest';
import { impersonatedBrand, type JobPosting, type PostingContext, referenceBand, scoreJob } from './index.ts';

const base: JobPosting = {
  title: 'Customer support associate',
  description: 'Answer customer calls about orders. Day shift, Vashi office.',
  role: 'customer-service-representative',
  city: 'navi-mumbai',
  salary_min: 16000,
  salary_max: 20000,
  company_name: 'Harbour Line Services Pvt Ltd',
};
const score = (
  extra: Partial<JobPosting>,
  context: PostingContext = {},
  model: Parameters<typeof scoreJob>[2] = undefined,
) => {
  const posting = { ...base, ...extra };
  const company = {
    name: posting.company_name,
    website: posting.website,
    contact_email: posting.contact_email,
  };
  return scoreJob(
    posting,
    {
      marketBand: referenceBand(posting.role, posting.city, posting.experience_min),
      knownBrand: impersonatedBrand(company) !== null,
      ...context,
    },
    model,
  );
};
const rules = (extra: Partial<JobPosting>, context?: PostingContext) =>
  score(extra, context).hits.map((hit) => hit.rule);

describe('impersonating a known brand holds on its own', () => {
  it('holds a bank named as the employer by an unverified company off its domains, and says why', () => {
    const result = score({
      company_name: 'ICICI Bank Careers Cell',
      contact_email: 'careers.icici@outlook.com',
    });
    expect(result.decision).toBe('held');
    const hit = result.hits.find((h) => h.rule === 'impersonates-brand');
    expect(hit?.evidence).toContain('ICICI Bank');
  });

  it('holds a brand put forward as the employer in the text by an unrelated company', () => {
    const result = score({ description: 'Flipkart is hiring work-from-home chat executives. Apply today.' });
    expect(result.decision).toBe('held');
  });

  it('clears the brand itself, a verified employer, and an outsourcer naming its client process', () => {
    expect(rules({ company_name: 'Airtel', website: 'https://www.airtel.in' })).not.toContain(
      'impersonates-brand',
    );
    expect(rules({ company_name: 'Airtel Care Desk' }, { employerVerified: true })).not.toContain(
      'impersonates-brand',
    );
    expect(
      rules({ description: 'Inbound calls for our Jio broadband client process, Vashi.' }),
    ).not.toContain('impersonates-brand');
  });
});

describe('task scams and money mules hold', () => {
  it.each([
    'Earn Rs 60 for every restaurant you rate on maps, paid daily.',
    'Subscribe to channels and like videos, ₹40 per task.',
    'Prepaid tasks unlock higher commission levels.',
    'Apne bank account me customers ka payment receive karo aur 5% commission rakh ke aage transfer karo.',
    'You will receive client payments in your own account and transfer them to our partners.',
    'तुमच्या खात्यात पैसे येतील, ते पुढे ट्रान्सफर करायचे, कमिशन मिळेल.',
  ])('holds "%s"', (description) => {
    const result = score({ description });
    expect(result.hits.map((hit) => hit.rule)).toContain('task-or-money-mule');
    expect(result.decision).toBe('held');
  });

  it.each([
    'Review customer tickets and rate call quality on the QA form.',
    'Receive customer payments at the counter and deposit them in the company bank account.',
    'Follow up with customers by phone.',
  ])('does not accuse "%s"', (description) => {
    expect(rules({ description })).not.toContain('task-or-money-mule');
  });
});

describe('pay against the market band for role x city x experience', () => {
  it('flags a fresher offered about twice the median and holds one offered about three times', () => {
    expect(score({ salary_min: 30000, salary_max: 38000 }).decision).toBe('flagged');
    expect(score({ salary_min: 45000, salary_max: 55000 }).decision).toBe('held');
    expect(
      score({ description: 'Freshers earn 40,000 a month from day one.', salary_max: null }).decision,
    ).not.toBe('clear');
  });

  it('lets the same pay pass for an experienced hire and an incentive-led ceiling pass for a fresher', () => {
    expect(score({ salary_min: 30000, salary_max: 38000, experience_min: 5 }).decision).toBe('clear');
    expect(
      score({ description: 'Fixed 18,000; top performers earn up to 40,000 a month with incentives.' })
        .decision,
    ).toBe('clear');
  });

  it('reads the reference band by city and experience', () => {
    const metro = referenceBand('telecaller', 'mumbai', 0)!;
    expect(referenceBand('telecaller', 'solapur', 0)!.p50).toBeLessThan(metro.p50);
    expect(referenceBand('telecaller', 'mumbai', 4)!.p50).toBeGreaterThan(metro.p50);
    expect(referenceBand('no-such-role', 'mumbai', 0)).toBeNull();
  });
});

describe('a verified badge', () => {
  it('halves the softer signals but never the money asked of a seeker', () => {
    // The rules' weights (null leaves the learned model out; its own weight halves too: scam-model.test.ts).
    const soft = 'Copy paste work, ₹ 30 per page. Hurry, limited seats.';
    expect(score({ description: soft }, {}, null).decision).toBe('flagged');
    expect(score({ description: soft }, { employerVerified: true }, null).decision).toBe('clear');
    const fee = 'Selected candidates pay ₹1,500 for the joining kit.';
    expect(score({ description: fee }, { employerVerified: true }).decision).toBe('held');
  });
});
