// What makes a job posting valid beyond its shape (jobs.schema.ts): role, sector, industry, place,
// languages and perks checked against the taxonomy, and the cross-field rules (salary and
// experience ranges). Pure rules over reference data: never reads or writes a job, never checks who asks.
import { type FieldError, Invalid } from '../../shared/errors.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import type { JobWrite } from './jobs.repo.ts';
import type { InterviewDetails, JobBody, JobPatch } from './jobs.schema.ts';

/** A posting (new, or an edit merged onto the stored job) as the row to write; Invalid lists every problem. */
export async function normaliseJob(
  taxonomy: TaxonomyService,
  body: JobBody | (JobPatch & JobWrite),
  /** An edit: walk-in days already stored are kept as they are (only a day given anew must be ahead). */
  stored?: InterviewDetails | null,
  now: Date = new Date(),
): Promise<JobWrite> {
  const errors: FieldError[] = [];
  const role = await taxonomy.role(body.role);
  if (!role) errors.push({ field: 'role', message: 'is not a known role' });
  else if (role.category !== body.category)
    errors.push({
      field: 'category',
      message: `does not match role '${body.role}' (a ${role.category} role)`,
    });
  if (body.sector && !(await taxonomy.has('sectors', body.sector)))
    errors.push({ field: 'sector', message: 'is not a known sector' });
  if (!(await taxonomy.has('industries', body.industry)))
    errors.push({ field: 'industry', message: 'is not a known industry' });
  const city = await taxonomy.city(body.city);
  const locality = city?.localities.find((l) => l.slug === body.locality);
  if (!city) errors.push({ field: 'city', message: 'is not a known city' });
  else if (!locality) errors.push({ field: 'locality', message: `is not a locality of ${city.name}` });
  const salaryMin = body.salary_min ?? null;
  const salaryMax = body.salary_max ?? null;
  if ((salaryMin === null) !== (salaryMax === null))
    errors.push({
      field: salaryMin === null ? 'salary_min' : 'salary_max',
      message: 'give both ends of the range, or neither',
    });
  if (salaryMin !== null && salaryMax !== null) {
    if (salaryMin > salaryMax)
      errors.push({ field: 'salary_min', message: 'must not be more than salary_max' });
    if (salaryMin > 0 && salaryMin < 1000)
      errors.push({
        field: 'salary_min',
        message: 'is a monthly amount in rupees; under 1,000 looks like a typo',
      });
  }
  const expMin = body.experience_min ?? 0;
  const expMax = body.experience_max ?? null;
  if (expMax !== null && expMin > expMax)
    errors.push({ field: 'experience_min', message: 'must not be more than experience_max' });
  const languages = (body.languages ?? []).map((l) =>
    typeof l === 'string'
      ? { language: l.toLowerCase(), level: 'conversational' }
      : { ...l, language: l.language.toLowerCase() },
  );
  for (const [i, l] of languages.entries())
    if (!(await taxonomy.has('languages', l.language)))
      errors.push({ field: `languages.${i}`, message: `'${l.language}' is not a known language` });
  const perks = [...new Set(body.perks ?? [])];
  for (const [i, p] of perks.entries())
    if (!(await taxonomy.has('perks', p)))
      errors.push({ field: `perks.${i}`, message: `'${p}' is not a known perk` });
  const educationRank = await taxonomy.educationRank(body.education_min);
  const interview = interviewOf(body.interview, errors, indiaToday(now), stored);
  if (errors.length) throw new Invalid(errors);
  return {
    title: body.title.trim(),
    description: body.description.trim(),
    category: body.category,
    role: body.role,
    sector: body.sector ?? null,
    industry: body.industry,
    city: body.city,
    locality: body.locality,
    lat: locality!.lat,
    lng: locality!.lng,
    work_mode: body.work_mode,
    shift: body.shift,
    salary_min: salaryMin,
    salary_max: salaryMax,
    experience_min: expMin,
    experience_max: expMax,
    education_min: body.education_min,
    education_rank: educationRank!,
    languages: dedupeBy(languages, (l) => l.language),
    skills: [...new Set((body.skills ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean))],
    perks,
    openings: body.openings ?? 1,
    interview,
  };
}

/** Interview details trimmed, empty parts dropped (null when nothing is left); walk-in days in order. */
function interviewOf(
  given: InterviewDetails | null | undefined,
  errors: FieldError[],
  today: string,
  stored?: InterviewDetails | null,
): InterviewDetails | null {
  if (!given) return null;
  const out: InterviewDetails = {};
  const address = given.address?.trim();
  const timings = given.timings?.trim();
  if (address) out.address = address;
  if (timings) out.timings = timings;
  for (const k of ['walk_in_from', 'walk_in_to'] as const) {
    const day = given[k];
    if (!day) continue;
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
      errors.push({ field: `interview.${k}`, message: 'is not a date' });
    else {
      out[k] = day;
      // A walk-in day that has passed invites no one (days are India's calendar days).
      if (day < today && day !== stored?.[k])
        errors.push({ field: `interview.${k}`, message: `must not be in the past (today is ${today})` });
    }
  }
  if (out.walk_in_from && out.walk_in_to && out.walk_in_to < out.walk_in_from)
    errors.push({ field: 'interview.walk_in_to', message: 'must not be before walk_in_from' });
  if ((out.walk_in_from || out.walk_in_to) && !out.address)
    errors.push({ field: 'interview.address', message: 'is needed for a walk-in' });
  return Object.keys(out).length ? out : null;
}

/** Today in India (Asia/Kolkata) as YYYY-MM-DD. */
export function indiaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(now);
}

function dedupeBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of list) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
