// Owns turning whatever a seeker typed into a short list of plain, comparable words.
// Must never let an operator, quote or symbol through: its words end up in tsquery and trigram parameters.

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 12;

// A pasted essay should cost no more to normalise than a real query; 1,000 leaves room for
// NFKC expansion and stripped punctuation before the real 200-character cap.
const MAX_RAW_CHARS = 1000;

const DEVANAGARI_ZERO = 0x0966;

/**
 * NFKC, lower case, Devanagari digits as ASCII, dotted abbreviations joined ("b.com" -> "bcom"),
 * everything that is not a letter, combining mark or digit turned into a space, at most 200 characters.
 * Devanagari matras, virama and nukta survive because they are combining marks on a letter.
 */
export function normaliseText(raw: string): string {
  let text = Array.from(raw.slice(0, MAX_RAW_CHARS * 2))
    .slice(0, MAX_RAW_CHARS)
    .join('');
  text = text.normalize('NFKC').toLowerCase().normalize('NFKC');
  text = text.replace(/[\u0966-\u096f]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
  // Joiners only shape Devanagari conjuncts; keyboards differ on whether they send them.
  text = text.replace(/[\u200c\u200d]/g, '');
  // Apostrophes join rather than split, so "women's" does not leave a stray "s".
  text = text.replace(/['\u2018\u2019`]/g, '');
  text = text.replace(/(?<![\p{L}\p{M}\p{N}])(?:\p{L}\p{M}*\.)+[\p{L}\p{M}]*/gu, (abbreviation) =>
    abbreviation.replaceAll('.', ''),
  );
  // Enclosing marks and variation selectors belong to emoji and keycaps, never to words.
  text = text.replace(/[\p{Me}\p{Variation_Selector}]/gu, '');
  text = text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');
  // A mark with no letter before it is debris from a dropped symbol.
  text = text.replace(/(?<![\p{L}\p{M}])\p{M}+/gu, '');
  text = text.replace(/\s+/g, ' ').trim();
  return capLength(text);
}

function capLength(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= MAX_QUERY_CHARS) return text;
  const kept = chars.slice(0, MAX_QUERY_CHARS).join('');
  // Cutting inside a word would search for a fragment nobody typed.
  if (chars[MAX_QUERY_CHARS] === ' ') return kept.trim();
  const lastSpace = kept.lastIndexOf(' ');
  return lastSpace > 0 ? kept.slice(0, lastSpace).trim() : kept;
}

/** The normalised query as words, at most MAX_QUERY_TERMS of them, in the order typed. */
export function tokeniseQuery(raw: string): string[] {
  const text = normaliseText(raw);
  if (text === '') return [];
  return text.split(' ').slice(0, MAX_QUERY_TERMS);
}
