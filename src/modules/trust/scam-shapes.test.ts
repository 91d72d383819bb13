// Scam shapes the rules missed when measured on postings nobody tuned them on (held-out v2, read by kind
// only): the work itself defrauding others, identity harvesting, money mules, equipment from a named
// vendor, fake cheques, consultancy fees as a share of pay, franchise seats, pyramids, quiet single tells.
// Every example is our own, written for this test; none is copied from a development or held-out set.
import { describe, expect, it } from 'vitest';
import { type PostingContext, scoreJob } from './index.ts';

const band: PostingContext = { marketBand: { p50: 17000, p90: 25000 } };
// The rules' own reading (the learned model is left out: null). What the model says of such one-line
// texts is in scam-model.test.ts: it may flag some, it never holds one on its own.
const result = (description: string, context: PostingContext = band) =>
  scoreJob(
    {
      title: 'Customer support executive',
      description,
      role: 'customer-service-representative',
      salary_min: 15000,
      salary_max: 19000,
      company_name: 'Sahyadri Process Solutions LLP',
    },
    context,
    null,
  );
const held = (description: string) => result(description).decision;

describe('a job whose work is itself a fraud on the people called holds', () => {
  it.each([
    'Callers settle their outstanding dues with Google Play or Apple gift card codes that you note down.',
    'You speak as a federal tax officer and tell the customer a warrant is pending.',
    'Inform the caller that police will arrest him today if the amount is not cleared.',
    'US customers see a pop-up and call us; you sell them a 299 dollar protection plan.',
    'Ask the customer to read out the OTP that arrives on their phone so the refund can be processed.',
    'Recovery team: message the borrower contact list and pressure the family until the EMI is paid.',
    'Sellers are told their store will be delisted unless they pay the compliance penalty today.',
    'Grahak ko bolo ki unka account block ho jayega warna 2000 rupaye jama karein.',
    'कॉल करने वाले ग्राहक से ओटीपी लें और सिस्टम में डालें।',
    'कर्जदारांना धमकी द्या आणि त्यांच्या नातेवाईकांना कॉल करा.',
    'ग्राहक को एनीडेस्क इंस्टॉल करवाकर बैंक खाते से रिफंड की प्रक्रिया करें।',
    'अमेरिकी नागरिकों को टैक्स बकाया बताकर डराना और भुगतान करवाना।',
  ])('holds "%s"', (description) => {
    expect(held(description)).toBe('held');
  });

  it.each([
    'Never ask customers for their OTP, PIN or card details.',
    'Amazon gift cards as monthly incentives for top performers.',
    'Collections: call borrowers politely to remind them of EMI dates; no threats or abusive language.',
    'Help users remove pop-up ads and keep their antivirus updated.',
    'Handle customers who threaten to escalate with patience.',
    'Help desk: reset passwords and unlock accounts for employees.',
  ])('does not accuse "%s"', (description) => {
    expect(held(description)).toBe('clear');
  });
});

describe('a job that wants the seeker’s identity or bank access holds', () => {
  it.each([
    'We will open two current accounts in your name for processing client payments.',
    'Selected candidates are made designated partners of our LLP; share PAN and Aadhaar for the DIN.',
    'Share your net banking login so we can link the payroll.',
    'Aapke naam par 5 SIM card activate honge, company use karegi.',
    'आपके मोबाइल पर आया ओटीपी हमें व्हाट्सऐप पर भेजें।',
    'इंटरव्यू से पहले बैंक खाते की जानकारी और पासबुक की फोटो भेजें।',
    'तुमच्या नावावर कंपनी नोंदणी केली जाईल, फक्त कागदपत्रे द्या.',
  ])('holds "%s"', (description) => {
    expect(held(description)).toBe('held');
  });

  it.each([
    'A salary account will be opened in your name with our payroll bank.',
    'Your offer letter in your name is issued after the interview.',
    'You will receive your OTP on the registered mobile to sign in to the training portal.',
    // the help desk looks after biometric machines; it takes nobody's fingerprints
    'Fix printers, scanners and biometric devices across our branches.',
  ])('does not accuse "%s"', (description) => {
    expect(held(description)).toBe('clear');
  });
});

describe('money moving through the seeker, and money moving from them in new shapes, holds', () => {
  it.each([
    // mule: keep a cut, pass on the rest
    'Client payments arrive with you; keep 8% and forward the balance to the accounts we share.',
    'Collections from buyers come on your own UPI ID every evening.',
    // equipment from the employer's vendor (even if reimbursed later)
    'Buy the work laptop from our approved vendor; the cost is reimbursed after three months.',
    'Selected freshers purchase the dialler licence through our portal before day one.',
    // fake cheque
    'We courier you a cheque; deposit it and send the remaining amount to our supplier for your kit.',
    // consultancy fee as a multiple of pay
    'Our consultancy charges one month salary once you are placed.',
    'Service fee is 8.33% of your annual CTC, payable on joining.',
    // franchise seat
    'Start a BPO franchise: an investment of Rs 1.5 lakh for ten seats, payouts per seat every month.',
    // the customer-work excuse lifted when the seeker is named as paying
    'You handle customer escalations after you pay a refundable Rs 2,000 assurance.',
    // a fee paid by the seeker, then "reimbursed"
    'The Rs 900 background check is paid by the candidate and reimbursed later.',
    // certification as a paid step
    'Clear our internal certification exam; exam fee Rs 2,500.',
  ])('holds "%s"', (description) => {
    expect(held(description)).toBe('held');
  });

  it('flags earning from people recruited under the seeker', () => {
    expect(result('Earn commission on every new member who joins under you.').decision).not.toBe('clear');
    expect(result('Build your own team and earn level income every week.').decision).not.toBe('clear');
  });

  it.each([
    'Employee referral bonus of Rs 5,000 for each friend who joins and completes three months.',
    'Recruiter: incentive of Rs 1,500 per joining on top of salary.',
    'Training of 15 days is paid; salary 16,000 from day one.',
    'There is no registration or form fee.',
    'Registration ya deposit jaisa kuch nahi hai.',
    'The bank pays us our service fee; you pay nothing.',
    'Passport and visa fees that walk-in applicants pay are deposited with the consulate.',
    'Typing accuracy 98% and 30 WPM.',
    'Annual bonus of one month salary after appraisal.',
    'PF at 12% of basic salary as per law.',
    'Your salary is credited to your own bank account on the 5th.',
    // a denial that names the seeker's own account
    'You will never receive client money or use your personal account for company payments.',
  ])('does not accuse "%s"', (description) => {
    expect(held(description)).toBe('clear');
  });
});
