// Trust: the fake-job signals a moderator recognises, written as data (id, weight, reason, phrases).
// Phrases match text already folded by normalize.ts (lower-case, "inr 499", single spaces, one clause).
// No logic lives here; scam-score.ts evaluates the rules and must stay their only reader.

import type { ModelRule, PayRule, ScamRule, TextRule } from './scam-rule-types.ts';
import { anywhere, words } from './scam-rule-types.ts';

const WHATSAPP = 'wh?ats? ?ap+|whatsap+|wtsp|whtsapp|wa me|व्ह?[ाॉ]ट्स[\\p{L}\\p{M}]*|वॉट्स[\\p{L}\\p{M}]*';
const TELEGRAM = 'telegram|tele gram|t me|टेली?ग्राम|टेलिग्राम';
const SEND_VERB =
  'send|share|submit|upload|provide|whatsapp|forward|mail|email|bhejo|bhejiye|bhej do|bhejna|de do|dijiye|' +
  'batao|bataiye|भेजें|भेजो|भेजिए|शेयर|पाठवा|द्या|बताएं';

const FEE_RULE: TextRule = {
  kind: 'text',
  id: 'fee-or-deposit',
  // Deskhire never lets anyone charge a seeker: money asked of them holds on its own.
  weight: 60,
  reason:
    'Asks the seeker for money (registration fee, deposit, kit or verification charges). Genuine employers never charge to hire.',
  negatable: true,
  // Readable text is read by money-flow.ts (structure, clause by clause); only disguised spellings are left here.
  phrases: [],
  squashed: [
    'registrationfee',
    'registrationcharge',
    'registrationamount',
    'securitydeposit',
    'securityamount',
    'refundabledeposit',
    'refundableamount',
    'joiningfee',
    'joiningcharge',
    'trainingfee',
    'kitfee',
    'kitcharge',
    'idcardcharge',
    'processingfee',
    'activationfee',
    'cautionmoney',
    'रजिस्ट्रेशनफीस',
    'रजिस्ट्रेशनशुल्क',
    'नोंदणीशुल्क',
    'पंजीकरणशुल्क',
    'सिक्योरिटीडिपॉजिट',
  ],
};

const DAY =
  'daily|per day|a day|every day|each day|roz|rozana|roj|har din|pratidin|per din|per दिन|per दिवस|रोज|रोजाना|प्रतिदिन|प्रति दिन|हर दिन|दररोज|दिवसाला';
const WEEK =
  'weekly|per week|a week|every week|each week|har hafte|har hafta|per hafta|per सप्ताह|per हफ्ता|saptahik|साप्ताहिक|हर हफ्ते|प्रति सप्ताह|आठवड्याला|दर आठवड्याला';
const MONTH =
  'monthly|per month|a month|every month|pm|per mahina|per महीना|per महिना|mahina|महीना|प्रति माह|मासिक|महिना|महिन्याला|दरमहा';
const RANGE =
  '(?:inr )?(\\d{3,7})(?: inr)?(?: (?:to|se|ते|से|पासून|upto|up to|till))?(?: (?:inr )?(\\d{3,7})(?: inr)?)?';
const EARNING_FILLER =
  '(?:(?:earning|earnings|income|kamai|payment|payout|salary|pay|upto|up to|min|minimum|kamao|kamaye|कमाई|कमाएं|उत्पन्न|पगार|वेतन) ){0,3}';

const PAY_RULE: PayRule = {
  kind: 'pay',
  id: 'pay-far-above-market',
  weight: 30,
  reason:
    'Promises pay far above what this role earns in this market; typing-work scams lure seekers this way.',
  bandMultiple: 2.5,
  entryMonthlyCeiling: 100_000,
  seniorMonthlyCeiling: 300_000,
  entryTextMonthlyCeiling: 75_000,
  periodicBandMultiple: 1.5,
  periodicMonthlyCeiling: 35_000,
  fresherMedianMultiple: 1.9,
  fresherHoldMultiple: 2.8,
  holdWeight: 60,
  variablePay: anywhere('incentives?|commissions?|targets?|bonus|इन्सेंटिव्ह|इंसेंटिव|प्रोत्साहन|कमिशन'),
  monthsPer: { day: 26, week: 52 / 12, month: 1 },
  seniorRoles: new Set([
    'team-lead',
    'quality-analyst',
    'training-specialist',
    'customer-success-manager',
    'operations-manager',
    'customer-experience-manager',
  ]),
  claims: [
    { period: 'day', pattern: words(`${RANGE} (?:${DAY})`) },
    { period: 'day', pattern: words(`(?:${DAY}) ${EARNING_FILLER}${RANGE}`) },
    { period: 'week', pattern: words(`${RANGE} (?:${WEEK})`) },
    { period: 'week', pattern: words(`(?:${WEEK}) ${EARNING_FILLER}${RANGE}`) },
    { period: 'month', pattern: words(`${RANGE} (?:${MONTH})`) },
  ],
};

