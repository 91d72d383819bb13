// City and role landing pages: /jobs/in/:city and /jobs/in/:city/:category-or-role. Each is a
// search with a fixed filter, a localized title and links to its neighbours; never a new query.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { html } from 'ghtml';
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import type { Services } from '../services.ts';
import { DomainError } from '../shared/errors.ts';
import { formatNumber } from '../shared/i18n/index.ts';
import type { PageContext } from './context.ts';
import { enumLabel, localTaxonomy, placeName } from './format.ts';
import { sendHtml } from './http.ts';
import { resultsPage } from './pages/jobs.ts';
import { CATEGORY_SLUGS, type LandingFilter, landingFilter, landingPath, landingTitle } from './seo.ts';

function relatedLinks(
  ctx: PageContext,
  tax: TaxonomyView,
  f: LandingFilter,
  cityCounts: Record<string, number>,
): string {
  const { t } = ctx;
  const link = (to: LandingFilter, label: string) => html`<li><a href="${landingPath(to)}">${label}</a></li>`;
  const categories = Object.values(CATEGORY_SLUGS)
    .filter((c) => c !== f.category)
    .map((category) => link({ city: f.city, category }, enumLabel(ctx, 'category', category)));
  const category = f.category ?? tax.roles.find((r) => r.slug === f.role)?.category;
  const roles = tax.roles
    .filter((r) => r.slug !== f.role && (!category || r.category === category))
    .map((r) => link({ city: f.city, role: r.slug }, t(`landing.role.${r.slug}`, { defaultValue: r.name })));
  const cities = tax.cities
    .filter((c) => c.slug !== f.city && (cityCounts[c.name] ?? 0) > 0)
    .map((c) => link({ ...f, city: c.slug }, placeName(ctx, c)));
  return html`<section class="related">
  <h2>${t('landing.byCategory')}</h2><ul class="chips">!${categories.join('')}</ul>
  !${roles.length ? html`<h2>${t('landing.byRole')}</h2><ul class="chips">!${roles.join('')}</ul>` : ''}
  !${cities.length ? html`<h2>${t('landing.otherCities')}</h2><ul class="chips">!${cities.join('')}</ul>` : ''}
</section>`;
}

export async function landingRoutes(
  app: FastifyInstance,
  opts: { services: Services; publicUrl: string },
): Promise<void> {
  const { services, publicUrl } = opts;
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const { city, slug } = req.params as { city: string; slug?: string };
    const ctx = req.page;
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const filter = landingFilter(tax, city, slug);
    if (!filter) throw new DomainError(404, 'Not Found', 'No such page');
    const result = await services.search.search({ ...filter, sort: 'recent', limit: 20 });
    // Which other cities have this kind of work: one search, read from its city facet.
    const { city: _city, ...sameWork } = filter;
    const elsewhere = await services.search.search({ ...sameWork, limit: 1 });
    const title = landingTitle(ctx, tax, filter);
    const baseQuery = new URLSearchParams(Object.entries(filter) as [string, string][]);
    const page = resultsPage(ctx, tax, { ...filter, sort: 'recent' }, result, {}, publicUrl, {
      heading: title,
      intro: ctx.t('landing.lead', { count: result.total, formatted: formatNumber(result.total, ctx.lang) }),
      description: ctx.t('landing.description', { title }),
      canonicalPath: landingPath(filter),
      baseQuery,
      related: relatedLinks(ctx, tax, filter, elsewhere.facets.city),
    });
    return sendHtml(reply, page);
  };
  app.get('/jobs/in/:city', handler);
  app.get('/jobs/in/:city/:slug', handler);
}
