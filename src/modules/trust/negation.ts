// Trust: decides whether a matched claim is denied ("we never charge any fee", "koi fees nahi",
// "शुल्क आकारले जात नाही"). Works on one folded clause; it must never widen its reach past another claim.

/** Words that undo a fee mention when they sit just before it ("no", "never charge any") ... */
const NEGATION_BEFORE: ReadonlySet<string> = new Set([
  'no',
  'not',
  'never',
  'zero',
  'without',
  'nil',
  'free',
  'bina',
  'बिना',
  'न',
  'नहीं',
  'नही',
  'नाही',
  'मुफ्त',
  'मोफत',
  'नि',
]);
/** ... or just after it ("koi fees nahi", "शुल्क आकारले जात नाही"). */
const NEGATION_AFTER: ReadonlySet<string> = new Set([
  'nahi',
  'nahin',
  'nai',
  'nhi',
  'naahi',
  'नहीं',
  'नही',
  'नाही',
  'नाहीत',
  'नसते',
  'नसेल',
  'not',
  'nil',
  'free',
  'waived',
  // English passive: "blank cheques are never collected", "deposits are not taken".
  'never',
  'none',
  'nothing',
  'zero',
  'mat',
  'मत',
  'नका',
  'nako',
]);
/** Words allowed between a negation and what it negates; any other word ends its reach ("no calls, WhatsApp only"). */
const NEGATION_FILLERS: ReadonlySet<string> = new Set([
  'any',
  'kind',
  'type',
  'sort',
  'of',
  'for',
  'from',
  'to',
  'the',
  'a',
  'an',
  'such',
  'charge',
  'charges',
  'charged',
  'ask',
  'asks',
  'asking',
  'take',
  'takes',
  'taking',
  'taken',
  'collect',
  'collects',
  'collected',
  'demand',
  'demands',
  'require',
  'requires',
  'required',
  'need',
  'needed',
  'share',
  'send',
  'disclose',
  'give',
  'reveal',
  'pay',
  'anyone',
  'anybody',
  'candidates',
  'candidate',
  'you',
  'your',
  'applicants',
  'job',
  'seekers',
  'we',
  'us',
  'our',
  'company',
  'is',
  'are',
  'was',
  'there',
  'will',
  'be',
  'do',
  'does',
  'hidden',
  'extra',
  // Hinglish "per page wala kaam nahi": the thing denied, then "wala kaam", then the negation.
  'wala',
  'wali',
  'wale',
  'kaam',
  'other',
  'additional',
  'cab',
  'transport',
  'at',
  'all',
  'stage',
  'or',
  'and',
  'registration',
  'fee',
  'fees',
  'deposit',
  'deposits',
  'security',
  'joining',
  'training',
  'kit',
  'interview',
  'bhi',
  'koi',
  'kisi',
  'prakar',
  'ka',
  'ki',
  'ke',
  'tarah',
  'hai',
  'he',
  'h',
  'hain',
  'lagti',
  'lagta',
  'lagegi',
  'lagega',
  'liya',
  'li',
  'jata',
  'jaata',
  'jati',
  'leti',
  'lete',
  'ya',
  'aur',
  'जाता',
  'जाती',
  'है',
  'हैं',
  'कोई',
  'किसी',
  'भी',
  'प्रकार',
  'का',
  'की',
  'के',
  'तरह',
  'लिया',
  'ली',
  'लेते',
  'लेता',
  'आकारले',
  'आकारत',
  'आकारतो',
  'आकारते',
  'घेत',
  'घेतो',
  'घेते',
  'लागत',
  'भरावे',
  'भरावी',
  'देना',
  'पड़ता',
  'पडता',
  'लेती',
  'आकारली',
  'आकारला',
  'घेतले',
  'घेतली',
  'घेतला',
  'जात',
  'कोणतेही',
  'कोणतीही',
  'कोणताही',
  'कंपनी',
  'व',
  'आणि',
  'और',
  'या',
  'शुल्क',
  'फीस',
  'फी',
  // A list of what is denied: "no registration, form or kit fee", "deposit jaisa kuch nahi".
  'form',
  'application',
  'processing',
  'verification',
  'placement',
  'medical',
  'documentation',
  'uniform',
  'penalty',
  'penalties',
  'fines',
  'cost',
  'costs',
  'payment',
  'payments',
  'रक्कम',
  'राशि',
  'भुगतान',
  'दंड',
  'जुर्माना',
  'अनामत',
  'जमा',
  'money',
  'amount',
  'paisa',
  'paise',
  'jaisa',
  'jaisi',
  'jaise',
  'kuch',
  'kuchh',
  'like',
  'etc',
  'जैसा',
  'जैसी',
  'कुछ',
  'किंवा',
  'वगैरे',
  'काहीही',
  'पैसे',
  // "धमकी देऊ नका", "dhamki mat do": the verb between the act and its denial.
  'देऊ',
  'दें',
  'देना',
  'करू',
  'करें',
  'de',
  'do',
  'karo',
  'karna',
]);