/** "Reputed MNC", "Confidential", or nothing at all, after folding. */
const GENERIC_EMPLOYER = new RegExp(
  '^(?:(?:a|an|the) )?(?:(?:reputed|leading|top|well known|famous|private|pvt|confidential|hidden|not disclosed|' +
    'undisclosed|mnc|multinational|company|bpo|kpo|it company|bank|hiring|jobs?|hr|urgent hiring|firm)(?: |$))*$',
  'u',
);

const L = '[\\p{L}\\p{M}]*';
/** Task scams: paid to like, rate, review or subscribe, then asked to "prepay" for bigger tasks. */
const TASK_ACT = `like|likes|liking|rate|rating|ratings|review|reviews|reviewing|subscribe|subscribing|follow|following|upvote|click|clicking|लाइक|रेटिंग|रिव्ह?यू|सब्सक्राइब|फॉलो|क्लिक`;
const TASK_THING = `videos?|posts?|products?|hotels?|restaurants?|apps?|channels?|pages?|movies?|reels?|ads?|links?|maps?|places?|वीडियो|व्हिडिओ|पोस्ट|प्रोडक्ट|हॉटेल|होटल|ॲप|ऐप|चैनल|चॅनेल|रील्स?`;
/** Money mules: the seeker's own account receives money and passes it on. */
const OWN_ACCOUNT = `(?:your|own|personal|apne|apna|aapke|aapka|khud ke|तुमच्या|तुमचे|स्वतःच्या|अपने|आपके|अपना|खुद के) (?:[\\p{L}\\p{M}]+ )?(?:bank )?(?:accounts?|a c|upi|upi id|khate|khata|खात${L}|अकाउंट)`;
const MONEY_IN = `receiv${L}|accept${L}|collect${L}|get|credited|aayega|aayenge|aane wal${L}|मिळ${L}|प्राप्त|आएंगे|आएगा|जमा होंगे|येतील|येणार`;
const MONEY_OUT = `transfer${L}|forward${L}|send|sending|withdraw${L}|move|bhej${L}|nikal${L}|ट्रांसफर|ट्रान्सफर|पाठव${L}|भेज${L}|काढ${L}|निकाल${L}`;

const TASK_OR_MULE: TextRule = {
  kind: 'text',
  id: 'task-or-money-mule',
  weight: 60,
  reason:
    'Pays for liking, rating or reviewing online, or asks the seeker to receive money in their own account and pass it on: task scams and money-mule jobs.',
  negatable: true,
  phrases: [
    { pattern: words(`(?:${TASK_ACT}) (?:\\p{L}+ )?(?:and (?:${TASK_ACT}) )?(?:${TASK_THING})`) },
    {
      pattern: words(`(?:${TASK_THING}) (?:ko )?(?:${TASK_ACT})(?: kar${L}| करा| करें| करो)?`),
      needs: anywhere(`earn${L}|commission|paid|payment|inr \\d+|\\d+ inr|kamai|kamao|कमाई|कमवा|per|प्रति`),
    },
    {
      pattern: words(
        `prepaid tasks?|paid tasks?|task (?:based|wise) (?:earning|income|payment)|merchant tasks?|vip (?:level|task)|टास्क`,
      ),
    },
    {
      pattern: words(
        `(?:${MONEY_IN}) (?:[\\p{L}\\p{M}]+ ){0,4}(?:in |into |on |me |mein |मध्ये |में |वर )?${OWN_ACCOUNT}`,
      ),
      needs: anywhere(`${MONEY_OUT}|commission|कमिशन`),
      needsInSentence: true,
    },
    {
      pattern: words(`${OWN_ACCOUNT} (?:[\\p{L}\\p{M}]+ ){0,4}(?:${MONEY_IN})`),
      needs: anywhere(`${MONEY_OUT}|commission|कमिशन`),
      needsInSentence: true,
    },
    {
      pattern: words(
        `(?:rent|lend|share|use) (?:out )?${OWN_ACCOUNT}|account (?:on )?rent|payment (?:processing|handling) agent|fund transfer agent`,
      ),
      // "You will never receive client money or use your own account": a denial a few words before.
      unless: anywhere(
        `(?:never|not|don t|do not|will not|won t|kabhi nahi|कभी नहीं|कधीही) (?:[\\p{L}\\p{M}]+ ){0,5}(?:use|lend|share|rent)`,
      ),
    },
    // Keep a cut and pass the rest on: the mule's arithmetic, whatever the account is called.
    {
      pattern: words(
        `(?:transfer|send|forward|pass on|deposit|remit|bhej${L}|भेज${L}|पाठव${L}|ट्रांसफर|ट्रान्सफर) (?:[\\p{L}\\p{M}]+ ){0,3}(?:rest|balance|remaining|remainder|baaki|बाकी|उरलेल${L})`,
      ),
      needs: anywhere(`commission|keep|kee?p|rakh${L}|ठेव${L}|रख${L}|percent|share|cut|कमिशन|हिस्सा`),
      needsInSentence: true,
    },
    {
      pattern: words(
        `(?:deposit|transfer|hand over|jama kar|जमा कर)${L} (?:[\\p{L}\\p{M}\\p{N}]+ ){0,4}(?:accounts|upi ids|different accounts|multiple accounts|various accounts|खात्यांमध्ये|खातों में)`,
      ),
      needs: anywhere(
        `commission|we (?:share|give|send)|shared (?:daily|with you|on)|given (?:daily|by us|to you)|daily|roz|रोज|दररोज|कमिशन`,
      ),
      needsInSentence: true,
    },
    {
      pattern: words(
        `(?:open|provide|give|share|lend) (?:a |an |your )?(?:new )?(?:current|savings|bank) accounts?`,
      ),
      needs: anywhere(
        `commission|rent|monthly|per month|inr \\d+|\\d+ inr|for (?:our|the) (?:company|business|firm)|कमिशन|भाडे|किराया`,
      ),
      unless: anywhere(`salary|payroll|stipend|वेतन|पगार|सैलरी`),
    },
    // Business money routed through the seeker's own UPI or bank account.
    {
      pattern: words(`(?:through|via|using|into|in|on|to|through) ${OWN_ACCOUNT}`),
      needs: anywhere(
        `payments?|collections?|funds|transactions?|money|amounts?|customer${L}|clients?|buyers?|receive${L}|collect${L}|प्राप्त|ग्राहक${L}|पैसे|रक्कम|राशि`,
      ),
      unless: anywhere(
        `salary|salaries|stipend|incentives?|reimburs${L}|wages?|pagar|वेतन|पगार${L}|सैलरी|refund to`,
      ),
      needsInSentence: true,
    },
  ],
};

