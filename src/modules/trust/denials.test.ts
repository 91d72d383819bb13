// Honest postings accused (issue #16's false alarms): a denial whose negation stands where its language
// puts it (a verb-phrase "never" in English, a clause-final "nahi"/"नहीं"/"नाही" in Hinglish, Hindi and
// Marathi), a list of denied fees split by commas, money that residents or guests pay to the company, a
// company paying "at its own cost", the customers' own fingerprints. Every example is our own, written for
// this test; none is copied from a development or held-out set. The rules alone are read (model: null).
import { describe, expect, it } from 'vitest';
import { type PostingContext, scoreJob } from './index.ts';

const band: PostingContext = { marketBand: { p50: 17000, p90: 25000 } };
const result = (description: string) =>
  scoreJob(
    {
      title: 'Office executive',
      description,
      role: 'back-office-executive',
      salary_min: 15000,
      salary_max: 18000,
      company_name: 'Wardha Valley Services Pvt Ltd',
    },
    band,
    null,
  );

describe('honest postings that deny, or name someone else paying, are not accused', () => {
  it.each([
    // a verb-phrase negation reaching past other words (English)
    'You never collect customer payments on your own UPI.',
    'Team members will not route any client money via your bank account.',
    // the negation after what it denies, at the verb (Hinglish, Hindi, Marathi)
    'Kisi bhi customer se phone par OTP nahi maangna hai.',
    'हम ग्राहकों से फोन पर कभी ओटीपी नहीं मांगते।',
    'प्रति फॉर्म भुगतान नहीं, मासिक वेतन मिलेगा।',
    'मुलाखत शुल्क किंवा ठेव रक्कम नाही.',
    // a list of denied fees split by commas
    'We take no registration, medical or uniform charges.',
    'We do not ask for registration, kit or medical charges.',
    'There is no registration fee, training charge or security deposit.',
    // others pay the company: hostel residents, paying guests, tenants
    'Paying guests pay their monthly rent and a refundable deposit at the front office.',
    'भाडेकरू अनामत रक्कम थेट मालकाच्या खात्यात भरतात.',
    // the company pays, said the Hindi and Marathi way
    'मेडिकल जांच कंपनी अपने खर्च पर करवाती है।',
    'आमची फी कंपनी भरते.',
    // the customers' own fingerprints at a SIM counter are the work
    "Capture the customer's fingerprint on the device for SIM KYC.",
    // a fraud warning about someone else asking, and customers' money passing into the company's account
    'Caution: if somebody asks for a joining fee in our name, that is fraud.',
    'Koi bhi hamare naam se registration fees maange to wo dhokha hai.',
    'Receive cash from customers at the counter and deposit it into the company account every evening.',
    // an English passive denial, and equipment (not money) going back
    'Signed blank cheques are never taken from new joiners.',
    'Headset and laptop are issued on a returnable basis; no deposit is required.',
  ])('leaves "%s" clear', (description) => {
    const found = result(description);
    expect(found.hits.map((hit) => hit.rule)).toEqual([]);
    expect(found.decision).toBe('clear');
  });
});

// Guards for the wider reach of a negation: some of these held before as well (they would have passed on the
// old code); they are here so the new reach cannot excuse a threat, a refund, "only", or a double negation.
describe('a negation that does not deny the ask still holds', () => {
  it.each([
    // a condition: the negation is a threat
    'If you do not pay the Rs 500 registration fee your seat will be cancelled.',
    'Agar aapne 1500 registration fees nahi bhari to offer cancel.',
    // the refund is denied, not the fee
    'The training fee of Rs 2,000 is not refundable.',
    'Joining kit ke 1200 rupaye jama karo, paisa wapas nahi milega.',
    // "otherwise", a hurry, a closed claim, "only ... nothing else", "without paying, no job"
    'Joining fee 1500 jama karo nahi to offer cancel ho jayega.',
    "Don't delay the Rs 999 kit charge payment.",
    'Registration fees 1200 rupaye hai koi discount nahi.',
    'Sirf 499 registration fee aur kuch nahi lagega.',
    'बिना फीस जमा किए जॉइनिंग नहीं होगी, फीस 800 रुपये।',
    'नोंदणी शुल्क 700 रुपये भरल्याशिवाय नोकरी नाही.',
    // a warning word does not excuse a sum, nor the company's account a fee paid into it
    'Beware of fake agents: pay the Rs 600 registration fee only to our HR.',
    'Deposit the Rs 2,000 security amount into the company bank account before joining.',
    'The Rs 1,800 kit deposit is never refunded.',
  ])('holds "%s"', (description) => {
    expect(result(description).decision).toBe('held');
  });
});
