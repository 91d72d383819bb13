// Every API route from the OpenAPI document, called by every role, must answer the status written
// in authz-matrix.json, and never a 5xx. A route missing from the table fails the test: a new
// route joins by adding how to call it (authz-routes.json) and its row (authz-matrix.json).
// `AUTHZ_RECORD=1 npx vitest run test/authz` rewrites the table from what the app answers: review
// the diff before committing it. A second pass sends the refused cells again with invalid input (a
// body of the wrong shape, wrong-typed fields, unreadable JSON, a bad query and path): who is
// refused must not depend on what they sent, so a stranger stays 401 and a wrong role 403.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { forEachEngine } from '../../src/shared/db/testing.ts';
import {
  buildCast,
  type Cast,
  freshActor,
  ROLES,
  type Role,
  type RouteCall,
  resolveBody,
  resolveParam,
} from './authz-fixture.ts';
import { invalidRequests, type OpenApiDoc, refusedForRole } from './authz-invalid.ts';

const routesFile = new URL('./authz-routes.json', import.meta.url);
const matrixFile = new URL('./authz-matrix.json', import.meta.url);
const calls = JSON.parse(readFileSync(routesFile, 'utf8')) as Record<string, RouteCall>;
const matrix = JSON.parse(readFileSync(matrixFile, 'utf8')) as Record<string, Record<Role, number>>;
const recording = process.env.AUTHZ_RECORD === '1';

/** `METHOD /api/...` for every documented API operation. */
export async function apiRoutes(app: FastifyInstance): Promise<string[]> {
  const doc = (await app.inject('/api/openapi.json')).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

forEachEngine('authorization matrix', ({ db, engine }) => {
  let app: FastifyInstance;
  let cast: Cast;
  beforeAll(async () => {
    // Limits scaled up: this suite makes hundreds of calls from one address on purpose.
    const config = loadConfig({
      PUBLIC_URL: 'http://localhost:3000',
      DEMO_DATA: '0',
      RATE_LIMIT_SCALE: '1000',
    });
    app = await buildApp({ db: db(), config });
    await app.ready();
    cast = await buildCast(app, db());
  });
  afterAll(async () => {
    await app.close();
  });

  it('every API route has a row in the matrix (new route: add it to the matrix)', async () => {
    const routes = await apiRoutes(app);
    const missing = routes.filter((r) => !calls[r] || (!matrix[r] && !recording));
    expect(missing, 'new route: add it to test/authz/authz-routes.json and authz-matrix.json').toEqual([]);
    const stale = Object.keys(calls).filter((r) => !routes.includes(r));
    expect(stale, 'routes in the matrix that the app no longer has').toEqual([]);
  });

  it('each role gets exactly the expected status on every route, and nothing answers 5xx', async () => {
    const routes = await apiRoutes(app);
    const observed: Record<string, Record<string, number>> = {};
    const wrong: string[] = [];
    for (const route of routes) {
      const call = calls[route];
      if (!call) continue;
      const [method, pattern] = route.split(' ') as [string, string];
      observed[route] = {};
      for (const role of ROLES) {
        let path = pattern;
        for (const [name, kind] of Object.entries(call.params ?? {}))
          path = path.replace(`{${name}}`, await resolveParam(app, cast, kind));
        const actor = call.freshActor
          ? await freshActor(app, db(), cast, role)
          : role === 'anonymous'
            ? null
            : cast.actors[role];
        const body = resolveBody(cast, call.body);
        const res = await app.inject({
          method: method as 'GET',
          url: call.query ? `${path}?${call.query}` : path,
          headers: actor ? actor.auth : {},
          ...(body === undefined ? {} : { payload: body as object }),
        });
        observed[route][role] = res.statusCode;
        if (res.statusCode >= 500)
          wrong.push(`${route} as ${role}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (!recording && matrix[route]?.[role] !== res.statusCode)
          wrong.push(`${route} as ${role}: expected ${matrix[route]?.[role]}, got ${res.statusCode}`);
      }
    }
    if (recording && engine === 'pglite') writeFileSync(matrixFile, `${JSON.stringify(observed, null, 2)}\n`);
    expect(wrong).toEqual([]);
    // About 100 routes x 7 roles, one request after another: on the embedded engine and a loaded
    // shared machine that is more than the default minute (45 s on the server engine at load 20).
  }, 180_000);

  it('authentication and role come before validation: invalid input from a stranger is 401, from a wrong role 403', async () => {
    const doc = (await app.inject('/api/openapi.json')).json<OpenApiDoc>();
    const wrong: string[] = [];
    let sent = 0;
    for (const route of await apiRoutes(app)) {
      const call = calls[route];
      const row = matrix[route];
      if (!call || !row) continue;
      const [method, pattern] = route.split(' ') as [string, string];
      for (const role of ROLES) {
        if (!refusedForRole(row, role)) continue;
        const params: Record<string, string> = {};
        for (const [name, kind] of Object.entries(call.params ?? {}))
          params[name] = await resolveParam(app, cast, kind);
        const actor = role === 'anonymous' ? null : cast.actors[role];
        for (const bad of invalidRequests(doc, method, pattern, params)) {
          const res = await app.inject({
            method: method as 'POST',
            url: bad.url,
            headers: { ...(actor ? actor.auth : {}), ...bad.headers },
            ...(bad.payload === undefined ? {} : { payload: bad.payload }),
          });
          sent++;
          if (res.statusCode !== row[role])
            wrong.push(`${route} as ${role} with ${bad.what}: expected ${row[role]}, got ${res.statusCode}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
  });
});
