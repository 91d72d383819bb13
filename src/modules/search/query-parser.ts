// Owns reading a seeker's search box into structure: required word groups, filters, boosts and an explanation.
// Must never touch the database or build SQL, and must never throw on what a seeker types.

import {
  closestWord,
  conceptWords,
  editDistance,
  stopOnlyWords,
  type WordCorrection,
} from './query-fuzzy.ts';
import { type PhraseEntry, type PhraseIndex, placeIndex, vocabularyIndex } from './query-index.ts';
import { tokeniseQuery } from './query-normalise.ts';
import { readPay } from './query-pay.ts';
import { refine } from './query-refine.ts';
import type {
  Explained,
  Gazetteer,
  GazetteerCity,
  GazetteerLocality,
  ParsedQuery,
  QueryGroup,
  SoftField,
} from './query-types.ts';
import {
  type CategorySlug,
  type Concept,
  EDUCATION_RANK,
  type EducationSlug,
  LANGUAGE_LEVEL_RANK,
  type LanguageRequirement,
  type LanguageSlug,
  SHIFT_ORDER,
  type ShiftSlug,
  type WorkModeSlug,
} from './vocabulary.ts';

export { fuzzyVocabularyMatch, type VocabularyMatch } from './query-fuzzy.ts';
export { MAX_QUERY_CHARS, MAX_QUERY_TERMS, normaliseText } from './query-normalise.ts';
export type * from './query-types.ts';

/** How far "near Andheri" reaches: a short commute in Mumbai traffic, wide enough for a sparse suburb. */
export const LOCALITY_RADIUS_KM = 5;

const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'saal', 'sal', 'varsh', 'वर्ष', 'वर्षे', 'साल']);
const EXPERIENCE_WORDS = new Set(['experience', 'exp', 'anubhav', 'अनुभव']);
const MAX_YEARS = 40;

type Match =
  | { kind: 'phrase'; typed: string; read: string; entries: PhraseEntry[] }
  | { kind: 'experience'; typed: string; years: number }
  | { kind: 'word'; typed: string };

export function parseQuery(raw: string, gazetteer: Gazetteer): ParsedQuery {
  const places = placeIndex(gazetteer);
  // Pay is read first, from the raw text, since "2.5 lpa" and "18,000" lose their meaning as words.
  const pay = readPay(raw);
  const typed = tokeniseQuery(pay?.rest ?? raw);
  const read = typed.map((word) => correctTypo(word, places));
  return refine(assemble(matchPhrases(typed, read, places)), pay);
}

function isKnownWord(word: string, places: PhraseIndex): boolean {
  return vocabularyIndex.words.has(word) || places.words.has(word);
}

/**
 * Stricter than fuzzyVocabularyMatch, because here a wrong guess changes the results silently. People rarely
 * mistype a first letter, while ordinary words one letter from ours are common ("june" / "pune",
 * "food" / "good", "cops" / "ops"), so a correction keeps the first letter unless the word is long, and a
 * short word is never corrected into a stop word (that would drop it from the search).
 */
function correctTypo(word: string, places: PhraseIndex): string {
  if (isKnownWord(word, places)) return word;
  const long = Array.from(word).length > 5;
  const candidates = [
    closestWord(word, conceptWords, { sameFirstLetter: !long }),
    closestWord(word, places.words, { sameFirstLetter: true }),
    long ? closestWord(word, stopOnlyWords, { sameFirstLetter: true }) : undefined,
  ];
  let best: WordCorrection | undefined;
  for (const candidate of candidates) {
    if (candidate !== undefined && (best === undefined || candidate.distance < best.distance))
      best = candidate;
  }
  return best?.word ?? word;
}

function lookup(phrase: string, places: PhraseIndex): PhraseEntry[] {
  return [...(vocabularyIndex.phrases.get(phrase) ?? []), ...(places.phrases.get(phrase) ?? [])];
}

/**
 * Longest match first, so "navi mumbai" is one place and "back office" one idea. Matching runs on the
 * typo-corrected words, but a corrected word that still matches nothing goes back to what was typed:
 * "bank" is one letter from "back", and must stay "bank".
 */
