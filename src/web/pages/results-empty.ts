// What the results page offers when nothing matched: each filter in force as a one-tap link that
// drops it, the localities nearest the one searched (same words, same city), and a job alert for
// when such a job is posted. Every label in the page's language; links are plain GETs (no script).
import { html } from 'ghtml';
import type { SearchQuery, SearchResult } from '../../modules/search/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatNumber } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeName } from '../format.ts';

/** Query names that are not filters a seeker chose (paging, the panel flag, the language). */
const NOT_FILTERS = new Set(['q', 'cursor', 'open', 'lang', 'limit', 'sort', 'near']);

const ENUM_KIND: Record<string, string> = {
  category: 'category',
  work_mode: 'work_mode',
  shift: 'shift',
  education: 'education',
};

/** "Shift: Night" for one filter in force, in the page's language. */
function filterText(ctx: PageContext, tax: TaxonomyView, name: string, value: string): string {
  const { t } = ctx;
  const city = tax.cities.find((c) => c.slug === (ctx.query.get('city') ?? ''));
  switch (name) {
    case 'city':
      return `${t('home.cityLabel')}: ${placeName(
        ctx,
        tax.cities.find((c) => c.slug === value),
        value,
      )}`;
    case 'locality':
      return `${t('search.locality')}: ${placeName(
        ctx,
        city?.localities.find((l) => l.slug === value),
        value,
      )}`;
    case 'experience_max':
      return `${t('search.experience')}: ${value === '0' ? t('search.fresher') : t('search.expYears', { count: Number(value) })}`;
    case 'salary_min':
      return `${t('search.salaryMin')}: ₹${formatNumber(Number(value), ctx.lang)}`;
    case 'language':
      return `${t('search.language')}: ${tax.languages.find((l) => l.slug === value)?.name ?? value}`;
    case 'radius_km':
      return t('search.withinKm', { km: Number(value) });
    case 'posted_within':
      return `${t('journeys.search.posted')}: ${t('journeys.search.postedWithin', { count: Number(value) })}`;
    case 'verified':
      return t('journeys.search.verified');
    case 'role':
      return tax.roles.find((r) => r.slug === value)?.name ?? value;
    default: {
      const kind = ENUM_KIND[name];
      return kind
        ? `${t(`search.${name === 'work_mode' ? 'workMode' : name}`)}: ${enumLabel(ctx, kind, value)}`
        : value;
    }
  }
}

/** The searched locality (picked, or read from the words) and its city, if any. */
function searchedLocality(tax: TaxonomyView, query: SearchQuery, result: SearchResult) {
  if (query.city && query.locality) {
    const city = tax.cities.find((c) => c.slug === query.city);
    const locality = city?.localities.find((l) => l.slug === query.locality);
    return city && locality ? { city, locality } : undefined;
  }
  const read = result.understood_codes?.find((u) => u.code === 'locality');
  if (!read) return undefined;
  const city = tax.cities.find((c) => c.name === String(read.params.city ?? ''));
  const locality = city?.localities.find((l) => l.name === String(read.params.locality ?? ''));
  return city && locality ? { city, locality } : undefined;
}

/** Searches that always find jobs here, offered when the words found none. */
const COMMON_SEARCHES = ['customer support', 'call centre', 'data entry', 'back office'];

export function emptyResults(
  ctx: PageContext,
  tax: TaxonomyView,
  query: SearchQuery,
  result: SearchResult,
  base: URLSearchParams,
  /** The save-search form (or its sign-in line) from alerts.ts. */
  alertForm: string,
): string {
  const { t } = ctx;
  const without = (...names: string[]) => {
    const q = new URLSearchParams(base);
    for (const n of [...names, 'cursor', 'open']) q.delete(n);
    return `/jobs${q.size ? `?${q}` : ''}`;
  };
  const drops = [...base.entries()]
    .filter(([k, v]) => v !== '' && !NOT_FILTERS.has(k))
    .map(([k, v]) => {
      // A locality belongs to its city, and a radius to its locality: they go with it.
      const also = k === 'city' ? ['locality', 'radius_km'] : k === 'locality' ? ['radius_km'] : [];
      return html`<li><a class="chip-link" href="${without(k, ...also)}">${t('journeys.empty.drop', { filter: filterText(ctx, tax, k, v) })}</a></li>`;
    });
  const place = searchedLocality(tax, query, result);
  const nearby = place
    ? place.city.localities
        .filter((l) => l.slug !== place.locality.slug)
        .map((l) => ({ l, d: Math.hypot(l.lat - place.locality.lat, (l.lng - place.locality.lng) * 0.94) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 4)
        .map(({ l }) => {
          const q = new URLSearchParams();
          // The words stay: a picked locality wins over a place the words named.
          if (query.q) q.set('q', query.q);
          q.set('city', place.city.slug);
          q.set('locality', l.slug);
          return html`<li><a class="chip-link" href="/jobs?${q}">${placeName(ctx, l)}</a></li>`;
        })
    : [];
  // Words that found nothing, with no filter to drop: each word on its own, then common searches.
  const words = (query.q ?? '').split(/\s+/).filter((w) => w.length > 1);
  const tries =
    query.q && !drops.length && !nearby.length
      ? [...new Set([...(words.length > 1 ? words.slice(0, 3) : []), ...COMMON_SEARCHES])]
          .filter((w) => w.toLowerCase() !== query.q?.trim().toLowerCase())
          .slice(0, 7)
          .map(
            (w) =>
              html`<li><a class="chip-link" href="/jobs?${new URLSearchParams({ q: w })}" lang="${/^[\x20-\x7e]+$/.test(w) ? 'en' : ctx.lang}">${w}</a></li>`,
          )
      : [];
  return html`<div class="empty-state">
  <p><strong>${t('journeys.empty.title')}</strong></p>
  !${drops.length ? html`<h2>${t('journeys.empty.dropTitle')}</h2><ul class="chip-links">!${drops.join('')}</ul>` : ''}
  !${nearby.length ? html`<h2>${t('journeys.empty.nearbyTitle', { place: placeName(ctx, place?.locality) })}</h2><ul class="chip-links">!${nearby.join('')}</ul>` : ''}
  !${tries.length ? html`<h2>${t('seekerPhone.empty.tryTitle')}</h2><ul class="chip-links">!${tries.join('')}</ul>` : ''}
  !${query.q && !drops.length ? html`<p><a href="/jobs">${t('journeys.empty.allJobs')}</a></p>` : ''}
  !${
    // A seeker's form carries its own heading; a visitor's sign-in line needs one.
    alertForm && !ctx.user
      ? html`<h2>${t('journeys.empty.alertTitle')}</h2><p>${t('seekerPhone.empty.alertLead')}</p>!${alertForm}`
      : alertForm
  }
</div>`;
}