/** How many words a negation may reach across. */
const NEGATION_REACH = 8;

/**
 * Negations that deny a whole verb phrase, not one noun: "we never take payments in your own account",
 * "we do not ask anyone to move money". Their reach runs forward to the end of the clause.
 */
const SCOPE_FORWARD: ReadonlySet<string> = new Set(['never', 'not', 'nobody', 'cannot', 'neither', 'nor']);
/**
 * Hindi, Marathi and Hinglish put the negation after what it denies, at the verb: "hum kabhi OTP nahi
 * maangte", "नोंदणी शुल्क किंवा अनामत रक्कम नाही", "प्रति पेज भुगतान नहीं". Its reach runs back to the start
 * of the clause.
 */
const SCOPE_BACKWARD: ReadonlySet<string> = new Set([
  'nahi',
  'nahin',
  'nai',
  'nhi',
  'naahi',
  'mat',
  'नहीं',
  'नही',
  'नाही',
  'नाहीत',
  'नसते',
  'नसेल',
  'नका',
  'नये',
  'मत',
]);
/**
 * Where a negation's reach stops: a turn ("but", "lekin", "पण"), a condition ("if you do not pay",
 * "warna", "जोपर्यंत"), "only", and a verb that closes the claim before it ("fee 500 hai, discount nahi").
 */
const SCOPE_BOUNDARY: ReadonlySet<string> = new Set([
  'but',
  'however',
  'only',
  'except',
  'unless',
  'until',
  'till',
  'if',
  'otherwise',
  'else',
  'then',
  'lekin',
  'magar',
  'par',
  'sirf',
  'bas',
  'agar',
  'warna',
  'varna',
  'jab',
  'phir',
  'लेकिन',
  'मगर',
  'पर',
  'सिर्फ',
  'केवल',
  'अगर',
  'यदि',
  'वरना',
  'जब',
  'फिर',
  'पण',
  'परंतु',
  'फक्त',
  'जर',
  'जोपर्यंत',
  'नाहीतर',
  'नंतर',
  'hai',
  'hain',
  'है',
  'हैं',
  'आहे',
  'आहेत',
]);
/** A negation of the refund, not of the money: "fee is not refundable", "paisa wapas nahi milega". */
const REFUND: ReadonlySet<string> = new Set([
  'refundable',
  'refunded',
  'refund',
  'returnable',
  'returned',
  'wapas',
  'vapas',
  'वापस',
  'परत',
  'रिफंड',
]);
/** "Do not delay, pay today": a negated hurry is no denial. */
const HURRY: ReadonlySet<string> = new Set(['delay', 'miss', 'wait', 'hesitate', 'forget', 'worry', 'late']);
/** A condition opening the clause makes its negation a threat: "if you do not pay", "agar fees nahi bhari". */
const CONDITION: ReadonlySet<string> = new Set([
  'if',
  'unless',
  'agar',
  'अगर',
  'यदि',
  'जर',
  'otherwise',
  'warna',
]);
/** "Only Rs 499, nothing more": a claim narrowed by "only" is affirmed, whatever is denied beside it. */
const ONLY: ReadonlySet<string> = new Set([
  'only',
  'just',
  'sirf',
  'bas',
  'keval',
  'सिर्फ',
  'केवल',
  'फक्त',
  'बस',
]);
/** How far a verb-phrase negation reaches. */
const SCOPE_REACH = 10;

