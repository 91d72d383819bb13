// Job schemas: what a posting may contain (field names from shared/DOMAIN.md and CONTRACT.md),
// validated at the edge; they also produce the OpenAPI document. Cross-field rules (salary order,
// locality inside the city) live in jobs.service.ts because a schema cannot see the taxonomy.
import Type, { type Static } from 'typebox';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  LANGUAGE_LEVELS,
  literals,
  SHIFTS,
  WORK_MODES,
} from '../../shared/reference/index.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

// The closed lists come from the one reference source (src/shared/reference/enums.ts).
export const Category = literals(CATEGORIES);
export const WorkMode = literals(WORK_MODES);
export const Shift = literals(SHIFTS);
export const Education = literals(EDUCATION_LEVELS);
export const LanguageLevel = literals(LANGUAGE_LEVELS);
export const LanguageReq = Type.Union([
  Type.String({
    minLength: 2,
    maxLength: 30,
    description: 'language slug; level defaults to conversational',
  }),
  Type.Object(
    { language: Type.String({ minLength: 2, maxLength: 30 }), level: LanguageLevel },
    { additionalProperties: false },
  ),
]);
const Rupees = Type.Integer({ minimum: 0, maximum: 500000, description: 'INR a month' });

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (India)' });
/** Where and when candidates meet the employer; every part optional. */
export const InterviewDetails = Type.Object(
  {
    address: Type.Optional(Type.String({ minLength: 5, maxLength: 300 })),
    walk_in_from: Type.Optional(Day),
    walk_in_to: Type.Optional(Day),
    timings: Type.Optional(
      Type.String({ minLength: 2, maxLength: 120, description: 'e.g. 10 am to 4 pm, Mon-Sat' }),
    ),
  },
  { additionalProperties: false },
);
export type InterviewDetails = Static<typeof InterviewDetails>;

const jobFields = {
  title: Type.String({ minLength: 5, maxLength: 120 }),
  description: Type.String({ minLength: 30, maxLength: 8000 }),
  category: Category,
  role: Type.String({ minLength: 2, maxLength: 60, description: 'role slug from /taxonomy' }),
  sector: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 30 }))),
  industry: Type.String({ minLength: 2, maxLength: 60 }),
  city: Type.String({ minLength: 2, maxLength: 60 }),
  locality: Type.String({ minLength: 2, maxLength: 60 }),
  work_mode: WorkMode,
  shift: Shift,
  salary_min: Type.Optional(Nullable(Rupees)),
  salary_max: Type.Optional(Nullable(Rupees)),
  experience_min: Type.Optional(Type.Integer({ minimum: 0, maximum: 40, default: 0 })),
  experience_max: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 40 }))),
  education_min: Education,
  languages: Type.Optional(Type.Array(LanguageReq, { maxItems: 8 })),
  skills: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
  perks: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10 })),
  openings: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
  interview: Type.Optional(Nullable(InterviewDetails)),
};

export const JobBody = Type.Object(
  {
    ...jobFields,
    company_id: Type.Optional(
      Type.String({ format: 'uuid', description: "defaults to the employer's first company" }),
    ),
    status: Type.Optional(
      Type.Union([Type.Literal('draft'), Type.Literal('published')], { default: 'draft' }),
    ),
  },
  { additionalProperties: false },
);
export type JobBody = Static<typeof JobBody>;

export const JobPatch = Type.Partial(Type.Object(jobFields), { additionalProperties: false });
export type JobPatch = Static<typeof JobPatch>;

export const JobStatus = Type.Union(
  ['draft', 'published', 'paused', 'closed', 'held', 'expired'].map((s) => Type.Literal(s)),
);

export const CompanyRef = Type.Object({ id: Type.String(), name: Type.String(), verified: Type.Boolean() });

export const JobOut = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  category: Type.String(),
  role: Type.String(),
  role_name: Type.String(),
  sector: Nullable(Type.String()),
  industry: Type.String(),
  city: Type.String(),
  city_name: Type.String(),
  locality: Type.String(),
  locality_name: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  work_mode: Type.String(),
  shift: Type.String(),
  salary_min: Nullable(Type.Integer()),
  salary_max: Nullable(Type.Integer()),
  experience_min: Type.Integer(),
  experience_max: Nullable(Type.Integer()),
  education_min: Type.String(),
  languages: Type.Array(Type.Object({ language: Type.String(), level: Type.String() })),
  skills: Type.Array(Type.String()),
  perks: Type.Array(Type.String()),
  openings: Type.Integer(),
  interview: Nullable(InterviewDetails),
  status: JobStatus,
  company: CompanyRef,
  posted_at: Nullable(Type.String()),
  expires_at: Nullable(Type.String()),
  closed_at: Nullable(Type.String()),
  closed_reason: Nullable(
    Type.Union(
      [
        Type.Literal('filled'),
        Type.Literal('employer'),
        Type.Literal('expired'),
        Type.Literal('unconfirmed'),
        Type.Literal('moderation'),
      ],
      { description: 'why a closed job closed; filled = its openings were hired' },
    ),
  ),
  created_at: Type.String(),
  updated_at: Type.String(),
  reconfirm_requested_at: Type.Optional(
    Nullable(
      Type.String({
        description:
          'Set when the employer has not acted on the job for 14 days and was asked to re-confirm it is still open',
      }),
    ),
  ),
  hints: Type.Optional(
    Type.Array(
      Type.Object({
        code: Type.Literal('title_reads_as'),
        params: Type.Record(Type.String(), Type.String()),
        text: Type.String(),
      }),
      {
        description:
          "For the job's owner: how search reads the posting, e.g. a title that reads as another role than the one picked (params read_as, read_as_name, picked, picked_name). Search matches both either way.",
      },
    ),
  ),
  moderation: Type.Optional(
    Type.Object({
      state: Type.Union([Type.Literal('clear'), Type.Literal('flagged'), Type.Literal('held')]),
      reasons: Type.Array(Type.String()),
      codes: Type.Optional(
        Type.Array(Nullable(Type.String()), {
          description:
            'In step with reasons: the code each reason was written from (a scam rule id such as fee-or-deposit, or charges-seekers), null for free text. Clients translate by code; reasons stays English.',
        }),
      ),
    }),
  ),
});
export type JobOut = Static<typeof JobOut>;

export const JobParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9007199254740991 }) });
export const JobList = Type.Object({ items: Type.Array(JobOut) });

export const CloseQuery = Type.Object(
  {
    reason: Type.Optional(
      Type.Union([Type.Literal('filled'), Type.Literal('employer')], {
        description: 'filled: the openings are hired; employer (default): any other reason',
      }),
    ),
  },
  { additionalProperties: false },
);
