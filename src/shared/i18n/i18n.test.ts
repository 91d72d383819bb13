// Catalogue completeness across English, Hindi and Marathi, and the number/date conventions.
// Every namespace file (en/core.json, en/<module>.json ...) must exist in every language with the
// same keys and the same {{placeholders}}: a page never falls back to English half-way.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, LANGUAGES, type Lang, translator } from './index.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const files = (lang: Lang) => readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json'));
const load = (lang: Lang, file: string) =>
  flatten(JSON.parse(readFileSync(path.join(dir, lang, file), 'utf8')) as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
/** Plural variants count as one key: languages differ in which forms they need. */
const baseKeys = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));

const allFiles = [...new Set(LANGUAGES.flatMap(files))].sort();

describe('message catalogues', () => {
  it.each(allFiles)('%s exists in every language', (file) => {
    const missing = LANGUAGES.filter((l) => !files(l).includes(file));
    expect(missing, `${file} is missing for ${missing.join(', ')}`).toEqual([]);
  });

  it.each(allFiles)('%s has the same keys in every language', (file) => {
    const present = LANGUAGES.filter((l) => files(l).includes(file));
    const keys = Object.fromEntries(present.map((l) => [l, baseKeys(load(l, file))]));
    const union = new Set(present.flatMap((l) => [...keys[l]!]));
    const gaps = present.flatMap((l) =>
      [...union].filter((k) => !keys[l]!.has(k)).map((k) => `${l}/${file}: ${k}`),
    );
    expect(gaps).toEqual([]);
  });

  it.each(allFiles)('%s has every plural form each language needs, and no empty text', (file) => {
    const problems: string[] = [];
    for (const lang of LANGUAGES.filter((l) => files(l).includes(file))) {
      const flat = load(lang, file);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of new Set(
        [...flat.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      )) {
        for (const c of categories)
          if (!flat.has(`${base}_${c}`)) problems.push(`${lang}/${file}: ${base}_${c}`);
      }
      for (const [k, v] of flat) if (!v.trim()) problems.push(`${lang}/${file}: ${k} is empty`);
    }
    expect(problems).toEqual([]);
  });

  it.each(allFiles)('%s uses the same {{placeholders}} in every language', (file) => {
    const present = LANGUAGES.filter((l) => files(l).includes(file));
    const en = load('en', file);
    const problems: string[] = [];
    for (const lang of present.filter((l) => l !== 'en')) {
      const other = load(lang, file);
      for (const [k, v] of other) {
        const enValue = en.get(k) ?? en.get(`${k.replace(PLURAL, '')}_other`);
        if (enValue !== undefined && placeholders(enValue).join() !== placeholders(v).join())
          problems.push(
            `${lang}/${file}: ${k} has {{${placeholders(v).join(',')}}}, en has {{${placeholders(enValue).join(',')}}}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('Hindi and Marathi pages are really translated, not English fallbacks', () => {
    expect(translator('hi')('home.search')).toBe('नौकरी खोजें');
    expect(translator('mr')('home.search')).toBe('नोकरी शोधा');
    expect(translator('mr')('search.results', { count: 2, formatted: '2' })).toBe('2 नोकऱ्या');
  });
});

describe('Indian number and date formatting', () => {
  it('groups lakhs and crores with Latin digits in every language, so salaries read the same', () => {
    for (const lang of LANGUAGES) {
      expect(formatNumber(1500000, lang)).toBe('15,00,000');
      expect(formatNumber(12345678, lang)).toBe('1,23,45,678');
    }
  });

  it('writes dates in India time with the month in the page language and Latin digits', () => {
    // 20:00 UTC on 31 Jan is already 1 Feb in India.
    const d = '2026-01-31T20:00:00Z';
    expect(formatDate(d, 'en')).toBe('1 Feb 2026');
    expect(formatDate(d, 'hi')).toBe('1 फ़र॰ 2026');
    expect(formatDate(d, 'mr')).toBe('1 फेब्रु, 2026');
    for (const lang of LANGUAGES) expect(formatDate(d, lang)).not.toMatch(/[०-९]/);
  });
  it('writes a date and time (an interview) in India time in the reader’s language', () => {
    const d = '2026-12-03T05:00:00Z';
    expect(formatDateTime(d, 'en')).toBe('3 Dec 2026, 10:30 am');
    // Hindi and Marathi name the part of the day, as people say it, instead of am/AM.
    expect(formatDateTime(d, 'hi')).toBe('3 दिस॰ 2026, सुबह 10:30');
    expect(formatDateTime(d, 'mr')).toBe('3 डिसें, 2026, सकाळी 10:30');
  });
  it('numbers interpolated into messages are grouped the Indian way, and plurals still follow them', () => {
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      expect(t('trust.moderation.reports', { count: 125000 })).toContain('1,25,000');
      expect(t('web.activeFilters', { count: 1 })).not.toBe(t('web.activeFilters', { count: 2 }));
      expect(t('web.activeFilters', { count: 2500 })).toBe(
        t('web.activeFilters', { count: 2 }).replace('2', '2,500'),
      );
    }
  });
});
