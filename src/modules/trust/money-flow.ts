// Trust: finds where money or a valuable moves FROM the candidate (a fee, deposit, charge, deduction from
// salary, a share of salary, tax paid in advance, cash on delivery, crypto, cheques or original documents
// kept), clause by clause, in English, Hinglish, Hindi and Marathi. It reads structure (something of value
// + a movement away from the seeker), not whole phrases; denials and FAQ questions ask for nothing, and pay,
// salary, incentive and bonus statements are money TO the seeker. Pure: text in, findings out.

import { isNegated } from './negation.ts';
import type { FoldedText } from './normalize.ts';
import { anywhere } from './scam-rule-types.ts';

// Every pattern is non-global (anywhere): .test() on a global RegExp keeps lastIndex between clauses.
const words = anywhere;

export type MoneyShape =
  | 'charge'
  | 'payment'
  | 'deduction'
  | 'salary-share'
  | 'advance-tax'
  | 'cash-on-delivery'
  | 'crypto'
  | 'held-valuables'
  | 'vendor-purchase'
  | 'cheque-to-pass-on';

export interface MoneyFlow {
  shape: MoneyShape;
  /** The folded clause, for the moderator. */
  clause: string;
}

const L = '[\\p{L}\\p{M}]*';

/** Something the seeker would be charged: a noun of cost. */
const CHARGE = words(
  `fees?|charges?|deposits?|` +
    // "a laptop on a returnable basis" is equipment going back, not money
    `(?:refundable|returnable)(?! (?:basis|to the company|at exit|when you leave))|investment(?! (?:firm|bank|banking|company|advisory|research|products?|funds?))|security amount|security money|caution money|kharch[a-z]*|cost|costs|` +
    `रिफंडेबल|वापसी योग्य|शुल्क|फीस|फी|चार्ज${L}|डिपॉजिट|डिपॉझिट|खर्च${L}|अनामत|ठेव|जमानत|सिक्योरिटी|सिक्युरिटी|अमानत`,
);
/** A movement of money away from the reader, in the four languages. */
const PAY_OUT = words(
  `pay|pays|paying|payable|paid|deposit|deposited|depositing|transfer|transferred|remit|` +
    `(?:send|sending) (?:the |us )?(?:money|amount|payment|inr)|pay(?:ment)? kar${L}|buy|purchase|kharid${L}|khareed${L}|` +
    `le(?:na|ni|ne) (?:padega|padegi|padenge|hoga|hogi|honge|zaroori|zaruri|jaruri|compulsory|mandatory)|खरीद${L}|विकत|` +
    `bhej${L}|jama|bhar${L}|de(?:na|ne|ni) (?:hoga|honge|hogi|padega|padegi|padenge)|` +
    `dijiye|lag(?:ega|enge|egi|ta|ti|te)|lagu|` +
    `भर${L}|जमा|भेज${L}|दे(?:ना|ने|नी) (?:होगा|होंगे|होगी|पड़ेगा|पडेगा)|लगेंगे|लगेगा|लगेगी|लगते|लगता|द्याव${L}|द्या|लागतील|लागेल|पाठवा`,
);
/** Taken out of the seeker's salary, or kept from it. */
const DEDUCT = words(
  `deduct${L}|cut|cuts|kat${L}|kaat${L}|kata|kati|adjust${L}|recover${L}|withh[eo]ld${L}|` +
    `कट${L}|काट${L}|कापल${L}|कापून|कापण्यात|कपात|वसूल${L}`,
);
const SALARY = words(
  `salary|salaries|pay ?check|stipend|wages?|pagar${L}|tankhwah|वेतन${L}|सैलरी|पगार${L}|तनख्वाह`,
);
/** Pay, bonus and perks flow to the seeker; a clause that only says these is never a fee. */
const TO_SEEKER = words(
  `salary|salaries|ctc|in hand|take home|stipend|pay (?:per|of|scale|range|band|is|will be|upto|up to)|paid (?:per|monthly|weekly|on)|incentives?|bonus|allowance|earn${L}|earning${L}|reimburs${L}|` +
    `(?:is|are|will be|fully) paid(?! (?:by (?:you|the candidate)|to|in advance|upfront|before))|paid (?:training|leaves?|holidays?|time off|internship|sick leave)|` +
    `payout|wages?|per month|monthly|lpa|(?:health|medical|life|group) insurance(?: cover)?|insurance cover|mediclaim|meal (?:coupons?|vouchers?)|referral (?:bonus|reward)|relocation (?:support|allowance)|` +
    `pagar${L}|kamai|kamao|वेतन${L}|सैलरी|पगार${L}|प्रोत्साहन|इन्सेंटिव्ह|इंसेंटिव|बोनस|कमाई|भत्ता`,
);
/** The company pays or provides: money moving the other way. */
const COMPANY_PAYS = words(
  `(?:company|we|employer|employers|client|clients|bank|banks|hiring company|hiring companies|recruiters?|principal employer|hum|humari company|कंपनी|हम|आम्ही) (?:will |shall |also )?` +
    `(?:pay|pays|bear|bears|cover|covers|provide|provides|reimburse|reimburses|deta|deti|dete|देती|देता|देगी|करेगी|भरेल|देईल|देते|भरते|देतात|भरतात)|` +
    // at its own cost: "कंपनी अपने खर्च पर कराएगी", "स्वखर्चाने", "at their own expense"
    `(?:its|our) own (?:cost|expense)|at our (?:cost|expense)|` +
    `(?:company|employer|we|hum|कंपनी|हम|आम्ही)(?: [\\p{L}\\p{M}]+){0,4} (?:apne|apni|अपने|अपनी|स्वतःच्या) (?:kharch${L}|खर्च${L})|` +
    `(?:company|कंपनी)(?: [\\p{L}\\p{M}]+){0,4} स्वखर्चाने|` +
    `(?:paid|borne|covered|provided|reimbursed) by (?:the )?(?:hiring |partner )?(?:company|companies|employers?|us|clients?|bank|banks)|` +
    `(?:pays?|paid) us|company (?:ki|ke) (?:taraf|taraf se)|` +
    `(?:company|employer|our|company s) (?:cost|expense)|at (?:the )?company s? (?:cost|expense)|company (?:ki taraf se|dwara|side se|bharegi|degi|dega)|` +
    `कंपनीकडून|कंपनीतर्फे|कंपनीच्या खर्चाने|कंपनी द्वारा|कंपनी की ओर से|कंपनी के खर्च${L}|` +
    `free of cost|at no cost|reimburs${L}|sponsor${L}|(?:company|employer) funded|funded by (?:the )?(?:company|employer)|borne|प्रतिपूर्ति|कंपनी भरेल|कंपनी भरेगी|` +
    // the company sends you the thing ("we courier you a laptop on a returnable basis")
    `(?:company|we|employer) (?:will )?(?:ships?|sends?|couriers?|lends?|issues?|gives?|supplies|supply) you|` +
    // the company as subject, a few words, then its own verb ("कंपनी ... अनामत स्वतः भरेल", "company ... khud degi")
    `(?:company|कंपनी)(?: [\\p{L}\\p{M}]+){1,6} (?:khud |खुद |स्वतः )?(?:bharegi|bharega|degi|dega|भरेल|भरेगी|देगी|देईल)`,
);
/** Statutory and customer-side deductions are payroll, not a charge on the seeker. */
const STATUTORY = words(
  `pf|epf|esi|esic|provident fund|professional tax|pt|tds|income tax|as per (?:law|rules|norms|government)|statutory|` +
    `नियमानुसार|कायद्यानुसार|पीएफ|ईएसआई`,
);
/** The job's own subject matter: fees explained to customers, tenants, borrowers are the work itself. */
const ABOUT_CUSTOMERS = words(
  `customers?|clients?|tenants?|residents?|paying guests?|guests?|occupants?|inmates?|boarders?|passengers?|travell?ers?|visitors?|` +
    `निवासी|रहिवासी|भाडेकरू|किरायेदार|प्रवासी|यात्री|ledgers?|reconcil${L}|dealers?|policyholders?|parents|patients?|borrowers?|` +
    `explain${L}|samjha${L}|queries|query|emis?|loans?|premiums?|overdue|bounce|late fee|penalty|invoices?|` +
    `ग्राहक${L}|समजाव${L}|समझा${L}|विद्यार्थ्य${L}|कर्ज${L}|ऋण|` +
    // Back-office duties that move the company's money, not the seeker's.
    `petty cash|cash handling|cheque deposits?|bank deposits?|deposit (?:cheques|cash)|collections?|receipts?|billing|vendor (?:invoices?|payments?|bills?)|` +
    `refunds?|recovery|students?|fee collection|expenses?|accounts payable|payables|receivables?|tally|gst (?:returns?|filing)|` +
    `बिलिंग|वसुली|हिशोब|नोंदी|लेखा|बही`,
);
/** Public fees that a counter collects and hands on to a government office: the work, whoever pays them. */
const PUBLIC_FEES = words(
  `consulate|embassy|government (?:fees?|charges?)|govt (?:fees?|charges?)|challans?|stamp duty|दूतावास|चलान`,
);
/** The seeker as the one who pays: "you", "candidates", "aapko", "उमेदवारांनी". */
const SEEKER_PAYS = words(
  `you|your|candidates?|applicants?|seekers?|freshers?|aap|aapko|apko|aapka|tumhe|tumko|` +
    `आप|आपको|आपका|तुम्हाला|तुम्ही|उमेदवार${L}|अभ्यर्थी|कैंडिडेट`,
);
/** An amount in the clause ("inr 499", "2500 inr", "500"). */
const AMOUNT =
  /(?:inr )?(?<![\d.])(\d{2,7})(?![\d.])(?! (?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|din|mahine|saal|दिन|दिवस|महीने|महिने|वर्ष|साल|तास|घंटे)(?![\p{L}]))(?: inr)?/u;
