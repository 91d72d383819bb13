// The test content: typing passages, data-entry record makers and the English question bank.
// Written for Deskhire (no third-party text). The answers live only on the server: views sent
// to the browser are made by skills.service.ts without them.
import { randomInt } from 'node:crypto';

export const TYPING_PASSAGES: string[] = [
  'Thank you for calling. I can see that your order was shipped on Monday and should reach you by Thursday. If it does not arrive by then, please call us again and we will send a replacement at no extra cost.',
  'Please update the customer record with the new address and phone number. Check that the pincode matches the city before you save, and add a short note explaining why the details were changed.',
  'Our team handles about four hundred calls every day. Each agent logs every call in the CRM, follows up on open complaints within two working days and reports the daily numbers to the team lead.',
  'The monthly reconciliation is due on the fifth. Match every payment in the bank statement with an invoice in the ledger, and list anything that does not match in a separate sheet for the accounts team.',
  'Good morning, this is Priya from the customer care team. I am calling about the refund you asked for last week. The amount has been approved and will be credited to your account within five working days.',
  'New joiners spend their first week in training. They learn the products, the tools we use for chat and email, and how to handle an angry customer calmly and politely without making promises we cannot keep.',
  'Before closing a ticket, confirm with the customer that the problem is solved. If they are not sure, keep the ticket open for one more day and send a short email with the steps we took to fix the issue.',
  'Scan each document, rename the file with the customer ID and the date, and upload it to the shared folder. Make sure that the KYC papers are clear and that the photo on the identity card can be seen easily.',
  'The quality team listens to five calls from each agent every week. They score the opening, the way the agent understood the problem, the solution offered and the closing, and share feedback on Friday.',
  'Please prepare the daily report by six in the evening. It should show the number of calls answered, the average handling time, customer satisfaction and the number of complaints that were solved on the first call.',
  'Our office in Vashi is open from nine to six, Monday to Saturday. Employees on the night shift get a cab pickup and drop, a meal allowance and an extra day off every month as part of the shift allowance.',
  'When a customer asks for something outside our policy, explain the reason clearly, offer what we can do instead, and write down the request so that the team lead can review it the next morning.',
];

export interface DataRecord {
  name: string;
  phone: string;
  pincode: string;
  amount: string;
  date: string;
  reference: string;
}
export const RECORD_FIELDS: (keyof DataRecord)[] = [
  'name',
  'phone',
  'pincode',
  'amount',
  'date',
  'reference',
];

const FIRST = [
  'Aarti',
  'Rahul',
  'Sneha',
  'Imran',
  'Pooja',
  'Vikram',
  'Neha',
  'Sandeep',
  'Farah',
  'Ganesh',
  'Kavita',
  'Manoj',
];
const LAST = [
  'Patil',
  'Sharma',
  'Deshmukh',
  'Khan',
  'Iyer',
  'Joshi',
  'Kulkarni',
  'Shaikh',
  'Pawar',
  'Nair',
  'Gupta',
  'More',
];
const PINCODES = [
  '400053',
  '400076',
  '400063',
  '411057',
  '411014',
  '400601',
  '400703',
  '400614',
  '411045',
  '400070',
];

const pick = <T>(list: readonly T[]): T => list[randomInt(list.length)]!;

/** Records to copy, random each time so answers cannot be shared between seekers. */
export function makeRecords(n: number): DataRecord[] {
  return Array.from({ length: n }, () => {
    const rupees = randomInt(500, 99_999);
    return {
      name: `${pick(FIRST)} ${pick(LAST)}`,
      phone: `9${String(randomInt(100_000_000, 999_999_999))}`,
      pincode: pick(PINCODES),
      amount: new Intl.NumberFormat('en-IN').format(rupees),
      date: `${String(randomInt(1, 29)).padStart(2, '0')}-${String(randomInt(1, 13)).padStart(2, '0')}-2025`,
      reference: `INV-${randomInt(10_000, 99_999)}${pick(['A', 'B', 'K', 'M', 'X'])}`,
    };
  });
}

export interface EnglishQuestion {
  id: string;
  kind: 'grammar' | 'reading';
  passage?: string;
  prompt: string;
  options: string[];
  answer: number;
}

const P1 =
  'Customers who call after 8 pm are answered by the night team. The night team can check order status and take complaints, but refunds can only be approved by the day team, which starts at 9 am.';
const P2 =
  'From 1 July, all agents must complete a two-hour data privacy course. The course is online and can be done during any shift. Agents who have not finished it by 31 July will not be able to log in to the CRM.';
const P3 =
  'Our courier partner has changed. Orders placed before Friday will still be delivered by the old partner. Orders placed from Friday onwards will show a new tracking number that starts with the letters DL.';
const P4 =
  'Ravi joined as a data entry operator two years ago. Because his reports were always accurate and on time, he was asked to train new joiners. Last month he was promoted to MIS executive.';

const g = (id: string, prompt: string, options: string[], answer: number): EnglishQuestion => ({
  id,
  kind: 'grammar',
  prompt,
  options,
  answer,
});
const r = (
  id: string,
  passage: string,
  prompt: string,
  options: string[],
  answer: number,
): EnglishQuestion => ({
  id,
  kind: 'reading',
  passage,
  prompt,
  options,
  answer,
});

