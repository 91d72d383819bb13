// Recommendations for one seeker: turns the profile into the query's inputs (which localities are
// within the travel radius, measured here over the gazetteer) and each scored job into reasons a
// person can check. Never recommends a job the seeker already applied to.
import type { Db } from '../../shared/db/db.ts';
import type { AuthUser } from '../accounts/index.ts';
import type { ApplicationsService } from '../applications/index.ts';
import type { Commute, CommuteService } from '../commute/index.ts';
import { toJobSummary } from '../search/index.ts';
import type { ProfileRow, SeekersService } from '../seekers/index.ts';
import type { TaxonomyService, TaxonomyView } from '../taxonomy/index.ts';
import {
  type RecommendationInput,
  type RecommendationRow,
  recommendationsRepo,
} from './recommendations.repo.ts';
import type { Reason, Recommendation, RecommendationList } from './recommendations.schema.ts';

const MAX_LOCALITIES = 40;
// Candidates scored per request: the newest qualifying jobs, shared among the nearby localities.
const CANDIDATE_BUDGET = 1500;
/**
 * Door to door beyond this, a daily commute wears people out (issue #21): such a job drops
 * LONG_COMMUTE_PENALTY points and so ranks below the reachable ones. Candidates are fetched twice
 * over when a home is known, so that a long-commute job can give its place to the next one.
 */
export const LONG_COMMUTE_MIN = 90;
const LONG_COMMUTE_PENALTY = 25;

export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const EDUCATION_FITS: Record<string, string> = {
  below_10th: 'below 10th',
  '10th': '10th pass',
  '12th': '12th pass',
  diploma: 'diploma',
  graduate: 'graduates',
  postgraduate: 'postgraduates',
};

const rupees = (n: number) => new Intl.NumberFormat('en-IN').format(n);

/** Localities within the radius of any preferred place, each with its nearest place. */
export function nearbyLocalities(tax: TaxonomyView, p: Pick<ProfileRow, 'places' | 'travel_km'>) {
  const out: { city: string; locality: string; km: number; place: string }[] = [];
  for (const city of tax.cities)
    for (const l of city.localities) {
      let best: { km: number; place: string } | undefined;
      for (const place of p.places) {
        const km = haversineKm(place, l);
        if (km <= p.travel_km && (!best || km < best.km)) best = { km, place: place.name };
      }
      if (best) out.push({ city: city.slug, locality: l.slug, ...best });
    }
  return out.sort((a, b) => a.km - b.km).slice(0, MAX_LOCALITIES);
}