const CURRENCY_AMOUNT = /inr \d{2,7}|\d{2,7} inr/u;
/** What the money is for: the hiring process itself. */
const HIRING_PURPOSE = words(
  `registration|regn|reg|joining|application|training|kit|id card|i card|uniform|verification|onboarding|gate pass|activation|activate|` +
    `enrol+ment|agreement|stamp paper|consultancy|consultation|placement|bgv|police verification|medical|interview|slot|` +
    `selection|offer letter|appointment letter|laptop|software|login|processing|documentation|form|file|` +
    `certification|certificate course|exam|background (?:check|verification)|assessment|course|study material|franchise|seats?|set ?up|licen[cs]e|tablet|device|` +
    `starter (?:pack|kit)|welcome (?:pack|kit)|joining pack|सेवा|` +
    // Marathi joins its postpositions to the noun (नोंदणीसाठी, प्रशिक्षणासाठी, मुलाखतीसाठी): any ending counts.
    `(?:रजिस्ट्रेशन|पंजीकरण|नोंदणी|जॉइनिंग|ज्वाइनिंग|ट्रेनिंग|प्रशिक्षण|किट|आयडी|वर्दी|युनिफॉर्म|यूनिफॉर्म|वेरिफिकेशन|पडताळणी|` +
    `सत्यापन|निवड|चयन|सिलेक्शन|नियुक्त|आयकार्ड|ड्रेस|मेडिकल|वैद्यकीय|लॅपटॉप|लैपटॉप|इंटरव्यू|मुलाखत|ऑफर लेटर|प्लेसमेंट)${L}`,
);
const SHARE_OF_SALARY = words(
  // A percentage on its own ("accuracy 98%") is not a share of pay: it must be OF the first salary.
  `(?:\\d{1,3} (?:percent|pc|per cent|pratishat|प्रतिशत|टक्के)|percent|share|portion|part|hissa|हिस्सा|भाग|commission|cut)` +
    ` (?:of |from |ka |ki |का |की |चा |ची )?(?:your |the |aapki |apni |तुमच्या |आपकी )?(?:first|1st|pehl${L}|पहल${L}|पहिल्या|पहिला|first two|first 2|first three|first 3)`,
);
const FIRST_SALARY = words(
  `(?:first|1st|pehl${L}|पहल${L}|पहिल्या|पहिला|पहिले)(?: \\w+)? (?:month${L}|months|salary|mahin${L}|tankhwah|tankha|pagaar|पगार${L}|वेतन${L}|सैलरी|तनख्वाह|महीने|महिन्या${L})`,
);
const TAX = words(`tax|taxes|gst|tds|टैक्स|टॅक्स|जीएसटी|आयकर`);
const IN_ADVANCE = words(
  `advance|in advance|upfront|up front|beforehand|before (?:joining|release|credit|payout|transfer)|pehle|पहले|आधी|अग्रिम|आगाऊ`,
);
const CASH_ON_DELIVERY = words(
  `cod|cash on delivery|pay on delivery|delivery (?:par|pe|ke samay) (?:payment|pay|paise|cash)|डिलीवरी पर|डिलिव्हरीवर|कॅश ऑन डिलिव्हरी|कैश ऑन डिलीवरी`,
);
const CRYPTO = words(
  `usdt|bitcoin|btc|crypto${L}|ethereum|eth|binance|trc ?20|erc ?20|tether|wallet address|क्रिप्टो|बिटकॉइन`,
);
const CHEQUE_HELD = words(
  `(?:blank|signed|undated|post dated|pdc|security|khali|खाली|कोरा|कोरे|सही केलेल${L}|साइन किए) (?:cheques?|chequebook|चेक)|` +
    `(?:cheques?|चेक) (?:blank|signed|as security|for security|सुरक्षा)`,
);
const ORIGINALS = words(
  `originals?|original (?:certificates?|documents?|marksheets?|degree|mark sheets?|papers?|aadhaa?r|pan)|` +
    `asli|mool|मूल|ओरिजिनल|मूळ|असली`,
);
const KEPT = words(
  `kept|keep|retain${L}|retention|held|hold|deposit${L}|submit${L}|jama|rakh${L}|company ke paas|surrender${L}|as security|` +
    `till|until|for (?:the )?(?:first|1st|bond|period|\\d+ (?:months|years))|bond|` +
    `जमा|रख${L}|ठेव${L}|कंपनीकडे|कंपनी के पास|तोपर्यंत|तक`,
);
const RETURNED_SAME_DAY = words(
  `for verification(?: only)?|verified and returned|returned (?:the )?same day|same day return|wapas (?:kar|de) (?:di|diye) jaa?(?:enge|yenge)|` +
    `bring|carry|laa?na|le kar aaye|leke aaye|सोबत आणा|लेकर आएं|साथ लाएं|आणावी|आणावे|साथ लाइए`,
);

