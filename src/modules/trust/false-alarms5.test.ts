// Honest postings accused in the second round (trust5, dev6): a crypto or payments company's support work
// about its users' deposits, a denial that ends its clause in English ("... is not required"), a sum that is
// the pay of a role ("a role at Rs 16,000"), parents, members or consumers paying the company, money taken
// FROM others as the job's duty ("unse rent lena"), and "your OTP is your own" said as advice. Every example
// is our own, written for this test; none is copied from a development or held-out set. Rules alone.
import { describe, expect, it } from 'vitest';
import { type PostingContext, scoreJob } from './index.ts';

const band: PostingContext = { marketBand: { p50: 17000, p90: 25000 } };
const result = (description: string) =>
  scoreJob(
    {
      title: 'Support executive',
      description,
      role: 'customer-service-representative',
      salary_min: 15000,
      salary_max: 18000,
      company_name: 'Godavari Valley Services Pvt Ltd',
    },
    band,
    null,
  );

describe('honest shapes from the second round are not accused', () => {
  it.each([
    // the users' crypto deposits are the work, not money from the seeker
    'Answer tickets from users of our bitcoin wallet app about delayed deposits and withdrawals.',
    'Crypto exchange ke customers ki deposit aur withdrawal queries email pe solve karni hai.',
    'Crypto exchange ke users ke withdrawal aur deposit issues solve karne hai.',
    'बिटकॉइन ऐप के उपयोगकर्ताओं की जमा और निकासी की शिकायतें दर्ज करना।',
    // originals the seeker keeps ready and shows
    'Keep your original degree certificate ready for the interview.',
    // a training stipend said in Hindi and Marathi
    'प्रशिक्षण के दौरान 8000 रुपये वजीफा मिलेगा।',
    'प्रशिक्षणादरम्यान दरमहा 8000 रुपये विद्यावेतन मिळेल.',
    // an English denial at the end of its clause
    'A security deposit for the rented locker is not required.',
    'Registration charges for the walk-in are not applicable.',
    // a sum that is the role's pay, with a step of hiring beside it
    'Stipend Rs 8,000, then a job at Rs 15,000 after you pass the assessment.',
    // parents, members, consumers pay the company
    'पालक प्रवेश शुल्क थेट संस्थेच्या कार्यालयात भरतात.',
    'माता-पिता ट्यूशन फीस स्कूल के काउंटर पर जमा करते हैं।',
    // money taken from others as the job's duty
    'Naye tenants se advance rent aur deposit lena aur unhe receipt dena.',
    'Society members se maintenance charges aur deposit lena, register mein entry karna.',
    // "your OTP is yours": advice, in a sentence of its own
    'Your OTP is your own.',
    'Your OTP is your own; never share it.',
    'Aapka OTP sirf aapka hai.',
    'तुमचा ओटीपी फक्त तुमचाच आहे.',
    'आपका ओटीपी गोपनीय है।',
    'Aapka OTP aapka apna hai.',
  ])('leaves "%s" clear', (description) => {
    const found = result(description);
    expect(found.hits.map((hit) => hit.rule)).toEqual([]);
    expect(found.decision).toBe('clear');
  });
});

// Guards: the same words asking the seeker still hold.
describe('the same words that ask the seeker still hold', () => {
  it.each([
    'To unlock your support account, deposit 40 USDT to the wallet HR shares.',
    'Crypto wallet mein 2000 rupaye ka USDT daalo, tabhi login activate hoga.',
    'A refundable deposit of Rs 3,000 is required before joining.',
    'Registration charge Rs 700 is not refundable.',
    'The Rs 1,200 form fee is payable before the typing test.',
    'Share the OTP on WhatsApp to complete your onboarding.',
    'Aapka OTP hume WhatsApp pe bhejo.',
    'Aapko joining se pehle 2500 deposit jama karna hoga.',
    'Original certificates will be kept with HR until the bond period ends.',
    'Training kit ke 1500 rupaye jama karo, stipend baad mein milega.',
    'प्रशिक्षण शुल्क 1500 रुपये भरा, नंतर विद्यावेतन मिळेल.',
    'USDT deposit karo aur wallet activate karo, users ko support do.',
  ])('holds "%s"', (description) => {
    expect(result(description).decision).toBe('held');
  });
});
