// Owns what a job's description says about how the job is worked when its fields do not: the
// languages it asks for ("Marathi speaking candidates", "हिंदी आवश्यक") and night (US) or UK hours
// ("US shift 6:30 pm – 3:30 am" on a job filed as rotational). Read at write time beside the title
// concepts and stored as '+@' tokens with the skill tokens; only the seeker's soft wishes (language,
// shift) read them. Must never touch the database, and never reads what kind of job it is from the
// description: descriptions mention HR rounds, back-office support and calls of every kind.
import { normaliseText } from './query-normalise.ts';
import { CONCEPTS } from './vocabulary.ts';

/** A wish a description states: '+@marathi', '+@night'. Seekers cannot type '+' or '@' (search-plan.ts). */
export const wishToken = (slug: string) => `+@${slug}`;

/**
 * Words that turn a mention round when they come before it ("no night shift", "not a night shift",
 * "without English"): that occurrence says nothing.
 */
const NEGATIONS_BEFORE = new Set(['no', 'not', 'without', 'never', 'non', 'bina', 'बिना', 'विना']);
/**
 * Words that turn it round when they follow it, as Hindi and Marathi put them ("night shift nahi hai",
 * "रात्री नाही", "English not required"). An English "no" after a mention starts the next phrase
 * ("Night shift, no targets", "US shift. No fees"): it negates nothing, and the real night job kept
 * its night hours only by chance of a second mention.
 */
const NEGATIONS_AFTER = new Set(['not', 'nahi', 'nahin', 'nai', 'नाही', 'नहीं', 'नही', 'nako', 'नको']);
/** Glue a negation may stand behind: "we do not have a night shift", "night shift nahi hai". */
const GLUE = new Set([
  'a',
  'an',
  'any',
  'the',
  'is',
  'are',
  'have',
  'has',
  'hai',
  'he',
  'koi',
  'shift',
  'shifts',
  'process',
  // "Freshers need not apply", "freshers are also not considered"
  'need',
  'also',
  'आहे',
  'है',
  'कोई',
  'शिफ्ट',
]);

/** Shift concepts a description may state: night, US and UK hours (a day or rotational shift is the field's). */
const STATED_SHIFTS = new Set(['night', 'us', 'uk']);

interface Cue {
  form: string;
  slugs: string[];
}

const CUES: readonly Cue[] = CONCEPTS.flatMap((c) => {
  if (c.roles?.length || c.terms?.length) return [];
  const languages = (c.languages ?? []).map((l) => l.slug as string);
  const shifts = (c.shifts ?? []).filter((s) => STATED_SHIFTS.has(s));
  // A concept of day or rotational shifts alone (or both kinds) is no night cue.
  if (shifts.length && (c.shifts ?? []).some((s) => !STATED_SHIFTS.has(s))) return [];
  // How hiring happens ("walk-in interview on Saturday", "immediate joiners"): vocabulary-industries.ts.
  const slugs = [...languages, ...shifts, ...(c.wish ? [c.wish] : [])];
  if (!slugs.length) return [];
  return c.forms.map((form) => ({ form: normaliseText(form), slugs }));
})
  .concat(experienceCues())
  .filter((cue) => cue.form.length > 1);

/**
 * Whether a job takes freshers, as its title or text say it: "Freshers can apply", "फ्रेशर्स
 * चालतील" ('+@fresher', the words a seeker types for it), or "Only experienced candidates",
 * "अनुभवी उमेदवार" ('+@experienced'; years asked for are read by yearsAsked). Employers leave the
 * experience field at 0 and write what they want in the text; a fresher's search ranks those last.
 */
function experienceCues(): Cue[] {
  const fresher = CONCEPTS.find((c) => c.id === 'fresher')?.forms ?? [];
  const extra = ['freshers can apply', 'fresher can apply', 'freshers ok', 'fresher ok', 'फ्रेशर्स चालतील'];
  // Bare "experienced" only opens a clause (experiencedFirst): "with experienced trainers" asks nothing.
  const experienced = [
    'experienced only',
    'only experienced',
    'experienced candidates',
    'experience required',
    'experience mandatory',
    'experience compulsory',
    'experience is a must',
    'experience is must',
    'experience must',
    'anubhavi',
    'अनुभवी',
    'अनुभव आवश्यक',
    'अनुभव जरूरी',
    'अनुभव अनिवार्य',
  ];
  // "fresh" alone says fresh fruit or a fresh start as often as a fresher.
  return [
    ...[...fresher, ...extra]
      .filter((f) => f !== 'fresh')
      .map((form) => ({ form: normaliseText(form), slugs: ['fresher'] })),
    ...experienced.map((form) => ({ form: normaliseText(form), slugs: ['experienced'] })),
  ];
}