/**
 * The seeker named as the one who pays: "you pay", "candidates must deposit", "aapko jama karna hoga". It
 * lifts the customer-work excuse: "handle customer escalations after you pay a refundable 2,000" still asks.
 */
const SEEKER_IS_PAYER = words(
  `(?:you|candidates?|applicants?|freshers?|aap|aapko|apko|tumhe|आप|आपको|तुम्हाला|तुम्ही|उमेदवार${L}) ` +
    `(?:will |must |shall |have to |need to |should |are required to |ko |को |ना )?(?:\\p{L}+ )?` +
    `(?:pay|deposit|transfer|remit|submit (?:inr|the amount|a deposit|the fee)|bhar${L}|jama|भर${L}|जमा|द्याव${L})|` +
    `(?:paid|payable|borne|deposited) by (?:you|the candidate|candidates|the applicant|applicants|the seeker)|` +
    `(?:your|candidate s|applicant s) (?:own )?(?:refundable|registration|joining|training|interview|security|caution) (?:fee|fees|deposit|amount|charges?|money)`,
);
/** Equipment or a licence the seeker must buy from a seller the employer names: the vendor is the scam. */
const EQUIPMENT = words(
  `laptops?|tablets?|computers?|desktops?|devices?|headsets?|phones?|mobiles?|sim cards?|software|licen[cs]es?|kits?|machines?|` +
    `लॅपटॉप|लैपटॉप|टॅबलेट|टैबलेट|कंप्यूटर|संगणक|सॉफ्टवेअर|सॉफ्टवेयर|किट`,
);
const BUY = words(
  `buy|buying|bought|purchase|purchasing|purchased|order|procure|kharid${L}|khareed${L}|le(?:na|ni|ne) (?:hoga|hogi|honge|padega|padegi)|` +
    `खरीद${L}|विकत|घ्याव${L}`,
);
const NAMED_SELLER = words(
  `(?:our|the|an|company s|company|its) (?:own )?(?:approved|authori[sz]ed|designated|empanel+ed|partner|recommended|registered|listed|preferred|nominated|official|certified|tie up|specified)? ?` +
    `(?:vendors?|suppliers?|stores?|shops?|dealers?|partners?|distributors?|sellers?)|` +
    `(?:from|through|via) (?:us|the company|our company|our website|our portal|this link|the link)|` +
    `(?:hamare|humare|company ke|our|partner|authorised|approved) ?(?:vendors?|dealers?|stores?|suppliers?|partners?) (?:se|से|कडून)|` +
    `(?:आमच्या|हमारे|कंपनीच्या|कंपनी के|पार्टनर) (?:व्हेंडर|वेंडर|विक्रेत्या|विक्रेता|डीलर|स्टोअर|स्टोर|सप्लायर)${L}`,
);
/** The company buying and sending the equipment: nothing moves from the seeker. */
const COMPANY_SUPPLIES = words(
  `(?:purchased|bought|procured|shipped|provided|issued|given|sent|delivered|couriered) by (?:the |our )?(?:company|employer|us|it team)|` +
    `(?:company|we|employer) (?:will )?(?:ship|provide|issue|give|send|deliver|courier)s?|company (?:degi|dega|bhejegi|देगी|देईल|पाठवेल)`,
);
/** A course or exam the seeker pays for ("our paid internal certification"); paid TRAINING pays the seeker. */
const PAID_COURSE = words(
  `paid (?:internal |mandatory |compulsory |online |in house |advanced |company )?(?:certifications?|certificates?|courses?|program(?:me)?s?|modules?|exams?|assessments?|tests?)`,
);
/** A cheque the seeker banks and then pays part of on: the fake-cheque overpayment. */
const CHEQUE = words(`cheques?|checks?|चेक|धनादेश`);
const BANK_IT = words(`deposit${L}|encash${L}|clear${L}|jama|जमा|वटव${L}`);
const PASS_ON = words(
  `(?:send|transfer|pay|forward|wire|return) (?:\\p{L}+ ){0,3}(?:balance|rest|remaining|difference|excess|vendor|supplier)|` +
    `vendor|supplier|bache hue|baaki|बाकी|उरलेल${L}`,
);
/** A fee set as a share or a multiple of the seeker's pay: "one month's salary", "8.33% of annual CTC". */
const SALARY_MULTIPLE = words(
  `(?:one|1|two|2|half|ek|aadhi|aadha|एक|आधा|आधी|अर्धा|अर्धी) (?:month|months|mahine|महीने|महिन्याच${L}|महिन्या)(?: s)? (?:salary|pagar|pay|वेतन|सैलरी|पगार${L})|` +
    `\\d{1,2} (?:days?|din|दिवसांच${L}|दिन) (?:s )?(?:salary|pay|pagar|वेतन|पगार${L})|` +
    `\\d{1,2}(?: \\d{1,2})? (?:percent|pc|per cent|प्रतिशत|टक्के) (?:of |ka |का |चा )?(?:your |the )?(?:annual |yearly )?(?:ctc|package|salary|pay|वेतन|पगार)`,
);

