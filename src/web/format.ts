// Shared display helpers for job facts: salary the Indian way, experience, labels of enums.
import { html } from 'ghtml';
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import { formatLpa, formatNumber, type Lang, translator } from '../shared/i18n/index.ts';
import type { PageContext } from './context.ts';

export function salaryText(
  ctx: PageContext,
  min: number | null,
  max: number | null,
): { monthly: string; annual: string } {
  if (min === null || max === null) return { monthly: ctx.t('job.notDisclosed'), annual: '' };
  return {
    monthly: ctx.t('job.salaryMonthly', {
      min: formatNumber(min, ctx.lang),
      max: formatNumber(max, ctx.lang),
    }),
    // "1.8–2.6 lakh a year", not "1.8 – 2.6 LPA a year" (LPA already says "per annum").
    annual: ctx.t('journeys.pay.annual', {
      min: formatLpa(min).replace(' LPA', ''),
      max: formatLpa(max).replace(' LPA', ''),
    }),
  };
}

export function experienceText(ctx: PageContext, min: number, max: number | null): string {
  if (min === 0 && (max === null || max <= 1)) return ctx.t('job.fresher');
  return max === null ? ctx.t('job.yearsPlus', { min }) : ctx.t('job.years', { min, max });
}

export const enumLabel = (ctx: PageContext, kind: string, value: string) =>
  ctx.t(`enum.${kind}.${value}`, { defaultValue: value });

/**
 * Job text is shown in the language it was written in, never machine-translated. Latin-script text
 * is marked `lang="en"` so a screen reader on a Hindi page reads it with an English voice; text in
 * Devanagari could be Hindi or Marathi, so it keeps the page's language.
 */
export function contentLang(text: string): string | undefined {
  return /[\u0900-\u097f]/.test(text) ? undefined : 'en';
}

export const langAttr = (ctx: PageContext, text: string): string => {
  const l = contentLang(text);
  return l && l !== ctx.lang ? ` lang="${l}"` : '';
};

/** Inline employer-written text: in a `<span lang="en">` only where its language differs from the page's. */
export const employerText = (ctx: PageContext, text: string): string => {
  const l = langAttr(ctx, text);
  return l ? html`<span!${l}>${text}</span>` : html`${text}`;
};

/** Reference places carry Hindi and Marathi names (src/shared/reference/localities.json). */
export function placeName(
  ctx: PageContext,
  place: { name: string; name_hi?: string | null; name_mr?: string | null } | undefined,
  fallback = '',
): string {
  if (!place) return fallback;
  if (ctx.lang === 'hi') return place.name_hi || place.name;
  if (ctx.lang === 'mr') return place.name_mr || place.name;
  return place.name;
}

/** "Powai, Mumbai" in the page's language, from the taxonomy; the stored English names otherwise. */
export function whereText(
  ctx: PageContext,
  tax: TaxonomyView,
  job: { city: string; city_name: string; locality: string; locality_name: string },
): string {
  const city = tax.cities.find((c) => c.slug === job.city);
  const locality = city?.localities.find((l) => l.slug === job.locality);
  return `${placeName(ctx, locality, job.locality_name)}, ${placeName(ctx, city, job.city_name)}`;
}

const localised = new WeakMap<TaxonomyView, Partial<Record<Lang, TaxonomyView>>>();

/**
 * The taxonomy with its platform vocabulary (categories, roles, sectors, industries, education,
 * work modes, shifts, languages, perks) named in the page's language, from the catalogues
 * (`landing.role`, `enum.*`, `ref.*` in i18n/<lang>/). Slugs, cities and localities are unchanged
 * (places carry their own Hindi and Marathi names: use `placeName`). Job text is never translated.
 * Derived from read-only reference data, so it is kept per taxonomy object and language.
 */
export function localTaxonomy(tax: TaxonomyView, lang: Lang): TaxonomyView {
  if (lang === 'en') return tax;
  const cached = localised.get(tax)?.[lang];
  if (cached) return cached;
  const t = translator(lang);
  const name = <T extends { slug: string; name: string }>(rows: T[], key: string): T[] =>
    rows.map((r) => ({ ...r, name: t(`${key}.${r.slug}`, { defaultValue: r.name }) }));
  const view: TaxonomyView = {
    ...tax,
    categories: name(tax.categories, 'enum.category'),
    roles: name(tax.roles, 'landing.role'),
    sectors: name(tax.sectors, 'ref.sector'),
    industries: name(tax.industries, 'ref.industry'),
    education_levels: name(tax.education_levels, 'enum.education'),
    work_modes: name(tax.work_modes, 'enum.work_mode'),
    shifts: name(tax.shifts, 'enum.shift'),
    languages: name(tax.languages, 'ref.language'),
    perks: name(tax.perks, 'ref.perk'),
  };
  localised.set(tax, { ...localised.get(tax), [lang]: view });
  return view;
}

/** A skill slug ("ms-excel") as its label in the page's language. */
export const skillLabel = (ctx: PageContext, slug: string) =>
  ctx.t(`ref.skill.${slug}`, { defaultValue: slug.replaceAll('-', ' ') });

/** "Kharadi, Pune" in the page's language from stored English names (rows that carry no slugs). */
export function placeByName(
  ctx: PageContext,
  tax: TaxonomyView | undefined,
  cityName: string | null,
  localityName: string | null,
): string {
  const city = tax?.cities.find((c) => c.name === cityName);
  const locality = city?.localities.find((l) => l.name === localityName);
  return [placeName(ctx, locality, localityName ?? ''), placeName(ctx, city, cityName ?? '')]
    .filter(Boolean)
    .join(', ');
}

/**
 * An Indian mobile number as people write it ("+91 97100 00393"), for reading; links keep the plain
 * E.164 form (`tel:+919710000393`). Anything else is shown as stored.
 */
export function phoneText(phone: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(phone);
  return m ? `+91 ${m[1]} ${m[2]}` : phone;
}
