// Candidate search schemas: the query an employer sends (the same words and filter names as job
// search, read from the seeker's side), a masked result card, and the phone reveal.
import Type, { type Static } from 'typebox';
import { Education, LanguageLevel, WorkMode } from '../jobs/index.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const BADGE_KINDS = ['typing', 'data_entry', 'english'] as const;

export const CandidateQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: "Words as in job search: 'data entry thane 12th pass', 'telecaller andheri 2 years'",
      }),
    ),
    city: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
    locality: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
    radius_km: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    role: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
    skill: Type.Optional(
      Type.String({ minLength: 2, maxLength: 200, description: 'comma-separated skill slugs' }),
    ),
    experience_min: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
    experience_max: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
    education: Type.Optional(Education),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 30 })),
    language_level: Type.Optional(LanguageLevel),
    work_mode: Type.Optional(WorkMode),
    badge: Type.Optional(
      Type.Union([Type.Literal('typing'), Type.Literal('data_entry'), Type.Literal('english')], {
        description: 'a verified, unexpired skill badge',
      }),
    ),
    badge_min: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 200,
        description: 'typing: WPM; data_entry: accuracy %; english: score',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 1 })),
  },
  { additionalProperties: false },
);
export type CandidateQuery = Static<typeof CandidateQuery>;

export const CandidateOut = Type.Object({
  id: Type.String({ description: 'the seeker; use it to reveal the phone' }),
  name: Type.String({ description: 'first name and initial only' }),
  city: Nullable(Type.String()),
  city_name: Nullable(Type.String()),
  localities: Type.Array(Type.String()),
  distance_km: Type.Optional(Type.Number()),
  experience_years: Type.Integer(),
  education: Nullable(Type.String()),
  languages: Type.Array(Type.Object({ language: Type.String(), level: Type.String() })),
  skills: Type.Array(Type.String()),
  roles: Type.Array(Type.String()),
  work_modes: Type.Array(Type.String()),
  availability: Nullable(Type.String()),
  badges: Type.Array(Type.Object({ kind: Type.String(), label: Type.String(), score: Type.Integer() })),
  phone: Type.String({ description: 'always masked here' }),
  contact_allowed: Type.Boolean({ description: 'the seeker agreed to be called: the phone can be revealed' }),
  profile_updated_at: Type.String(),
  match: Type.Object({ score: Type.Integer(), reasons: Type.Array(Type.String()) }),
});
export type CandidateOut = Static<typeof CandidateOut>;

export const CandidateResult = Type.Object({
  items: Type.Array(CandidateOut),
  total: Type.Integer(),
  page: Type.Integer(),
  understood: Type.Array(Type.String()),
});
export type CandidateResult = Static<typeof CandidateResult>;

export const CandidateParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const CandidateContactOut = Type.Object({
  id: Type.String(),
  phone: Type.String(),
  whatsapp_url: Type.String(),
});
export type CandidateContactOut = Static<typeof CandidateContactOut>;
