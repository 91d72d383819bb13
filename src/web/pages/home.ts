// The home page: one search box, popular searches, cities. Works without JavaScript.
import { html } from 'ghtml';
import type { Services } from '../../services.ts';
import { formatNumber } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { localTaxonomy, placeName } from '../format.ts';
import { layout } from '../layout.ts';
import { landingPath } from '../seo.ts';

/** Example searches, each in the page's language (catalogue `seekerSteps.popular`); the search reads all three. */
const POPULAR = [
  'callCentre',
  'customerSupport',
  'dataEntry',
  'backOffice',
  'chatProcess',
  'workFromHome',
  'telecaller',
  'technicalSupport',
];

export async function homePage(ctx: PageContext, services: Services, publicUrl: string): Promise<string> {
  const { t } = ctx;
  const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
  const counts = await services.search.search({ limit: 1 });
  const cities = tax.cities.filter((c) => (counts.facets.city[c.name] ?? 0) > 0);
  const body = html`
<section class="hero">
  <h1>${t('home.title')}</h1>
  <p>${t('employerTruth.homeLead')}</p>
  <form method="get" action="/jobs" class="search" role="search">
    <label for="q">${t('home.searchLabel')}</label>
    <input id="q" name="q" type="search" placeholder="${t('home.searchPlaceholder')}" autocomplete="off" maxlength="200" enterkeyhint="search">
    <label for="city">${t('home.cityLabel')}</label>
    <select id="city" name="city">
      <option value="">${t('home.anyCity')}</option>
      !${tax.cities.map((c) => html`<option value="${c.slug}">${placeName(ctx, c)}</option>`).join('')}
    </select>
    <button type="submit">${t('home.search')}</button>
  </form>
  <p class="count">${t('home.liveJobs', { count: counts.total, formatted: formatNumber(counts.total, ctx.lang) })}</p>
</section>
<section>
  <h2>${t('home.popular')}</h2>
  <ul class="chips">!${POPULAR.map((k) => t(`seekerSteps.popular.${k}`))
    .map((p) => html`<li><a href="/jobs?q=${encodeURIComponent(p)}">${p}</a></li>`)
    .join('')}</ul>
</section>
<section>
  <h2>${t('home.byCity')}</h2>
  <ul class="chips">!${cities
    .map(
      (c) =>
        html`<li><a href="${landingPath({ city: c.slug })}">${placeName(ctx, c)} <span class="n">${formatNumber(counts.facets.city[c.name] ?? 0, ctx.lang)}</span></a></li>`,
    )
    .join('')}</ul>
</section>
<section>
  <h2>${t('seekerPhone.home.payTitle')}</h2>
  <ul class="tap-links home-links"><li><a href="/insights">${t('seekerPhone.home.insights')}</a></li><li><a href="/careers">${t('seekerPhone.home.careers')}</a></li></ul>
</section>
<section class="note">
  <p>${t('home.noFees')}</p>
  <p><a href="/register?role=employer">${t('home.forEmployers')}</a></p>
</section>`;
  return layout(ctx, { title: t('home.title'), body, canonical: `${publicUrl}/` });
}
