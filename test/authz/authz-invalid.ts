// Invalid versions of an API call, built from the OpenAPI document, for the matrix's second pass:
// the refused cells are sent again with input no schema accepts, and must be refused the same way.
// Which cells count: every stranger's 401, and a 403 that every account of that kind gets (a role
// refusal); a 403 only some employers get is about ownership, which the service decides later.
import type { Role } from './authz-fixture.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  enum?: unknown[];
  format?: string;
  anyOf?: JsonSchema[];
}
interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
}

const KINDS: Record<Exclude<Role, 'anonymous'>, readonly Role[]> = {
  seeker: ['seeker', 'seekerB'],
  seekerB: ['seeker', 'seekerB'],
  ownerA: ['ownerA', 'recruiterA', 'employerB'],
  recruiterA: ['ownerA', 'recruiterA', 'employerB'],
  employerB: ['ownerA', 'recruiterA', 'employerB'],
  admin: ['admin'],
};

/** Whether the matrix says this role is turned away by who it is, not by what it asks for. */
export function refusedForRole(row: Record<Role, number>, role: Role): boolean {
  if (role === 'anonymous') return row.anonymous === 401;
  return row[role] === 403 && KINDS[role].every((r) => row[r] === 403);
}

/** A value of another type than the schema asks for. */
function wrongValue(schema: JsonSchema | undefined): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if (schema?.anyOf) return { not: 'any of these' };
  switch (type) {
    case 'string':
      return schema?.enum || schema?.format ? 'not-one-of-them' : 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'perhaps';
    case 'array':
      return 'not a list';
    default:
      return 'not an object';
  }
}

/** A query-string value that cannot be read as the parameter's type, or undefined for free text. */
function wrongQueryValue(schema: JsonSchema | undefined): string | undefined {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  if (type === 'integer' || type === 'number' || type === 'boolean') return 'not-a-number';
  if (schema?.enum || schema?.format || schema?.anyOf) return 'not-one-of-them';
  return undefined;
}

export interface InvalidRequest {
  what: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export function invalidRequests(
  doc: OpenApiDoc,
  method: string,
  pattern: string,
  params: Record<string, string>,
): InvalidRequest[] {
  const op = doc.paths[pattern]?.[method.toLowerCase()] ?? {};
  const fill = (values: Record<string, string>) =>
    Object.entries(values).reduce(
      (path, [name, v]) => path.replace(`{${name}}`, encodeURIComponent(v)),
      pattern,
    );
  const query = new URLSearchParams();
  for (const p of op.parameters ?? []) {
    const v = p.in === 'query' ? wrongQueryValue(p.schema) : undefined;
    if (v !== undefined) query.set(p.name, v);
  }
  const url = `${fill(params)}${query.size ? `?${query}` : ''}`;
  const json = { 'content-type': 'application/json' };
  const out: InvalidRequest[] = [];
  if (method !== 'GET') {
    const schema = op.requestBody?.content?.['application/json']?.schema;
    const fields = Object.fromEntries(
      Object.entries(schema?.properties ?? { anything: {} }).map(([k, s]) => [k, wrongValue(s)]),
    );
    out.push(
      { what: 'a list for a body', url, headers: json, payload: '["not", "an", "object"]' },
      { what: 'wrong-typed fields', url, headers: json, payload: JSON.stringify(fields) },
      { what: 'unreadable JSON', url, headers: json, payload: '{"half": ' },
      // Every required field missing: validation would answer 400 if it ran before the role check.
      { what: 'an empty body', url, headers: json, payload: '{}' },
    );
  } else out.push({ what: 'a bad query', url, headers: {} });
  // Path parameters no route accepts (a word for a number, a number for a uuid).
  if (Object.keys(params).length) {
    const bad = Object.fromEntries(Object.keys(params).map((k) => [k, 'not-an-id']));
    out.push({ what: 'a bad path', url: fill(bad), headers: {} });
  }
  return out;
}
