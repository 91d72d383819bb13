// Owns turning an understood query (parser output) plus the explicit filters into SQL-ready filters,
// boosts and the ordered list of ways to relax a search that found nothing.
// Must never touch the database or throw: validation of explicit parameters happens in the service.
import type { Commute } from '../commute/index.ts';
import { conceptToken, roleToken } from './job-concepts.ts';
import { wishToken } from './job-description.ts';
import type { ParsedQuery, QueryGroup } from './query-parser.ts';
import type { Explained } from './query-types.ts';
import type { Boosts, SearchFilters, TextGroup } from './search-sql.ts';
import { CONCEPTS } from './vocabulary.ts';

/** Radii tried, in order, when a place search finds nothing. */
export const WIDER_RADII_KM = [10, 25] as const;
const MAX_TERMS_PER_GROUP = 16;
/** A concept naming more roles than this is a kind of work; fewer, a particular job. */
const TITLE_ROLES_BROAD = 2;

/**
 * One term as a tsquery: its words in order (a phrase: 'call' <-> 'centre'), the last one as a
 * prefix, which stands in for stemming (agent -> agents). Only letters, marks and digits survive,
 * each quoted, so nothing a seeker types can become a tsquery operator.
 */
export function termTsquery(term: string, weights = ''): string | undefined {
  const words = term
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= 40);
  if (!words.length) return undefined;
  return words
    .map((w, i) => `'${w}'${i === words.length - 1 ? `:*${weights}` : weights ? `:${weights}` : ''}`)
    .join(' <-> ');
}

/**
 * A group the vocabulary knows (it names roles) matches its words only in the title, role, company
 * and skills (search_head): "hr" in "an HR round" of a description is not an HR job. A word the
 * vocabulary does not know matches anywhere in the job.
 */
export function groupToText(g: Pick<QueryGroup, 'terms' | 'roles' | 'concept'>): TextGroup {
  const parts = [...new Set(g.terms)]
    .slice(0, MAX_TERMS_PER_GROUP)
    .flatMap((t) => termTsquery(t) ?? [])
    .map((t) => (t.includes('<->') ? `(${t})` : t));
  const field = g.roles.length || g.concept ? 'head' : 'all';
  // Title evidence only: skills such as "data entry" or "documentation" are listed by most
  // back-office roles, so a concept in the skills alone does not make a job that kind of job.
  const tokens = conceptTokens(g);
  return {
    roles: [...g.roles],
    field,
    ...(parts.length ? { tsquery: parts.join(' | ') } : {}),
    ...(tokens ? { tokens } : {}),
  };
}

/** The concepts a title may read as and still be title evidence of each concept: itself, and the
 * narrower seats the vocabulary places within it (transitively). */
const WITHIN: ReadonlyMap<string, readonly string[]> = (() => {
  const below = new Map<string, string[]>();
  for (const c of CONCEPTS) if (c.within) below.set(c.within, [...(below.get(c.within) ?? []), c.id]);
  const all = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [id, ...(below.get(id) ?? []).flatMap((child) => all(child, seen))];
  };
  return new Map(CONCEPTS.map((c) => [c.id, all(c.id)]));
})();

/**
 * The tokens a job's title carries when it expresses this group's concept (search/job-concepts.ts),
 * used both to match a job by its own words and to rank title evidence first, so what a query
 * matches is what its page shows. A title naming one of a broad concept's many roles says that kind
 * of work ("Telecaller" for "call centre"). A concept of one or two roles names a particular seat:
 * only a title of that seat, or of a narrower seat within it, says so. A title that merely lends
 * one of its roles does not: an "International voice" title is no AR caller job, a "Technical
 * support" title no IT help desk, an "Accounts assistant" title no reconciliation job.
 */
