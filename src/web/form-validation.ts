// How the web pages validate what a browser sends: TypeBox schemas on each route (like the API),
// compiled here with coercion, because a form or a query string is all text. A failed form is not
// a bare 400: the route keeps the error (`attachValidation`) and re-renders the form with the typed
// input and one message per field in the page language, never the validator's English.
import { Ajv, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { Translate } from '../shared/i18n/index.ts';
import type { FieldErrors } from './forms.ts';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (
  a: Ajv,
) => Ajv;
const formAjv = addFormats(
  new Ajv({
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
    coerceTypes: 'array',
  }),
);

/** Field names whose text is kept exactly as typed (no trimming). */
const VERBATIM = new Set(['password', '_csrf']);

/**
 * Form bodies and query strings as the schema should see them: an empty or blank field is a field
 * left out (so "required" and optional numbers read right, not as 0), and text is trimmed.
 */
function tidy(values: unknown): unknown {
  if (!values || typeof values !== 'object' || Array.isArray(values)) return values;
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values as Record<string, unknown>)) {
    const keep = (v: unknown) => (typeof v === 'string' && !VERBATIM.has(name) ? v.trim() : v);
    const value = Array.isArray(raw) ? raw.map(keep).filter((v) => v !== '') : keep(raw);
    if (value === '' || (Array.isArray(value) && !value.length)) continue;
    out[name] = value;
  }
  return out;
}

/** Installs the form validator and the tidy step on the web plugin's own routes. */
export function formValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => formAjv.compile(schema as object));
  app.addHook('preValidation', async (req) => {
    if (req.body && typeof req.body === 'object') req.body = tidy(req.body);
    if (req.query && typeof req.query === 'object') req.query = tidy(req.query);
  });
}

/** Schema options of a web route: validated like the API, but kept out of the API document. */
export const page = <S extends { body?: TSchema; querystring?: TSchema; params?: TSchema }>(schema: S) => ({
  schema: { ...schema, hide: true },
  attachValidation: true,
});

/**
 * Per field, per rule: the catalogue key that says it better than the generic message; the rule
 * `'*'` covers every rule of that field (one sentence that says what the field needs).
 */
export type FieldMessages = Record<string, Partial<Record<string, string>>>;

function nameOf(e: Pick<ErrorObject, 'instancePath' | 'params'>): string {
  const path = e.instancePath.replace(/^\//, '').split('/')[0] ?? '';
  const missing = (e.params as { missingProperty?: string }).missingProperty;
  return path || missing || 'form';
}

function messageOf(t: Translate, e: Pick<ErrorObject, 'keyword' | 'params'>): string {
  const p = e.params as { limit?: number; allowedValues?: unknown[] };
  switch (e.keyword) {
    case 'required':
      return t('forms.required');
    case 'minLength':
    case 'minItems':
      return t('web.form.tooShort', { min: p.limit });
    case 'maxLength':
    case 'maxItems':
      return t('web.form.tooLong', { max: p.limit });
    case 'minimum':
      return t('web.form.atLeast', { min: p.limit });
    case 'maximum':
      return t('web.form.atMost', { max: p.limit });
    case 'type':
      return (e.params as { type?: string }).type === 'integer' ||
        (e.params as { type?: string }).type === 'number'
        ? t('web.form.number')
        : t('web.form.invalid');
    case 'enum':
    case 'const':
    case 'anyOf':
      return t('web.form.choose');
    case 'format':
      return t('web.form.invalid');
    default:
      return t('web.form.invalid');
  }
}

/**
 * The failed validation of this request as one message per field in the page language; the first
 * rule a field broke wins. `messages` names a better catalogue key for a field's rule
 * (e.g. `{ email: { format: 'web.form.emailInvalid' } }`).
 */
export function formErrors(req: FastifyRequest, t: Translate, messages: FieldMessages = {}): FieldErrors {
  return fieldErrorsOf(t, (req.validationError?.validation ?? []) as ErrorObject[], messages);
}

/** The same for errors a TypeBox `Value.Errors` gives (they have ajv's shape). */
export function fieldErrorsOf(
  t: Translate,
  list: readonly Pick<ErrorObject, 'keyword' | 'instancePath' | 'params'>[],
  messages: FieldMessages = {},
): FieldErrors {
  const out: FieldErrors = {};
  // Ajv reports each branch of a union; the union's own error ("anyOf") is the one to show.
  const unions = new Set(list.filter((e) => e.keyword === 'anyOf').map(nameOf));
  for (const e of list) {
    const name = nameOf(e);
    if (out[name] || (unions.has(name) && e.keyword !== 'anyOf')) continue;
    const key = messages[name]?.[e.keyword] ?? messages[name]?.['*'];
    out[name] = key ? t(key) : messageOf(t, e);
  }
  return out;
}
