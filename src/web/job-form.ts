// The post-a-job / edit-a-job form: its TypeBox schema (built from the API's, so the two cannot
// drift), the typed input kept for a re-render, the form as the API's JobBody, and a saved job as
// form values again. Skills are typed by name in any of the page languages and stored as slugs.
import Type, { type Static } from 'typebox';
import { Education, JobBody, type JobOut, Shift, WorkMode } from '../modules/jobs/index.ts';
import { LANGUAGES, type Translate, translator } from '../shared/i18n/index.ts';
import type { PageContext } from './context.ts';
import type { FieldMessages } from './form-validation.ts';
import { skillLabel } from './format.ts';
import { type FieldErrors, localizeMessage } from './forms.ts';

const Rupees = Type.Integer({ minimum: 0, maximum: 500000 });
const Years = Type.Integer({ minimum: 0, maximum: 40 });
const Slugs = (maxItems: number) => Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems });
/** The posting form: the API's fields, with a place picker (city/locality) and skills as text. */
export const JobForm = Type.Object({
  title: JobBody.properties.title,
  description: JobBody.properties.description,
  role: JobBody.properties.role,
  sector: Type.Optional(Type.String({ minLength: 2, maxLength: 30 })),
  industry: JobBody.properties.industry,
  place: Type.String({ pattern: '^[a-z0-9-]{2,60}/[a-z0-9-]{2,60}$' }),
  work_mode: WorkMode,
  shift: Shift,
  education_min: Education,
  salary_min: Type.Optional(Rupees),
  salary_max: Type.Optional(Rupees),
  experience_min: Type.Optional(Years),
  experience_max: Type.Optional(Years),
  openings: JobBody.properties.openings,
  languages: Type.Optional(Slugs(8)),
  perks: Type.Optional(Slugs(10)),
  skills: Type.Optional(Type.String({ maxLength: 800 })),
  status: Type.Optional(Type.Enum(['draft', 'published'])),
  interview_address: Type.Optional(Type.String({ maxLength: 300 })),
  walk_in_from: Type.Optional(Type.String({ maxLength: 10 })),
  walk_in_to: Type.Optional(Type.String({ maxLength: 10 })),
  interview_timings: Type.Optional(Type.String({ maxLength: 120 })),
});
/** The form's interview fields and the API's `interview.*` names, both ways. */
export const INTERVIEW_FIELDS = {
  interview_address: 'address',
  walk_in_from: 'walk_in_from',
  walk_in_to: 'walk_in_to',
  interview_timings: 'timings',
} as const;
/** An API error on `interview.timings` belongs to the form's `interview_timings` box. */
export function formFieldOf(field: string): string {
  const m = /^interview\.(\w+)/.exec(field);
  if (!m) return field;
  return Object.entries(INTERVIEW_FIELDS).find(([, api]) => api === m[1])?.[0] ?? 'interview_address';
}
export type JobForm = Static<typeof JobForm>;

/** The form's fields in the order the page shows them (the error summary follows it). */
export const JOB_FORM_FIELDS = [
  'title',
  'role',
  'sector',
  'industry',
  'place',
  'work_mode',
  'shift',
  'salary_min',
  'salary_max',
  'experience_min',
  'experience_max',
  'education_min',
  'languages',
  'skills',
  'perks',
  'interview_address',
  'walk_in_from',
  'walk_in_to',
  'interview_timings',
  'openings',
  'description',
] as const;

/** Every rule a field can break has one sentence: what the field needs, in the page's language. */
export const JOB_FORM_MESSAGES: FieldMessages = Object.fromEntries(
  JOB_FORM_FIELDS.map((f) => [f, { '*': `jobForm.errors.${f}` }]),
);

/** API field names that the form shows under another box. */
const FORM_BOX: Record<string, string> = { city: 'place', locality: 'place', category: 'role' };

/** Cross-field rules the service checks, by the English it words them in (see job-validation.ts). */
const CROSS_FIELD: [RegExp, string][] = [
  [/give both ends of the range/, 'salaryBoth'],
  [/must not be more than salary_max/, 'salaryOrder'],
  [/under 1,000 looks like a typo/, 'salaryTypo'],
  [/must not be more than experience_max/, 'experienceOrder'],
];

/**
 * The service's (or `Value.Errors`') problems as one message per form box: what is wrong and what
 * to do, in the page's language. A rule that spans two boxes says so ("Salary: the minimum must not
 * be above the maximum"); anything else gets its box's sentence.
 */
