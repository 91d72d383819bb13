// Money moving from the seeker, read by structure: each example here is our own, written for this test,
// in the four languages seekers read. None is copied from the development or held-out sets.
import { describe, expect, it } from 'vitest';
import { type PostingContext, scoreJob } from './index.ts';

const band: PostingContext = { marketBand: { p50: 17000, p90: 25000 } };
const decisionOf = (description: string, context: PostingContext = band) =>
  scoreJob({ title: 'Back office executive', description, role: 'back-office-executive' }, context);
const asks = (description: string, context?: PostingContext) =>
  decisionOf(description, context).hits.some((hit) => hit.rule === 'fee-or-deposit');

describe('money asked of the seeker, in shapes no phrase list holds', () => {
  it.each([
    // a consultancy keeping a share of the first salary
    'Our placement partner keeps 40 percent of your first salary as service charge.',
    'Selection ke baad pehli salary ka aadha hissa consultancy rakhegi.',
    'पहिल्या पगाराचा 30 टक्के भाग सल्लागार संस्थेला द्यावा लागेल.',
    // tax on a bonus paid in advance
    'A welcome bonus of Rs 25,000 is released once you clear the GST on it in advance.',
    'Bonus milne se pehle 1800 rupaye tax bharna hoga.',
    // uniform or ID cost deducted from salary
    'Cost of the uniform and access card will be deducted from your salary.',
    'Uniform aur ID card ka paisa pehli salary se katega.',
    'गणवेश व आयकार्डचे पैसे पगारातून कापले जातील.',
    // a kit sent cash on delivery
    'Your starter kit reaches you by courier; pay cash on delivery.',
    'Laptop kit COD se aayega, delivery par payment karein.',
    // crypto to activate
    'Activate your agent ID with a 50 USDT deposit to our wallet.',
    // cheques and certificates held as security
    'Hand over two signed blank cheques on joining.',
    'Original marksheets will be kept by the company till the bond ends.',
    'मूळ प्रमाणपत्रे कंपनीकडे जमा ठेवली जातील.',
    // a deposit for a medical check
    'Before the offer, a medical check-up deposit of ₹1,800 is collected.',
    'मेडिकल जांच के लिए 1500 रुपये जमा करने होंगे।',
    // a fee excused in the old reading because a job word shared the sentence
    'Handle customer queries on chat and pay Rs 650 for the training portal login.',
    'Training kit charges Rs 1,200, after which you handle customer queries.',
    // Marathi joins "for" to the noun (नोंदणीसाठी, प्रशिक्षणासाठी): the purpose is still the hiring step
    'प्रशिक्षणासाठी 1,200 रुपये भरावे लागतील.',
    'मुलाखतीसाठी 300 रुपये आधी जमा करा.',
    // a pack the seeker must buy ("lena zaroori hai")
    'Joining ke liye welcome pack 1,500 ka lena zaroori hai.',
  ])('holds "%s"', (description) => {
    expect(asks(description)).toBe(true);
    expect(decisionOf(description).decision).toBe('held');
  });

  it.each([
    // FAQ: the question asks nothing, the answer denies
    'Do I need to pay anything to join? No, the process is completely free.',
    'Kya koi registration fee lagti hai? Bilkul nahi.',
    'नोकरीसाठी पैसे द्यावे लागतात का? नाही, कोणतेही शुल्क नाही.',
    // pay lines are money to the seeker, even with a low end under 10,000
    'Salary 9,000-12,000 per month plus incentives.',
    'Pay ₹8,000 - ₹11,000 a month for the first year.',
    'Is there a security deposit? There is none; your PF starts on day one.',
    'Registration fee kitna hai? Zero, company koi paisa nahi leti.',
    'Stipend ₹8,500 during training, then ₹13,000.',
    'Joining bonus of Rs 5,000 paid after three months.',
    'पगार ९,५०० ते १२,००० रुपये.',
    // payroll deductions and the company paying
    'PF and ESI deducted as per law.',
    'Uniform and ID card are provided by the company at no cost.',
    'Bring original certificates for verification; they are returned the same day.',
    'Salary is credited to your bank account on the 7th.',
    // the job's own subject matter
    'Deposit customer cheques at the bank and update the collections register.',
    // the company pays or supplies, even with words between it and its verb, or beside what you pay
    'We courier you a headset and a laptop on a returnable basis.',
    'Out-station candidates ke liye PG ka advance company khud degi.',
    'बाहेरगावच्या उमेदवारांसाठी कंपनी भाड्याच्या खोलीची अनामत स्वतः भरेल.',
    'The company pays the PG deposit and you pay only the monthly rent.',
    // a denied list that names penalties or bonds first; a denial in its own clause ("fee - none")
    'There are no bonds or deposits of any kind.',
    'FAQ: training fee - none; night shift - no.',
    // money arriving with the first salary; a firm whose business is investment
    'A shifting allowance of Rs 10,000 is paid with your first salary.',
    'Handle client calls for a 60 person investment firm in BKC.',
  ])('does not accuse "%s"', (description) => {
    expect(asks(description)).toBe(false);
  });

  it('does not read "not a per-page job" (Hinglish "per form wala kaam nahi") as per-page typing work', () => {
    const hits = decisionOf('Fixed monthly salary hai, per form wala kaam nahi.').hits.map((hit) => hit.rule);
    expect(hits).not.toContain('per-unit-typing-work');
  });

  it('keeps reading money asks when the employer is verified (the badge lowers other weights only)', () => {
    const verified = { ...band, employerVerified: true };
    expect(asks('Pay a refundable deposit of Rs 2,500 for your laptop.', verified)).toBe(true);
    expect(decisionOf('Pay a refundable deposit of Rs 2,500 for your laptop.', verified).decision).toBe(
      'held',
    );
  });
});
