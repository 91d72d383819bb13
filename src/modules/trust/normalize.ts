// Trust: folds raw posting text (English, Hinglish, Hindi, Marathi) into one canonical form so the
// scam rules can match "reg!stration f.e.e ₹ 499/-" as "registration fee inr 499".
// It only rewrites text; it must never judge it, and never keep state between calls.

export interface FoldedText {
  /** Clauses: lower-case words separated by single spaces; amounts as "inr 499". */
  readonly clauses: readonly string[];
  /** The same clauses grouped by sentence, for context that a comma does not end ("Aadhaar, PAN on joining day"). */
  readonly sentences: readonly (readonly string[])[];
  /** Letters only, every separator removed: the last resort against "r e g.i s t r a t i o n". */
  readonly squashed: string;
  /** In step with sentences: true when the sentence was a question ("Do I have to pay anything?"). */
  readonly questions: readonly boolean[];
}

const INVISIBLES =
  /\u034F|[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Nukta spellings (फ़ीस, ज़्यादा) and plain ones (फीस) are the same word to a reader. */
const DEVANAGARI_NUKTA = /\u093C/g;

/** Letters that look Latin but are not; scammers use them to slip past word filters. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ı: 'i',
  ɑ: 'a',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  օ: 'o',
  ս: 'u',
};
const HOMOGLYPH_CHARS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
};
/** Tokens where digits next to letters are a quantity, not disguise: 10th, 9am, 24x7, 4g, 2nd. */
const QUANTITY_TOKEN = /^(?:\d+\p{L}{1,3}|\d+x\d+|\p{L}\d{2,})$/u;

const LETTER = '\\p{L}\\p{M}';
const DIGITS_OF = (zero: number) =>
  new RegExp(`[\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}]`, 'gu');
/** Devanagari, Gujarati, Gurmukhi digits: "५००" is 500. */
const INDIC_ZEROS = [0x0966, 0x0ae6, 0x0a66];

const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:lakhs?|lacs?|lac|लाख)(?![${LETTER}])`, 'gu'), 100_000],
  [new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:k|thousand|hazaa?r|hajaa?r|हजार)(?![${LETTER}])`, 'gu'), 1_000],
];
const CURRENCY = new RegExp(
  `₹|(?<![${LETTER}])(?:rs|inr|rupees?|rupaye|rupaiye|rupaiya|rupiya|rupay|रुपय[${LETTER}]*|रुपए|रु|रू)\\.?(?![${LETTER}])`,
  'gu',
);
const PERIOD_AFTER_SLASH =
  /\/\s*(?=(?:day|week|month|hr|hour|page|form|entry|captcha|task|din|hafta|mahina|दिन|महिना|महीना)(?![\p{L}\p{M}]))/gu;
/** Where one sentence ends: "Fee: Rs 499" and "Rs 1.5 lakh" stay whole. */
const SENTENCE_BREAK = /[!?;\n\r।॥•·…]+|(?<!\d)\.|\.(?!\d)|\p{Extended_Pictographic}/u;
const SENTENCE_BREAK_KEPT = new RegExp(`(${SENTENCE_BREAK.source})`, 'u');
/** Where one claim ends inside a sentence: "15k + daily incentive" and "earn 40,000 weekly, fee 499" are two. */
const CLAUSE_BREAK = /[,+|"“”()[\]{}<>]+|\s[-–—]+\s/u;

function mapIndicDigits(text: string): string {
  let out = text;
  for (const zero of INDIC_ZEROS) {
    out = out.replace(DIGITS_OF(zero), (d) => String(d.codePointAt(0)! - zero));
  }
  return out;
}

/** "Rs.1,500/-", "₹ 1500", "1.5 lakh", "25 hazar" -> "inr 1500", "150000", "25000". */
function canonicalAmounts(text: string): string {
  let out = text.replace(/(\d),(?=\d)/g, '$1');
  for (const [pattern, factor] of MULTIPLIERS) {
    out = out.replace(pattern, (_m, amount: string) => ` ${Math.round(Number(amount) * factor)} `);
  }
  out = out.replace(/(\d)\s*\/-/g, '$1 inr ');
  out = out.replace(CURRENCY, ' inr ');
  // "40% of your first salary" keeps its meaning once punctuation is gone.
  out = out.replace(/(\d)\s*%/g, '$1 percent ');
  return out.replace(PERIOD_AFTER_SLASH, ' per ');
}

/** "f.e.e", "fe.e", "f*e*e" -> "fee"; "r e g i s t r a t i o n" -> "registration". */
function joinScatteredLetters(text: string): string {
  const inWord = new RegExp(
    `(?<=(?:^|[^${LETTER}])[${LETTER}]{1,2})[.*_'\`~^]+(?=[${LETTER}])|(?<=[${LETTER}])[.*_'\`~^]+(?=[${LETTER}]{1,2}(?:[^${LETTER}]|$))`,
    'gu',
  );
  const spaced = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*]{1,3}\p{L}(?![\p{L}\p{N}])){2,}/gu;
  return text.replace(inWord, '').replace(spaced, (run) => run.replace(/[^\p{L}]/gu, ''));
}

