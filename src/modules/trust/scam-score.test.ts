import { describe, expect, it } from 'vitest';
import { foldText } from './normalize.ts';
import type { RuleId } from './scam-rule-types.ts';
import { FLAG_AT, HOLD_AT, type JobPosting, type PostingContext, scoreJob } from './scam-score.ts';

/** A plain, honest-looking posting; each test adds only what it is about. */
function posting(overrides: Partial<JobPosting> = {}): JobPosting {
  return {
    title: 'Customer Service Executive',
    description: 'Inbound voice process. Salary ₹16,000-₹20,000.',
    salary_min: 16000,
    salary_max: 20000,
    role: 'customer-service-representative',
    city: 'mumbai',
    company_name: 'Sahyadri Customer Solutions Pvt Ltd',
    contact_email: 'careers@sahyadricx.in',
    ...overrides,
  };
}

const band: PostingContext = { marketBand: { p50: 18000, p90: 27000 } };

function rulesHit(
  description: string,
  extra: Partial<JobPosting> = {},
  context: PostingContext = band,
): RuleId[] {
  return scoreJob(posting({ description, ...extra }), context).hits.map((hit) => hit.rule);
}

describe('folding defeats disguise before matching', () => {
  it.each([
    ['Reg!stration fee ₹ 499/-', 'registration fee inr 499 inr'],
    ['$ecurity dep0sit Rs.2000', 'security deposit inr 2000'],
    ['f.e.e of INR 1,200', 'fee of inr 1200'],
    ['a small f-e-e', 'a small fee'],
    ['r e g i s t r a t i o n', 'registration'],
    ['r\u0435gistr\u0430tion (Cyrillic)', 'registration | cyrillic'],
    ['regis\u200btration', 'registration'],
    ['FULLWIDTH ＦＥＥ', 'fullwidth fee'],
    ['शुल्क ५०० रुपये', 'शुल्क 500 inr'],
    ['फ़ीस', 'फीस'],
    ['earn 1.5 lakh, 25 hazar, 50k', 'earn 150000 | 25000 | 50000'],
    ['₹3000/day', 'inr 3000 per day'],
  ])('%s -> %s', (raw, folded) => {
    expect(foldText(raw)).toBe(folded);
  });

  it('leaves quantities alone', () => {
    expect(foldText('10th pass, 9am to 6pm, 24x7, 4g')).toBe('10th pass | 9am to 6pm | 24x7 | 4g');
  });
});

describe('fee or deposit', () => {
  it.each([
    'Registration fee Rs 499',
    'reg!stration fee ₹ 299 only',
    '₹ 500 refundable, joining same day',
    'Pay Rs 500 to confirm your seat',
    'r e g i s t r a t i o n  f e e Rs 750',
    'Only one time f.e.e of Rs 1200 for the training kit',
    'Security deposit 2000 refundable after 3 months',
    'Registration ke liye 500 bhejo Google Pay pe',
    'रजिस्ट्रेशन फीस सिर्फ 350 रुपये',
    'ट्रेनिंग शुल्क 1200 रुपये देना होगा',
    'नोंदणी शुल्क फक्त ₹३९९',
    'जॉइनिंग फी ₹७००',
    'अनामत रक्कम ₹१५०० भरावी लागेल',
    'Apply by sending ₹ 350 via PhonePe for the form',
  ])('catches "%s"', (description) => {
    expect(rulesHit(description)).toContain('fee-or-deposit');
  });

  it.each([
    'We never charge any fee.',
    'No fees are charged at any stage of recruitment.',
    'No registration fee or security deposit.',
    'Koi bhi registration fee nahi hai.',
    'कंपनी किसी भी प्रकार का शुल्क नहीं लेती।',
    'कोणतेही शुल्क आकारले जात नाही.',
    'नि:शुल्क प्रशिक्षण',
    'Free training for 15 days with stipend ₹5,000.',
    'Handle refund requests as per our refund policy for customers.',
    'Explain loan processing fees and EMI to customers.',
    'Explain refundable and non-refundable fares and cancellation charges.',
    'Reconcile security deposits in tenant ledgers.',
    'Pay: Rs 15,000 per month + incentives.',
  ])('does not accuse "%s"', (description) => {
    expect(rulesHit(description)).not.toContain('fee-or-deposit');
  });

  it('a negation does not reach past another claim: "no hidden charges only registration fee"', () => {
    expect(rulesHit('No hidden charges only registration fee Rs 499')).toContain('fee-or-deposit');
  });
});

