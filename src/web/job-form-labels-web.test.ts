// Every job-form error names its box in the label's own words (phone walk 3 found Hindi errors
// saying "नौकरी का शीर्षक" under a box labelled "नौकरी का नाम"). The catalogue derives each error's
// name from the label's string ($t(...)), and this test reads both off the rendered page.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { LANGUAGES, translator } from '../shared/i18n/index.ts';
import { JOB_FORM_FIELDS } from './job-form.ts';

/** The text of the label (or fieldset legend) of box `name` on the page, without markup. */
function labelOf(body: string, name: string): string | undefined {
  const label = new RegExp(`<label[^>]*for="${name}"[^>]*>([\\s\\S]*?)</label>`).exec(body)?.[1];
  const legend = new RegExp(`<legend[^>]*>([^<]*)</legend>(?:(?!</fieldset>)[\\s\\S])*?name="${name}"`).exec(
    body,
  )?.[1];
  return (label ?? legend)
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s*\*\s*$/, '')
    .trim();
}

forEachEngine('job form errors in the labels’ words', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('each box’s error begins with that box’s label, in en, hi and mr', async () => {
    const b = new InjectBrowser(app, (await employerWithCompany(app)).auth);
    for (const lang of LANGUAGES) {
      const t = translator(lang);
      const form = await b.get(`/employer/jobs/new?lang=${lang}`);
      expect(form.statusCode).toBe(200);
      let checked = 0;
      for (const box of JOB_FORM_FIELDS) {
        const label = labelOf(form.body, box);
        if (!label) continue;
        checked++;
        const error = t(`jobForm.errors.${box}`);
        expect(error, `${lang} ${box}`).not.toContain('$t(');
        expect(error.startsWith(`${label}:`), `${lang} ${box}: "${error}" vs label "${label}"`).toBe(true);
      }
      expect(checked).toBe(JOB_FORM_FIELDS.length);
    }
    // And on a failed post, as the employer reads it.
    const hi = translator('hi');
    await b.get('/employer/jobs/new?lang=hi');
    const res = await b.post('/employer/jobs/new', { title: 'Hi', role: '' }, '/employer/jobs/new?lang=hi');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(new RegExp(`id="title-error">${hi('employer.jobTitle')}: `));
    expect(res.body).toMatch(new RegExp(`id="role-error">${hi('employer.role')}: `));
  });
});
