// Small building blocks for server-rendered forms with inline errors next to each field.
import { html } from 'ghtml';
import type { Translate } from '../shared/i18n/index.ts';

export type FieldErrors = Record<string, string>;

/** Validation messages from the schema and services are English; these read in the page language. */
const MESSAGES: [RegExp, string, string?][] = [
  [/must not have fewer than (\d+) characters/, 'tooShort', 'min'],
  [/must not have more than (\d+) characters/, 'tooLong', 'max'],
  [/must be >= (\d+)/, 'atLeast', 'min'],
  [/must be <= (\d+)/, 'atMost', 'max'],
  [/must have required propert/, 'required'],
  [/is not a known|must be equal to constant|must match a schema in anyOf|Choose/, 'choose'],
  [/give both ends of the range/, 'salaryBoth'],
  [/must not be more than salary_max/, 'salaryOrder'],
  [/under 1,000 looks like a typo/, 'salaryTypo'],
  [/must not be more than experience_max/, 'experienceOrder'],
  [/must be a PDF that opens/, 'pdfUnreadable'],
  [/must be a PDF file/, 'pdfOnly'],
  [/must be a 10-digit Indian mobile number/, 'phoneInvalid'],
  [/is not an email address|must match format "email"/, 'emailInvalid'],
  [/is required for a new account \(2 to 100/, 'nameNew'],
  [/is required for a new account: seeker or employer/, 'roleNew'],
];

/**
 * `own`: a form's own wording for some messages (e.g. `salaryOrder` naming the fields as that form
 * labels them), by message key, instead of the shared `web.form.*` words.
 */
export function localizeMessage(t: Translate, message: string, own: Record<string, string> = {}): string {
  for (const [pattern, key, param] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) return t(own[key] ?? `web.form.${key}`, param ? { [param]: m[1] } : {});
  }
  return message;
}

export function toFieldErrors(
  errors: { field: string; message: string }[],
  t?: Translate,
  own?: Record<string, string>,
): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = e.field.split('.')[0] ?? e.field;
    out[key] ??= t ? localizeMessage(t, e.message, own) : e.message;
  }
  return out;
}

interface FieldOptions {
  name: string;
  label: string;
  value?: string | number | null;
  errors: FieldErrors;
  type?: string;
  hint?: string;
  required?: boolean;
  attrs?: string;
  /** Trusted markup shown under the field's error (links that say what to do about it). */
  after?: string;
}

export function errorText(name: string, errors: FieldErrors): string {
  return errors[name] ? html`<p class="field-error" id="${name}-error">${errors[name]}</p>` : '';
}

function describedBy(name: string, errors: FieldErrors, hint?: string): string {
  const ids = [errors[name] ? `${name}-error` : '', hint ? `${name}-hint` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

export function input(o: FieldOptions): string {
  return html`<div class="field${o.errors[o.name] ? ' invalid' : ''}">
  <label for="${o.name}">${o.label}</label>
  <input id="${o.name}" name="${o.name}" type="${o.type ?? 'text'}" value="${o.value ?? ''}"${o.required ? ' required' : ''}!${o.errors[o.name] ? ' aria-invalid="true"' : ''}!${describedBy(o.name, o.errors, o.hint)} !${o.attrs ?? ''}>
  !${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''}
  !${errorText(o.name, o.errors)}
  !${o.after ?? ''}
</div>`;
}

export function textarea(o: FieldOptions & { rows?: number }): string {
  return html`<div class="field${o.errors[o.name] ? ' invalid' : ''}">
  <label for="${o.name}">${o.label}</label>
  <textarea id="${o.name}" name="${o.name}" rows="${o.rows ?? 6}"${o.required ? ' required' : ''}!${o.errors[o.name] ? ' aria-invalid="true"' : ''}!${describedBy(o.name, o.errors, o.hint)}>${o.value ?? ''}</textarea>
  !${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''}
  !${errorText(o.name, o.errors)}
</div>`;
}

export function select(
  o: FieldOptions & { options: { value: string; label: string }[]; emptyLabel?: string },
): string {
  return html`<div class="field${o.errors[o.name] ? ' invalid' : ''}">
  <label for="${o.name}">${o.label}</label>
  <select id="${o.name}" name="${o.name}"${o.required ? ' required' : ''}!${o.errors[o.name] ? ' aria-invalid="true"' : ''}!${describedBy(o.name, o.errors)}>
    !${o.emptyLabel !== undefined ? html`<option value="">${o.emptyLabel}</option>` : ''}
    !${o.options.map((op) => html`<option value="${op.value}"${String(o.value ?? '') === op.value ? ' selected' : ''}>${op.label}</option>`).join('')}
  </select>
  !${errorText(o.name, o.errors)}
</div>`;
}

export function checkboxes(o: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  errors: FieldErrors;
}): string {
  return html`<fieldset class="field checks${o.errors[o.name] ? ' invalid' : ''}"><legend>${o.legend}</legend>
  !${o.options
    .map(
      (op) =>
        html`<label><input type="checkbox" name="${o.name}" value="${op.value}"${o.checked.includes(op.value) ? ' checked' : ''}> ${op.label}</label>`,
    )
    .join('')}
  !${errorText(o.name, o.errors)}
</fieldset>`;
}

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

/** Form bodies arrive as strings or string arrays; this reads one field either way. */
export function field(body: unknown, name: string): string | undefined {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s : undefined;
}

export function fieldList(body: unknown, name: string): string[] {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' && v ? [v] : [];
}
