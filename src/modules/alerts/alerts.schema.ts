// Schemas for saved searches (with alerts) and saved jobs, under /api/v1/me/*.
import Type, { type Static } from 'typebox';
import { SearchQuery } from '../search/index.ts';

/** The GET /api/v1/jobs parameters worth saving: everything but paging and order. */
export const SavedQuery = Type.Omit(SearchQuery, ['cursor', 'limit', 'sort'], {
  additionalProperties: false,
});
export type SavedQuery = Static<typeof SavedQuery>;

const Frequency = Type.Union([Type.Literal('instant'), Type.Literal('daily')], {
  description: 'instant: checked every minute; daily: one digest at 8:00 IST',
});

export const SavedSearchBody = Type.Object(
  {
    query: SavedQuery,
    frequency: Type.Optional(Frequency),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  },
  { additionalProperties: false },
);
export type SavedSearchBody = Static<typeof SavedSearchBody>;

export const SavedSearchOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  query: Type.Record(Type.String(), Type.Unknown()),
  frequency: Frequency,
  alerts_on: Type.Boolean(),
  search_url: Type.String({ description: 'the results page of this search' }),
  created_at: Type.String(),
  last_sent_at: Type.Union([Type.String(), Type.Null()]),
  commute: Type.Union(
    [
      Type.Object({
        from: Type.String({ description: 'station slug or city/locality the trips are measured from' }),
        max_min: Type.Union([Type.Integer(), Type.Null()], {
          description: 'door-to-door limit of the search; null: the trips only label the jobs',
        }),
        source: Type.Union([Type.Literal('search'), Type.Literal('home')], {
          description: "search: the saved search's commute_from; home: the seeker's home station",
        }),
      }),
      Type.Null(),
    ],
    {
      description:
        'where alert messages measure each job\'s stored door-to-door time from ("26 min from Dombivli")',
    },
  ),
});
export type SavedSearchOut = Static<typeof SavedSearchOut>;

export const SavedSearchList = Type.Object({ items: Type.Array(SavedSearchOut) });
export const SavedSearchParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const SavedJobParams = Type.Object({ jobId: Type.Integer({ minimum: 1 }) });
export const SavedJobOut = Type.Object({
  job_id: Type.Integer(),
  saved_at: Type.String(),
  /** null when the job is no longer visible (closed and removed, or held). */
  job: Type.Union([
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      company: Type.Object({ id: Type.String(), name: Type.String(), verified: Type.Boolean() }),
      city_name: Type.String(),
      locality_name: Type.String(),
      salary_min: Type.Union([Type.Integer(), Type.Null()]),
      salary_max: Type.Union([Type.Integer(), Type.Null()]),
      status: Type.String(),
    }),
    Type.Null(),
  ]),
});
export type SavedJobOut = Static<typeof SavedJobOut>;
export const SavedJobList = Type.Object({ items: Type.Array(SavedJobOut) });