export function conceptTokens(g: Pick<QueryGroup, 'roles' | 'concept'>): string | undefined {
  if (!g.concept) return undefined;
  const concepts = (WITHIN.get(g.concept) ?? [g.concept]).map(conceptToken);
  const roles = g.roles.length > TITLE_ROLES_BROAD ? g.roles.map(roleToken) : [];
  // Tokens hold only letters, digits, '_', '-', '#', '~' (ids and slugs): safe inside quotes.
  return [...concepts, ...roles]
    .filter((t) => /^[#~][a-z0-9_-]+$/.test(t))
    .map((t) => `'${t}'`)
    .join(' | ');
}

/** Filters that came from words in q, kept apart so a relaxation can drop them and say so. */
export interface ImpliedFilters {
  category?: string;
  work_mode?: string;
  experience_max?: number;
  education_rank?: number;
  salary_min?: number;
}

export interface SearchPlan {
  filters: SearchFilters;
  implied: ImpliedFilters;
  boosts: Boosts;
  origin?: { lat: number; lng: number };
  /** A commute asked for (commute_from, or words in q): the trips found, by "city/locality". */
  commute?: { from: string; maxMinutes: number; trips: Map<string, Commute> };
  /** The place to name in notices and whether its radius may widen (it came from q or a default). */
  place?: { name: string; radiusKm: number; widenable: boolean };
}

export interface Relaxation {
  filters: SearchFilters;
  /** What this search relaxed so far, one line per kind of relaxation. */
  notices: Explained[];
}

/**
 * Each step keeps the ones before it, in the order a seeker loses least: first the filters read
 * from words (education, experience, category, work mode), then the radius (5 -> 10 -> 25 km), then
 * any word instead of every word. Explicit query parameters are never relaxed.
 */
export function relaxations(plan: SearchPlan): Relaxation[] {
  const steps: Relaxation[] = [];
  let current: SearchFilters = { ...plan.filters, ...plan.implied };
  const said: { filters?: Explained; radius?: Explained; any?: Explained } = {};
  const push = () =>
    steps.push({ filters: current, notices: Object.values(said).filter((n) => n !== undefined) });
  const impliedNames = describeImplied(plan.implied);
  if (impliedNames.length) {
    current = { ...current };
    for (const key of Object.keys(plan.implied) as (keyof ImpliedFilters)[]) delete current[key];
    said.filters = {
      code: 'relaxed_filters',
      params: { filters: impliedNames.join(', '), codes: Object.keys(plan.implied).join(',') },
      text: `No jobs matched every requirement; showing jobs without the ${impliedNames.join(', ')} filter.`,
    };
    push();
  }
  const { place } = plan;
  const origin = current.near;
  if (place?.widenable && origin) {
    for (const radiusKm of WIDER_RADII_KM) {
      if (radiusKm <= place.radiusKm) continue;
      current = { ...current, near: { lat: origin.lat, lng: origin.lng, radiusKm } };
      said.radius = {
        code: 'wider_radius',
        params: { place: place.name, from_km: place.radiusKm, to_km: radiusKm },
        text: `No jobs within ${place.radiusKm} km of ${place.name}; showing jobs within ${radiusKm} km.`,
      };
      push();
    }
  }
  if ((current.groups?.length ?? 0) > 1) {
    current = { ...current, anyGroup: true };
    said.any = {
      code: 'any_word',
      params: {},
      text: 'No job matched all your words; showing jobs that match some of them.',
    };
    push();
  }
  return steps;
}

/** A searched place with fewer jobs than this within its radius is widened, keeping every filter. */
export const FEW_NEAR = 10;

/**
 * A place read from q with only a few jobs in its circle: seekers named a locality to say where they
 * can travel, and a job 12 km off is one they would still weigh (the circle is a guess, a commute is
 * what they mean). Each step keeps every filter and widens only the radius; closeness still ranks
 * (search-sql.ts), and the notice says how few were near. Explicit radii are never widened.
 */
export function widenings(plan: SearchPlan, nearCount: number): Relaxation[] {
  const { place } = plan;
  const origin = plan.filters.near;
  if (!place?.widenable || !origin) return [];
  return WIDER_RADII_KM.filter((km) => km > place.radiusKm).map((radiusKm) => ({
    filters: { ...plan.filters, ...plan.implied, near: { lat: origin.lat, lng: origin.lng, radiusKm } },
    notices: [
      {
        code: 'widened_radius',
        params: { place: place.name, from_km: place.radiusKm, to_km: radiusKm, count: nearCount },
        text: `Only ${nearCount} jobs within ${place.radiusKm} km of ${place.name}; also showing jobs up to ${radiusKm} km away, nearest first.`,
      },
    ],
  }));
}

function describeImplied(implied: ImpliedFilters): string[] {
  const names: string[] = [];
  if (implied.category) names.push('category');
  if (implied.work_mode) names.push('work mode');
  if (implied.experience_max !== undefined) names.push('experience');
  if (implied.education_rank !== undefined) names.push('education');
  if (implied.salary_min !== undefined) names.push('pay');
  return names;
}

/** Soft wishes from the words: they re-rank, never filter. */
export function boostsFrom(
  parsed: ParsedQuery,
  roles: { slug: string; name: string; voice: boolean }[],
): Boosts {
  const boosts: Boosts = {};
  // A concept read from a role's own name ("reconciliation executive", "telecaller") ranks that
  // role above the concept's other roles.
  const byName = new Map(roles.map((r) => [r.name.toLowerCase(), r.slug]));
  const named = parsed.groups.flatMap((g) => {
    const slug = byName.get(g.source.toLowerCase());
    return slug && g.roles.length > 1 && (g.roles as string[]).includes(slug) ? [slug] : [];
  });
  if (named.length) boosts.named = [...new Set(named)];
  if (parsed.shifts?.length) boosts.shifts = [...parsed.shifts];
  if (parsed.voice !== undefined)
    boosts.roles = roles.filter((r) => r.voice === parsed.voice).map((r) => r.slug);
  if (parsed.languages?.length) boosts.languages = parsed.languages.map((l) => l.slug);
  // Title evidence: a job whose title says what the seeker asked for ranks above one that only
  // carries the picked role or says it in its skills (the same tokens the group matches by).
  const titled = parsed.groups.flatMap((g) => conceptTokens(g) ?? []);
  if (titled.length) boosts.titled = titled.join(' | ');
  // Where the title and the picked role agree, the posting is surest of all: above a title alone.
  const picked = parsed.groups.filter((g) => g.concept && g.roles.length).flatMap((g) => g.roles);
  if (titled.length && picked.length) boosts.picked = [...new Set(picked)];
  // Words the vocabulary does not know, in an otherwise understood query, rank but never filter.
  const words = (parsed.rankWords ?? []).flatMap((w) => termTsquery(w) ?? []);
  if (words.length) boosts.words = words.join(' | ');
  // An industry beside a kind of job ("insurance telecaller") and how the seeker wants to be hired
  // ("walk in", "urgent"): what the job's own words say (job-concepts.ts), ranked with the words.
  // Each is its own part (the industries named together one part): a job meeting every part the
  // seeker typed ranks above one meeting some (search-tiers.repo.ts).
  const quoted = (tokens: string[]) =>
    tokens
      // Tokens hold only ids and slugs: safe inside quotes.
      .filter((t) => /^(#|\+@)[a-z0-9_-]+$/.test(t))
      .map((t) => `'${t}'`)
      .join(' | ');
  const wished = [
    quoted((parsed.industries ?? []).map(conceptToken)),
    ...(parsed.wishes ?? []).map((w) => quoted([wishToken(w)])),
  ].filter(Boolean);
  if (wished.length) boosts.wishes = wished;
  if (parsed.experience_max === 0) boosts.fresher = true;
  if (parsed.salary_typed !== undefined) boosts.payAt = parsed.salary_typed;
  return boosts;
}
