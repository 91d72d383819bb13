// Cross-cutting web quality a seeker or a search engine notices: security headers and CSRF on
// every form, compressed pages within budget, landing pages, language alternates, JobPosting data.
import { createHash } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { forEachEngine } from '../shared/db/testing.ts';

const ldOf = (page: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? 'null');

forEachEngine('web quality', ({ db }) => {
  let app: FastifyInstance;
  let https: FastifyInstance;
  let employer: InjectBrowser;
  let jobUrl: string;
  let puneJob: number;
  let puneBackOffice: number;
  beforeAll(async () => {
    app = await buildTestApp(db());
    https = await buildApp({
      db: db(),
      config: loadConfig({ PUBLIC_URL: 'https://jobs.deskhire.example', DEMO_DATA: '0' }),
    });
    await https.ready();
    const api = await employerWithCompany(app, { name: 'Sahyadri Support Services', city: 'pune' });
    puneJob = (
      await postJob(app, api, {
        title: 'Voice Process Associate Kharadi',
        city: 'pune',
        locality: 'kharadi',
        role: 'call-centre-agent',
        category: 'customer_service',
      })
    ).id;
    puneBackOffice = (
      await postJob(app, api, {
        title: 'Data Entry Operator Hinjewadi',
        city: 'pune',
        locality: 'hinjewadi',
        role: 'data-entry-operator',
        category: 'back_office',
        salary_min: 12000,
        salary_max: 15000,
      })
    ).id;
    await postJob(app, api, { title: 'Mumbai Chat Support Associate' });
    jobUrl = `/jobs/${puneJob}`;
    employer = new InjectBrowser(app);
    await employer.post(
      '/register',
      { role: 'employer', name: 'Asha Kulkarni', phone: '+919812345670', password: 'hiring-in-pune' },
      '/register',
    );
    await employer.post(
      '/employer/company',
      { name: 'Kharadi CX', industry: 'bpo-kpo', city: 'pune' },
      '/employer/company',
    );
  });
  afterAll(async () => {
    await https.close();
    await app.close();
  });

  describe('security', () => {
    it('CSP allows only same-origin scripts (no inline), and no site may frame our pages', async () => {
      const res = await new InjectBrowser(app).get('/jobs');
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      // The one inline stylesheet is allowed by its hash, and the page carries exactly that text.
      const style = /<style>([\s\S]*?)<\/style>/.exec(res.body)?.[1] ?? '';
      const hash = createHash('sha256').update(style).digest('base64');
      expect(csp).toContain(`style-src 'self' 'sha256-${hash}'`);
      expect(res.body.match(/<style/g)).toHaveLength(1);
    });

    it('HSTS and Secure cookies only when the public URL is https', async () => {
      const plain = await new InjectBrowser(app).get('/register');
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      const tls = new InjectBrowser(https);
      const page = await tls.get('/register');
      expect(page.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      const reg = await tls.post(
        '/register',
        { role: 'seeker', name: 'Priya Patil', phone: '+919812345671', password: 'apply-for-jobs' },
        '/register',
      );
      expect(reg.statusCode).toBe(303);
      const setCookies = [reg.headers['set-cookie']].flat().join('\n');
      expect(setCookies).toMatch(/Secure/);
      for (const c of reg.cookies) expect(c.secure, c.name).toBe(true);
      for (const c of plain.cookies) expect(c.secure, c.name).toBeFalsy();
    });

    it('every form that posts carries a CSRF token, and each of those actions refuses a post without one; no markup shows as text', async () => {
      const pages = ['/', '/jobs', '/register', '/login', jobUrl, '/jobs/in/pune'];
      const employerPages = ['/employer', '/employer/company', '/employer/jobs/new'];
      const forms = [];
      const bodies: [string, string][] = [];
      for (const url of pages) bodies.push([url, (await new InjectBrowser(app).get(url)).body]);
      for (const url of [...pages, ...employerPages]) bodies.push([url, (await employer.get(url)).body]);
      for (const [url, body] of bodies) {
        forms.push(...postForms(body));
        // Our own markup nested without ghtml's `!${}` shows up as escaped tags on the page.
        expect(body, url).not.toMatch(/&lt;\/?(span|a|p|div|li|strong|dt|dd)\b|&#61;&#34;/);
      }
      expect(forms.length).toBeGreaterThan(5);
      expect(forms.filter((f) => !f.hasCsrf)).toEqual([]);
      for (const action of new Set(forms.map((f) => f.action))) {
        const res = await employer.post(action, { anything: 'x' });
        expect(res.statusCode, action).toBe(403);
      }
    });
  });

  describe('weight', () => {
    it('pages, stylesheet and script are sent compressed; a full results page is far under 100 KB', async () => {
      for (const url of ['/jobs?limit=50', '/static/app.css', '/static/app.js']) {
        const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-encoding'], url).toBe('br');
        expect(brotliDecompressSync(res.rawPayload).length).toBeGreaterThan(res.rawPayload.length);
      }
      const page = await app.inject({
        method: 'GET',
        url: '/jobs?limit=50',
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(page.rawPayload.length).toBeLessThan(100 * 1024);
    });
  });

  it('the register form shows its inline errors in the page language', async () => {
    const b = new InjectBrowser(app);
    const res = await b.post(
      '/register?lang=hi',
      { role: 'seeker', name: '', phone: '9', password: 'x' },
      '/register?lang=hi',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('अपना नाम लिखें: 2 से 100 अक्षर');
  });

  describe('search engines', () => {
    it('/jobs/in/pune/customer-service lists customer service jobs in Pune under a localized title', async () => {
      const en = await new InjectBrowser(app).get('/jobs/in/pune/customer-service');
      expect(en.statusCode).toBe(200);
      expect(en.body).toContain('<h1>Customer service jobs in Pune</h1>');
      expect(en.body).toContain(`href="/jobs/${puneJob}"`);
      expect(en.body).not.toContain(`href="/jobs/${puneBackOffice}"`);
      expect(en.body).not.toContain('Mumbai Chat Support Associate');
      expect(en.body).toContain(
        '<link rel="canonical" href="http://localhost:3000/jobs/in/pune/customer-service">',
      );
      const hi = await new InjectBrowser(app).get('/jobs/in/pune/customer-service?lang=hi');
      expect(hi.body).toContain('<h1>पुणे में कस्टमर सर्विस की नौकरियां</h1>');
      const mr = await new InjectBrowser(app).get('/jobs/in/pune/back-office?lang=mr');
      expect(mr.body).toContain('<h1>पुणे मधील बॅक ऑफिस नोकऱ्या</h1>');
      expect(mr.body).toContain(`href="/jobs/${puneBackOffice}"`);
    });

    it('role and city landing pages work; unknown ones are 404', async () => {
      const role = await new InjectBrowser(app).get('/jobs/in/pune/data-entry-operator?lang=hi');
      expect(role.body).toContain('<h1>पुणे में डेटा एंट्री ऑपरेटर की नौकरियां</h1>');
      expect(role.body).toContain(`href="/jobs/${puneBackOffice}"`);
      expect(role.body).not.toContain(`href="/jobs/${puneJob}"`);
      const city = await new InjectBrowser(app).get('/jobs/in/pune');
      expect(city.body).toContain('<h1>Jobs in Pune</h1>');
      expect(city.body).toContain('href="/jobs/in/pune/back-office"');
      for (const url of ['/jobs/in/atlantis', '/jobs/in/pune/astronaut'])
        expect((await new InjectBrowser(app).get(url)).statusCode, url).toBe(404);
    });

    it('the sitemap lists landing pages that have jobs, and a matching search points to its landing page', async () => {
      const sitemap = (await app.inject({ method: 'GET', url: '/sitemap.xml' })).body;
      expect(sitemap).toContain('<loc>http://localhost:3000/jobs/in/pune</loc>');
      expect(sitemap).toContain('<loc>http://localhost:3000/jobs/in/pune/customer-service</loc>');
      expect(sitemap).toContain('<loc>http://localhost:3000/jobs/in/pune/data-entry-operator</loc>');
      expect(sitemap).not.toContain('/jobs/in/nagpur<');
      const search = await new InjectBrowser(app).get('/jobs?city=pune&category=back_office');
      expect(search.body).toContain(
        '<link rel="canonical" href="http://localhost:3000/jobs/in/pune/back-office">',
      );
    });

    it('each page names its language and links its Hindi, Marathi and English versions', async () => {
      const res = await new InjectBrowser(app).get(`${jobUrl}?lang=mr`);
      expect(res.body).toContain('<html lang="mr">');
      expect(res.cookies.find((c) => c.name === 'lang')?.value).toBe('mr');
      const base = `http://localhost:3000${jobUrl}`;
      expect(res.body).toContain(`<link rel="canonical" href="${base}?lang&#61;mr">`);
      for (const [code, href] of [
        ['en-IN', base],
        ['hi-IN', `${base}?lang&#61;hi`],
        ['mr-IN', `${base}?lang&#61;mr`],
        ['x-default', base],
      ])
        expect(res.body).toContain(`<link rel="alternate" hreflang="${code}" href="${href}">`);
      // The job's own words stay as written, marked as English for screen readers.
      expect(res.body).toContain('<h1 lang="en">Voice Process Associate Kharadi</h1>');
      expect(res.body).toContain('खराडी, पुणे');
    });

    it('the job page carries a JobPosting with every property Google for Jobs requires or recommends', async () => {
      const ld = ldOf((await new InjectBrowser(app).get(`/jobs/${puneBackOffice}`)).body);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('JobPosting');
      expect(ld.title).toBe('Data Entry Operator Hinjewadi');
      expect(ld.description).toMatch(/^<p>.+<\/p>$/s);
      for (const date of [ld.datePosted, ld.validThrough])
        expect(new Date(date).toISOString()).toBe(new Date(date).toISOString());
      expect(Date.parse(ld.validThrough)).toBeGreaterThan(Date.parse(ld.datePosted));
      expect(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN']).toContain(ld.employmentType);
      expect(ld.hiringOrganization).toMatchObject({
        '@type': 'Organization',
        name: 'Sahyadri Support Services',
      });
      expect(ld.jobLocation).toMatchObject({
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Hinjewadi',
          addressLocality: 'Pune',
          addressRegion: 'Maharashtra',
          addressCountry: 'IN',
        },
      });
      expect(ld.baseSalary).toEqual({
        '@type': 'MonetaryAmount',
        currency: 'INR',
        value: { '@type': 'QuantitativeValue', minValue: 12000, maxValue: 15000, unitText: 'MONTH' },
      });
      expect(ld.identifier).toMatchObject({ '@type': 'PropertyValue', value: String(puneBackOffice) });
      expect(ld.educationRequirements).toMatchObject({ credentialCategory: 'high school' });
    });
  });
});