describe('pay far above the market', () => {
  it('compares salary_max with 2.5x the market p90 for an experienced role', () => {
    expect(rulesHit('Telecaller.', { salary_max: 70000, experience_min: 5 })).toContain(
      'pay-far-above-market',
    );
    expect(rulesHit('Telecaller.', { salary_max: 60000, experience_min: 5 })).not.toContain(
      'pay-far-above-market',
    );
  });

  it('without a band, treats more than 1,00,000 a month as absurd for an entry role but not a senior one', () => {
    expect(rulesHit('Data entry.', { salary_max: 120000 }, {})).toContain('pay-far-above-market');
    expect(
      rulesHit('CX head.', { salary_max: 150000, role: 'customer-experience-manager' }, {}),
    ).not.toContain('pay-far-above-market');
  });

  it.each(['earn 50,000 a week typing', 'Earn 40,000 weekly', 'daily 2000 earning', 'रोज़ 1500 से 3000 कमाएं'])(
    'reads in-text claims: "%s"',
    (description) => {
      expect(rulesHit(description, { salary_min: null, salary_max: null }, {})).toContain(
        'pay-far-above-market',
      );
    },
  );

  it('does not mistake a monthly salary next to a daily incentive for a daily wage', () => {
    expect(rulesHit('Salary 12k-15k + daily incentive ₹200 per conversion')).not.toContain(
      'pay-far-above-market',
    );
  });
});

describe('contact, interview and work-type signals', () => {
  it('flags WhatsApp-only and Telegram contact, but not a WhatsApp number offered alongside email', () => {
    expect(rulesHit('Contact on WhatsApp only.')).toContain('off-platform-contact');
    expect(rulesHit('Join our Telegram for tasks.')).toContain('off-platform-contact');
    expect(rulesHit('Resume WhatsApp karo 9819456123 ya mail karo.')).not.toContain('off-platform-contact');
  });

  it('holds a big brand whose only contact is a free-mail address', () => {
    const result = scoreJob(
      posting({ company_name: 'Flipkart Careers', contact_email: 'flipkart.careers.india@gmail.com' }),
      {},
    );
    expect(result.hits.map((hit) => hit.rule)).toEqual(
      expect.arrayContaining(['brand-on-personal-contact', 'free-mail-contact']),
    );
    expect(result.decision).not.toBe('clear');
  });

  it('does not treat a vendor hiring for a brand process, with its own domain, as impersonation', () => {
    expect(
      rulesHit('Hiring for the Amazon process at our Airoli centre.', {
        company_name: 'Nimbus Outsourcing Pvt Ltd',
      }),
    ).not.toContain('brand-on-personal-contact');
  });

  it('separates "no interview, direct joining" from "immediate joining after interview"', () => {
    expect(rulesHit('No interview, direct joining.')).toContain('no-interview');
    expect(rulesHit('बिना इंटरव्यू सीधी जॉइनिंग')).toContain('no-interview');
    expect(rulesHit('मुलाखतीशिवाय थेट जॉइनिंग')).toContain('no-interview');
    expect(rulesHit('Walk-in interview. Immediate joining after interview.')).not.toContain('no-interview');
    expect(rulesHit('No interview fee. Direct walk-in interview.')).not.toContain('no-interview');
  });

  it.each(['Copy paste work', '₹ 30 per page', 'Captcha typing work', 'Form filling job from home'])(
    'flags per-unit typing work: "%s"',
    (description) => {
      expect(rulesHit(description)).toContain('per-unit-typing-work');
    },
  );

  it('asks for OTP or Aadhaar up front, but not documents at joining or OTP help for customers', () => {
    expect(rulesHit('Send your ATM card photo and OTP to confirm.')).toContain('asks-sensitive-data');
    expect(rulesHit('Share your Aadhaar card photo on WhatsApp to get your login ID.')).toContain(
      'asks-sensitive-data',
    );
    expect(
      rulesHit('Candidates submit Aadhaar, PAN and bank details on joining day for payroll.'),
    ).not.toContain('asks-sensitive-data');
    expect(rulesHit('Never ask customers to share their OTP.')).not.toContain('asks-sensitive-data');
  });

  it('counts copies by two or more other companies', () => {
    expect(scoreJob(posting(), { duplicateCompanies: 2 }).hits.map((hit) => hit.rule)).toContain(
      'copied-posting',
    );
    expect(scoreJob(posting(), { duplicateCompanies: 1 }).hits).toEqual([]);
  });
});

describe('decision', () => {
  it('clears an ordinary honest posting with no hits', () => {
    expect(scoreJob(posting(), band)).toEqual({ score: 0, decision: 'clear', hits: [] });
  });

  it('holds at HOLD_AT, flags at FLAG_AT', () => {
    expect(FLAG_AT).toBeLessThan(HOLD_AT);
    // The rules' arithmetic alone (null: without the learned model, which would add its own 30 here).
    const flagged = scoreJob(posting({ description: 'Copy paste work, ₹ 30 per page.' }), band, null);
    expect(flagged.score).toBeGreaterThanOrEqual(FLAG_AT);
    expect(flagged.decision).toBe('flagged');
    const held = scoreJob(
      posting({ description: 'Copy paste work. No interview, direct joining. Hurry, limited seats.' }),
      band,
    );
    expect(held.score).toBeGreaterThanOrEqual(HOLD_AT);
    expect(held.decision).toBe('held');
  });

  it('gives every hit a reason and evidence a moderator can read', () => {
    const result = scoreJob(posting({ description: 'Security deposit ₹ 1500 refundable.' }), band);
    for (const hit of result.hits) {
      expect(hit.reason.length).toBeGreaterThan(20);
      expect(hit.evidence).toContain('1500');
    }
  });
});