/** A bonus, notice pay or a hike counted in months of salary is money to the seeker. */
const PAY_TO_SEEKER_EXTRA = words(
  `bonus|joining bonus|notice|gratuity|increment|hike|appraisal|advance salary|salary advance|बोनस|नोटिस|allowance|relocation|` +
    `(?:paid|credited|added|given) (?:in|with|along with) (?:the |your )?(?:first|1st) (?:salary|month s salary)`,
);

const PAY_ARRIVES = words(
  `(?:salary|salaries|pagar|stipend|incentives?|वेतन|सैलरी|पगार${L})[\\p{L}\\p{M}\\p{N} ]{0,40}` +
    `(?:deposited|credited|deposit (?:in|into|to|on)|transferred|paid (?:in|into|to|on)|deposit (?:ho|hot|kar)${L}|credit ho${L}|जमा (?:हो|होईल|होते|केल)${L}|क्रेडिट)`,
);
const COST_TO_COMPANY = words('cost to (?:the )?company');

/** A line about pay reaching the seeker ("salary 9000-12000 + incentives"), with nothing charged in it. */
export function isPayStatement(clause: string): boolean {
  return (
    TO_SEEKER.test(clause) &&
    !(CHARGE.test(clause) && !COST_TO_COMPANY.test(clause)) &&
    !DEDUCT.test(clause) &&
    !TAX.test(clause)
  );
}