/**
 * Years of experience asked for ("Minimum 2 years of data entry experience", "1-3 yrs in sales,
 * only experienced", "1 साल का अनुभव"): a sentence naming experience and at least one year, the low
 * end of a range ("0-2 years" asks none).
 */
const YEARS =
  /(?<![\d.]\s*(?:-|–|to)\s*)(?<![\d.])([1-9]\d?)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:years?|yrs?|saal|sal|साल|वर्ष|वर्षे)(?![\p{L}\p{M}])/u;
const EXPERIENCE_WORD = /experience(?!d)|\bexp\b|anubhav|अनुभव/u;

function yearsAsked(text: string): boolean {
  return text
    .split(/[\n.!?।|•;]+/u)
    .some(
      (sentence) =>
        EXPERIENCE_WORD.test(sentence) && YEARS.test(sentence) && !/\bfreshers?\b|फ्रेशर/u.test(sentence),
    );
}

/** Marks the end of a clause in the normalised text, so a negation never reaches across one. */
const CLAUSE = '¦';

// "7 pm to 4 am", "6:30 p.m. – 3:30 a.m.", "रात्री 9 ते सकाळी 6" is left to the words; a clock range
// from the evening into the morning is night work, in IST mostly a US process (DOMAIN.md); from the
// early afternoon to late evening, a UK shift.
const CLOCK =
  /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)\s*(?:-|–|—|to|till|until|se|ते|से)\s*(\d{1,2})(?:[:.]\d{2})?\s*(am|pm|a\.m\.?|p\.m\.?)/gu;

function clockShifts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const from = Number(m[1]) % 12;
    const to = Number(m[4]) % 12;
    const fromPm = m[3]!.startsWith('p');
    const toPm = m[5]!.startsWith('p');
    if (fromPm && !toPm && from >= 5 && to <= 9) out.push('night', 'us');
    else if (fromPm && toPm && from <= 3 && to >= 9) out.push('uk');
  }
  return out;
}

/** The whole description normalised as a query is (normaliseText keeps 200 characters: a query's cap). */
function normalisedLong(description: string): string {
  const pieces: string[] = [];
  // Sentences, and the clauses inside them ("Night shift, no targets"): a dash between spaces, a
  // comma, colon or bracket ends one; a hyphen inside a word ("walk-in") does not.
  // An abbreviation's full stop ("opp. Axis Bank", "nr. station") ends no sentence.
  const text = description.slice(0, 20_000).replace(/\b(opp|nr|no|st|rd|bldg|mr|ms|dr)\./giu, '$1 ');
  for (const sentence of text.split(/[\n.!?।|•;,:()[\]]+|\s[-–—]+\s|[–—]/u)) {
    let piece = '';
    for (const word of sentence.split(/\s+/u)) {
      if (piece.length + word.length + 1 > 150) {
        pieces.push(normaliseText(piece));
        piece = '';
      }
      piece = piece ? `${piece} ${word}` : word;
    }
    if (piece) pieces.push(normaliseText(piece));
  }
  return pieces.filter(Boolean).join(` ${CLAUSE} `);
}

/** Words that end a time as its last hour ("रात्री 8 पर्यंत", "raat 9 baje tak"). */
const UNTIL = new Set(['tak', 'tk', 'तक', 'पर्यंत', 'वाजेपर्यंत', 'till', 'until']);

/**
 * "सकाळी 10 ते रात्री 8 पर्यंत", "raat 9 baje tak": an evening hour that closes a day shift, not night
 * work. Read as night, a day job in Hindi or Marathi ranked with the real night jobs for a night-shift
 * seeker and pushed some of them off the first page.
 */
function closingHour(after: string[]): boolean {
  const hour = Number(after[0]);
  if (!/^\d{1,2}$/.test(after[0] ?? '') || hour < 6 || hour > 11) return false;
  return after.slice(1, 4).some((w) => UNTIL.has(w));
}

/** Whether the words around one mention turn it round ("no night shift", "English nahi chalega"). */
function negated(before: string[], after: string[]): boolean {
  const first = (words: string[]) => words.slice(0, 3).find((w) => !GLUE.has(w)) ?? '';
  return NEGATIONS_BEFORE.has(first([...before].reverse())) || NEGATIONS_AFTER.has(first(after));
}

