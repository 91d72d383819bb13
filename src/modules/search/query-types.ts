// Owns the shapes that cross the query-understanding boundary: the gazetteer it is given and what it returns.
// Must never hold logic: the SQL builder depends on these shapes and should not have to import the parser.

import type {
  CategorySlug,
  EducationSlug,
  LanguageRequirement,
  RoleSlug,
  ShiftSlug,
  WorkModeSlug,
} from './vocabulary.ts';

export interface GazetteerLocality {
  slug: string;
  name: string;
  aliases?: readonly string[];
  name_hi?: string;
  name_mr?: string;
  lat: number;
  lng: number;
}

export interface GazetteerCity {
  slug: string;
  name: string;
  aliases?: readonly string[];
  name_hi?: string;
  name_mr?: string;
  localities: readonly GazetteerLocality[];
}

export interface Gazetteer {
  cities: readonly GazetteerCity[];
}

/**
 * One required idea in the query. The SQL side ANDs groups together; inside a group a job matches when
 * its role is in `roles` or its text matches any of `terms` (a term with a space is a phrase).
 */
export interface QueryGroup {
  /** What the seeker typed for this idea, normalised and with typos corrected. */
  source: string;
  terms: string[];
  roles: RoleSlug[];
  /** The vocabulary concept behind the group, when one is: jobs whose own words express it match too. */
  concept?: string;
}

export interface ParsedLocality {
  city: string;
  slug: string;
  name: string;
  lat: number;
  lng: number;
  radius_km: number;
}

/** Fields that only re-rank: a job that does not match them still appears, lower down. */
export type SoftField = 'shifts' | 'voice' | 'languages';

/**
 * What a seeker's query means. Hard filters (a job must satisfy all that are present):
 * - groups / termGroups / roles: every group must match (role IN group.roles OR text matches a term).
 * - category: job.category = category.
 * - work_mode: job.work_mode = work_mode.
 * - experience_max: the seeker's experience; job.experience_min <= experience_max.
 * - education: the seeker's level; the job's minimum education ranks at or below it.
 * - locality: within radius_km of (lat, lng); when present it replaces the city test, so a job just
 *   across a city border (Mulund / Thane) still counts. Otherwise city: job.city = city.
 * Soft fields (listed in `soft` when present) only boost rank: shifts, voice, languages.
 * near_me asks the caller to use the seeker's own location; it is neither a filter nor a boost here.
 */
export interface ParsedQuery {
  /** The words behind the groups, space-separated: for ranking and trigram similarity, never a filter. */
  text: string;
  /** groups[i].terms, for callers that only do text search. */
  termGroups: string[][];
  groups: QueryGroup[];
  /** Every role slug any group implies. */
  roles: RoleSlug[];
  category?: CategorySlug;
  work_mode?: WorkModeSlug;
  shifts?: ShiftSlug[];
  voice?: boolean;
  languages?: LanguageRequirement[];
  experience_max?: number;
  education?: EducationSlug;
  city?: string;
  locality?: ParsedLocality;
  near_me?: boolean;
  /** The pay the seeker asked for, in rupees a month ("18000", "18k", "2.5 lpa"): a pay floor. */
  salary_min?: number;
  /** The amount typed, when salary_min is a little under it: a job paying it in full ranks first. */
  salary_typed?: number;
  /** Words the vocabulary does not know, in a query whose other words it understood: they rank, never filter. */
  rankWords?: string[];
  /**
   * Industry concepts named beside a kind of job ("insurance telecaller"): they rank the jobs of that
   * industry first and hide none. Named alone ("bank ka kaam") an industry stays a group and filters.
   */
  industries?: string[];
  /** How the seeker wants to be hired ("walk in", "urgent"): slugs that rank, never filter. */
  wishes?: string[];
  soft: SoftField[];
  /** One line per thing understood or ignored, for a "showing results for" line and for debugging. */
  explanation: string[];
  /** The same lines as codes with params (rendered per language by the web, search-notices.json). */
  explained: Explained[];
}

/** A message as a code plus params, with its English text. */
export interface Explained {
  code: string;
  params: Record<string, string | number>;
  text: string;
}
