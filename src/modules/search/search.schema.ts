// Query and response schemas for public job search (GET /api/v1/jobs), per shared/CONTRACT.md.
import Type, { type Static } from 'typebox';
import { CATEGORIES, EDUCATION_LEVELS, literals, SHIFTS, WORK_MODES } from '../../shared/reference/index.ts';

const Slug = Type.String({ minLength: 1, maxLength: 60 });

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'free text; Hinglish and Devanagari welcome' }),
    ),
    city: Type.Optional(Slug),
    locality: Type.Optional(Slug),
    near: Type.Optional(
      Type.String({
        pattern: '^-?\\d{1,2}(\\.\\d+)?,\\s*-?\\d{1,3}(\\.\\d+)?$',
        description: 'lat,lng',
        examples: ['19.1197,72.8468'],
      }),
    ),
    radius_km: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
    category: Type.Optional(literals(CATEGORIES)),
    role: Type.Optional(Slug),
    sector: Type.Optional(Slug),
    industry: Type.Optional(Slug),
    work_mode: Type.Optional(literals(WORK_MODES)),
    shift: Type.Optional(literals(SHIFTS)),
    salary_min: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 500000, description: 'INR a month, at least' }),
    ),
    experience_max: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 40, description: "the seeker's years" }),
    ),
    education: Type.Optional(
      literals(EDUCATION_LEVELS, { description: "the seeker's level: jobs asking at most this" }),
    ),
    language: Type.Optional(Slug),
    posted_within: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 90, description: 'posted in the last this many days' }),
    ),
    verified: Type.Optional(Type.Boolean({ description: "true: only verified employers' jobs" })),
    company: Type.Optional(Type.String({ format: 'uuid', description: "one company's jobs" })),
    commute_from: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 80,
        description:
          'a station slug (GET /api/v1/taxonomy stations) or a locality as city/locality or a bare locality slug: jobs within commute_max_min door to door',
        examples: ['dombivli', 'thane/wagle-estate'],
      }),
    ),
    commute_max_min: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 180,
        description: 'minutes door to door from commute_from (default 60); stored suburban-rail times',
      }),
    ),
    sort: Type.Optional(
      Type.Union([
        Type.Literal('relevance'),
        Type.Literal('recent'),
        Type.Literal('salary'),
        Type.Literal('distance'),
        Type.Literal('commute'),
      ]),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchItem = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  company: Type.Object({ id: Type.String(), name: Type.String(), verified: Type.Boolean() }),
  category: Type.String(),
  role: Type.String(),
  city: Type.String(),
  city_name: Type.String(),
  locality: Type.String(),
  locality_name: Type.String(),
  salary_min: Type.Union([Type.Integer(), Type.Null()]),
  salary_max: Type.Union([Type.Integer(), Type.Null()]),
  work_mode: Type.String(),
  shift: Type.String(),
  experience_min: Type.Integer(),
  education_min: Type.String(),
  posted_at: Type.String(),
  distance_km: Type.Optional(Type.Number()),
  commute: Type.Optional(
    Type.Object({
      minutes: Type.Integer({ description: 'door to door from commute_from (stored estimate)' }),
      summary: Type.String({ examples: ['26 min: Central line Dombivli -> Thane, 8 min walk'] }),
      route: Type.Optional(
        Type.Array(Type.Object({ kind: Type.String() }, { additionalProperties: true }), {
          description:
            'the parts of the trip (walk, auto, ride, change, road), for rendering in any language',
        }),
      ),
      cab_only: Type.Optional(
        Type.Boolean({ description: 'the shift ends while no train runs (1-4 am): home by the company cab' }),
      ),
    }),
  ),
});
export type SearchItem = Static<typeof SearchItem>;

/** A message as a code with params (did_you_mean, wider_radius, relaxed_filters, any_word; concept, city, ...). */
const Message = Type.Object({
  code: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

const Counts = Type.Record(Type.String(), Type.Integer());
export const SearchResult = Type.Object({
  items: Type.Array(SearchItem),
  total: Type.Integer(),
  total_is_estimate: Type.Optional(
    Type.Boolean({
      description:
        'true when total and facets are estimated (a search with very many matches); absent when exact',
    }),
  ),
  facets: Type.Object({
    city: Counts,
    work_mode: Counts,
    category: Counts,
    industry: Counts,
    shift: Counts,
    education: Counts,
  }),
  next_cursor: Type.Union([Type.String(), Type.Null()]),
  notices: Type.Optional(
    Type.Array(Type.String(), {
      description: "what the search changed to find jobs: a corrected word ('did you mean'), a wider radius",
    }),
  ),
  understood: Type.Optional(
    Type.Array(Type.String(), {
      description: 'how the words in q were read: roles, places, filters, wishes',
    }),
  ),
  notice_codes: Type.Optional(
    Type.Array(Message, {
      description: 'the notices as codes with params, for showing them in any language',
    }),
  ),
  understood_codes: Type.Optional(
    Type.Array(Message, { description: 'the understood lines as codes with params' }),
  ),
});
export type SearchResult = Static<typeof SearchResult>;
