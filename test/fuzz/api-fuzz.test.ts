// Schema-driven fuzzing: for every API route in the OpenAPI document, fast-check draws path
// params, query strings and JSON bodies from the route's own schemas (valid, broken and arbitrary)
// and sends them as anonymous, a seeker, an employer or an admin. Property: never a 5xx.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { forEachEngine } from '../../src/shared/db/testing.ts';
import { type Actor, employerWithCompany, postJob, register, registerAdmin } from '../support/app.ts';
import { anyValue, type JsonSchema } from './schema-arbitrary.ts';

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Calls that would sign out or erase the fuzzing actor run anonymously only. */
const SELF_DESTRUCTIVE = new Set(['DELETE /api/v1/me', 'POST /api/v1/auth/logout']);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 40);

function queryString(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v])
      search.append(k, typeof item === 'string' ? item : JSON.stringify(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

forEachEngine('schema-driven fuzzing of the API', ({ db }) => {
  let app: FastifyInstance;
  let actors: (Actor | null)[];
  let realIds: string[];
  let operations: [string, string, Operation][];
  beforeAll(async () => {
    const config = loadConfig({
      PUBLIC_URL: 'http://localhost:3000',
      DEMO_DATA: '0',
      RATE_LIMIT_SCALE: '1000',
    });
    app = await buildApp({ db: db(), config });
    await app.ready();
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    actors = [null, await register(app, 'seeker'), employer, await registerAdmin(app, db())];
    realIds = [String(job.id), employer.companyId, employer.id];
    const doc = (await app.inject('/api/openapi.json')).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    operations = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([m, op]) => [m.toUpperCase(), path, op] as [string, string, Operation]),
      );
  });
  afterAll(async () => {
    await app.close();
  });

  it('no route answers 5xx to generated params, queries and bodies, from any role', async () => {
    expect(operations.length).toBeGreaterThan(40);
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    for (const [method, path, op] of operations) {
      const params = (op.parameters ?? []).filter((p) => p.in === 'path');
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const request = fc.record({
        actor: SELF_DESTRUCTIVE.has(`${method} ${path}`) ? fc.constant(null) : fc.constantFrom(...actors),
        params: fc.record(
          Object.fromEntries(
            params.map((p) => [
              p.name,
              fc.oneof(
                fc.constantFrom(...realIds),
                anyValue(p.schema ?? {}).map((v) => String(v)),
              ),
            ]),
          ),
        ),
        query: fc.record(Object.fromEntries(query.map((p) => [p.name, anyValue(p.schema ?? {})])), {
          requiredKeys: [],
        }),
        body: bodySchema ? anyValue(bodySchema) : fc.constant(undefined),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async ({ actor, params: values, query: q, body }) => {
            let url = path;
            for (const [name, v] of Object.entries(values))
              url = url.replace(`{${name}}`, encodeURIComponent(v) || 'x');
            const res = await app.inject({
              method: method as 'GET',
              url: `${url}${queryString(q)}`,
              headers: actor ? actor.auth : {},
              ...(body === undefined
                ? {}
                : {
                    payload: JSON.stringify(body),
                    headers: { ...(actor?.auth ?? {}), 'content-type': 'application/json' },
                  }),
            });
            statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            if (res.statusCode >= 500) {
              failures.push(
                `${method} ${url}${queryString(q)} body=${JSON.stringify(body)?.slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 300)}`,
              );
              return false;
            }
            return true;
          }),
          { numRuns: RUNS_PER_ROUTE, seed: Number(process.env.FUZZ_SEED ?? 6), endOnFailure: true },
        )
        .catch(() => {});
    }
    // Most draws should get past validation, or the fuzzer only tests the validator.
    const passed = Object.entries(statuses)
      .filter(([s]) => s !== '400')
      .reduce((n, [, c]) => n + c, 0);
    expect(passed).toBeGreaterThan(operations.length * RUNS_PER_ROUTE * 0.3);
    if (process.env.FUZZ_VERBOSE) console.log(statuses);
    expect(failures).toEqual([]);
  });
});
