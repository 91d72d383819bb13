// Owns cheap typo tolerance against Deskhire's own words ("custmer", "centar"), so they work without the database.
// Must never guess on short words or words with digits: a wrong guess silently changes what a seeker searched for.

import { conceptsByWord, vocabularyIndex } from './query-index.ts';
import { normaliseText } from './query-normalise.ts';

/** Typos allowed for a word of this many characters: none below 4, one up to 7, two from 8. */
export function maxTypoDistance(length: number): number {
  if (length < 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) over code points, so a Devanagari matra
 * counts as one character. Returns limit + 1 as soon as the answer is known to exceed the limit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current: number[] = [i];
    let rowBest = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length]!, limit + 1);
}

export interface WordCorrection {
  word: string;
  distance: number;
}

/**
 * The candidate closest to `word` within its typo budget. Ties go to a candidate with the same first
 * letter (people rarely mistype the first letter), then the closer length, then alphabetical order,
 * so the answer never depends on the order candidates were listed in.
 */
export function closestWord(
  word: string,
  candidates: Iterable<string>,
  options: { sameFirstLetter?: boolean } = {},
): WordCorrection | undefined {
  const length = Array.from(word).length;
  const limit = maxTypoDistance(length);
  if (limit === 0 || /\p{N}/u.test(word)) return undefined;
  const first = Array.from(word)[0];
  let best: { word: string; distance: number; rank: [number, number, string] } | undefined;
  for (const candidate of candidates) {
    if (candidate === word) return { word, distance: 0 };
    if (/\p{N}/u.test(candidate)) continue;
    const chars = Array.from(candidate);
    if (options.sameFirstLetter === true && chars[0] !== first) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    const rank: [number, number, string] = [
      chars[0] === first ? 0 : 1,
      Math.abs(chars.length - length),
      candidate,
    ];
    if (
      best === undefined ||
      distance < best.distance ||
      (distance === best.distance && before(rank, best.rank))
    ) {
      best = { word: candidate, distance, rank };
    }
  }
  return best === undefined ? undefined : { word: best.word, distance: best.distance };
}

function before(a: [number, number, string], b: [number, number, string]): boolean {
  if (a[0] !== b[0]) return a[0] < b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  return a[2] < b[2];
}

export interface VocabularyMatch {
  /** The vocabulary word it was read as. */
  word: string;
  distance: number;
  /** Concept ids using that word; concepts where it is a whole surface form come first. */
  concepts: string[];
}

/**
 * Reads one typed word as a vocabulary word, allowing Damerau–Levenshtein distance 1 for words of
 * 4–7 characters and 2 from 8 ("recepshonist" -> "receptionist"). Exact vocabulary words match at
 * distance 0 whatever their length. Stop words and place names are not vocabulary here.
 */
export function fuzzyVocabularyMatch(word: string): VocabularyMatch | undefined {
  const normalised = normaliseText(word);
  if (normalised === '' || normalised.includes(' ')) return undefined;
  const exact = conceptsByWord.get(normalised);
  if (exact !== undefined) return { word: normalised, distance: 0, concepts: [...exact] };
  const correction = closestWord(normalised, conceptsByWord.keys());
  if (correction === undefined) return undefined;
  return { ...correction, concepts: [...(conceptsByWord.get(correction.word) ?? [])] };
}

const withoutDigits = (words: Iterable<string>): string[] =>
  [...words].filter((word) => !/\p{N}/u.test(word));

/** Words of concept surface forms: what a typo may be corrected towards. */
export const conceptWords: readonly string[] = withoutDigits(conceptsByWord.keys());

/** Words that only occur in stop words ("naukri", "vacancy"). */
export const stopOnlyWords: readonly string[] = withoutDigits(vocabularyIndex.words).filter(
  (word) => !conceptsByWord.has(word),
);

/**
 * Whether "did you mean" may replace `typed` (a word no job carries) by `read` (the closest word the
 * jobs index knows, by trigram similarity). Trigrams alone call "nonsense" close to "non" and
 * "plumber" to "plus": a share of letters is no evidence of a typo. A correction needs
 * - an edit distance the length allows: the typo budget of maxTypoDistance, or about one edit in
 *   four letters towards a word of the domain's vocabulary ("custmr" -> "customer");
 * - no shortening to a prefix ("nonsense" -> "non"): that is another, shorter word, not a typo
 *   (one letter too many, "hdfcc", is a typo);
 * - the first letter kept, unless the corrected word is the domain's own (a typo rarely starts a word);
 * - a corrected word at least four letters long, since shorter ones are glue and abbreviations.
 */
export function correctionHasEvidence(typed: string, read: string): boolean {
  const t = Array.from(typed);
  const r = Array.from(read);
  if (r.length < 4 || t.length < 4) return false;
  if (r.length < t.length - 1 && typed.startsWith(read)) return false;
  const domain = conceptsByWord.has(read);
  // People rarely mistype a first letter; a job's own word ("river" for "driver") needs it kept.
  if (!domain && r[0] !== t[0]) return false;
  const longest = Math.max(t.length, r.length);
  const budget = domain
    ? Math.max(maxTypoDistance(t.length), Math.floor(longest / 4))
    : maxTypoDistance(t.length);
  return budget > 0 && editDistance(typed, read, budget) <= budget;
}