function matchPhrases(typed: string[], read: string[], places: PhraseIndex): Match[] {
  const matches: Match[] = [];
  const longest = Math.max(vocabularyIndex.longest, places.longest);
  let i = 0;
  while (i < typed.length) {
    const experience = matchExperience(read, i);
    if (experience !== undefined) {
      matches.push({
        kind: 'experience',
        typed: typed.slice(i, i + experience.length).join(' '),
        years: experience.years,
      });
      i += experience.length;
      continue;
    }
    let length = Math.min(longest, typed.length - i);
    for (; length > 0; length--) {
      const phrase = read.slice(i, i + length).join(' ');
      const entries = lookup(phrase, places);
      const typedPhrase = typed.slice(i, i + length).join(' ');
      if (entries.length > 0 && !dropsShortWord(typedPhrase, phrase, entries)) {
        matches.push({ kind: 'phrase', typed: typedPhrase, read: phrase, entries });
        break;
      }
      const near = length > 1 ? nearPhrase(read.slice(i, i + length), places) : undefined;
      if (near) {
        matches.push({ kind: 'phrase', typed: typedPhrase, read: near.read, entries: near.entries });
        break;
      }
    }
    if (length === 0) {
      matches.push({ kind: 'word', typed: typed[i] ?? '' });
      length = 1;
    }
    i += length;
  }
  return matches;
}

/**
 * A phrase of several words where one word is unknown and one typo away from the word that makes the
 * whole phrase a concept: "bak office" -> "back office". Words of three letters are too short to
 * correct alone (they could be anything), but inside a phrase the other words say what was meant. A
 * known word is never changed ("bank office" stays), and only one correction may fit.
 */
