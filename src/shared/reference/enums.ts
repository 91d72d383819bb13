// The one source of the closed lists of reference data, as `as const` tuples: the TypeScript unions,
// the TypeBox schemas of the API (`literals`), the label keys of the i18n catalogues (`enumLabelKey`)
// and the rank of an education level all derive from here. taxonomy.json carries the same slugs,
// in the same order, with their names; migration 0002 loads it into the taxonomy tables, and
// enums.test.ts fails if the two drift apart (or a catalogue lacks a label).
import Type from 'typebox';

export const CATEGORIES = ['customer_service', 'back_office'] as const;
export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export const SHIFTS = ['day', 'night', 'rotational', 'uk', 'us'] as const;
/** Lowest first: the index is the level's rank (taxonomy.json `rank`, jobs.education_rank). */
export const EDUCATION_LEVELS = [
  'below_10th',
  '10th',
  '12th',
  'diploma',
  'graduate',
  'postgraduate',
] as const;
export const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent'] as const;
export const LANGUAGES = [
  'english',
  'hindi',
  'marathi',
  'gujarati',
  'tamil',
  'telugu',
  'kannada',
  'bengali',
] as const;
export const ROLES = [
  'customer-service-representative',
  'call-centre-agent',
  'international-voice-agent',
  'chat-support-executive',
  'email-support-executive',
  'technical-support-specialist',
  'help-desk-technician',
  'customer-success-manager',
  'team-lead',
  'quality-analyst',
  'training-specialist',
  'telecaller',
  'operations-manager',
  'customer-experience-manager',
  'back-office-executive',
  'data-entry-operator',
  'mis-executive',
  'accounts-assistant',
  'reconciliation-executive',
  'hr-operations-executive',
  'kyc-compliance-executive',
  'operations-executive',
  'admin-executive',
  'documentation-executive',
] as const;
export const SECTORS = ['hr', 'operations', 'it', 'accounting', 'compliance'] as const;
export const INDUSTRIES = [
  'healthcare',
  'banking',
  'insurance',
  'analytics',
  'market-research',
  'sales-marketing',
  'it-services',
  'e-commerce',
  'telecom',
  'bpo-kpo',
] as const;
export const PERKS = ['cab', 'incentives', 'pf', 'esi', 'health-insurance', 'meals', 'training'] as const;
export const SKILLS = [
  'communication',
  'typing',
  'ms-excel',
  'tally',
  'crm-tools',
  'ticketing-tools',
  'chat-software',
  'data-entry',
  'troubleshooting',
  'email-writing',
  'customer-handling',
  'sales',
  'reporting',
  'reconciliation',
  'kyc',
  'payroll',
  'documentation',
  'ms-word',
  'google-sheets',
  'sap',
  'zendesk',
  'freshdesk',
  'salesforce',
  'vlookup',
  'coaching',
  'quality-audit',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type WorkMode = (typeof WORK_MODES)[number];
export type Shift = (typeof SHIFTS)[number];
export type Education = (typeof EDUCATION_LEVELS)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Role = (typeof ROLES)[number];
export type Sector = (typeof SECTORS)[number];
export type Industry = (typeof INDUSTRIES)[number];
export type Perk = (typeof PERKS)[number];
export type Skill = (typeof SKILLS)[number];

export const EDUCATION_RANK = Object.fromEntries(
  EDUCATION_LEVELS.map((level, rank) => [level, rank]),
) as Readonly<Record<Education, number>>;

type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: Type.TLiteral<T[K]> };

/** The TypeBox schema of one of these lists: a union of its literals (an `anyOf` of consts in OpenAPI). */
export function literals<const T extends readonly string[]>(
  values: T,
  options?: Type.TSchemaOptions,
): Type.TUnion<Literals<T>> {
  return Type.Union(values.map((v) => Type.Literal(v)) as unknown as Literals<T>, options) as Type.TUnion<
    Literals<T>
  >;
}

/** The lists that pages label through the catalogues' `enum.<kind>.<slug>` keys. */
export const LABELLED_ENUMS = {
  category: CATEGORIES,
  work_mode: WORK_MODES,
  shift: SHIFTS,
  education: EDUCATION_LEVELS,
  level: LANGUAGE_LEVELS,
} as const;
/** The lists labelled under `ref.<kind>.<slug>` (reference.json). */
export const LABELLED_REFERENCE = {
  industry: INDUSTRIES,
  sector: SECTORS,
  perk: PERKS,
  language: LANGUAGES,
  skill: SKILLS,
} as const;
export type LabelledEnum = keyof typeof LABELLED_ENUMS;

/** The i18n key of a value's label, typed so that only a real value of that list compiles. */
export function enumLabelKey<K extends LabelledEnum>(
  kind: K,
  value: (typeof LABELLED_ENUMS)[K][number],
): string {
  return `enum.${kind}.${value}`;
}
