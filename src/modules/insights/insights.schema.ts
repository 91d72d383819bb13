// Insight request/response schemas (and so the OpenAPI document). Every figure is computed from
// real postings; a figure backed by fewer than `min_postings` postings is null with a message.
import Type, { type Static } from 'typebox';
import { literals, WORK_MODES } from '../../shared/reference/index.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Slug = Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z0-9_-]+$' });

export const ExperienceBand = Type.Union(['fresher', '1-2', '3-5', '6+'].map((b) => Type.Literal(b)));
export const InsightWorkMode = literals(WORK_MODES);

export const ScopeQuery = Type.Object(
  {
    role: Type.Optional(Slug),
    category: Type.Optional(
      Type.Union([Type.Literal('customer_service'), Type.Literal('back_office')], {
        description: 'a whole category, when no role is given',
      }),
    ),
    city: Type.Optional(Slug),
  },
  { additionalProperties: false },
);
export type ScopeQuery = Static<typeof ScopeQuery>;

export const SalaryQuery = Type.Object(
  {
    ...ScopeQuery.properties,
    work_mode: Type.Optional(InsightWorkMode),
    experience_band: Type.Optional(ExperienceBand),
  },
  { additionalProperties: false },
);
export type SalaryQuery = Static<typeof SalaryQuery>;

export const Scope = Type.Object({
  category: Nullable(Type.String()),
  role: Nullable(Type.String()),
  city: Nullable(Type.String()),
  work_mode: Nullable(Type.String()),
  experience_band: Nullable(Type.String()),
});

const Enough = {
  postings: Type.Integer(),
  enough_data: Type.Boolean(),
  min_postings: Type.Integer(),
  message: Type.Optional(Type.String({ description: '"not enough data" when suppressed' })),
};

export const SalaryBlock = Type.Object({
  p25: Type.Integer(),
  median: Type.Integer(),
  p75: Type.Integer(),
  low: Type.Integer(),
  high: Type.Integer(),
  median_min: Type.Integer(),
  median_max: Type.Integer(),
});

export const SalaryPart = Type.Object({
  key: Type.String(),
  salary_postings: Type.Integer(),
  median: Nullable(Type.Integer()),
});

export const SalaryInsight = Type.Object({
  scope: Scope,
  ...Enough,
  salary_postings: Type.Integer(),
  basis: Type.String(),
  salary: Nullable(SalaryBlock),
  time_to_fill: Type.Object({
    filled: Type.Integer(),
    median_days: Nullable(Type.Number()),
    message: Type.Optional(Type.String()),
  }),
  by_work_mode: Type.Array(SalaryPart),
  by_experience_band: Type.Array(SalaryPart),
  refreshed_at: Nullable(Type.String()),
});
export type SalaryInsight = Static<typeof SalaryInsight>;

export const DemandInsight = Type.Object({
  scope: Scope,
  ...Enough,
  weeks: Type.Array(
    Type.Object({
      week: Type.String({ description: 'Monday of the ISO week' }),
      iso_week: Type.String(),
      postings: Type.Integer(),
    }),
  ),
});
export type DemandInsight = Static<typeof DemandInsight>;

export const WorkModeInsight = Type.Object({
  scope: Scope,
  ...Enough,
  modes: Type.Array(
    Type.Object({ work_mode: Type.String(), postings: Type.Integer(), share: Type.Number() }),
  ),
});
export type WorkModeInsight = Static<typeof WorkModeInsight>;

export const SkillsInsight = Type.Object({
  scope: Scope,
  ...Enough,
  skills: Type.Array(Type.Object({ skill: Type.String(), postings: Type.Integer(), share: Type.Number() })),
});
export type SkillsInsight = Static<typeof SkillsInsight>;

export const OfferQuery = Type.Object(
  {
    role: Slug,
    city: Slug,
    salary_min: Type.Integer({ minimum: 1000, maximum: 500000 }),
    salary_max: Type.Integer({ minimum: 1000, maximum: 500000 }),
  },
  { additionalProperties: false },
);
export type OfferQuery = Static<typeof OfferQuery>;

export const OfferCheck = Type.Object({
  scope: Scope,
  ...Enough,
  offer_mid: Type.Integer(),
  percentile: Nullable(
    Type.Integer({ description: 'share of postings (0-100) whose midpoint is below this offer' }),
  ),
  verdict: Nullable(
    Type.Union(
      ['below_market', 'competitive', 'above_market', 'far_above_market'].map((v) => Type.Literal(v)),
    ),
  ),
  market: Nullable(SalaryBlock),
});
export type OfferCheck = Static<typeof OfferCheck>;
