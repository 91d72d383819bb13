// Platform vocabulary reads in the page's language (industries, perks, languages, skills, roles,
// places), while the job's own text stays as the employer wrote it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { catalogue, LANGUAGES } from '../shared/i18n/index.ts';
import { loadTaxonomy } from '../shared/reference/index.ts';
import { localTaxonomy } from './format.ts';

forEachEngine('reference labels in the page language', ({ db }) => {
  let app: FastifyInstance;
  let jobId: number;
  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app, { name: 'Sahyadri Support Services', city: 'pune' });
    jobId = (
      await postJob(app, employer, {
        title: 'Voice Process Associate',
        city: 'pune',
        locality: 'kharadi',
        languages: [{ language: 'english', level: 'fluent' }, 'marathi'],
        skills: ['ms-excel', 'customer-handling'],
        perks: ['cab', 'health-insurance'],
      })
    ).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('every role, industry, sector, perk, language, skill and level has a label in every language', async () => {
    const tax = loadTaxonomy();
    for (const lang of LANGUAGES) {
      const c = catalogue(lang) as { ref: Record<string, Record<string, string>>; landing: { role: object } };
      for (const [kind, rows] of [
        ['industry', tax.industries],
        ['sector', tax.sectors],
        ['perk', tax.perks],
        ['language', tax.languages],
      ] as const)
        for (const r of rows) expect(c.ref[kind]?.[r.slug], `${lang} ref.${kind}.${r.slug}`).toBeTruthy();
      for (const s of tax.skills) expect(c.ref.skill?.[s], `${lang} ref.skill.${s}`).toBeTruthy();
      for (const r of tax.roles) expect(c.landing.role, `${lang} role ${r.slug}`).toHaveProperty(r.slug);
    }
  });

  it('localTaxonomy renames vocabulary, keeps slugs and places, and leaves English alone', async () => {
    const res = await app.inject({ url: '/api/v1/taxonomy' });
    expect(res.statusCode).toBe(200);
    const tax = res.json<TaxonomyView>();
    const hi = localTaxonomy(tax, 'hi');
    expect(hi.industries.find((i) => i.slug === 'banking')?.name).toBe('बैंकिंग');
    expect(hi.perks.find((p) => p.slug === 'cab')?.name).toMatch(/[\u0900-\u097f]/);
    expect(hi.cities).toBe(tax.cities);
    expect(localTaxonomy(tax, 'en')).toBe(tax);
    expect(localTaxonomy(tax, 'mr')).toBe(localTaxonomy(tax, 'mr'));
  });

  for (const [lang, words] of [
    ['hi', ['मराठी', 'कैब', 'स्वास्थ्य बीमा', 'ग्राहक से व्यवहार', 'खराडी']],
    ['mr', ['मराठी', 'कॅब', 'आरोग्य विमा', 'ग्राहकांशी व्यवहार', 'खराडी']],
  ] as const) {
    describe(`in ${lang}`, () => {
      it('the job page names languages, perks, skills and the place in the language; the title stays', async () => {
        // What the seeker reads: the page without its JobPosting data (schema.org takes slugs).
        const page = (await new InjectBrowser(app).get(`/jobs/${jobId}?lang=${lang}`)).body.replace(
          /<script type="application\/ld\+json">.*?<\/script>/s,
          '',
        );
        for (const w of words) expect(page, w).toContain(w);
        expect(page).not.toContain('Health insurance');
        expect(page).not.toContain('customer-handling');
        expect(page).toContain('Voice Process Associate');
      });

      it("the employer's forms list industries and places in the language", async () => {
        const employer = new InjectBrowser(app);
        const { token } = await employerWithCompany(app);
        employer.cookies.set('sid', token);
        const form = (await employer.get(`/employer/jobs/new?lang=${lang}`)).body;
        expect(form).toContain(lang === 'hi' ? 'बैंकिंग' : 'बँकिंग');
        expect(form).not.toContain('>Banking<');
        expect(form).toContain('खराडी');
      });
    });
  }
});