export function jobFormErrors(t: Translate, list: { field: string; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of list) {
    const api = formFieldOf(e.field).split('.')[0] ?? e.field;
    const box = FORM_BOX[api] ?? api;
    if (out[box]) continue;
    const cross =
      CROSS_FIELD.find(([re]) => re.test(e.message))?.[1] ??
      (/must not be in the past/.test(e.message) ? `${box}Past` : undefined);
    const key = `jobForm.errors.${cross ?? box}`;
    out[box] = t(key, { defaultValue: localizeMessage(t, e.message) });
  }
  return out;
}

/** What the employer typed, as text for the form again. */
export function typed(body: unknown): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>))
    out[k] = Array.isArray(v) ? v.map(String) : v === undefined || v === null ? undefined : String(v);
  return out;
}

/** The posted form in the API's JobBody shape, so the service sees what an API client sends. */
export function jobBodyOf(
  form: JobForm,
  category: string,
  skillNames: Map<string, string>,
  /** When editing: languages the job already asks for keep their level (the form has no level). */
  existing?: JobOut,
): JobBody {
  const [city = '', locality = ''] = (form.place ?? '').split('/');
  return {
    title: form.title,
    description: form.description,
    category: category as JobBody['category'],
    role: form.role,
    ...(form.sector ? { sector: form.sector } : {}),
    industry: form.industry,
    city,
    locality,
    work_mode: form.work_mode,
    shift: form.shift,
    education_min: form.education_min,
    salary_min: form.salary_min ?? null,
    salary_max: form.salary_max ?? null,
    experience_min: form.experience_min ?? 0,
    experience_max: form.experience_max ?? null,
    openings: form.openings ?? 1,
    languages: (form.languages ?? []).map(
      (slug) => (existing?.languages.find((l) => l.language === slug) as JobLanguage | undefined) ?? slug,
    ),
    perks: form.perks ?? [],
    skills: skillSlugs(form.skills ?? '', skillNames),
    status: form.status === 'draft' ? 'draft' : 'published',
    interview: interviewOf(form),
  };
}

function interviewOf(form: JobForm): NonNullable<JobBody['interview']> | null {
  const out: Record<string, string> = {};
  for (const [name, api] of Object.entries(INTERVIEW_FIELDS)) {
    const v = form[name as keyof typeof INTERVIEW_FIELDS]?.trim();
    if (v) out[api] = v;
  }
  return Object.keys(out).length ? out : null;
}

type JobLanguage = Exclude<NonNullable<JobBody['languages']>[number], string>;

/** "ms excel", "MS Excel", "एमएस एक्सेल"... -> one key to look a typed skill up by. */
const skillKey = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');

/** Every known skill under its slug and its name in each language, keyed for lookup. */
export function skillNamesOf(slugs: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const slug of slugs) {
    names.set(skillKey(slug), slug);
    for (const lang of LANGUAGES)
      names.set(skillKey(translator(lang)(`ref.skill.${slug}`, { defaultValue: slug })), slug);
  }
  return names;
}

/** The skills box as slugs: a known name becomes its slug; anything else stays as typed (lower case). */
export function skillSlugs(text: string, names: Map<string, string>): string[] {
  return text
    .split(/[,،、\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => names.get(skillKey(s)) ?? s.toLowerCase());
}

/** A saved job as the form's values, skills by name in the page language. */
export function formValuesOf(ctx: PageContext, job: JobOut): Record<string, string | string[] | undefined> {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? undefined : String(v));
  return {
    title: job.title,
    description: job.description,
    role: job.role,
    sector: job.sector ?? undefined,
    industry: job.industry,
    place: `${job.city}/${job.locality}`,
    work_mode: job.work_mode,
    shift: job.shift,
    education_min: job.education_min,
    salary_min: n(job.salary_min),
    salary_max: n(job.salary_max),
    experience_min: n(job.experience_min),
    experience_max: n(job.experience_max),
    openings: n(job.openings),
    languages: job.languages.map((l) => l.language),
    perks: job.perks,
    skills: job.skills.map((s) => skillLabel(ctx, s)).join(', '),
    interview_address: job.interview?.address,
    walk_in_from: job.interview?.walk_in_from,
    walk_in_to: job.interview?.walk_in_to,
    interview_timings: job.interview?.timings,
  };
}
