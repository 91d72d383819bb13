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

/** Words that turn a shift mention round ("no night shift", "रात्री नाही"): that occurrence says nothing. */
const NEGATIONS = new Set(['no', 'not', 'nahi', 'nahin', 'without', 'never', 'नाही', 'नहीं', 'नही']);

/** Shift concepts a description may state: night, US and UK hours (a day or rotational shift is the field's). */
const STATED_SHIFTS = new Set(['night', 'us', 'uk']);

interface Cue {
  form: string;
  slugs: string[];
  shift: boolean;
}

const CUES: readonly Cue[] = CONCEPTS.flatMap((c) => {
  if (c.roles?.length || c.terms?.length) return [];
  const languages = (c.languages ?? []).map((l) => l.slug as string);
  const shifts = (c.shifts ?? []).filter((s) => STATED_SHIFTS.has(s));
  // A concept of day or rotational shifts alone (or both kinds) is no night cue.
  if (shifts.length && (c.shifts ?? []).some((s) => !STATED_SHIFTS.has(s))) return [];
  const slugs = [...languages, ...shifts];
  if (!slugs.length) return [];
  return c.forms.map((form) => ({ form: normaliseText(form), slugs, shift: shifts.length > 0 }));
}).filter((cue) => cue.form.length > 1);

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
  for (const sentence of description.slice(0, 20_000).split(/[\n.!?।|•;]+/u)) {
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
  return pieces.filter(Boolean).join(' ');
}

/** The '+@' tokens of the languages and night / UK hours a description states, sorted. */
export function descriptionWishes(description: string): string[] {
  const slugs = new Set<string>(clockShifts(description.normalize('NFKC').toLowerCase()));
  const text = ` ${normalisedLong(description)} `;
  for (const cue of CUES) {
    const needle = ` ${cue.form} `;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const before = text
        .slice(Math.max(0, at - 40), at)
        .trim()
        .split(' ');
      const after = text
        .slice(at + needle.length, at + needle.length + 30)
        .trim()
        .split(' ');
      // "no night shift", "night shift nahi": a negated shift is none.
      const negated = [before.at(-1), after[0], after[1]].some((w) => NEGATIONS.has(w ?? ''));
      if (cue.shift && negated) continue;
      for (const slug of cue.slugs) slugs.add(slug);
      break;
    }
  }
  return [...slugs].sort().map(wishToken);
}
