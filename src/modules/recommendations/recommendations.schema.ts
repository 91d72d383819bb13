// Recommendation schemas: live jobs scored against the seeker's profile, each with the reasons
// ("Near Thane – 4 km", "Non-voice", "Fits 12th pass") that a person can check.
import Type, { type Static } from 'typebox';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const Reason = Type.Object({
  code: Type.String({
    description:
      'commute | near | remote | role | category | non_voice | education | experience | languages | skills | salary | work_mode | shift',
  }),
  text: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type Reason = Static<typeof Reason>;

export const Recommendation = Type.Object({
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  reasons: Type.Array(Reason),
  job: Type.Object({
    id: Type.Integer(),
    title: Type.String(),
    company: Type.Object({ id: Type.String(), name: Type.String(), verified: Type.Boolean() }),
    category: Type.String(),
    role: Type.String(),
    city: Type.String(),
    city_name: Type.String(),
    locality: Type.String(),
    locality_name: Type.String(),
    salary_min: Nullable(Type.Integer()),
    salary_max: Nullable(Type.Integer()),
    work_mode: Type.String(),
    shift: Type.String(),
    experience_min: Type.Integer(),
    education_min: Type.String(),
    posted_at: Type.String(),
    distance_km: Nullable(Type.Number()),
    commute: Type.Optional(
      Type.Object(
        {
          minutes: Type.Integer(),
          summary: Type.String(),
          route: Type.Optional(
            Type.Array(Type.Object({ kind: Type.String() }, { additionalProperties: true })),
          ),
          cab_only: Type.Optional(Type.Boolean()),
        },
        {
          description:
            "door to door from the seeker's home station (stored commute_times); over 90 min ranks lower",
        },
      ),
    ),
  }),
});
export type Recommendation = Static<typeof Recommendation>;

export const RecommendationList = Type.Object({
  items: Type.Array(Recommendation),
  profile_complete: Type.Boolean({ description: 'false until the seeker has saved a city and education' }),
});
export type RecommendationList = Static<typeof RecommendationList>;

export const RecommendationQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
