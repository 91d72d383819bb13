// The names inside "How we read your search" and the search notices, in the page's language: the
// search module explains itself with English reference names (a concept's label, a city, a locality);
// here each is looked up in the catalogues (journeys.concept.*) and the places' own hi / mr names.
// The seeker's own words (typed, read, word) are shown as typed.
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import type { PageContext } from '../context.ts';
import { placeName } from '../format.ts';

type Params = Record<string, string | number>;

/** The catalogue key of a concept label: its words joined by underscores. */
export const conceptKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

function cityNamed(ctx: PageContext, tax: TaxonomyView, name: string): string {
  return placeName(
    ctx,
    tax.cities.find((c) => c.name === name),
    name,
  );
}

function localityNamed(ctx: PageContext, tax: TaxonomyView, name: string, cityName?: string): string {
  for (const city of tax.cities) {
    if (cityName && city.name !== cityName) continue;
    const locality = city.localities.find((l) => l.name === name);
    if (locality) return placeName(ctx, locality);
  }
  return name;
}

/** "Powai, Mumbai" (the parser's place text) in the page's language. */
function placeText(ctx: PageContext, tax: TaxonomyView, text: string): string {
  const [first, city] = text.split(', ');
  if (city === undefined) {
    const asCity = cityNamed(ctx, tax, first ?? '');
    return asCity !== first ? asCity : localityNamed(ctx, tax, first ?? '');
  }
  return `${localityNamed(ctx, tax, first ?? '', city)}, ${cityNamed(ctx, tax, city)}`;
}

export function localNoticeParams(ctx: PageContext, tax: TaxonomyView, code: string, params: Params): Params {
  if (ctx.lang === 'en') return params;
  const s = (k: string) => String(params[k] ?? '');
  switch (code) {
    case 'concept':
      return {
        ...params,
        label: ctx.t(`journeys.concept.${conceptKey(s('label'))}`, { defaultValue: s('label') }),
      };
    case 'city':
      return { ...params, city: cityNamed(ctx, tax, s('city')) };
    case 'locality':
      return {
        ...params,
        locality: localityNamed(ctx, tax, s('locality'), s('city')),
        city: cityNamed(ctx, tax, s('city')),
      };
    case 'one_place':
      return { ...params, kept: placeText(ctx, tax, s('kept')) };
    case 'wider_radius':
      return { ...params, place: placeText(ctx, tax, s('place')) };
    default:
      return params;
  }
}
