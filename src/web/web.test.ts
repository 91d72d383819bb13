import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser as Browser } from '../../test/support/browser.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { formatLpa, formatNumber } from '../shared/i18n/index.ts';

describe('Indian formatting', () => {
  it('groups digits the Indian way and writes annual pay in LPA', () => {
    expect(formatNumber(1500000, 'en')).toBe('15,00,000');
    expect(formatLpa(125000)).toBe('15 LPA');
    expect(formatLpa(15000)).toBe('1.8 LPA');
  });
});

forEachEngine('web', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('the home page works without JavaScript: a plain GET form, no inline scripts', async () => {
    const res = await new Browser(app).get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form method="get" action="/jobs"');
    // The only script is the deferred, same-origin enhancement file.
    expect(res.body.match(/<script[^>]*>/g)).toEqual(['<script src="/static/app.js" defer>']);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('an employer signs up, creates a company, posts a job in the form; a visitor finds it by title word and locality', async () => {
    const b = new Browser(app);
    const phone = uniquePhone();
    const reg = await b.post(
      '/register',
      { role: 'employer', name: 'Rohan Mehta', phone, password: 'hiring-in-powai' },
      '/register',
    );
    expect(reg.statusCode).toBe(303);
    // Next: the code sent to the number (no SMS provider here: said so), then the company form.
    expect(reg.headers.location).toBe('/register/confirm?next=%2Femployer%2Fcompany');
    const co = await b.post(
      '/employer/company',
      { name: 'Udaan CX Partners', industry: 'bpo-kpo', city: 'mumbai' },
      '/employer/company',
    );
    expect(co.statusCode).toBe(303);

    const bad = await b.post(
      '/employer/jobs/new',
      {
        title: 'Hi',
        role: 'call-centre-agent',
        place: 'mumbai/powai',
        salary_min: '30000',
        salary_max: '20000',
        description: 'short',
      },
      '/employer/jobs/new',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('field-error');
    expect(bad.body).toContain('id="title-error"');

    const good = await b.post(
      '/employer/jobs/new',
      {
        title: 'Flipside Chat Support Associate',
        role: 'chat-support-executive',
        industry: 'e-commerce',
        place: 'mumbai/powai',
        work_mode: 'hybrid',
        shift: 'day',
        salary_min: '16000',
        salary_max: '21000',
        experience_min: '0',
        education_min: '12th',
        languages: ['english', 'hindi'],
        skills: 'typing, chat-software',
        perks: ['pf'],
        openings: '4',
        description: 'Handle customer chats for our shopping app. Typing speed 30 WPM. Freshers welcome.',
        status: 'published',
      },
      '/employer/jobs/new',
    );
    expect(good.statusCode).toBe(303);
    // The dashboard opens on "… is live", with a link to the job as seekers see it.
    expect(good.headers.location).toMatch(/^\/employer\?done=publish&job=\d+$/);
    const jobUrl = `/jobs/${/job=(\d+)/.exec(good.headers.location as string)![1]}`;
    expect((await b.get(good.headers.location as string)).body).toContain(`href="${jobUrl}"`);

    const visitor = new Browser(app);
    const byWord = await visitor.get('/jobs?q=flipside');
    expect(byWord.body).toContain(`href="${jobUrl}"`);
    const byLocality = await visitor.get('/jobs?city=mumbai&locality=powai');
    expect(byLocality.body).toContain(`href="${jobUrl}"`);

    const page = await visitor.get(jobUrl);
    expect(page.statusCode).toBe(200);
    // Our own markup is never escaped twice (a nested html`` needs !${} in ghtml).
    for (const body of [page.body, byWord.body, (await visitor.get('/')).body])
      expect(body).not.toMatch(/&#60;\/?(span|link|meta|a|p|strong|dt|dd|div)[\s&]/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)![1]!);
    expect(ld).toMatchObject({
      '@type': 'JobPosting',
      title: 'Flipside Chat Support Associate',
      hiringOrganization: { name: 'Udaan CX Partners' },
      baseSalary: { currency: 'INR', value: { minValue: 16000, maxValue: 21000, unitText: 'MONTH' } },
    });
    expect(page.body).toContain('16,000');
  });

  it("the results page says how the words were read, in the reader's language", async () => {
    const page = await new Browser(app).get(`/jobs?q=${encodeURIComponent('call centre pune')}&lang=hi`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('हमने आपकी खोज को ऐसे समझा');
    // The city the words named reads in the page's script too (issue #20: no English names on hi / mr).
    expect(page.body).toContain('पुणे में नौकरियाँ');
    const mr = await new Browser(app).get(`/jobs?q=${encodeURIComponent('call centre pune')}&lang=mr`);
    expect(mr.body).toContain('पुणे मधील नोकऱ्या');
  });

  it('a form posted without the CSRF token is refused', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: 'role=seeker&name=X&phone=9876543210&password=12345678',
    });
    expect(res.statusCode).toBe(403);
  });

  it('job text is escaped on every page', async () => {
    const employer = await employerWithCompany(app, { name: '<script>alert(1)</script> Pvt Ltd' });
    const job = await postJob(app, employer, {
      title: '<img src=x onerror=alert(1)> Agent',
      description: 'Hello </script><script>alert(2)</script> world, a long enough description.',
    });
    const page = await new Browser(app).get(`/jobs/${job.id}`);
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).not.toContain('<script>alert');
    const results = await new Browser(app).get('/jobs?q=agent');
    expect(results.body).not.toContain('<img src=x');
  });

  it('unknown pages are a friendly 404 for browsers and problem+json for the API', async () => {
    expect((await new Browser(app).get('/no-such-page')).statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('serves a sitemap and an RSS feed of live jobs', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: 'Sitemap & RSS Telecaller' });
    const sitemap = await app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.body).toContain(`/jobs/${job.id}</loc>`);
    const rss = await app.inject({ method: 'GET', url: '/jobs.rss' });
    expect(rss.body).toContain('Sitemap &amp; RSS Telecaller');
  });

  it('/health names the engine and /api/openapi.json is a valid OpenAPI 3 document', async () => {
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ status: 'ok', engine: db().engine });
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/jobs', '/api/v1/jobs/{id}', '/api/v1/auth/register']),
    );
  });
});
