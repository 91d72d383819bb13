// How well one applicant fits one job, with the reasons a recruiter reads: education, experience,
// languages, skills, place. Pure (no database); the score is a simple weighted sum out of 100, not
// the recommendations ranking (that one lives in SQL and scores jobs for a seeker, not the reverse).

import { EDUCATION_LEVELS } from '../../shared/reference/index.ts';
import type { JobOut } from '../jobs/index.ts';
import type { ProfileRow } from '../seekers/index.ts';

/** The contract's education enumeration, lowest first (shared/CONTRACT.md). */
export const EDUCATION_ORDER: readonly string[] = EDUCATION_LEVELS;
export const educationRank = (slug: string | null | undefined) => (slug ? EDUCATION_ORDER.indexOf(slug) : -1);

/** What a page needs to say a reason in its own language: slugs and numbers, never English words. */
export interface MatchParams {
  education?: string;
  years?: number;
  languages?: string[];
  skills?: string[];
  /** A locality slug (code `near`) or a city slug (code `city`). */
  place?: string;
}

export interface Match {
  score: number;
  /** `text` is English for API clients; pages render from `code` and `params`. */
  reasons: { code: string; text: string; params?: MatchParams }[];
}

export function applicantMatch(job: JobOut, p: ProfileRow | undefined): Match {
  if (!p) return { score: 0, reasons: [{ code: 'no_profile', text: 'No profile yet' }] };
  const reasons: Match['reasons'] = [];
  let score = 0;
  const edu = educationRank(p.education);
  if (edu >= 0 && edu >= educationRank(job.education_min)) {
    score += 20;
    reasons.push({
      code: 'education',
      text: `Education: ${p.education}`,
      params: { education: p.education ?? '' },
    });
  }
  const maxOk = job.experience_max === null || p.experience_years <= job.experience_max + 2;
  if (p.experience_years >= job.experience_min && maxOk) {
    score += 20;
    reasons.push({
      code: 'experience',
      text:
        p.experience_years === 0
          ? 'Fresher, as the job allows'
          : `${p.experience_years} ${p.experience_years === 1 ? "year's" : "years'"} experience`,
      params: { years: p.experience_years },
    });
  }
  const wanted = job.languages.map((l) => l.language);
  const spoken = wanted.filter((l) => p.languages.some((x) => x.language === l));
  if (wanted.length) score += Math.round((20 * spoken.length) / wanted.length);
  else score += 20;
  if (spoken.length)
    reasons.push({ code: 'languages', text: `Speaks ${spoken.join(', ')}`, params: { languages: spoken } });
  const skills = job.skills.filter((s) => p.skills.includes(s));
  if (job.skills.length) score += Math.round((25 * skills.length) / job.skills.length);
  if (skills.length)
    reasons.push({ code: 'skills', text: `Skills: ${skills.join(', ')}`, params: { skills } });
  if (p.localities.includes(job.locality) || p.places.some((x) => x.slug === job.locality)) {
    score += 15;
    reasons.push({ code: 'near', text: `Lives in ${job.locality_name}`, params: { place: job.locality } });
  } else if (p.city === job.city) {
    score += 8;
    reasons.push({ code: 'city', text: `Lives in ${job.city_name}`, params: { place: job.city } });
  }
  return { score: Math.min(100, score), reasons };
}
