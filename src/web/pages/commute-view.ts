// The commute on the results page (issue #21): the "I travel from" filter (a station and a limit in
// minutes, plain selects that work without JavaScript) and each card's trip, in the page's language,
// built from the trip's parts (stations and lines carry their own Hindi and Marathi names).
import { html } from 'ghtml';
import { loadTransit } from '../../modules/commute/index.ts';
import type { SearchItem, SearchQuery } from '../../modules/search/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import type { PageContext } from '../context.ts';
import { placeName } from '../format.ts';

/** Door-to-door limits a seeker can pick; a typed value not listed is kept. */
const MINUTE_CHOICES = [20, 30, 45, 60, 90];
/** The limit the panel shows (and so sends) until the seeker picks another. */
export const DEFAULT_COMMUTE_MIN = 60;

type Named = { name: string; name_hi?: string; name_mr?: string };
let names: { stations: Map<string, Named>; lines: Map<string, Named> } | undefined;
function transitNames() {
  if (!names) {
    const data = loadTransit();
    names = {
      stations: new Map(data.stations.map((s) => [s.slug, s])),
      lines: new Map(data.lines.map((l) => [l.slug, l as Named])),
    };
  }
  return names;
}

/** "26 min door to door · Central line: Dombivli → Thane", or the road estimate, and the cab note. */
export function commuteLine(ctx: PageContext, commute: NonNullable<SearchItem['commute']>): string {
  const { stations, lines } = transitNames();
  const parts: string[] = [ctx.t('search.commuteTrip', { minutes: commute.minutes })];
  for (const part of commute.route ?? []) {
    const p = part as { kind: string; line?: string; from?: string; to?: string };
    if (p.kind === 'ride' && p.line && p.from && p.to)
      parts.push(
        ctx.t('search.commuteRide', {
          line: placeName(ctx, lines.get(p.line), p.line),
          from: placeName(ctx, stations.get(p.from), p.from),
          to: placeName(ctx, stations.get(p.to), p.to),
        }),
      );
    if (p.kind === 'road') parts.push(ctx.t('search.commuteRoad'));
  }
  if (commute.cab_only) parts.push(ctx.t('search.commuteCab'));
  return html`<p class="commute">${parts.join(' · ')}</p>`;
}

const sortedStations = new Map<string, { slug: string; name: string }[]>();

/** The "I travel from" station and the limit, for the filters panel. */
/** A station ("Dombivli") or a city/locality origin ("Kalwa, Thane") in the page's language. */
function originName(ctx: PageContext, tax: TaxonomyView, from: string): string {
  const station = tax.stations.find((s) => s.slug === from);
  if (station) return placeName(ctx, station);
  const [citySlug, localitySlug] = from.split('/');
  const city = tax.cities.find((c) => c.slug === citySlug);
  const place = city?.localities.find((l) => l.slug === localitySlug);
  return place && city ? `${placeName(ctx, place)}, ${placeName(ctx, city)}` : from;
}

export function commuteFilters(
  ctx: PageContext,
  tax: TaxonomyView,
  query: SearchQuery,
  home?: string | null,
): string {
  const { t } = ctx;
  let stations = sortedStations.get(ctx.lang);
  if (!stations) {
    // Sorted once a language (collation is the costly part); station names never change at run time.
    const collator = new Intl.Collator(ctx.lang);
    stations = [...tax.stations]
      .map((s) => ({ slug: s.slug, name: placeName(ctx, s) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    sortedStations.set(ctx.lang, stations);
  }
  const minutes = [
    ...new Set([...MINUTE_CHOICES, ...(query.commute_max_min ? [query.commute_max_min] : [])]),
  ].sort((a, b) => a - b);
  // The default limit is shown but sent as an empty value (issue #20): a city or any other filter
  // never adds a commute limit the seeker did not choose; with a station the search applies it.
  const selected = query.commute_max_min ?? DEFAULT_COMMUTE_MIN;
  const chosen = query.commute_max_min !== undefined;
  // One tap for the seeker's home; an origin that is a locality ("thane/kalwa", from the API or the
  // home) is kept as it is, so applying the other filters never drops it.
  const from = query.commute_from;
  let marked = false;
  const mark = (value: string) => {
    if (marked || value !== from) return '';
    marked = true;
    return ' selected';
  };
  const first = [
    ...(home ? [{ slug: home, name: t('search.commuteHome', { place: originName(ctx, tax, home) }) }] : []),
    ...(from && from !== home && !tax.stations.some((s) => s.slug === from)
      ? [{ slug: from, name: originName(ctx, tax, from) }]
      : []),
  ];
  return html`<label for="f-from">${t('search.commuteFrom')}</label>
  <select id="f-from" name="commute_from"><option value="">${t('search.anyStation')}</option>!${[
    ...first,
    ...stations,
  ]
    .map((s) => html`<option value="${s.slug}"${mark(s.slug)}>${s.name}</option>`)
    .join('')}</select>
  <label for="f-mins">${t('search.commuteMax')}</label>
  <select id="f-mins" name="commute_max_min">!${minutes
    .map(
      (m) =>
        html`<option value="${m === selected && !chosen ? '' : m}"${m === selected ? ' selected' : ''}>${t('search.withinMin', { minutes: m })}</option>`,
    )
    .join('')}</select>`;
}