/** A clause that is nothing but a denial ("none", "nil", "नाही"): it answers the clause before it. */
const BARE_DENIAL =
  /^(?:none|nil|no|nahi|nahin|zero|not applicable|nothing|koi nahi|नाही|नहीं|कोणतेही नाही|कुछ नहीं|शून्य)$/u;

/** True when every mention is denied: "no hidden charges, only registration fee" still asks. */
const CONJUNCTION = / (?:and|aur|और|आणि|then|phir|फिर|नंतर) /u;
const CONTRAST = / (?:but|however|lekin|magar|par|लेकिन|मगर|पर|पण|परंतु) /u;
/** A joined claim that turns to the seeker: "... and pay", "... phir 500 jama karo", "... आणि भरा". */
const SEEKER_ACTS = new RegExp(
  `^(?:(?:you|candidates?|aap|aapko|आप|आपको|तुम्ही) (?:must |will |have to |need to |should |ko )?)?` +
    `(?:pay|deposit|send|transfer|submit|bhej|jama|bhar|भर|जमा|भेज|द्या)`,
  'u',
);

function negatedAt(clause: string, pattern: RegExp): boolean {
  let seen = false;
  for (const found of clause.matchAll(new RegExp(pattern.source, 'gu'))) {
    seen = true;
    if (!isNegated(clause, found.index, found.index + found[0].length)) return false;
  }
  return seen;
}