/** The words beside a mention, up to the clause's end. */
function beside(text: string, at: number, length: number): { before: string[]; after: string[] } {
  const before = text
    .slice(Math.max(0, at - 40), at)
    .split(CLAUSE)
    .at(-1)!
    .trim()
    .split(' ');
  const after = text
    .slice(at + length, at + length + 30)
    .split(CLAUSE)[0]!
    .trim()
    .split(' ');
  return { before, after };
}

/** The '+@' tokens of the languages and night / UK hours a description states, sorted. */
export function descriptionWishes(description: string): string[] {
  const lower = description.normalize('NFKC').toLowerCase();
  const slugs = new Set<string>(clockShifts(lower));
  if (yearsAsked(lower)) slugs.add('experienced');
  const text = ` ${normalisedLong(description)} `;
  // "Experienced Data Entry Operator", "Experienced candidates preferred": the clause opens with it.
  if (/^ experienced |¦ experienced /u.test(text)) slugs.add('experienced');
  for (const cue of CUES) {
    const needle = ` ${cue.form} `;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      // "no night shift", "night shift nahi", "English not required": a negated mention is none.
      const { before, after } = beside(text, at, needle.length);
      if (negated(before, after)) {
        // "Freshers need not apply", "no freshers": experience is asked.
        if (cue.slugs.includes('fresher')) slugs.add('experienced');
        continue;
      }
      if (cue.slugs.includes('night') && closingHour(after)) continue;
      for (const slug of cue.slugs) slugs.add(slug);
      break;
    }
  }
  // Freshers welcome beside years asked ("freshers or 1-2 years experience"): freshers are welcome.
  if (slugs.has('fresher')) slugs.delete('experienced');
  return [...slugs].sort().map(wishToken);
}

/** Words before a name that make it a landmark or an account, not the employer's client. */
const NOT_THE_WORK = new Set([
  'near',
  'nr',
  'opp',
  'opposite',
  'behind',
  'beside',
  'above',
  'below',
  'next',
  'account',
  'paas',
  'samor',
  'जवळ',
  'समोर',
  'पास',
]);
/** Words after a bank's name that make it the seeker's own account ("bank account", "bank details"). */
const NOT_THE_WORK_AFTER = new Set([
  'account',
  'accounts',
  'details',
  'statement',
  'passbook',
  'transfer',
  'holidays',
]);
/** Words after an insurance or a health word that make it a perk ("health insurance cover"). */
const PERK_AFTER = new Set(['cover', 'coverage', 'benefit', 'benefits', 'facility', 'for', 'of']);
/** Words before an insurance word that make it a perk ("medical insurance", "group mediclaim"). */
const PERK_BEFORE = new Set([
  'health',
  'medical',
  'accidental',
  'accident',
  'group',
  'family',
  'employee',
  'free',
]);

/** Phrases that say an industry in a description (strong), and every form that names one (weak). */
const INDUSTRY_CUES: readonly { form: string; id: string; strong: boolean }[] = CONCEPTS.flatMap((c) => {
  if (!c.industry) return [];
  const strong = new Set((c.statedBy ?? []).map(normaliseText));
  const weak = c.forms.map(normaliseText).filter((f) => !strong.has(f));
  return [
    ...[...strong].map((form) => ({ form, id: c.id, strong: true })),
    ...weak.map((form) => ({ form, id: c.id, strong: false })),
  ];
});

/**
 * The one industry a description says the work is for ("calls to HDFC Bank credit card customers"),
 * or undefined when it names none or several (a BPO "serving banking, telecom and insurance clients"
 * is none of them in particular). A mention negated, a landmark ("opp. Axis Bank") or a perk
 * ("health insurance cover") is no industry: a description word must never turn a job into another.
 */
export function descriptionIndustry(description: string): string | undefined {
  const text = ` ${normalisedLong(description)} `;
  const stated = new Set<string>();
  const named = new Set<string>();
  for (const cue of INDUSTRY_CUES) {
    if (named.has(cue.id) && (!cue.strong || stated.has(cue.id))) continue;
    const needle = ` ${cue.form} `;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const { before, after } = beside(text, at, needle.length);
      if (negated(before, after)) continue;
      const last = before.at(-1) ?? '';
      if (NOT_THE_WORK.has(last) || NOT_THE_WORK_AFTER.has(after[0] ?? '')) continue;
      if (PERK_BEFORE.has(last) || PERK_AFTER.has(after[0] ?? '')) continue;
      named.add(cue.id);
      if (cue.strong) stated.add(cue.id);
      break;
    }
  }
  // Stated by a strong phrase, and no other industry named at all.
  return stated.size === 1 && named.size === 1 ? [...stated][0] : undefined;
}