/** "reg!stration", "$ecurity", "dep0sit", "n0" -> letters; "10th", "9am", "24x7" stay. */
function undoLeet(text: string): string {
  return text.replace(/[\p{L}0-9@$!|]+/gu, (token) => {
    if (!/\p{L}/u.test(token) || token.length < 2 || QUANTITY_TOKEN.test(token)) return token;
    if (!/[0-9@$!|]/.test(token)) return token;
    let out = '';
    for (let i = 0; i < token.length; i++) {
      const ch = token.charAt(i);
      const swap = LEET[ch];
      if (!swap) {
        out += ch;
        continue;
      }
      const before = /\p{L}/u.test(token.charAt(i - 1)) || /[0-9]/.test(token.charAt(i - 1));
      const after = /\p{L}/u.test(token.charAt(i + 1)) || /[0-9]/.test(token.charAt(i + 1));
      // Punctuation-like symbols are disguise only inside a word ("p@y"), or "$" opening one ("$ecurity").
      const symbolInWord = /[0-9]/.test(ch) || (before && after) || (ch === '$' && i === 0 && after);
      out += symbolInWord ? swap : ch;
    }
    return out;
  });
}

function tidyClause(clause: string): string {
  return clause
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The shared first steps: Unicode, case, invisible characters, look-alike letters, Indian digits. */
export function foldCharacters(raw: string): string {
  return mapIndicDigits(
    raw
      .normalize('NFKC')
      .toLowerCase()
      .replace(INVISIBLES, '')
      .replace(DEVANAGARI_NUKTA, '')
      .replace(HOMOGLYPH_CHARS, (ch) => HOMOGLYPHS[ch] ?? ch),
  );
}

export function foldPosting(raw: string): FoldedText {
  let text = foldCharacters(raw);
  text = text.replace(/n['’]t(?![\p{L}])/gu, ' not');
  text = canonicalAmounts(text);
  text = joinScatteredLetters(text);
  text = undoLeet(text);
  // Split keeping each break, so a sentence knows whether it ended in "?" (an FAQ's question asks nothing).
  const parts = text.split(SENTENCE_BREAK_KEPT);
  const sentences: string[][] = [];
  const questions: boolean[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const clauses = (parts[i] ?? '').split(CLAUSE_BREAK).map(tidyClause).filter(Boolean);
    if (!clauses.length) continue;
    sentences.push(clauses);
    questions.push((parts[i + 1] ?? '').includes('?'));
  }
  const squashed = text.replace(/[^\p{L}\p{M}]/gu, '');
  return { clauses: sentences.flat(), sentences, squashed, questions };
}

/** The folded clauses joined with " | ", for display and tests. */
export function foldText(raw: string): string {
  return foldPosting(raw).clauses.join(' | ');
}
