import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { safeNext } from './safe-redirect.ts';

const ORIGIN = 'http://localhost:3000';

// Each of these, once in a Location header, sends a browser to another site or splits the header.
const HOSTILE = [
  '/\\evil.example', // what /login?next=/%5Cevil.example decodes to: browsers read `\` as `/`
  '/\t/evil.example', // /%09/evil.example: URL parsers drop the TAB, leaving //evil.example
  '/\n/evil.example',
  '/\r\nSet-Cookie: x=1', // CR/LF: header splitting (a 500 before)
  '//evil.example',
  '/%2F/evil.example', // still encoded after one decode: a second decode downstream gives //evil
  '/%5Cevil.example',
  '/%2f%2fevil.example',
  '/..//evil.example', // dot segments resolve to //evil.example
  '/%2e%2e//evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  'evil.example',
  '/\u0000jobs',
];

describe('safeNext: only a path on this site', () => {
  it.each(HOSTILE.map((next) => [JSON.stringify(next), next]))(
    'refuses %s with a 400 on `next`',
    (_, next) => {
      let caught: unknown;
      try {
        safeNext(next, ORIGIN);
      } catch (err) {
        caught = err;
      }
      expect(caught).toMatchObject({ status: 400, errors: [{ field: 'next' }] });
    },
  );

  it('keeps same-origin paths with their query and fragment, and sends a missing one home', () => {
    expect(safeNext('/employer/jobs/new', ORIGIN)).toBe('/employer/jobs/new');
    expect(safeNext('/jobs?q=a%2Fb&city=pune#top', ORIGIN)).toBe('/jobs?q=a%2Fb&city=pune#top');
    expect(safeNext('/jobs?q=back+office', ORIGIN)).toBe('/jobs?q=back+office');
    expect(safeNext(undefined, ORIGIN)).toBe('/');
    expect(safeNext('', ORIGIN)).toBe('/');
    expect(() => safeNext(' /jobs', ORIGIN)).toThrow();
  });
});

forEachEngine('every place that reads `next` refuses a hostile one', ({ db }) => {
  let app: FastifyInstance;
  const phone = uniquePhone();
  const password = 'next-is-checked-in-pune';
  beforeAll(async () => {
    app = await buildTestApp(db());
    const reg = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Sana Shaikh', phone, password },
    });
    expect(reg.statusCode).toBe(201);
  });
  afterAll(() => app.close());

  it('GET /login answers 400 for /%5Cevil.example, /%09/evil.example and CR/LF', async () => {
    for (const next of [
      '/%5Cevil.example',
      '/%09/evil.example',
      '/%0d%0aSet-Cookie:%20x=1',
      '//evil.example',
    ]) {
      const res = await app.inject({
        method: 'GET',
        url: `/login?next=${next}`,
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode, next).toBe(400);
    }
    const ok = await app.inject({
      method: 'GET',
      url: '/login?next=%2Fjobs%3Fq%3Da',
      headers: { accept: 'text/html' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('name="next" value="/jobs?q&#61;a"');
  });

  it('signing in with a hostile next is a 400, never a redirect off the site nor a 500', async () => {
    // A few of each kind: sign-in attempts from one address are throttled after ten.
    for (const next of [
      '/\\evil.example',
      '/\t/evil.example',
      '/\r\nSet-Cookie: x=1',
      '/%2F/evil.example',
      '/..//evil.example',
      'https://evil.example/',
    ]) {
      const b = new InjectBrowser(app);
      const res = await b.post('/login', { login: phone, password, next }, '/login');
      expect(res.statusCode, JSON.stringify(next)).toBe(400);
      expect(res.headers.location).toBeUndefined();
    }
    const b = new InjectBrowser(app);
    const res = await b.post('/login', { login: phone, password, next: '/me/applications' }, '/login');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/me/applications');
  });

  it('the language switcher refuses a hostile next and keeps a search with a slash in it', async () => {
    for (const next of HOSTILE) {
      const b = new InjectBrowser(app);
      const res = await b.post('/lang', { lang: 'hi', next }, '/');
      expect(res.statusCode, JSON.stringify(next)).toBe(400);
      expect(res.headers.location).toBeUndefined();
    }
    const b = new InjectBrowser(app);
    const res = await b.post('/lang', { lang: 'mr', next: '/jobs?q=data+entry%2Fback+office' }, '/');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/jobs?q=data+entry%2Fback+office');
  });
});
