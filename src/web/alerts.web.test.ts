import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('job alerts in the browser', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
  });
  afterAll(() => app.close());

  it('a signed-in seeker saves a search from the results page and a job from its page, without JavaScript', async () => {
    const seeker = await register(app, 'seeker');
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: 'Trivani chat support executive' });
    const cookies = new Map([['sid', seeker.token]]);
    const send = async (method: 'GET' | 'POST', url: string, form?: Record<string, string>) => {
      const res: LightMyRequestResponse = await app.inject({
        method,
        url,
        headers: {
          accept: 'text/html',
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        payload: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const c of res.cookies) cookies.set(c.name, c.value);
      return res;
    };
    const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

    const results = await send('GET', '/jobs?q=trivani&city=mumbai');
    expect(results.body).toContain('action="/me/saved-searches"');
    expect(results.body).toContain('name="city" value="mumbai"');
    const saved = await send('POST', '/me/saved-searches', {
      _csrf: csrfOf(results.body),
      q: 'trivani',
      city: 'mumbai',
      frequency: 'instant',
      name: 'Chat jobs in Mumbai',
    });
    expect(saved.statusCode).toBe(303);
    const list = await send('GET', '/me/saved-searches?done=saved');
    expect(list.body).toContain('Chat jobs in Mumbai');
    expect(list.body).toMatch(/href="\/jobs\?q(=|&#61;)trivani/);

    const jobPage = await send('GET', `/jobs/${job.id}`);
    expect(jobPage.body).toContain(`action="/jobs/${job.id}/save"`);
    expect((await send('POST', `/jobs/${job.id}/save`, { _csrf: csrfOf(jobPage.body) })).statusCode).toBe(
      303,
    );
    expect((await send('GET', '/me/saved-jobs')).body).toContain('Trivani chat support executive');
  });

  it('anonymous visitors are asked to sign in before saving a search', async () => {
    const res = await app.inject({ method: 'GET', url: '/jobs?q=kyc', headers: { accept: 'text/html' } });
    expect(res.body).toContain('/login?next=');
    expect(res.body).not.toContain('action="/me/saved-searches"');
  });
});