/** The seeker addressed as the one who owns the name, account or credential. */
const SEEKER_OWN = `(?:your|apne|apna|apni|aapke|aapka|aapki|khud ke|tumhare|tumcha|तुमच्या|तुमचा|तुमचे|तुमची|आपल्या|आपके|आपका|आपकी|अपने|अपना|अपनी)`;
const TARGETS = `customers?|callers?|clients?|users?|people|victims?|borrowers?|defaulters?|sellers?|them|they|their|ग्राहक${L}|लोग${L}|लोकांना|कर्जदार${L}|उनसे|उन्हें|त्यांना|त्यांच्याकडून`;
const TELL = `tell|telling|inform|informing|warn|warning|say|saying|convince|convincing|script|batao|bataana|bolo|bolna|kehna|बताएं|बताना|बोलना|कहना|सांगा|सांगायचे|सांगून`;

/** The work itself defrauds the people called: the seeker is hired to run a scam on others. */
const WORK_DEFRAUDS: TextRule = {
  kind: 'text',
  id: 'work-defrauds-others',
  weight: 60,
  reason:
    'The job itself defrauds the people called: payment by gift cards, posing as officials, threats of arrest or blocking, fake virus alerts, collecting OTPs, or shaming borrowers.',
  negatable: true,
  phrases: [
    // Payment asked in gift cards is the signature of refund, tax and tech-support scams.
    {
      pattern: words(
        `gift ?cards?|itunes cards?|google play (?:cards?|codes?|recharge)|steam cards?|गिफ्ट कार्ड${L}`,
      ),
      needs: anywhere(`${TARGETS}|pay|payment|redeem|codes?|collect|settle|buy|purchase|scratch|भुगतान|पेमेंट`),
      unless: anywhere(
        `rewards?|incentives?|vouchers?|employees?|staff|diwali|festival|bonus|contest|for you|as a gift`,
      ),
    },
    {
      pattern: words(
        `(?:pose|posing|poses|act|acting|present (?:yourself|themselves)|introduce (?:yourself|yourselves)|speak|speaking|talk|call|calling|pretend${L}) ` +
          `(?:to be )?(?:as )?(?:an? |the )?(?:irs|tax (?:officers?|officials?|department|authority)|government|govt|federal|police|customs|cyber ?cell|rbi|trai|` +
          `social security|officers?|officials?|inspectors?)|` +
          `(?:officer|officers|police|adhikari|inspector|अधिकारी|पोलीस|पुलिस|ऑफिसर|इन्स्पेक्टर|इंस्पेक्टर) (?:ban ?kar|ban ?ke|bankar|बनकर|बन कर|बनके|बनून|असल्याचे)`,
      ),
    },
    {
      pattern: words(
        `(?:threaten${L}|intimidat${L}|scare|scaring|frighten${L}|harass${L}|shame|shaming|pressuri[sz]e|dhamka${L}|darana|darao|धमका${L}|डराना|डराएं|घाबरव${L}) ` +
          `(?:the |their )?(?:${TARGETS}|famil${L}|relatives|contacts|friends|रिश्तेदार${L}|नातेवाईक${L})|` +
          `(?:${TARGETS}|नातेवाईक${L}|रिश्तेदार${L}) (?:[\\p{L}\\p{M}]+ ){0,2}(?:धमकी|धमका${L}|धमकाव${L}|dhamki|dhamka${L}|डरा${L}|घाबरव${L})`,
      ),
    },
    {
      pattern: words(`arrest${L}|warrants?|jail|police case|fir|गिरफ्तार${L}|अटक|वॉरंट|जेल|पोलीस केस|पुलिस केस`),
      needs: anywhere(`${TELL}|threat${L}|धमकी`),
      unless: anywhere(`if you|employees?|staff|our team|background`),
    },
    {
      pattern: words(
        `(?:block|suspend|delist|deactivat|disconnect|blacklist|band|bandh|बंद|ब्लॉक)${L} (?:[\\p{L}\\p{M}]+ ){0,3}(?:unless|otherwise|warna|varna|nahi to|नहीं तो|वरना|नाहीतर|or else)|` +
          `(?:unless|warna|varna|nahi to|नहीं तो|वरना|नाहीतर|or else) (?:[\\p{L}\\p{M}]+ ){0,6}(?:blocked|suspended|delisted|deactivated|disconnected|blacklisted|बंद|ब्लॉक)|delist${L}`,
      ),
      needs: anywhere(
        `pay${L}|fees?|charges?|penalty|fine|inr \\d+|\\d+ inr|paise|amount|jama|bhar${L}|भर${L}|जमा|शुल्क|दंड|जुर्माना`,
      ),
    },
    {
      pattern: words(
        `pop ?ups?|virus (?:alerts?|warnings?|pop ?ups?)|fake (?:alerts?|warnings?)|(?:system|computer|laptop|pc) (?:is )?(?:hacked|infected)`,
      ),
      needs: anywhere(
        `sell${L}|charge${L}|plans?|subscriptions?|fees?|inr \\d+|dollars?|usd|\\$|renew${L}|packages?`,
      ),
    },
    {
      pattern: words(
        `anydesk|teamviewer|ultraviewer|quick ?support|remote access|screen ?shar${L}|एनीडेस्क|रिमोट (?:एक्सेस|ऍक्सेस|अ‍ॅक्सेस)`,
      ),
      needs: anywhere(
        `bank${L}|refund${L}|gift|otps?|upi|net ?banking|wallet|payment|transfer${L}|बैंक|बँक|रिफंड|ओटीपी|भुगतान|पेमेंट`,
      ),
    },
    {
      pattern: words(
        `(?:extra|excess|over ?paid|overpaid|wrong(?:ly)?|by mistake|galti se|गलती से) (?:[\\p{L}\\p{M}]+ ){0,3}(?:refund${L}|credited|amount|paise|रक्कम|राशि)`,
      ),
      needs: anywhere(`return${L}|send back|pay back|wapas|वापस|परत|gift`),
    },
    {
      pattern: words(
        `irs|internal revenue|social security|ssn|back taxes|stimulus|tax (?:dues|debts?|arrears|liabilit${L})|(?:टैक्स|टॅक्स|कर) (?:बकाया|थकबाकी)`,
      ),
      needs: anywhere(
        `settle${L}|owe|owes|owing|outstanding|overdue|pending|collect${L}|recover${L}|clear (?:their|the|his|her)|वसूल${L}|भरवा${L}|डरा${L}|धमक${L}`,
      ),
    },
    {
      pattern: words(`loan apps?|instant loans?|lending apps?|लोन (?:ऐप|एप|ॲप|अ‍ॅप)${L}|कर्ज (?:ॲप|अ‍ॅप)${L}`),
      needs: anywhere(
        `contacts?|photos?|gallery|shame|pressur${L}|threat${L}|abus${L}|famil${L}|relatives|friends|colleagues|rishtedar${L}|dhamk${L}|धमक${L}|नातेवाईक${L}|रिश्तेदार${L}`,
      ),
    },
    // People made to call by an alarm on their screen.
    {
      pattern: words(
        `(?:pop ?ups?|virus (?:alerts?|warnings?)|fake (?:alerts?|warnings?)) (?:[\\p{L}\\p{M}]+ ){0,4}(?:call|calls|dial|phone)|` +
          `(?:call|calls|calling|dial) (?:[\\p{L}\\p{M}]+ ){0,4}(?:pop ?ups?)`,
      ),
    },
    {
      pattern: words(
        `(?:ask|asking|get|getting|take|taking|collect|collecting|obtain${L}|note|noting|record|lo|lena|le lo|maang${L}|मांग${L}|घ्या|घेऊन|लें|लेना|लो) ` +
          `(?:[\\p{L}\\p{M}]+ ){0,6}(?:otps?|pins?|cvv|card details|card numbers?|expiry|net ?banking|verification codes?|security codes?|one time pass(?:words?|codes?)|ओटीपी|पिन)|` +
          `(?:otps?|cvv|ओटीपी|पिन) (?:[\\p{L}\\p{M}]+ ){0,2}(?:लें|लेना|लो|ले लो|लेकर|मांग${L}|पूछ${L}|घ्या|घेऊन|विचार${L}|le lo|lena|lo|maang${L}|puch${L}|note kar${L})`,
      ),
      needs: anywhere(TARGETS),
    },
    {
      pattern: words(
        `(?:their|borrowers?|defaulters?|customers?|users?|unke|उनके|त्यांच्या|ग्राहकांच्या|कर्जदारांच्या) (?:s )?(?:phone |mobile )?(?:contact list|contacts|phone ?book|gallery|photos|कॉन्टॅक्ट${L}|कॉन्टैक्ट${L})|morph${L}|अश्लील`,
      ),
      needs: anywhere(
        `call${L}|message${L}|whatsapp|send|share|pressur${L}|shame|recover${L}|threat${L}|dhamk${L}|bhej${L}|कॉल|मेसेज|धमक${L}|वसूल${L}`,
      ),
    },
  ],
};

