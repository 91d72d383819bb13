// A small JSON Schema -> fast-check mapper for the subset our TypeBox schemas produce (types,
// enums/const, bounds, patterns, formats, arrays, objects, anyOf/oneOf, nullable type lists).
// `valid` aims at values the schema accepts; `anyValue` mixes those with arbitrary JSON.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

const formats: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid(),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
  'date-time': fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  date: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
};

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  const known = s.format ? formats[s.format] : undefined;
  if (known) return known;
  if (s.pattern) {
    // fast-check reads the pattern; a pattern it cannot read falls back to plain text.
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 10_000));
    } catch {
      return fc.string();
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 200) });
}

function numberOf(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1_000_000);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000);
  return integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function valid(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return fc.oneof(...union.map((u) => valid(u, depth + 1)));
  if (s.allOf?.length) return valid(Object.assign({}, ...s.allOf) as JsonSchema, depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => valid({ ...s, type: t }, depth + 1)));
  switch (types[0] ?? (s.properties ? 'object' : undefined)) {
    case 'string':
      return stringOf(s);
    case 'integer':
      return numberOf(s, true);
    case 'number':
      return numberOf(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(s.items && depth < 4 ? valid(s.items, depth + 1) : fc.jsonValue(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 5, 8),
      });
    case 'object': {
      const props = s.properties ?? {};
      const required = s.required ?? [];
      if (depth >= 4) return fc.constant({});
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(v, depth + 1)])), {
        requiredKeys: required.filter((k) => k in props),
      });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Mostly schema-shaped values, some with a field dropped or retyped, some arbitrary JSON. */
export function anyValue(s: JsonSchema): fc.Arbitrary<unknown> {
  const broken = valid(s).chain((v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fc.constant(v);
    const keys = Object.keys(v);
    if (!keys.length) return fc.constant(v);
    return fc
      .tuple(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 1 }), fc.boolean())
      .map(([k, junk, drop]) => {
        const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
        if (drop) delete copy[k];
        else copy[k] = junk;
        return copy;
      });
  });
  return fc.oneof(
    { weight: 3, arbitrary: valid(s) },
    { weight: 2, arbitrary: broken },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
}
