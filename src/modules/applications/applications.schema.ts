// Application schemas (shared/CONTRACT.md "Applications"): a seeker applies, withdraws and tracks;
// the owning employer lists applicants and moves them through stages.
import Type, { type Static } from 'typebox';
import { EDUCATION_LEVELS, literals } from '../../shared/reference/index.ts';
import { BadgeOut } from '../skills/index.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const EMPLOYER_STAGES = [
  'applied',
  'shortlisted',
  'interview',
  'offered',
  'hired',
  'rejected',
] as const;
export type Stage = (typeof EMPLOYER_STAGES)[number] | 'withdrawn';
export const StageIn = Type.Union(EMPLOYER_STAGES.map((s) => Type.Literal(s)));

export const ApplicationParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9007199254740991 }) });
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});

/** A step as the seeker sees it: the stage, who moved it and when; never the recruiters' note. */
export const SeekerHistoryEntry = Type.Object({
  from: Nullable(Type.String()),
  to: Type.String(),
  by: Type.String({ description: 'seeker | employer | admin' }),
  at: Type.String(),
});
/** A step as the company's members see it: with the note, which stays between the recruiters. */
export const HistoryEntry = Type.Object({
  from: Nullable(Type.String()),
  to: Type.String(),
  by: Type.String({ description: 'seeker | employer | admin' }),
  note: Nullable(Type.String({ description: 'internal to the company; never shown to the seeker' })),
  at: Type.String(),
});

export const ApplicationJob = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  company: Type.Object({ id: Type.String(), name: Type.String() }),
  status: Type.String(),
  locality_name: Nullable(Type.String()),
  city_name: Nullable(Type.String()),
});

export const ApplicationOut = Type.Object({
  id: Type.Integer(),
  job: ApplicationJob,
  stage: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  history: Type.Array(SeekerHistoryEntry, {
    description: 'stage moves only: no notes, no note-only entries',
  }),
});
export type ApplicationOut = Static<typeof ApplicationOut>;
export const ApplicationList = Type.Object({ items: Type.Array(ApplicationOut) });

export const Applicant = Type.Object({
  id: Type.Integer(),
  job_id: Type.Integer(),
  stage: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  seeker: Nullable(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      phone: Type.String(),
      phone_masked: Type.Boolean(),
      has_resume: Type.Boolean(),
    }),
  ),
  history: Type.Array(HistoryEntry),
  match: Type.Object({
    score: Type.Integer({ minimum: 0, maximum: 100 }),
    reasons: Type.Array(
      Type.Object({
        code: Type.String({
          description: 'no_profile | education | experience | languages | skills | near | city',
        }),
        text: Type.String({ description: 'English' }),
        params: Type.Optional(
          Type.Object(
            {
              education: Type.Optional(Type.String()),
              years: Type.Optional(Type.Integer()),
              languages: Type.Optional(Type.Array(Type.String())),
              skills: Type.Optional(Type.Array(Type.String())),
              place: Type.Optional(Type.String({ description: 'locality slug (near) or city slug (city)' })),
            },
            { description: 'slugs and numbers to say the reason in another language' },
          ),
        ),
      }),
    ),
  }),
  experience_years: Nullable(Type.Integer()),
  education: Nullable(Type.String()),
  badges: Type.Array(BadgeOut, { description: "the seeker's verified, unexpired skill-check badges" }),
});
export type Applicant = Static<typeof Applicant>;
export const ApplicantList = Type.Object({ items: Type.Array(Applicant), total: Type.Integer() });

export const StageBody = Type.Object(
  { stage: StageIn, note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
export type StageBody = Static<typeof StageBody>;

export const ApplicantFilter = Type.Object({
  stage: Type.Optional(Type.Union([...EMPLOYER_STAGES, 'withdrawn' as const].map((v) => Type.Literal(v)))),
  applied_from: Type.Optional(Type.String({ format: 'date', description: 'YYYY-MM-DD, inclusive' })),
  applied_to: Type.Optional(Type.String({ format: 'date', description: 'YYYY-MM-DD, inclusive' })),
  experience_min: Type.Optional(Type.Integer({ minimum: 0, maximum: 40 })),
  education: Type.Optional(literals(EDUCATION_LEVELS, { description: 'at least this education' })),
  language: Type.Optional(Type.String({ maxLength: 40 })),
  badge: Type.Optional(
    Type.Union([Type.Literal('typing'), Type.Literal('data_entry'), Type.Literal('english')], {
      description: 'only applicants holding a verified badge of this check',
    }),
  ),
  badge_min: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 200,
      description: 'with badge: at least this score (typing WPM, data-entry accuracy %, English /100)',
    }),
  ),
  sort: Type.Optional(Type.Union([Type.Literal('recent'), Type.Literal('match')])),
});
export type ApplicantFilter = Static<typeof ApplicantFilter>;

export const BulkStageBody = Type.Object(
  {
    ids: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 200 }),
    stage: StageIn,
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    include_settled: Type.Optional(
      Type.Boolean({
        description:
          'Also move applicants already hired or rejected (default: they are left where they are and listed in `left`).',
      }),
    ),
  },
  { additionalProperties: false },
);
