// Owns the lookup tables the parser matches phrases against: vocabulary concepts, stop words, gazetteer places.
// Must never decide what a match means for the query; that belongs to the parser.

import { normaliseText } from './query-normalise.ts';
import type { Gazetteer, GazetteerCity, GazetteerLocality } from './query-types.ts';
import { CONCEPTS, type Concept } from './vocabulary.ts';
import { PLACE_NAMES } from './vocabulary-places.ts';
import { STOP_WORDS } from './vocabulary-stop-words.ts';

export type PhraseEntry =
  | { kind: 'concept'; concept: Concept }
  | { kind: 'stop' }
  | { kind: 'city'; city: GazetteerCity }
  | { kind: 'locality'; city: GazetteerCity; locality: GazetteerLocality };

export interface PhraseIndex {
  /** Normalised phrase -> what it can mean, in the order entries were added. */
  phrases: Map<string, PhraseEntry[]>;
  /** Every word of every phrase: a word outside this set is a candidate for typo correction. */
  words: Set<string>;
  /** Word count of the longest phrase, so matching knows where to start. */
  longest: number;
}

function emptyIndex(): PhraseIndex {
  return { phrases: new Map(), words: new Set(), longest: 1 };
}

/** A surface form and, for multi-word forms, the same words run together ("call centre" -> "callcentre"). */
export function spellings(form: string): string[] {
  const phrase = normaliseText(form);
  if (phrase === '') return [];
  return phrase.includes(' ') ? [phrase, phrase.replaceAll(' ', '')] : [phrase];
}

function add(index: PhraseIndex, form: string, entry: PhraseEntry): void {
  for (const phrase of spellings(form)) {
    const entries = index.phrases.get(phrase);
    if (entries === undefined) index.phrases.set(phrase, [entry]);
    else if (!entries.some((known) => sameEntry(known, entry))) entries.push(entry);
    const words = phrase.split(' ');
    for (const word of words) index.words.add(word);
    index.longest = Math.max(index.longest, words.length);
  }
}

function sameEntry(a: PhraseEntry, b: PhraseEntry): boolean {
  if (a.kind === 'concept' && b.kind === 'concept') return a.concept.id === b.concept.id;
  if (a.kind === 'city' && b.kind === 'city') return a.city.slug === b.city.slug;
  if (a.kind === 'locality' && b.kind === 'locality') {
    return a.city.slug === b.city.slug && a.locality.slug === b.locality.slug;
  }
  return a.kind === 'stop' && b.kind === 'stop';
}

function buildVocabularyIndex(): PhraseIndex {
  const index = emptyIndex();
  for (const concept of CONCEPTS) {
    for (const form of concept.forms) add(index, form, { kind: 'concept', concept });
  }
  for (const word of STOP_WORDS) add(index, word, { kind: 'stop' });
  return index;
}

export const vocabularyIndex: PhraseIndex = buildVocabularyIndex();

/** Concept ids per vocabulary word: concepts where the word is a whole form come first. */
export const conceptsByWord: ReadonlyMap<string, readonly string[]> = (() => {
  const whole = new Map<string, string[]>();
  const inside = new Map<string, string[]>();
  for (const concept of CONCEPTS) {
    for (const form of concept.forms) {
      for (const phrase of spellings(form)) {
        const words = phrase.split(' ');
        const target = words.length === 1 ? whole : inside;
        for (const word of words) {
          const ids = target.get(word) ?? [];
          if (!ids.includes(concept.id)) ids.push(concept.id);
          target.set(word, ids);
        }
      }
    }
  }
  const merged = new Map<string, string[]>();
  for (const [word, ids] of whole) merged.set(word, [...ids]);
  for (const [word, ids] of inside) {
    const known = merged.get(word) ?? [];
    for (const id of ids) if (!known.includes(id)) known.push(id);
    merged.set(word, known);
  }
  return merged;
})();

/** Every spelling of a gazetteer place, widened by any PLACE_NAMES row that shares one of them. */
function placeSpellings(place: {
  slug: string;
  name: string;
  aliases?: readonly string[];
  name_hi?: string;
  name_mr?: string;
}): string[] {
  const own = [place.slug.replaceAll('-', ' '), place.name, ...(place.aliases ?? [])];
  if (place.name_hi !== undefined) own.push(place.name_hi);
  if (place.name_mr !== undefined) own.push(place.name_mr);
  const normalised = new Set(own.map(normaliseText).filter((form) => form !== ''));
  for (const row of PLACE_NAMES) {
    const rowForms = row.map(normaliseText);
    if (rowForms.some((form) => normalised.has(form))) for (const form of rowForms) normalised.add(form);
  }
  return [...normalised];
}

function buildPlaceIndex(gazetteer: Gazetteer): PhraseIndex {
  const index = emptyIndex();
  // Cities first, so a name that is both a city and a locality ("thane") reads as the city.
  for (const city of gazetteer.cities) {
    for (const form of placeSpellings(city)) add(index, form, { kind: 'city', city });
  }
  for (const city of gazetteer.cities) {
    for (const locality of city.localities) {
      for (const form of placeSpellings(locality)) add(index, form, { kind: 'locality', city, locality });
    }
  }
  return index;
}

// The real gazetteer is loaded once and reused, so its index is built once per object.
const placeIndexes = new WeakMap<Gazetteer, PhraseIndex>();

export function placeIndex(gazetteer: Gazetteer): PhraseIndex {
  let index = placeIndexes.get(gazetteer);
  if (index === undefined) {
    index = buildPlaceIndex(gazetteer);
    placeIndexes.set(gazetteer, index);
  }
  return index;
}