/** The seeker's identity or bank access is the thing wanted: accounts, SIMs or companies in their name. */
const IDENTITY_MISUSE: TextRule = {
  kind: 'text',
  id: 'identity-misuse',
  weight: 60,
  reason:
    "Wants the seeker's identity or bank access itself: accounts, SIM cards or companies opened in their name, a partner or director role, or their OTP, PIN or net-banking login.",
  negatable: true,
  phrases: [
    {
      pattern: words(
        `(?:in|on|under|with|using) ${SEEKER_OWN} (?:own )?(?:name|names|naam|नाम|नावावर|नावाने|नावे)|${SEEKER_OWN} (?:(?:naam|नाम) (?:par|pe|से|पर|se|me|में)|नावावर|नावाने|नावे)`,
      ),
      needs: anywhere(
        `accounts?|a c|sims?|sim cards?|company|companies|llp|firm|gst${L}|registrations?|loans?|cards?|upi|wallets?|director|partner|khat${L}|खात${L}|सिम|कंपनी|फर्म|लोन|कर्ज|अकाउंट`,
      ),
      unless: anywhere(
        `salary|insurance|offer|appointment|pf|uan|payslips?|policy|certificate|letter|वेतन|पगार|सैलरी`,
      ),
    },
    {
      pattern: words(
        `designated partners?|nominee directors?|dummy directors?|(?:become|becoming|made|appointed|join|joining|banaya|banenge|bano|बनाया|बनेंगे|बनवले|होणार) (?:as )?(?:a |an )?(?:[\\p{L}]+ )?(?:partner|director|डायरेक्टर|पार्टनर|संचालक|भागीदार)`,
      ),
      needs: anywhere(
        `llp|company|companies|firm|kyc|documents?|din|pan|aadhaa?r|sign${L}|dsc|digital signature|bank|account|कंपनी|कागदपत्र${L}|दस्तावेज${L}|केवायसी`,
      ),
    },
    {
      pattern: words(
        `${SEEKER_OWN} (?:own )?(?:[\\p{L}\\p{M}]+ ){0,2}(?:otps?|upi pin|atm pin|mpin|cvv|net ?banking|internet banking|mobile banking|bank (?:login|password|credentials)|debit card (?:details|number|pin)|ओटीपी|पिन|नेट ?बँकिंग|नेट ?बैंकिंग)|` +
          `(?:log ?in|sign ?in|login) (?:[\\p{L}\\p{M}]+ ){0,3}${SEEKER_OWN} (?:[\\p{L}\\p{M}]+ ){0,2}(?:net ?banking|bank|upi|internet banking)|` +
          `(?:share|send|forward|tell|give|read out|batao|bhejo|bhej do|भेजें|भेजो|बताएं|बताओ|पाठवा|सांगा|द्या) (?:us |the |hume |humein |हमें |आम्हाला |it )?(?:[\\p{L}\\p{M}]+ ){0,2}(?:otps?|ओटीपी|verification codes?)|` +
          // Hindi and Marathi put the object first: "ओटीपी हमें भेजें", "ओटीपी आम्हाला सांगा".
          `(?:otps?|ओटीपी|पिन|पासवर्ड) (?:[\\p{L}\\p{M}]+ ){0,3}(?:भेजें|भेजो|भेजना|भेजिए|बताएं|बताना|बताओ|बताइए|शेयर कर${L}|पाठवा|पाठवावा|सांगा|द्या|bhejo|bhejna|bhejiye|batao|bataye${L}|share kar${L})`,
      ),
      // "Your OTP is your own; never share it": a warning in the same sentence.
      unless: anywhere(
        `customers?|clients?|ग्राहक${L}|receive|will get|` +
          `(?:never|not|don t|do not|mat|na|nahi|नका|मत|न) (?:[\\p{L}\\p{M}]+ ){0,3}(?:share|tell|give|disclose|bata${L}|bhej${L}|सांगू|शेयर|बता${L}|भेज${L})|` +
          `(?:share|bata${L}|सांगू|शेयर|बता${L}) (?:[\\p{L}\\p{M}]+ ){0,2}(?:na|mat|nahi|नका|मत|न)(?: |$)`,
      ),
    },
    // Bank access asked for before any interview: the account, not the candidate, is wanted.
    {
      pattern: words(
        `bank (?:account )?(?:details|passbook|statement|login)|passbook|cancel+ed cheque|account number|debit card|atm card|card (?:number|details)|` +
          `(?:बैंक|बँक) (?:डिटेल|खात|पासबुक|जानकारी|तपशील|माहिती|स्टेटमेंट)${L}|पासबुक`,
      ),
      needs: anywhere(`${SEND_VERB}|whatsapp|telegram|gmail`),
      unless: anywhere(
        `salary|payroll|stipend|on joining|after (?:selection|offer|joining)|joining (?:day|formalities)|customers?|clients?|vendors?|reimburs${L}|वेतन|पगार|सैलरी|ग्राहक${L}`,
      ),
    },
    {
      pattern: words(`biometric${L}|fingerprints?|thumb (?:impressions?|scans?)|अंगठा|अंगूठा|बायोमेट्रिक`),
      needs: anywhere(`sims?|sim cards?|kyc|devices?|register${L}|activation|activate${L}|सिम|केवायसी`),
      // An IT or help desk looks after biometric machines; it takes nobody's fingerprints.
      unless: anywhere(
        `attendance|हजेरी|उपस्थिति|printers?|scanners?|help ?desk|troubleshoot${L}|repair${L}|install${L}|maintain${L}|fix|` +
          // The customers' own biometrics at a SIM counter are the work, not the seeker's identity.
          `customers?|clients?|ग्राहक${L}`,
      ),
    },
  ],
};