/** "No fee", "koi charge nahi", "शुल्क आकारले जात नाही", "never ask for money": the clause denies. */
function denies(clause: string, ...cues: RegExp[]): boolean {
  return (
    cues.some((cue) => cue.test(clause) && negatedAt(clause, cue)) ||
    (DENIAL.test(clause) && !THREAT_OR_HURRY.test(clause))
  );
}
/** "If you do not pay ...", "agar fees nahi bhari", "do not delay the payment": a negation that asks. */
const THREAT_OR_HURRY = anywhere(
  `if|unless|agar|अगर|यदि|जर|warna|varna|वरना|otherwise|nahi to|नहीं तो|नाहीतर|` +
    `(?:not|never) (?:delay|miss|wait|hesitate|forget)|(?:der|late) mat|देर मत`,
);
const DENIAL = anywhere(
  `(?:never|not|no one|nobody|don t|do not|does not|will not|won t|nahi|nahin|mat|na) (?:\\w+ ){0,3}` +
    `(?:pay|paying|charge|charges|ask|asks|deposit|send|transfer|bhej\\p{L}*|de\\p{L}*|collect|take)|` +
    `(?:kuch bhi|kuchh bhi|koi bhi|kisi bhi) (?:\\p{L}+ ){0,2}(?:nahi|nahin|mat)|` +
    `(?:कोई|किसी|कोणत\\p{L}*|काहीही|कुछ भी)[\\p{L}\\p{M} ]{0,30}(?:नहीं|नही|नाही|मत)|` +
    `(?:pay|charge|deposit|fee|fees)[\\p{L} ]{0,20}(?:nothing|zero|nil)|zero (?:fee|fees|cost|charges?|deposit)|nothing to pay|` +
    `report (?:anyone|any|such|it|them|him|her|this|the|fraud)|(?:सूचित|रिपोर्ट|तक्रार) कर`,
);

/** The company bears the cost, unless the seeker is named as paying first ("paid by you, reimbursed later"). */
const companyPays = (clause: string): boolean => COMPANY_PAYS.test(clause) && !SEEKER_IS_PAYER.test(clause);

