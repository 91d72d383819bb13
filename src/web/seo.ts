// City and role landing pages (/jobs/in/pune/customer-service): URL slugs <-> search filters, and
// their localized titles. Pure functions over the taxonomy; no I/O.
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import type { PageContext } from './context.ts';
import { enumLabel, placeName } from './format.ts';

/** Category URL slugs read like words; the API's enum uses underscores. */
export const CATEGORY_SLUGS: Record<string, 'customer_service' | 'back_office'> = {
  'customer-service': 'customer_service',
  'back-office': 'back_office',
};
const categorySlugOf = (category: string) =>
  Object.entries(CATEGORY_SLUGS).find(([, v]) => v === category)?.[0];

export interface LandingFilter {
  city: string;
  category?: 'customer_service' | 'back_office';
  role?: string;
}

/** Null when the city or the category/role slug is unknown (the page is a 404). */
export function landingFilter(tax: TaxonomyView, city: string, slug?: string): LandingFilter | null {
  if (!tax.cities.some((c) => c.slug === city)) return null;
  if (slug === undefined) return { city };
  const category = CATEGORY_SLUGS[slug];
  if (category) return { city, category };
  if (tax.roles.some((r) => r.slug === slug)) return { city, role: slug };
  return null;
}

export function landingPath(f: LandingFilter): string {
  const tail = f.category ? categorySlugOf(f.category) : f.role;
  return `/jobs/in/${f.city}${tail ? `/${tail}` : ''}`;
}

/** A search that is exactly a landing page (city, plus one category or role) has it as canonical. */
export function landingFor(query: URLSearchParams): LandingFilter | null {
  const keys = [...query.keys()].filter((k) => k !== 'lang');
  const city = query.get('city');
  if (!city || keys.some((k) => !['city', 'category', 'role'].includes(k))) return null;
  const category = query.get('category');
  const role = query.get('role');
  if (category && role) return null;
  if (category)
    return CATEGORY_SLUGS[categorySlugOf(category) ?? '']
      ? { city, category: category as LandingFilter['category'] }
      : null;
  return role ? { city, role } : { city };
}

export function landingTitle(ctx: PageContext, tax: TaxonomyView, f: LandingFilter): string {
  const city = placeName(
    ctx,
    tax.cities.find((c) => c.slug === f.city),
    f.city,
  );
  if (f.category)
    return ctx.t('landing.categoryTitle', { city, category: enumLabel(ctx, 'category', f.category) });
  if (f.role) {
    const fallback = tax.roles.find((r) => r.slug === f.role)?.name ?? f.role;
    return ctx.t('landing.roleTitle', {
      city,
      role: ctx.t(`landing.role.${f.role}`, { defaultValue: fallback }),
    });
  }
  return ctx.t('landing.cityTitle', { city });
}
