// Who pays whom, and what the law takes (trust6, issue #16): money others pay the company is the work;
// distances are not sums; a turn ("lekin", "but") starts a claim of its own; PF/ESI/TDS excuse a deduction
// from salary, never a sum paid ahead; originals named in one clause and kept in the next are held; a sum
// to register, "ke N dene hai", blank cheques and net-banking logins in Hindi and Marathi. Every example is
// our own, written for this test; none is copied from a development or held-out set (dev7 included).
// The rules alone are read (model: null).
import { describe, expect, it } from 'vitest';
import { type PostingContext, scoreJob } from './index.ts';

const band: PostingContext = { marketBand: { p50: 17000, p90: 25000 } };
const result = (description: string) =>
  scoreJob(
    {
      title: 'Office executive',
      description,
      role: 'back-office-executive',
      salary_min: 12000,
      salary_max: 16000,
      company_name: 'Krishna Valley Services Pvt Ltd',
    },
    band,
    null,
  );

describe('honest: someone else pays, or nothing is a sum', () => {
  it.each([
    // third parties who pay the company, described in the third person
    'Shoppers pay parking charges at the billing desk; you update the register.',
    'Depositors deposit their monthly savings with the society clerk, who issues a receipt.',
    'Account holders pay the locker charges at the branch every April.',
    'शेतकरी साठवणुकीचे भाडे कार्यालयात भरतात, तुम्ही फक्त नोंद ठेवायची.',
    'सभासद दरमहा वर्गणी पतसंस्थेत जमा करतात.',
    'अभिभावक स्कूल की फीस ऑफिस में जमा करते हैं, आपको रसीद बनानी है।',
    'Mareez OPD fees counter pe dete hai, aapko sirf entry karni hai.',
    // a distance is not a sum
    'Transport charges: drop is free for homes within 15 km of the plant.',
  ])('%s', (description) => {
    expect(result(description).decision).toBe('clear');
  });
});

describe('scams: a sum asked, however the sentence runs', () => {
  it.each([
    // a turn: the company gives the thing, but the seeker pays a deposit
    'Headset company dega lekin 2500 ka deposit dena padega.',
    'Tablet is provided by us but a security deposit of Rs 4,000 is to be paid first.',
    // statutory words do not excuse a sum paid ahead
    'Pehla pagar tabhi milega jab ESIC registration ke 900 jama karoge.',
    'The first salary is credited only after you pay Rs 1,100 as PF registration in advance.',
    'पहिला पगार मिळण्यापूर्वी पीएफ खात्यासाठी 700 रुपये आगाऊ भरा.',
    // originals named, then kept in the next clause
    'अपने मूल अंकपत्र लेकर आएं, एक साल तक कंपनी के पास रहेंगे।',
    'तुमची मूळ पदवी प्रमाणपत्रे द्या, करार संपेपर्यंत ती कंपनीकडे राहतील.',
    // a sum to register
    'Register at our branch with Rs 300 to receive interview calls.',
    // "ke N dene hai"
    'Medical test ke 600 aur ID card ke 400 dene hai joining se pehle.',
  ])('%s', (description) => {
    expect(result(description).decision).not.toBe('clear');
  });

  it.each([
    'Joining ke liye do khali sign kiye hue cheque company ko dene honge.',
    'जॉइनिंग पर दो खाली हस्ताक्षरित चेक जमा करने होंगे।',
    'रुजू होताना एक कोरा सही केलेला धनादेश द्यावा लागेल.',
    'अपना नेट बैंकिंग लॉगिन और पासवर्ड मैनेजर को व्हाट्सऐप करें।',
    'नेट बैंकिंग यूजर आईडी एचआर को भेजें।',
    'फोन पर आया कोड सुपरवाइजर को बताएं।',
    'मोबाईलवर आलेला कोड टीम लीडरला पाठवा.',
  ])('held: %s', (description) => {
    expect(result(description).decision).toBe('held');
  });
});

describe('a third party paying to join is the seeker under another name', () => {
  it.each([
    'New members pay Rs 999 joining fee and start earning.',
    'Users pay Rs 499 activation charge to unlock tasks.',
    'सदस्य 500 रुपये नोंदणी शुल्क भरतात आणि काम सुरू करतात.',
  ])('%s', (description) => {
    expect(result(description).decision).not.toBe('clear');
  });
});

describe('guards that must stay clear', () => {
  it.each([
    // copies kept, originals returned
    'मूळ कागदपत्रे सोबत आणा, झेरॉक्स कंपनीकडे राहतील.',
    'Original certificates for verification, photocopies stay with HR.',
    // statutory deductions from salary
    'PF aur ESIC salary se katega, TDS tax limit ke upar hi.',
    'पीएफ 1800 रुपये पगारातून कापला जाईल.',
    // a dress code told
    'Dress code HR batayega joining pe.',
  ])('%s', (description) => {
    expect(result(description).decision).toBe('clear');
  });
});