function shapeOf(clause: string): MoneyShape | null {
  if (PUBLIC_FEES.test(clause)) return null;
  if (
    ABOUT_CUSTOMERS.test(clause) &&
    !CRYPTO.test(clause) &&
    !CHEQUE_HELD.test(clause) &&
    !SEEKER_IS_PAYER.test(clause)
  )
    return null;
  if (PAID_COURSE.test(clause) && !companyPays(clause)) return denies(clause, PAID_COURSE) ? null : 'charge';
  // Buying the tools from a seller the employer names; a promise to reimburse later does not undo it.
  if (
    EQUIPMENT.test(clause) &&
    NAMED_SELLER.test(clause) &&
    (BUY.test(clause) || PAY_OUT.test(clause)) &&
    !COMPANY_SUPPLIES.test(clause)
  )
    return denies(clause, BUY, PAY_OUT) ? null : 'vendor-purchase';
  if (
    CHEQUE.test(clause) &&
    (PASS_ON.test(clause) || NAMED_SELLER.test(clause)) &&
    (BANK_IT.test(clause) || BUY.test(clause)) &&
    !CHEQUE_HELD.test(clause) &&
    !ABOUT_CUSTOMERS.test(clause)
  )
    return denies(clause, CHEQUE) ? null : 'cheque-to-pass-on';
  if (
    CRYPTO.test(clause) &&
    (PAY_OUT.test(clause) ||
      CHARGE.test(clause) ||
      words(`activat${L}|unlock${L}|recharge|top ?up|wallet|account`).test(clause))
  )
    return denies(clause, CRYPTO, PAY_OUT) ? null : 'crypto';
  if (CHEQUE_HELD.test(clause)) return denies(clause, CHEQUE_HELD) ? null : 'held-valuables';
  if (ORIGINALS.test(clause) && KEPT.test(clause) && !RETURNED_SAME_DAY.test(clause))
    return denies(clause, ORIGINALS, KEPT) ? null : 'held-valuables';
  if (CASH_ON_DELIVERY.test(clause)) return denies(clause, CASH_ON_DELIVERY) ? null : 'cash-on-delivery';
  if (
    SHARE_OF_SALARY.test(clause) ||
    (SALARY_MULTIPLE.test(clause) &&
      (CHARGE.test(clause) ||
        PAY_OUT.test(clause) ||
        words('commission|service|consultancy|placement|सेवा|कमिशन').test(clause))) ||
    (FIRST_SALARY.test(clause) &&
      (DEDUCT.test(clause) ||
        PAY_OUT.test(clause) ||
        words('keep|keeps|rakh\\p{L}*|घेत\\p{L}*|लेगी|लेंगे|commission|share|hissa|हिस्सा').test(clause)))
  )
    return denies(clause, SHARE_OF_SALARY, FIRST_SALARY, SALARY_MULTIPLE) ||
      companyPays(clause) ||
      STATUTORY.test(clause) ||
      PAY_TO_SEEKER_EXTRA.test(clause)
      ? null
      : 'salary-share';
  if (
    TAX.test(clause) &&
    (IN_ADVANCE.test(clause) || (PAY_OUT.test(clause) && !TO_SEEKER.test(clause))) &&
    !STATUTORY.test(clause)
  )
    return denies(clause, TAX) ? null : 'advance-tax';
  if (
    DEDUCT.test(clause) &&
    (SALARY.test(clause) || HIRING_PURPOSE.test(clause)) &&
    HIRING_PURPOSE.test(clause) &&
    !STATUTORY.test(clause)
  )
    return denies(clause, DEDUCT, HIRING_PURPOSE) || companyPays(clause) ? null : 'deduction';
  // "Salary deposited on the 7th" is pay arriving, not a deposit asked for.
  const payArriving = PAY_ARRIVES.test(clause);
  const charge = CHARGE.test(clause) && !COST_TO_COMPANY.test(clause) && !payArriving;
  if (
    charge &&
    (CURRENCY_AMOUNT.test(clause) ||
      AMOUNT.test(clause) ||
      PAY_OUT.test(clause) ||
      HIRING_PURPOSE.test(clause))
  ) {
    if (denies(clause, CHARGE) || companyPays(clause)) return null;
    return 'charge';
  }
  // A sum for a step of hiring ("499 rs registration", "inr 2999 for medical test") is a charge too.
  if (CURRENCY_AMOUNT.test(clause) && HIRING_PURPOSE.test(clause) && !TO_SEEKER.test(clause)) {
    if (denies(clause, HIRING_PURPOSE) || companyPays(clause)) return null;
    return 'charge';
  }
  // A payment verb with a sum or a purpose, when the clause is not about pay reaching the seeker.
  if (
    PAY_OUT.test(clause) &&
    (CURRENCY_AMOUNT.test(clause) || AMOUNT.test(clause)) &&
    (HIRING_PURPOSE.test(clause) || SEEKER_PAYS.test(clause))
  ) {
    if (
      (TO_SEEKER.test(clause) && !SEEKER_IS_PAYER.test(clause)) ||
      companyPays(clause) ||
      denies(clause, PAY_OUT)
    )
      return null;
    return 'payment';
  }
  return null;
}

/**
 * A comma splits a list of denied fees: "we do not charge any joining, training or kit fees", "hum koi
 * joining fees, kit fees ya training fees nahi lete". A clause that only names fees (no sum, no verb of
 * paying, nobody named as paying) is read with its neighbours, and is denied when they deny it.
 */
