import { readFileSync } from 'node:fs';
import type { Static } from 'typebox';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalogue, LANGUAGES as UI_LANGUAGES } from '../i18n/index.ts';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  EDUCATION_RANK,
  INDUSTRIES,
  LABELLED_ENUMS,
  LABELLED_REFERENCE,
  LANGUAGE_LEVELS,
  LANGUAGES,
  literals,
  PERKS,
  ROLES,
  SECTORS,
  SHIFTS,
  type Shift,
  SKILLS,
  WORK_MODES,
} from './enums.ts';

// Read as the migration reads it (not through an import the bundler could cache differently).
const taxonomy = JSON.parse(readFileSync(new URL('./taxonomy.json', import.meta.url), 'utf8')) as Record<
  string,
  ({ slug: string; rank?: number } | string)[]
>;
const slugs = (list: string) =>
  (taxonomy[list] ?? []).map((row) => (typeof row === 'string' ? row : row.slug));

describe('reference data has one source', () => {
  it('every as-const list holds exactly the slugs of taxonomy.json, in its order', () => {
    expect([...CATEGORIES]).toEqual(slugs('categories'));
    expect([...ROLES]).toEqual(slugs('roles'));
    expect([...SECTORS]).toEqual(slugs('sectors'));
    expect([...INDUSTRIES]).toEqual(slugs('industries'));
    expect([...EDUCATION_LEVELS]).toEqual(slugs('education_levels'));
    expect([...WORK_MODES]).toEqual(slugs('work_modes'));
    expect([...SHIFTS]).toEqual(slugs('shifts'));
    expect([...LANGUAGES]).toEqual(slugs('languages'));
    expect([...LANGUAGE_LEVELS]).toEqual(slugs('language_levels'));
    expect([...SKILLS]).toEqual(slugs('skills'));
    expect([...PERKS]).toEqual(slugs('perks'));
  });

  it('an education level ranks as taxonomy.json says (the tables and jobs.education_rank use it)', () => {
    expect(Object.entries(EDUCATION_RANK)).toEqual(
      (taxonomy.education_levels as { slug: string; rank: number }[]).map((l) => [l.slug, l.rank]),
    );
  });

  it('every value a page shows has a label in English, Hindi and Marathi, and no label is left over', () => {
    for (const lang of UI_LANGUAGES) {
      const cat = catalogue(lang) as { enum: Record<string, object>; ref: Record<string, object> };
      for (const [kind, values] of Object.entries(LABELLED_ENUMS))
        expect(Object.keys(cat.enum[kind] ?? {}).sort(), `${lang} enum.${kind}`).toEqual([...values].sort());
      for (const [kind, values] of Object.entries(LABELLED_REFERENCE))
        expect(Object.keys(cat.ref[kind] ?? {}).sort(), `${lang} ref.${kind}`).toEqual([...values].sort());
    }
  });

  it('the API schema of a list accepts its values only, and its static type is the union', () => {
    const schema = literals(SHIFTS);
    expect(schema.anyOf.map((s) => s.const)).toEqual([...SHIFTS]);
    expectTypeOf<Static<typeof schema>>().toEqualTypeOf<Shift>();
  });
});