function nearPhrase(
  words: string[],
  places: PhraseIndex,
): { read: string; entries: PhraseEntry[] } | undefined {
  const unknown = words.flatMap((w, at) => (isKnownWord(w, places) ? [] : [at]));
  if (unknown.length !== 1) return undefined;
  const at = unknown[0]!;
  const typo = words[at]!;
  if (Array.from(typo).length < 3 || /\p{N}/u.test(typo)) return undefined;
  const fits: { read: string; entries: PhraseEntry[] }[] = [];
  for (const candidate of conceptWords) {
    if (candidate[0] !== typo[0] || editDistance(typo, candidate, 1) > 1) continue;
    const read = words.map((w, k) => (k === at ? candidate : w)).join(' ');
    const entries = lookup(read, places).filter((e) => e.kind === 'concept');
    if (entries.length) fits.push({ read, entries });
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/** A short word corrected into a stop word ("word" -> "work") would vanish from the search: keep it. */
function dropsShortWord(typed: string, read: string, entries: PhraseEntry[]): boolean {
  return typed !== read && Array.from(typed).length <= 5 && entries.every((entry) => entry.kind === 'stop');
}

/** "2 years", "3 yrs experience", "1 saal": the seeker's own experience. */
function matchExperience(read: string[], at: number): { years: number; length: number } | undefined {
  const count = read[at];
  const unit = read[at + 1];
  if (count === undefined || unit === undefined || !/^\d{1,2}$/.test(count) || !YEAR_WORDS.has(unit)) {
    return undefined;
  }
  const years = Number(count);
  if (years > MAX_YEARS) return undefined;
  const after = read[at + 2];
  return { years, length: after !== undefined && EXPERIENCE_WORDS.has(after) ? 3 : 2 };
}

interface Draft {
  groups: QueryGroup[];
  conceptIds: Set<string>;
  categories: Set<CategorySlug>;
  workModes: Set<WorkModeSlug>;
  shifts: Set<ShiftSlug>;
  /** Shifts the seeker named ("us shift"), which replace the ones a role concept implies. */
  statedShifts: Set<ShiftSlug>;
  voices: Set<boolean>;
  languages: Map<LanguageSlug, LanguageRequirement>;
  wishes: Set<string>;
  experience?: number;
  education?: EducationSlug;
  nearMe: boolean;
  city?: GazetteerCity;
  locality?: { city: GazetteerCity; locality: GazetteerLocality };
  ignored: string[];
  explanation: string[];
  explained: Explained[];
}

function assemble(matches: Match[]): ParsedQuery {
  const draft: Draft = {
    groups: [],
    conceptIds: new Set(),
    categories: new Set(),
    workModes: new Set(),
    shifts: new Set(),
    statedShifts: new Set(),
    voices: new Set(),
    languages: new Map(),
    wishes: new Set(),
    nearMe: false,
    ignored: [],
    explanation: [],
    explained: [],
  };
  const namedCities = new Set<string>();
  for (const match of matches) {
    if (match.kind !== 'phrase') continue;
    const first = match.entries[0];
    if (first?.kind === 'city') namedCities.add(first.city.slug);
  }

  for (const match of matches) {
    if (match.kind === 'experience') {
      draft.experience = Math.max(draft.experience ?? 0, match.years);
      const years = match.years === 1 ? '1 year' : `${match.years} years`;
      say(
        draft,
        'experience',
        { typed: match.typed, years: match.years },
        `'${match.typed}' -> jobs open to someone with ${years} of experience`,
      );
    } else if (match.kind === 'word') {
      addWord(draft, match.typed);
    } else {
      addPhrase(draft, match, namedCities);
    }
  }
  if (draft.ignored.length > 0) {
    say(
      draft,
      'ignored',
      { words: draft.ignored.join(', ') },
      `ignored: ${draft.ignored.map((word) => `'${word}'`).join(', ')}`,
    );
  }
  return finish(draft);
}

/** One line of how the query was read: English text, and a code with params for other languages. */
function say(draft: Draft, code: string, params: Explained['params'], text: string): void {
  draft.explanation.push(text);
  draft.explained.push({ code, params, text });
}

function addWord(draft: Draft, word: string): void {
  // One letter or a bare one- or two-digit number narrows nothing a seeker meant to narrow.
  if (Array.from(word).length === 1 || /^\d{1,2}$/.test(word)) {
    draft.ignored.push(word);
    return;
  }
  if (draft.groups.some((group) => group.source === word)) return;
  draft.groups.push({ source: word, terms: [word], roles: [] });
  say(draft, 'word', { word }, `'${word}' -> jobs mentioning '${word}'`);
}

function addPhrase(
  draft: Draft,
  match: { typed: string; read: string; entries: PhraseEntry[] },
  namedCities: Set<string>,
): void {
  const entry = pickEntry(match.entries, namedCities);
  const readAs = match.read === match.typed ? '' : ` (read as '${match.read}')`;
  if (entry.kind === 'stop') {
    draft.ignored.push(match.typed);
  } else if (entry.kind === 'concept') {
    addConcept(draft, entry.concept, match.read);
    say(
      draft,
      'concept',
      { typed: match.typed, label: entry.concept.label, read: match.read },
      `'${match.typed}' -> ${entry.concept.label}${readAs}`,
    );
  } else if (entry.kind === 'city') {
    if (draft.city === undefined) {
      draft.city = entry.city;
      say(
        draft,
        'city',
        { typed: match.typed, city: entry.city.name, read: match.read },
        `'${match.typed}' -> jobs in ${entry.city.name}${readAs}`,
      );
    } else if (draft.city.slug !== entry.city.slug) {
      say(
        draft,
        'one_place',
        { typed: match.typed, kept: placeName(draft) },
        `'${match.typed}' ignored: one place at a time, kept ${placeName(draft)}`,
      );
    }
  } else if (
    draft.locality === undefined &&
    (draft.city === undefined || draft.city.slug === entry.city.slug)
  ) {
    draft.city = entry.city;
    draft.locality = { city: entry.city, locality: entry.locality };
    say(
      draft,
      'locality',
      {
        typed: match.typed,
        locality: entry.locality.name,
        city: entry.city.name,
        km: LOCALITY_RADIUS_KM,
        read: match.read,
      },
      `'${match.typed}' -> near ${entry.locality.name}, ${entry.city.name} (within ${LOCALITY_RADIUS_KM} km)${readAs}`,
    );
  } else {
    say(
      draft,
      'one_place',
      { typed: match.typed, kept: placeName(draft) },
      `'${match.typed}' ignored: one place at a time, kept ${placeName(draft)}`,
    );
  }
}

function placeName(draft: Draft): string {
  if (draft.locality !== undefined) return `${draft.locality.locality.name}, ${draft.locality.city.name}`;
  return draft.city?.name ?? '';
}

/** A concept beats a place beats a stop word; a locality in a city the query also names beats one elsewhere. */
function pickEntry(entries: PhraseEntry[], namedCities: Set<string>): PhraseEntry {
  const concept = entries.find((entry) => entry.kind === 'concept');
  if (concept !== undefined) return concept;
  const city = entries.find((entry) => entry.kind === 'city');
  if (city !== undefined) return city;
  const localities = entries.filter((entry) => entry.kind === 'locality');
  const inNamedCity = localities.find((entry) => namedCities.has(entry.city.slug));
  return inNamedCity ?? localities[0] ?? entries[0] ?? { kind: 'stop' };
}

function addConcept(draft: Draft, concept: Concept, read: string): void {
  const seen = draft.conceptIds.has(concept.id);
  draft.conceptIds.add(concept.id);
  if (concept.terms !== undefined && !seen) {
    draft.groups.push({
      source: read,
      terms: unique([...concept.terms, read]),
      roles: [...(concept.roles ?? [])],
      concept: concept.id,
    });
  }
  if (concept.category !== undefined) draft.categories.add(concept.category);
  if (concept.work_mode !== undefined) draft.workModes.add(concept.work_mode);
  const stated = !concept.roles?.length;
  for (const shift of concept.shifts ?? []) (stated ? draft.statedShifts : draft.shifts).add(shift);
  if (concept.voice !== undefined) draft.voices.add(concept.voice);
  for (const language of concept.languages ?? []) {
    const known = draft.languages.get(language.slug);
    if (known === undefined || LANGUAGE_LEVEL_RANK[language.level] > LANGUAGE_LEVEL_RANK[known.level]) {
      draft.languages.set(language.slug, language);
    }
  }
  // Several experience or education words: trust the most generous one, an empty page helps nobody.
  if (concept.experience_max !== undefined) {
    draft.experience = Math.max(draft.experience ?? 0, concept.experience_max);
  }
  if (
    concept.education !== undefined &&
    (draft.education === undefined || EDUCATION_RANK[concept.education] > EDUCATION_RANK[draft.education])
  ) {
    draft.education = concept.education;
  }
  if (concept.near_me === true) draft.nearMe = true;
  if (concept.wish !== undefined) draft.wishes.add(concept.wish);
}

function finish(draft: Draft): ParsedQuery {
  const parsed: ParsedQuery = {
    text: draft.groups.map((group) => group.source).join(' '),
    termGroups: draft.groups.map((group) => [...group.terms]),
    groups: draft.groups,
    roles: unique(draft.groups.flatMap((group) => group.roles)),
    soft: [],
    explanation: draft.explanation,
    explained: draft.explained,
  };
  // Asking for two categories or two work modes at once means either will do, so neither filters.
  const category = only(draft.categories);
  if (category !== undefined) parsed.category = category;
  else if (draft.categories.size > 1)
    say(draft, 'both_categories', {}, 'customer service and back office both asked for: showing both');
  const workMode = only(draft.workModes);
  if (workMode !== undefined) parsed.work_mode = workMode;
  else if (draft.workModes.size > 1)
    say(draft, 'several_work_modes', {}, 'several work modes asked for: showing all');
  if (draft.experience !== undefined) parsed.experience_max = draft.experience;
  if (draft.education !== undefined) parsed.education = draft.education;
  if (draft.city !== undefined) parsed.city = draft.city.slug;
  if (draft.locality !== undefined) {
    const { city, locality } = draft.locality;
    parsed.locality = {
      city: city.slug,
      slug: locality.slug,
      name: locality.name,
      lat: locality.lat,
      lng: locality.lng,
      radius_km: LOCALITY_RADIUS_KM,
    };
  }
  if (draft.nearMe) parsed.near_me = true;

  const soft: SoftField[] = [];
  const shifts = draft.statedShifts.size > 0 ? draft.statedShifts : draft.shifts;
  if (shifts.size > 0) {
    parsed.shifts = SHIFT_ORDER.filter((shift) => shifts.has(shift));
    soft.push('shifts');
  }
  const voice = only(draft.voices);
  if (voice !== undefined) {
    parsed.voice = voice;
    soft.push('voice');
  } else if (draft.voices.size > 1) {
    say(draft, 'both_voice', {}, 'voice and non-voice both asked for: showing both');
  }
  if (draft.languages.size > 0) {
    parsed.languages = [...draft.languages.values()];
    soft.push('languages');
  }
  parsed.soft = soft;
  if (draft.wishes.size > 0) parsed.wishes = [...draft.wishes].sort();
  return parsed;
}

function only<T>(values: Set<T>): T | undefined {
  if (values.size !== 1) return undefined;
  return values.values().next().value;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