/** Pay for bringing in others: the pyramid behind "joining kit plus earnings from your team". */
const RECRUIT_TO_EARN: TextRule = {
  kind: 'text',
  id: 'recruit-to-earn',
  weight: 40,
  reason: 'Pays the seeker for recruiting others under them (team, chain, downline): a pyramid, not a job.',
  negatable: true,
  phrases: [
    {
      pattern: words(
        `downlines?|level income|binary plan|chain system|` +
          `(?:joins?|join kare${L}|join karte|judte|judta|जुडत${L}|जुड${L}|जोड${L}) (?:under|below|niche|neeche|नीचे|खाली) (?:you|aap|aapke|तुमच्या|आपके)|` +
          `(?:build|grow|create|bana${L}|बना${L}) (?:your |apni |apna |own )?(?:own )?(?:team|network|chain|टीम|नेटवर्क) (?:[\\p{L}\\p{M}]+ ){0,3}(?:earn${L}|income|commission|kamai|कमाई|कमवा|कमाएं)|` +
          `(?:refer|introduce|add|bring|recruit|jod${L}|जोड${L}) (?:[\\p{L}\\p{M}]+ ){0,3}(?:people|friends|members|persons|others|log|लोग|लोकांना) (?:[\\p{L}\\p{M}\\p{N}]+ ){0,4}(?:earn${L}|commission|income|kamao|kamai|कमाई|कमवा|कमाएं)|` +
          `(?:earn${L}|commission|income|kamai|कमाई|कमीशन|कमिशन) (?:[\\p{L}\\p{M}\\p{N}]+ ){0,4}(?:on|from|for|per|har|प्रत्येक|हर) (?:every |each |har )?(?:new )?(?:members?|persons?|recruits?|sign ?ups?|सदस्य${L}|मेंबर${L}|व्यक्ती|व्यक्ति)(?! (?:of (?:our|the) (?:team|staff)))`,
      ),
      // An employee referral bonus pays for a hire, not for a recruit who buys in.
      unless: anywhere(
        `referral (?:bonus|reward|program(?:me)?)|employee referral|hired|joins? (?:us|our company|the company)|complet${L}|selected`,
      ),
    },
  ],
};