export function createRecommendationsService(
  db: Db,
  deps: {
    taxonomy: TaxonomyService;
    seekers: SeekersService;
    applications: ApplicationsService;
    commute: Pick<CommuteService, 'reachable'>;
  },
) {
  const { taxonomy, seekers, applications, commute } = deps;

  /** Every stored trip from the seeker's home, by "city/locality" (one indexed query). */
  async function tripsFrom(home: string | null): Promise<Map<string, Commute> | undefined> {
    if (!home) return undefined;
    const trips = await commute.reachable(home, 600);
    return new Map(trips.map((c) => [`${c.to_city}/${c.to_locality}`, c]));
  }

  function reasonsFor(
    tax: TaxonomyView,
    p: ProfileRow,
    r: RecommendationRow,
    place: Map<string, { km: number; place: string }>,
  ): Reason[] {
    const out: Reason[] = [];
    const add = (code: string, text: string, params: Record<string, string | number> = {}) =>
      out.push({ code, text, params });
    const name = (list: { slug: string; name: string }[], slug: string) =>
      list.find((x) => x.slug === slug)?.name ?? slug;
    const near = place.get(`${r.city}/${r.locality}`);
    if (r.work_mode === 'remote' && (p.work_modes.length === 0 || p.work_modes.includes('remote')))
      add('remote', 'Work from home');
    else if (near) {
      const km = near.km < 1 ? 0 : Math.max(1, Math.round(near.km));
      add('near', km === 0 ? `In ${near.place}` : `Near ${near.place} – ${km} km`, {
        place: near.place,
        km,
        // Slugs beside the English names, so a page can name them in its own language.
        city: r.city,
        locality: r.locality,
      });
    }
    if (p.roles.includes(r.role))
      add('role', `Your role: ${r.role_name}`, { role: r.role_name, role_slug: r.role });
    const prefersNonVoice =
      p.roles.length > 0 && p.roles.every((slug) => tax.roles.find((x) => x.slug === slug)?.voice === false);
    if (!r.voice && prefersNonVoice) add('non_voice', 'Non-voice');
    if (p.education)
      add('education', `Fits ${EDUCATION_FITS[p.education] ?? p.education}`, { education: p.education });
    if (r.experience_min === 0 && p.experience_years === 0)
      add('experience', 'Freshers welcome', { years: 0 });
    else if (r.experience_max === null || r.experience_max >= p.experience_years)
      add(
        'experience',
        `Fits your ${p.experience_years} ${p.experience_years === 1 ? "year's" : "years'"} experience`,
        { years: p.experience_years },
      );
    if (r.matched_languages.length)
      add('languages', `Speaks ${r.matched_languages.map((l) => name(tax.languages, l)).join(', ')}`, {
        languages: r.matched_languages.map((l) => name(tax.languages, l)).join(', '),
        language_slugs: r.matched_languages.join(','),
      });
    if (r.matched_skills.length)
      add('skills', `Your skills: ${r.matched_skills.join(', ')}`, {
        skills: r.matched_skills.join(', '),
        skill_slugs: r.matched_skills.join(','),
      });
    if (p.salary_min !== null && r.salary_max !== null && r.salary_max >= p.salary_min)
      add('salary', `Pays up to ₹${rupees(r.salary_max)} a month`, { max: r.salary_max });
    if (p.shifts.includes(r.shift)) add('shift', name(tax.shifts, r.shift), { shift: r.shift });
    if (p.work_modes.includes(r.work_mode) && r.work_mode !== 'remote')
      add('work_mode', name(tax.work_modes, r.work_mode), { work_mode: r.work_mode });
    return out;
  }

  return {
    /** The profile as query inputs; exported for the benchmark and tests. */
    async inputFor(p: ProfileRow, exclude: number[], limit: number): Promise<RecommendationInput> {
      const tax = await taxonomy.get();
      const near = nearbyLocalities(tax, p);
      const categories = [
        ...new Set(
          p.roles
            .map((slug) => tax.roles.find((x) => x.slug === slug)?.category)
            .filter((c): c is string => !!c),
        ),
      ];
      return {
        near,
        includeRemote: p.work_modes.length === 0 || p.work_modes.includes('remote'),
        anywhere: p.places.length === 0,
        travelKm: p.travel_km,
        educationRank: p.education_rank,
        educationCap: p.education_rank ?? Math.max(...tax.education_levels.map((e) => e.rank)),
        experienceYears: p.experience_years,
        roles: p.roles,
        categories,
        languages: p.languages.map((l) => l.language),
        skills: p.skills,
        salaryMin: p.salary_min,
        workModes: p.work_modes,
        shifts: p.shifts,
        exclude,
        perLocality: Math.min(
          200,
          Math.max(
            10,
            Math.floor(CANDIDATE_BUDGET / Math.max(1, near.length * ((p.education_rank ?? 5) + 1))),
          ),
        ),
        limit,
      };
    },

    async forSeeker(user: AuthUser, limit = 20): Promise<RecommendationList> {
      const profile = await seekers.forMatching(user.id);
      if (!profile) return { items: [], profile_complete: false };
      const tax = await taxonomy.get();
      const trips = await tripsFrom(profile.home_station);
      const fetch = trips ? Math.min(100, limit * 2) : limit;
      const input = await this.inputFor(profile, await applications.appliedJobIds(user.id), fetch);
      const place = new Map(nearbyLocalities(tax, profile).map((n) => [`${n.city}/${n.locality}`, n]));
      const rows = await recommendationsRepo.recommend(db.read, input);
      const items: Recommendation[] = rows.map((r) => {
        // A remote job has no commute; an on-site or hybrid one carries its trip from home.
        const trip = r.work_mode === 'remote' ? undefined : trips?.get(`${r.city}/${r.locality}`);
        const long = trip !== undefined && trip.minutes > LONG_COMMUTE_MIN;
        const reasons = reasonsFor(tax, profile, r, place);
        if (trip && !long)
          reasons.unshift({
            code: 'commute',
            text: `${trip.minutes} min from your home`,
            params: { minutes: trip.minutes },
          });
        return {
          score: Math.min(100, Math.max(0, r.score - (long ? LONG_COMMUTE_PENALTY : 0))),
          reasons,
          job: {
            ...toJobSummary(r),
            distance_km: r.km === null ? null : Math.round(r.km * 10) / 10,
            ...(trip
              ? {
                  // The way there; whether a late shift's way home needs the cab is the job page's to say.
                  commute: { minutes: trip.minutes, summary: trip.summary, route: trip.route },
                }
              : {}),
          },
        };
      });
      // Stable: among equal scores the repository's order (newer, nearer) stays.
      if (trips) items.sort((a, b) => b.score - a.score);
      return { items: items.slice(0, limit), profile_complete: Boolean(profile.city && profile.education) };
    },
  };
}

export type RecommendationsService = ReturnType<typeof createRecommendationsService>;
