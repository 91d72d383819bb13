// A fresh-eyes walk of /jobs (issue #20), checked on the HTML: a filter submit lands at the results
// (count and first job), not at the filter form; picking a city sends no commute limit the seeker
// never chose; the register page's checkbox labels are 44 px tap targets in en/hi/mr.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { LANGUAGES } from '../shared/i18n/index.ts';

/** The value a browser sends for a select: its selected option's, else its first option's. */
function sentValue(body: string, id: string): string | undefined {
  const select = body.match(new RegExp(`<select id="${id}"[^>]*>([\\s\\S]*?)</select>`))?.[1];
  if (select === undefined) return undefined;
  const options = [...select.matchAll(/<option value="([^"]*)"([^>]*)>/g)];
  const chosen = options.find((o) => o[2]?.includes('selected')) ?? options[0];
  return chosen?.[1];
}

forEachEngine('results after a filter (issue #20)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    const employer = await employerWithCompany(app);
    await postJob(app, employer, {
      title: 'Vorthaline customer support executive',
      city: 'pune',
      locality: 'kharadi',
    });
  });
  afterAll(() => app.close());

  it('every filter submit lands at the results (count, then the first job), not at the form', async () => {
    const b = new InjectBrowser(app);
    for (const lang of LANGUAGES) {
      const res = await b.get(`/jobs?q=vorthaline&city=pune&posted_within=7&lang=${lang}`);
      expect(res.body).toContain('<form method="get" action="/jobs#results" class="filters" id="filters"');
      expect(res.body).toContain('formaction="/jobs#results"');
      expect(res.body).not.toContain('/jobs#filters');
      const results = res.body.indexOf('id="results"');
      expect(results).toBeGreaterThan(-1);
      // The count and the first card come right after the anchor.
      expect(res.body.indexOf('class="count"', results)).toBeGreaterThan(results);
      expect(res.body.indexOf('Vorthaline', results)).toBeGreaterThan(results);
    }
  });

  it('picking a city sends no commute limit; a limit goes only with a chosen one', async () => {
    const b = new InjectBrowser(app);
    const city = await b.get('/jobs?q=vorthaline&city=pune');
    // The panel shows its default limit, but as an empty value: the form adds no commute_max_min.
    expect(sentValue(city.body, 'f-mins')).toBe('');
    expect(sentValue(city.body, 'f-from')).toBe('');
    expect(city.body).toMatch(/<option value="" selected>[^<]*60/);
    expect(city.body).not.toContain('class="pill"');
    // A limit the seeker picked is sent again as it is.
    const picked = await b.get('/jobs?q=vorthaline&commute_from=dombivli&commute_max_min=45');
    expect(sentValue(picked.body, 'f-mins')).toBe('45');
    const sixty = await b.get('/jobs?q=vorthaline&commute_from=dombivli&commute_max_min=60');
    expect(sentValue(sixty.body, 'f-mins')).toBe('60');
  });

  it('the register page checkbox labels are 44 px tap targets in en/hi/mr', async () => {
    const css = readFileSync(new URL('./static/app.css', import.meta.url), 'utf8');
    expect(css).toMatch(/label\.check \{[^}]*min-height: 44px/);
    const b = new InjectBrowser(app);
    for (const lang of LANGUAGES) {
      const res = await b.get(`/register?role=seeker&lang=${lang}`);
      const labels = [
        ...res.body.matchAll(/<label([^>]*)>\s*<input type="(checkbox|radio)" name="([^"]+)"/g),
      ];
      expect(labels.map((l) => l[3])).toContain('whatsapp_opt_in');
      for (const l of labels) expect(l[1], `${lang} ${l[3]}`).toMatch(/class="(check|choice)"/);
    }
  });
});
