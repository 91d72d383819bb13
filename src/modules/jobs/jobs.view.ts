// What a job looks like from outside (the API's JobOut), with the screening verdict's shape that
// jobs are built with (JobScreen) and the moderation block only its company and admins see.
import type { Queryable } from '../../shared/db/db.ts';
import type { AuthUser } from '../accounts/index.ts';
import { jobHints } from './job-hints.ts';
import type { JobRow, JobWrite } from './jobs.repo.ts';
import type { JobOut } from './jobs.schema.ts';

export interface Screening {
  state: 'clear' | 'flagged' | 'held';
  /** English, for moderators and API clients. */
  reasons: string[];
  /** In step with `reasons`: the code each was written from (a scam rule id...), null for free text. */
  codes: (string | null)[];
}
/** Decides whether a job about to go live is clear, flagged for a moderator, or held. */
export type JobScreen = (
  job: JobWrite & { company_id: string; id?: number },
  q: Queryable,
) => Promise<Screening>;

export interface Viewer {
  user: AuthUser | null;
}

/** One code (or null) per reason, whatever was stored beside them. */
export const inStep = (reasons: string[], codes: (string | null)[] | null | undefined): (string | null)[] =>
  reasons.map((_, i) => codes?.[i] ?? null);

export function toJobOut(j: JobRow, withModeration: boolean): JobOut {
  return {
    id: j.id,
    title: j.title,
    description: j.description,
    category: j.category,
    role: j.role,
    role_name: j.role_name,
    sector: j.sector,
    industry: j.industry,
    city: j.city,
    city_name: j.city_name,
    locality: j.locality,
    locality_name: j.locality_name,
    lat: j.lat,
    lng: j.lng,
    work_mode: j.work_mode,
    shift: j.shift,
    salary_min: j.salary_min,
    salary_max: j.salary_max,
    experience_min: j.experience_min,
    experience_max: j.experience_max,
    education_min: j.education_min,
    languages: j.languages,
    skills: j.skills,
    perks: j.perks,
    interview: j.interview ?? null,
    openings: j.openings,
    status: j.status as JobOut['status'],
    company: { id: j.company_id, name: j.company_name, verified: j.company_verified },
    posted_at: j.posted_at?.toISOString() ?? null,
    expires_at: j.expires_at?.toISOString() ?? null,
    closed_at: j.closed_at?.toISOString() ?? null,
    closed_reason: j.closed_reason,
    created_at: j.created_at.toISOString(),
    updated_at: j.updated_at.toISOString(),
    reconfirm_requested_at: j.reconfirm_requested_at?.toISOString() ?? null,
    ...(withModeration
      ? {
          hints: jobHints(j),
          moderation: {
            state: j.moderation_state,
            reasons: j.moderation_reasons,
            codes: inStep(j.moderation_reasons, j.moderation_rules),
          },
        }
      : {}),
  };
}
