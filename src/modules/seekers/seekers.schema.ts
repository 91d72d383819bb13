// Seeker profile schemas: what a seeker may tell us about themselves, validated at the edge (and
// the OpenAPI document). Rules that need the taxonomy (known locality, role, language) and the
// salary order live in seekers.service.ts.
import Type, { type Static } from 'typebox';
import { Education, LanguageLevel, Shift, WorkMode } from '../jobs/index.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Slug = Type.String({ minLength: 2, maxLength: 60 });
const Rupees = Type.Integer({ minimum: 0, maximum: 500000, description: 'INR a month' });

export const Availability = Type.Union(
  ['immediate', '15_days', '30_days', '60_days', 'more_than_60_days'].map((s) => Type.Literal(s)),
);
export const AVAILABILITY = ['immediate', '15_days', '30_days', '60_days', 'more_than_60_days'];

export const ProfileBody = Type.Object(
  {
    city: Type.Optional(Nullable(Slug)),
    localities: Type.Optional(
      Type.Array(Slug, { maxItems: 5, description: 'locality slugs of `city`, from /taxonomy' }),
    ),
    // No schema default: the edge fills defaults in, and a partial update would reset the radius.
    travel_km: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: 'km; 10 on a new profile, kept when left out' }),
    ),
    roles: Type.Optional(Type.Array(Slug, { maxItems: 5, description: 'preferred role slugs' })),
    education: Type.Optional(Nullable(Education)),
    experience_years: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
    languages: Type.Optional(
      Type.Array(
        Type.Object(
          { language: Type.String({ minLength: 2, maxLength: 30 }), level: LanguageLevel },
          { additionalProperties: false },
        ),
        { maxItems: 8 },
      ),
    ),
    skills: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 })),
    salary_min: Type.Optional(Nullable(Rupees)),
    salary_max: Type.Optional(Nullable(Rupees)),
    work_modes: Type.Optional(Type.Array(WorkMode, { maxItems: 3 })),
    shifts: Type.Optional(Type.Array(Shift, { maxItems: 5 })),
    availability: Type.Optional(Nullable(Availability)),
    home_station: Type.Optional(
      Nullable(
        Type.String({
          minLength: 2,
          maxLength: 80,
          description:
            'where I travel from: a station slug (taxonomy `stations`) or a locality as `city/locality`; null clears it',
        }),
      ),
    ),
    contact_consent: Type.Optional(
      Type.Boolean({ description: 'May employers call me? Every change is kept as a consent record.' }),
    ),
    searchable: Type.Optional(
      Type.Boolean({
        description:
          'May employers find my profile in candidate search (phone stays masked)? Every change is kept as a consent record.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ProfileBody = Static<typeof ProfileBody>;

export const ConsentOut = Type.Object({
  purpose: Type.String(),
  granted: Type.Boolean(),
  recorded_by: Nullable(Type.String()),
  channel: Type.String(),
  at: Type.String(),
});
export type ConsentOut = Static<typeof ConsentOut>;

export const ProfileOut = Type.Object({
  user_id: Type.String(),
  name: Type.String(),
  phone: Type.String(),
  city: Nullable(Type.String()),
  localities: Type.Array(Type.String()),
  travel_km: Type.Integer(),
  roles: Type.Array(Type.String()),
  education: Nullable(Type.String()),
  experience_years: Type.Integer(),
  languages: Type.Array(Type.Object({ language: Type.String(), level: Type.String() })),
  skills: Type.Array(Type.String()),
  salary_min: Nullable(Type.Integer()),
  salary_max: Nullable(Type.Integer()),
  work_modes: Type.Array(Type.String()),
  shifts: Type.Array(Type.String()),
  availability: Nullable(Type.String()),
  home_station: Nullable(Type.String()),
  contact_consent: Type.Boolean(),
  searchable: Type.Boolean(),
  consents: Type.Array(ConsentOut),
  resume: Nullable(Type.Object({ name: Type.String(), size: Type.Integer(), uploaded_at: Type.String() })),
  updated_at: Nullable(Type.String()),
});
export type ProfileOut = Static<typeof ProfileOut>;