// The learned model's say (scam-model.ts, weights from `npm run train:scam`). It flags (30) in two ways:
// beside a rule that found something of its own (not just a free-mail address, a website mismatch or a
// vague company name) at p >= flag_at, or on its own only at p >= alone_at, above every honest development
// posting's cross-validated probability. Both thresholds are written into scam-model.json by the training
// script's calibration; the numbers below are fallbacks for a model without them. It never holds on its
// own, because on one-line texts that mention OTPs, bank accounts or "in your name" innocently it is
// confidently wrong (docs/evaluation-scam.md). With a rule's 30 beside it, the job is held.
const MODEL_RULE: ModelRule = {
  kind: 'model',
  id: 'reads-like-known-scams',
  weight: 30,
  flagAt: 0.9,
  aloneAt: 0.95,
  notIndependent: new Set(['free-mail-contact', 'website-email-mismatch', 'unnamed-employer']),
  clausesShown: 2,
  reason:
    'Reads like known scam postings (a learned model over their words); the marked sentences weighed most.',
};

export const SCAM_RULES: readonly ScamRule[] = [
  FEE_RULE,
  PAY_RULE,
  {
    kind: 'impersonation',
    id: 'impersonates-brand',
    weight: 60,
    reason:
      "Hires in a big brand's name (a bank, telecom, e-commerce or IT firm) but the employer is not that brand and is not verified.",
  },
  TASK_OR_MULE,
  WORK_DEFRAUDS,
  IDENTITY_MISUSE,
  RECRUIT_TO_EARN,
  MODEL_RULE,
  {
    kind: 'text',
    id: 'off-platform-contact',
    weight: 20,
    reason:
      'Contact only through a personal WhatsApp or Telegram account, where nothing can be traced to a company.',
    negatable: true,
    phrases: [
      {
        pattern: words(
          `(?:only|sirf|bas|फक्त|सिर्फ|केवल) (?:on |via |through |pe |par |वर |पर )?(?:${WHATSAPP})`,
        ),
      },
      { pattern: words(`(?:${WHATSAPP}) (?:only|pe hi|par hi|me hi|hi|वरच|पर ही|पे ही)`) },
      { pattern: words(TELEGRAM) },
    ],
  },
  {
    kind: 'brand',
    id: 'brand-on-personal-contact',
    weight: 40,
    reason:
      'Names a big brand but the only contact is a free-mail address or a WhatsApp/Telegram number: a classic impersonation.',
    brands: anywhere(
      'amazon|flipkart|tcs|tata consultancy|tata|infosys|hdfc|icici|airtel|jio|wipro|accenture|capgemini|tech mahindra|gpay|' +
        'hcl|cognizant|genpact|paytm|phonepe|google|microsoft|sbi|state bank|axis bank|kotak|reliance|swiggy|zomato|' +
        'myntra|meesho|अमेजन|अमेझॉन|ॲमेझॉन|अॅमेझॉन|फ्लिपकार्ट|टीसीएस|टाटा|इन्फोसिस|एचडीएफसी|आईसीआईसीआई|एयरटेल|एअरटेल|जियो|विप्रो|एक्सेंचर',
    ),
    personalChannel: anywhere(`${WHATSAPP}|${TELEGRAM}`),
    anonymousPoster: GENERIC_EMPLOYER,
  },
  {
    kind: 'free-mail',
    id: 'free-mail-contact',
    weight: 10,
    reason:
      'Contact email is on a free mail service, not a company domain, and the employer is not verified.',
  },
  {
    kind: 'text',
    id: 'no-interview',
    weight: 25,
    reason: 'Promises a job with no interview or direct joining; real employers assess candidates first.',
    negatable: false,
    phrases: [
      {
        pattern: words(
          'no interview(?! (?:fees?|charges?))|without (?:any )?interview|bina (?:kisi )?interview|interview nahi|' +
            'interview ke bina|interview ki (?:zarurat|jarurat|jaroorat) nahi|joining letter without|offer letter without|' +
            'बिना (?:इंटरव्यू|साक्षात्कार)|(?:कोई )?(?:इंटरव्यू|साक्षात्कार) नहीं|इंटरव्यू की जरूरत नहीं|मुलाखत नाही|' +
            'मुलाखतीशिवाय|मुलाखत न घेता',
        ),
      },
      {
        pattern: words(
          'direct (?:joining|selection|job|appointment|offer)|seedha joining|sidha joining|seedhi joining|' +
            'सीधी (?:जॉइनिंग|ज्वाइनिंग|भर्ती|नियुक्ति)|डायरेक्ट (?:जॉइनिंग|ज्वाइनिंग|सिलेक्शन)|थेट (?:नियुक्ती|जॉइनिंग|निवड|भरती)',
        ),
        unless: anywhere(
          'after (?:the )?(?:interview|selection)|post interview|interview ke baad|interview rounds?|इंटरव्यू के बाद|मुलाखतीनंतर',
        ),
      },
    ],
  },
  {
    kind: 'text',
    id: 'per-unit-typing-work',
    weight: 30,
    reason:
      'Pays per page, form, captcha or task (copy-paste, form filling, captcha typing): the typing-work scam.',
    negatable: true,
    phrases: [
      { pattern: words('copy (?:and )?paste|कॉपी पेस्ट') },
      {
        pattern: words(
          'form filling (?:work|job|kaam)|(?:online|offline) form filling|form bharne ka kaam|फॉर्म भरने का काम|' +
            'फॉर्म भरण्याचे काम|ऑनलाइन फॉर्म',
        ),
      },
      { pattern: words('captcha|captchas|कैप्चा') },
      {
        pattern: words(
          '(?:per|prati|har|each|every|प्रति|हर) (?:page|pages|form|forms|captcha|entry|task|pdf|email|mail|ad|post|' +
            'video|review|like|पेज|पान|फॉर्म|टास्क)|' +
            '\\d+ (?:page|form|captcha) inr \\d+',
        ),
      },
      {
        pattern: words(
          'handwriting (?:work|job)|pdf to (?:word|excel)|ad posting|sms sending|like (?:and )?subscribe|' +
            'youtube (?:like|video like)|like youtube videos?|(?:online|prepaid|rating|review) tasks?|hotel reviews?|टास्क',
        ),
      },
    ],
  },
  {
    kind: 'text',
    id: 'guaranteed-income',
    weight: 20,
    reason: 'Guarantees income or selection; no honest employer guarantees earnings before hiring.',
    negatable: false,
    phrases: [
      {
        pattern: words(
          '100 (?:percent )?(?:guarantee|guaranteed|garanti|गारंटी)|guaranteed (?:income|earning|earnings|job|payout|returns?|' +
            'payment|selection|placement)|(?:job|income|earning|selection|placement) guarantee|naukri pakki|' +
            'pakki naukri|job pakki|earning pakka|pakka earning|पक्की नौकरी|नौकरी पक्की|गारंटीड|हमखास (?:नोकरी|उत्पन्न|कमाई)|' +
            '\\d+ (?:extra )?returns?',
        ),
      },
    ],
  },
  {
    kind: 'text',
    id: 'urgency-pressure',
    weight: 10,
    reason: 'Pressures the seeker to act before thinking (limited seats, hurry).',
    negatable: false,
    phrases: [
      {
        pattern: words(
          'limited (?:seats|slots|vacancies|period offer)|seats? (?:are )?limited|(?:only|sirf) \\d+ (?:seats|slots)|' +
            'last few (?:seats|slots)|seats? full ho|hurry(?: up)?|jaldi karo|jaldi kare|जल्दी करें|सीमित (?:सीटें|सीट)|' +
            'मर्यादित जागा|offer valid (?:today|till today)|first come first served?',
        ),
      },
    ],
  },
  {
    kind: 'text',
    id: 'easy-money-from-home',
    weight: 15,
    reason: 'Sells easy money from home or mobile to students and homemakers rather than describing a job.',
    negatable: false,
    phrases: [
      {
        pattern: words(
          'ghar (?:baithe|bethe|baith kar) (?:kamao|kamaye|kamaiye|paise|paisa|earn|income|kamai)|paise kamao|paisa kamao|' +
            '(?:kamao|kamaye|kamaiye) ghar baithe|earn (?:money )?from home|earn from mobile|earn daily|' +
            'daily earning|घर बैठे (?:कमाएं|कमाई|कमाये|पैसे)|घरबसल्या (?:कमवा|कमाई|पैसे|उत्पन्न)|housewi[fv]es?|' +
            'house wi[fv]es?|gruhini|गृहिणी|mothers and students|easy (?:money|income|earning)|simple online job|' +
            'simple (?:typing|copy) (?:work|job)|mobile se (?:kamai|kamaye|kamao|paise|kaam)|from (?:your )?mobile|' +
            'मोबाइल से (?:काम|कमाई)|part time (?:income|earning)|extra income|side income|daily payout|daily payment|' +
            'payment daily|weekly payment|(?:only |just )?\\d (?:hrs|hours) (?:a day|daily|per day)|work 2 3 hrs',
        ),
      },
    ],
  },
  {
    kind: 'text',
    id: 'asks-sensitive-data',
    weight: 35,
    reason:
      'Asks for OTP, ATM/UPI PIN, bank details or Aadhaar up front; these enable fraud and are never needed to apply.',
    negatable: true,
    phrases: [
      {
        pattern: words(
          'otp|atm(?: card)?(?: pin)?|upi pin|mpin|cvv|net ?banking (?:password|id)|password|pin|ओटीपी|पिन',
        ),
        needs: anywhere(SEND_VERB),
        unless: anywhere('customers?|clients?|ग्राहक[\\p{L}\\p{M}]*'),
      },
      {
        pattern: words(
          'aadha?a?r(?: card)?|pan card|pan|bank (?:details|account|passbook|statement)|passbook|cancelled cheque|' +
            'account number|आधार|पॅन|पैन|बैंक (?:डिटेल|खाता)',
        ),
        needs: anywhere(SEND_VERB),
        unless: anywhere(
          'onboarding|joining day|on joining|at (?:the time of )?joining|after (?:selection|offer|joining)|' +
            'joining formalities|payroll|new joiners|customers?|ग्राहक[\\p{L}\\p{M}]*|verify|venue|interview|' +
            // The same "at joining" in Hinglish, Hindi and Marathi: documents handed to HR on the first day.
            'joining (?:ke|wale) (?:din|samay|time)|(?:ज्वाइनिंग|जॉइनिंग|जॉईनिंग) (?:के|च्या) (?:दिन|समय|दिवशी|वेळी)|' +
            'रुजू (?:होण्याच्या|होताना|झाल्यावर)|रुजू होने (?:के|पर)|कामावर रुजू',
        ),
      },
    ],
  },
  {
    kind: 'copies',
    id: 'copied-posting',
    weight: 30,
    reason:
      'The same text was posted by other companies too; scam templates get copied across fake employers.',
    minOtherCompanies: 2,
  },
  {
    kind: 'unnamed-employer',
    id: 'unnamed-employer',
    weight: 10,
    reason: 'No real company name ("reputed MNC", "confidential"), and the employer is not verified.',
    genericNames: GENERIC_EMPLOYER,
  },
  {
    kind: 'website-mismatch',
    id: 'website-email-mismatch',
    weight: 10,
    reason: "The contact email is not on the company's own website domain.",
  },
];