export const ENGLISH_BANK: EnglishQuestion[] = [
  g('g01', 'The customer ___ waiting for ten minutes.', ['has been', 'have been', 'is been', 'were'], 0),
  g('g02', 'Please send ___ the invoice by email.', ['I', 'me', 'my', 'mine'], 1),
  g('g03', 'She ___ the report yesterday.', ['submit', 'submits', 'submitted', 'submitting'], 2),
  g('g04', 'I am sorry ___ the delay.', ['for', 'of', 'at', 'on'], 0),
  g(
    'g05',
    'Which sentence is correct?',
    [
      "He don't know the answer.",
      "He doesn't know the answer.",
      'He not know the answer.',
      "He doesn't knows the answer.",
    ],
    1,
  ),
  g(
    'g06',
    'Could you please ___ your order number?',
    ['confirm', 'confirming', 'confirmed', 'to confirm'],
    0,
  ),
  g('g07', 'There ___ two complaints in the queue.', ['is', 'are', 'was', 'be'], 1),
  g(
    'g08',
    'Your refund will be credited ___ five working days.',
    ['since', 'within', 'during to', 'until to'],
    1,
  ),
  g('g09', 'The meeting is ___ Monday at 10 am.', ['in', 'at', 'on', 'by'], 2),
  g(
    'g10',
    'Choose the polite request.',
    [
      'Give me your account number.',
      'Tell account number.',
      'Could you share your account number, please?',
      'Account number now.',
    ],
    2,
  ),
  g(
    'g11',
    'If the payment fails, the order ___ cancelled.',
    ['will be', 'will', 'is being be', 'would been'],
    0,
  ),
  g('g12', 'Neither the agent nor the team lead ___ available.', ['were', 'are', 'was', 'be'], 2),
  g('g13', 'We received ___ email from the customer.', ['a', 'an', 'the a', 'no article needed'], 1),
  g('g14', 'He has worked here ___ 2021.', ['for', 'since', 'from since', 'by'], 1),
  g('g15', 'Pick the correct spelling.', ['recieve', 'receive', 'receeve', 'receve'], 1),
  g('g16', 'The files ___ uploaded before noon.', ['must be', 'must', 'must being', 'musted'], 0),
  g('g17', 'This is the ___ complaint we had this week.', ['bad', 'worse', 'worst', 'most bad'], 2),
  g('g18', 'I look forward to ___ from you.', ['hear', 'hearing', 'heard', 'be hearing'], 1),
  g('g19', 'Choose the word closest in meaning to "resolve".', ['solve', 'refuse', 'repeat', 'record'], 0),
  g('g20', 'The customer asked ___ the delivery was late.', ['why', 'what', 'who', 'which'], 0),
  g('g21', 'Each of the agents ___ a headset.', ['have', 'has', 'having', 'are having'], 1),
  g('g22', 'Please hold the line ___ I check your details.', ['while', 'during', 'meanwhile', 'for'], 0),
  g(
    'g23',
    'Choose the correct reply to "Thank you for your help."',
    ['Same to same.', "You're welcome.", 'No thanks.', 'Okay fine.'],
    1,
  ),
  g(
    'g24',
    'By the time the customer called back, we ___ the issue.',
    ['fix', 'have fixed', 'had fixed', 'fixing'],
    2,
  ),
  r(
    'r01',
    P1,
    'Who can approve a refund?',
    ['The night team', 'The day team', 'Any agent', 'The customer'],
    1,
  ),
  r(
    'r02',
    P1,
    'What can the night team do?',
    ['Approve refunds', 'Check order status', 'Start at 9 am', 'Close the office'],
    1,
  ),
  r(
    'r03',
    P1,
    'A customer calls at 10 pm for a refund. What happens?',
    [
      'It is approved at once',
      'The call is not answered',
      'The request waits for the day team',
      'The order is cancelled',
    ],
    2,
  ),
  r('r04', P2, 'How long is the course?', ['One hour', 'Two hours', 'One day', 'Until 31 July'], 1),
  r(
    'r05',
    P2,
    'What happens to agents who have not finished by 31 July?',
    ['They get a warning', 'They cannot log in to the CRM', 'They must work a night shift', 'Nothing'],
    1,
  ),
  r(
    'r06',
    P2,
    'Where is the course done?',
    ['In a classroom', 'Online', "At the team lead's desk", 'At home only'],
    1,
  ),
  r(
    'r07',
    P3,
    'An order placed on Thursday is delivered by…',
    ['the new partner', 'the old partner', 'the customer', 'nobody'],
    1,
  ),
  r(
    'r08',
    P3,
    'How can a customer recognise the new tracking number?',
    ['It ends with DL', 'It starts with DL', 'It has no letters', 'It is sent by post'],
    1,
  ),
  r('r09', P3, 'What changed?', ['The courier partner', 'The price', 'The product', 'The office'], 0),
  r(
    'r10',
    P4,
    'Why was Ravi asked to train new joiners?',
    ['He asked for it', 'His reports were accurate and on time', 'He was the oldest', 'He worked nights'],
    1,
  ),
  r(
    'r11',
    P4,
    "What is Ravi's job now?",
    ['Data entry operator', 'Trainer', 'MIS executive', 'Team lead'],
    2,
  ),
  r(
    'r12',
    P4,
    'How long ago did Ravi join?',
    ['Last month', 'One year ago', 'Two years ago', 'Five years ago'],
    2,
  ),
];

/** A random sample of `n` distinct items. */
export function sample<T>(list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}
export const pickPassage = (): { id: number; text: string } => {
  const id = randomInt(TYPING_PASSAGES.length);
  return { id, text: TYPING_PASSAGES[id]! };
};