function deniedInList(clauses: readonly string[], at: number): boolean {
  const clause = clauses[at] ?? '';
  if (
    AMOUNT.test(clause) ||
    // "deposit" names the fee here; a verb of paying beside it ("deposit 500", "bharo") is a claim.
    PAY_OUT.test(clause.replace(new RegExp(CHARGE.source, 'gu'), ' ')) ||
    DEDUCT.test(clause) ||
    SEEKER_IS_PAYER.test(clause) ||
    LIST_ENDS.test(clause)
  )
    return false;
  const before = at > 0 ? `${clauses[at - 1]} ` : '';
  const window = `${before}${clause}${at + 1 < clauses.length ? ` ${clauses[at + 1]}` : ''}`;
  let seen = false;
  for (const cue of [CHARGE, HIRING_PURPOSE])
    for (const found of clause.matchAll(new RegExp(cue.source, 'gu'))) {
      seen = true;
      const start = before.length + found.index;
      if (!isNegated(window, start, start + found[0].length)) return false;
    }
  return seen;
}
/** "No registration fee, training fee applicable": the list turns. */
const LIST_ENDS = words(`only|applicable|lagu|लागू|सिर्फ|केवल|फक्त|sirf|extra|alag|अलग|वेगळ${L}`);

/** A sentence that warns about fraud: "... it is a fraud", "beware", "सावधान", "report it to 1930". */
const WARNING = words(
  `fraud${L}|fake|scam${L}|cheat${L}|beware|caution|alert|savdhan|saavdhan|dhokha|thagi|report (?:it|them|such)|cyber ?crime|1930|` +
    `सावधान|फ्रॉड|धोखा|धोका|ठगी|फसवणूक|फसव${L}|बनावट|फर्जी|नकली|सायबर`,
);
/** Someone other than the employer asking: "if anyone demands a fee in our name", "koi bhi", "कोणी". */
const SOMEONE_ELSE = words(
  `anyone|anybody|someone|somebody|any person|agents?|middlem[ae]n|fraudsters?|imposters?|impostors?|dalal|koi bhi|koi|kisi|` +
    `कोई|किसी|कोणी|कोणीही|कुणी|एजंट|एजेंट|दलाल|in (?:our|the company s) name|hamare naam|हमारे नाम|आमच्या नावाने`,
);
/** Money the job handles for customers: "collect cash from customers and deposit it in the company account". */
const COMPANY_MONEY = words(
  `(?:collect${L}|receiv${L}) (?:the )?(?:cash|payments?|money|amounts?|premiums?|rent|fees|emis?) from (?:the )?(?:customers?|clients?|tenants?|residents?|guests?|patients?|students?|buyers?|members?)|` +
    `(?:in|into|to) (?:the |our )?company s? (?:bank )?account`,
);

/** Every clause where money or a valuable would move from the seeker; questions ask for nothing. */
export function moneyFromSeeker(folded: FoldedText): MoneyFlow[] {
  const flows: MoneyFlow[] = [];
  folded.sentences.forEach((clauses, index) => {
    if (folded.questions[index]) return;
    const warning = clauses.some((clause) => WARNING.test(clause));
    for (const [at, clause] of clauses.entries()) {
      // "If anyone demands a registration fee in our name, it is a fraud": a warning names no sum.
      if (warning && SOMEONE_ELSE.test(clause) && !AMOUNT.test(clause)) continue;
      // The customers' money passing through the job into the company's account asks the seeker for nothing.
      if (COMPANY_MONEY.test(clause) && !AMOUNT.test(clause) && !HIRING_PURPOSE.test(clause)) continue;
      // "FAQ: registration fee - none": the denial stands in a clause of its own, right after.
      if (BARE_DENIAL.test(clauses[at + 1] ?? '')) continue;
      // "Handle customer queries and pay Rs 650 for the login": each joined claim is read on its own.
      // The first claim alone too ("buy the kit for 1,999 and start earning"), unless the clause is about
      // customers: "processing fee aur EMI samjhana" explains a customer's fee, whichever half says it.
      const parts = clause.split(CONJUNCTION);
      const first = parts.length > 1 && !ABOUT_CUSTOMERS.test(clause) ? [parts[0] ?? ''] : [];
      const joined = [...first, ...parts.slice(1).filter((part) => SEEKER_ACTS.test(part))];
      // "The company pays the deposit and you pay only the rent": when the company pays in one claim and
      // no claim alone asks anything, the whole clause does not either.
      const allParts = clause.split(CONJUNCTION);
      if (allParts.length > 1 && allParts.some(companyPays) && !allParts.some((part) => shapeOf(part)))
        continue;
      const shape = shapeOf(clause) ?? joined.map(shapeOf).find(Boolean) ?? null;
      if (shape && !deniedInList(clauses, at)) flows.push({ shape, clause });
    }
  });
  return flows;
}
