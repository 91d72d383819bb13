// Machine-readable feeds: /sitemap.xml for search engines and /jobs.rss for readers and partners.
// XML is built with an escaping helper; job text never reaches the output unescaped.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { CATEGORY_SLUGS, type LandingFilter, landingPath } from './seo.ts';

const xmlEscape = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

export async function feedRoutes(
  app: FastifyInstance,
  opts: { services: Services; publicUrl: string },
): Promise<void> {
  const { services, publicUrl } = opts;

  app.get('/sitemap.xml', async (_req, reply) => {
    const urls = [`${publicUrl}/`, `${publicUrl}/jobs`];
    const tax = await services.taxonomy.get();
    // City and role landing pages that have at least one live job: one search per category and
    // per role, read from its city facet (keyed by city name).
    const filters: LandingFilter[] = [
      ...tax.cities.map((c) => ({ city: c.slug })),
      ...Object.values(CATEGORY_SLUGS).map((category) => ({ city: '', category })),
      ...tax.roles.map((r) => ({ city: '', role: r.slug })),
    ];
    for (const f of filters) {
      const { city: _unused, ...work } = f;
      const counts = (await services.search.search({ ...work, limit: 1 })).facets.city;
      for (const c of tax.cities) {
        if ((counts[c.name] ?? 0) > 0 && (!f.city || f.city === c.slug))
          urls.push(`${publicUrl}${landingPath({ ...f, city: c.slug })}`);
      }
    }
    let cursor: string | undefined;
    // Up to 2,000 newest live jobs; a sitemap index arrives when we outgrow one file.
    for (let page = 0; page < 40; page++) {
      const res = await services.search.search({ sort: 'recent', limit: 50, ...(cursor ? { cursor } : {}) });
      for (const j of res.items) urls.push(`${publicUrl}/jobs/${j.id}`);
      if (!res.next_cursor) break;
      cursor = res.next_cursor;
    }
    const body = urls.map((u) => `<url><loc>${xmlEscape(u)}</loc></url>`).join('\n');
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
      );
  });

  app.get('/jobs.rss', async (_req, reply) => {
    const res = await services.search.search({ sort: 'recent', limit: 50 });
    const items = res.items
      .map((j) => {
        const pay = j.salary_min !== null ? ` · ₹${j.salary_min}–${j.salary_max} a month` : '';
        return `<item><title>${xmlEscape(`${j.title} – ${j.company.name}`)}</title><link>${publicUrl}/jobs/${j.id}</link><guid>${publicUrl}/jobs/${j.id}</guid><pubDate>${new Date(j.posted_at).toUTCString()}</pubDate><description>${xmlEscape(`${j.locality_name}, ${j.city_name}${pay}`)}</description></item>`;
      })
      .join('\n');
    return reply
      .type('application/rss+xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Deskhire – new jobs</title><link>${publicUrl}/jobs</link><description>Customer service and back office jobs in Maharashtra</description>\n${items}\n</channel></rss>\n`,
      );
  });
}