/** "never take payments in your own account": a verb-phrase negation before the claim, nothing between turning it. */
function deniedForward(before: readonly string[]): boolean {
  for (const [at, token] of before.slice(0, SCOPE_REACH).entries()) {
    if (SCOPE_BOUNDARY.has(token)) return false;
    if (!SCOPE_FORWARD.has(token)) continue;
    const next = before[at - 1];
    const afterNext = before[at - 2];
    if (next === 'only' || (next && HURRY.has(next)) || (afterNext && HURRY.has(afterNext))) return false;
    if (next && REFUND.has(next)) return false;
    return !before.slice(at + 1).some((word) => CONDITION.has(word));
  }
  return false;
}

/** "Without paying, no job" is an ask: a double negation ("bina fees bhare joining nahi", "भरल्याशिवाय"). */
const WITHOUT = (word: string): boolean =>
  word === 'bina' || word === 'बिना' || word === 'without' || word === 'baghair' || word.endsWith('शिवाय');
/** "Sirf 499 fee, aur kuch nahi": the negation is of something else; the claim itself is affirmed. */
const ELSE: ReadonlySet<string> = new Set([
  'else',
  'other',
  'extra',
  'baaki',
  'baki',
  'alawa',
  'alava',
  'siwa',
  'इतर',
  'बाकी',
  'अलावा',
  'सिवा',
  'सिवाय',
  'अतिरिक्त',
]);

/** "koi fees ya deposit nahi lete": the negation after the claim, at the verb, denies the clause back to its start. */
function deniedBackward(before: readonly string[], after: readonly string[]): boolean {
  if (before.some((word) => WITHOUT(word) || ONLY.has(word))) return false;
  for (const [at, token] of after.slice(0, SCOPE_REACH).entries()) {
    if (SCOPE_BOUNDARY.has(token) || WITHOUT(token) || ELSE.has(token)) return false;
    if (!SCOPE_BACKWARD.has(token)) continue;
    const previous = at > 0 ? after[at - 1] : undefined;
    const next = after[at + 1];
    // "paisa wapas nahi milega" denies the refund; "nahi to", "नहीं तो" is "otherwise".
    if (previous && REFUND.has(previous)) return false;
    if (next === 'to' || next === 'तो' || next === 'तर') return false;
    return !before.some((word) => CONDITION.has(word));
  }
  return false;
}

/** True when the claim at clause[start, end) is denied: by the words next to it, inside it, or by a negation whose reach covers the clause. */
export function isNegated(clause: string, start: number, end: number): boolean {
  const before = clause.slice(0, start).trim().split(' ').filter(Boolean).reverse();
  const after = clause.slice(end).trim().split(' ').filter(Boolean);
  const inside = clause.slice(start, end).split(' ');
  // "otp nahi maangte" matched as one span: the negation sits inside it.
  if (
    inside.some((word) => SCOPE_BACKWARD.has(word) || SCOPE_FORWARD.has(word)) &&
    !before.some((w) => CONDITION.has(w))
  )
    return true;
  // "agar fees nahi bhari to ...": in a Hindi or Marathi condition the negation after the fee is a threat.
  const sovCondition = before.some((word) => SOV_CONDITION.has(word));
  return (
    nextToNegation(before, sovCondition ? [] : after) ||
    deniedForward(before) ||
    deniedBackward(before, after)
  );
}
const SOV_CONDITION: ReadonlySet<string> = new Set(['agar', 'अगर', 'यदि', 'जर', 'jar']);

/** True when the words just before or after the claim deny it. */
function nextToNegation(before: readonly string[], after: readonly string[]): boolean {
  const reaches = (tokens: readonly string[], cues: ReadonlySet<string>): boolean => {
    for (const [at, token] of tokens.slice(0, NEGATION_REACH).entries()) {
      // "the fee is not refundable", "deposit is never returned": the refund is denied, not the money.
      if (cues.has(token)) return !REFUND.has(tokens[at + 1] ?? '');
      if (!NEGATION_FILLERS.has(token)) return false;
    }
    return false;
  };
  return reaches(before, NEGATION_BEFORE) || reaches(after, NEGATION_AFTER);
}
