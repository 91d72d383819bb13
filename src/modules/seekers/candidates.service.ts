// Candidate search for employers: reads the employer's words with the job-search query parser
// (search/query-parser.ts, the same vocabulary and gazetteer; explicit parameters win), finds
// seekers who opted in (`searchable`), ranks them and returns masked cards. A phone is revealed
// only when the seeker also agreed to be called, and every reveal is recorded in contact_views.
import type { Db } from '../../shared/db/db.ts';
import { Forbidden, Invalid, NotFound } from '../../shared/errors.ts';
import { loadGazetteer } from '../../shared/reference/index.ts';
import { type AccountsService, type AuthUser, maskPhone } from '../accounts/index.ts';
import type { CompaniesService } from '../companies/index.ts';
import type { PrivacyService } from '../privacy/index.ts';
import { parseQuery } from '../search/index.ts';
import type { SkillsService } from '../skills/index.ts';
import type { TaxonomyService, TaxonomyView } from '../taxonomy/index.ts';
import {
  type CandidateFilters,
  type CandidateRanking,
  type CandidateRow,
  candidatesRepo,
  cellsAround,
} from './candidates.repo.ts';
import type {
  CandidateContactOut,
  CandidateOut,
  CandidateQuery,
  CandidateResult,
} from './candidates.schema.ts';

const LEVELS = ['basic', 'conversational', 'fluent'];
/** Badge holders looked up at most; a badge filter narrows to these before the SQL ranks them. */
const MAX_BADGE_HOLDERS = 50_000;
/** A locality without a radius means a short commute, as in job search. */
const DEFAULT_RADIUS_KM = 10;

const slug = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** "Priya Sharma" -> "Priya S.": enough to tell cards apart, no more before contact. */
export function shortName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  const last = rest.at(-1);
  return last ? `${first} ${Array.from(last)[0]!.toUpperCase()}.` : (first ?? '');
}

/** Skill slugs a word stands for: a taxonomy skill containing it ('excel' -> ms-excel) and itself. */
function skillsFor(terms: string[], tax: TaxonomyView): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    const s = slug(term);
    if (s.length < 2) continue;
    out.add(s);
    for (const known of tax.skills)
      if (known.includes(s) || (s.length > 3 && s.includes(known))) out.add(known);
  }
  return [...out];
}

export interface ResolvedSearch {
  filters: CandidateFilters;
  ranking: CandidateRanking;
  understood: string[];
  /** For the web page: what the words and fields resolved to. */
  applied: {
    city?: string;
    locality?: { name: string; radiusKm: number };
    experienceMin?: number;
    experienceMax?: number;
    education?: string;
    languages: string[];
    skills: string[];
    words: string[];
  };
}

export function createCandidatesService(
  db: Db,
  deps: {
    taxonomy: TaxonomyService;
    accounts: AccountsService;
    companies: CompaniesService;
    skills: SkillsService;
    privacy: PrivacyService;
  },
) {
  const { taxonomy, accounts, companies, skills, privacy } = deps;
  const gazetteer = loadGazetteer();

  /** An employer who belongs to a company; everyone else is refused. */
  async function employerCompany(user: AuthUser): Promise<{ id: string; name: string }> {
    if (user.role !== 'employer') throw new Forbidden('Only employer accounts may search candidates');
    const mine = await companies.mine(user);
    const company = mine[0];
    if (!company) throw new Forbidden('Create your company profile before searching candidates');
    return { id: company.id, name: company.name };
  }

  /** Explicit parameters first, then what the words add where a parameter has not spoken. */
  async function resolve(query: CandidateQuery): Promise<ResolvedSearch> {
    const tax = await taxonomy.get();
    const errors: { field: string; message: string }[] = [];
    const filters: CandidateFilters = { groups: [], skills: [], languages: [] };
    const ranking: CandidateRanking = { wantedSkills: [], wantedRoles: [] };
    const understood: string[] = [];
    const applied: ResolvedSearch['applied'] = { languages: [], skills: [], words: [] };

    if (query.city) {
      const s = slug(query.city);
      const city = tax.cities.find((c) => c.slug === s || c.aliases.includes(s.replace(/-/g, ' ')));
      if (!city) errors.push({ field: 'city', message: `'${query.city}' is not a city we list` });
      else {
        filters.city = city.slug;
        applied.city = city.name;
      }
    }
    if (query.locality) {
      const s = slug(query.locality);
      const hits = tax.cities.flatMap((c) =>
        c.localities.filter((l) => l.slug === s).map((l) => ({ city: c.slug, ...l })),
      );
      const l = hits.find((x) => !filters.city || x.city === filters.city);
      if (!l) errors.push({ field: 'locality', message: `'${query.locality}' is not a locality we list` });
      else {
        const radiusKm = query.radius_km ?? DEFAULT_RADIUS_KM;
        filters.near = { lat: l.lat, lng: l.lng, radiusKm, cells: cellsAround(l.lat, l.lng, radiusKm) };
        applied.locality = { name: l.name, radiusKm };
      }
    }
    if (query.role) {
      const s = slug(query.role);
      if (!tax.roles.some((r) => r.slug === s))
        errors.push({ field: 'role', message: 'is not a known role' });
      else {
        filters.groups.push({ roles: [s], skills: [] });
        ranking.wantedRoles.push(s);
      }
    }
    if (query.skill) {
      filters.skills = [...new Set(query.skill.split(',').map(slug).filter(Boolean))].slice(0, 10);
      ranking.wantedSkills.push(...filters.skills);
      applied.skills.push(...filters.skills);
    }
    if (query.experience_min !== undefined) filters.experienceMin = query.experience_min;
    if (query.experience_max !== undefined) filters.experienceMax = query.experience_max;
    if (query.education) filters.educationRank = (await taxonomy.educationRank(query.education)) ?? 0;
    if (query.language) {
      const s = slug(query.language);
      if (!tax.languages.some((l) => l.slug === s))
        errors.push({ field: 'language', message: 'is not a known language' });
      else
        filters.languages.push({
          language: s,
          levels: LEVELS.slice(LEVELS.indexOf(query.language_level ?? 'basic')),
        });
    }
    if (query.work_mode) filters.workMode = query.work_mode;
    if (errors.length) throw new Invalid(errors);

    if (query.q) {
      const parsed = parseQuery(query.q, gazetteer);
      for (const g of parsed.groups) {
        const groupSkills = skillsFor(g.terms, tax);
        filters.groups.push({ roles: g.roles, skills: groupSkills });
        ranking.wantedRoles.push(...g.roles);
        ranking.wantedSkills.push(...groupSkills.filter((s) => tax.skills.includes(s)));
        applied.words.push(g.source);
        understood.push(
          `'${g.source}' -> prefers ${g.roles.join(', ') || 'no listed role'} or lists ${groupSkills.join(', ')}`,
        );
      }
      const explicitPlace = Boolean(query.city || query.locality);
      if (parsed.locality && !explicitPlace) {
        const { lat, lng, name } = parsed.locality;
        const radiusKm = query.radius_km ?? DEFAULT_RADIUS_KM;
        filters.near = { lat, lng, radiusKm, cells: cellsAround(lat, lng, radiusKm) };
        applied.locality = { name, radiusKm };
        understood.push(`near ${name} (within ${radiusKm} km of a preferred locality)`);
      } else if (parsed.city && !explicitPlace) {
        filters.city = parsed.city;
        applied.city = tax.cities.find((c) => c.slug === parsed.city)?.name ?? parsed.city;
        understood.push(`in ${applied.city}`);
      }
      // For a job, "2 years" is the seeker's own experience; for a candidate it is the least wanted.
      if (
        parsed.experience_max !== undefined &&
        query.experience_min === undefined &&
        query.experience_max === undefined
      ) {
        if (parsed.experience_max > 0) filters.experienceMin = parsed.experience_max;
        else filters.experienceMax = 0;
        understood.push(
          parsed.experience_max > 0 ? `${parsed.experience_max}+ years of experience` : 'freshers',
        );
      }
      if (parsed.education && !query.education) {
        filters.educationRank = (await taxonomy.educationRank(parsed.education)) ?? 0;
        applied.education = parsed.education;
        understood.push(`${parsed.education} or more`);
      }
      if (parsed.work_mode && !query.work_mode) {
        filters.workMode = parsed.work_mode;
        understood.push(`open to ${parsed.work_mode}`);
      }
      for (const l of parsed.languages ?? []) {
        if (filters.languages.some((x) => x.language === l.slug)) continue;
        filters.languages.push({ language: l.slug, levels: LEVELS.slice(LEVELS.indexOf(l.level)) });
        understood.push(`speaks ${l.slug} (${l.level} or better)`);
      }
    }
    if (query.education) applied.education = query.education;
    applied.experienceMin = filters.experienceMin;
    applied.experienceMax = filters.experienceMax;
    applied.languages = filters.languages.map((l) => l.language);
    if (filters.near) filters.city = undefined;

    if (query.badge) {
      filters.userIds = await skills.seekersWithBadge({
        kind: query.badge,
        minScore: query.badge_min ?? 0,
        limit: MAX_BADGE_HOLDERS,
      });
      understood.push(`verified ${query.badge} badge${query.badge_min ? ` (${query.badge_min}+)` : ''}`);
    }
    ranking.wantedSkills = [...new Set(ranking.wantedSkills)];
    ranking.wantedRoles = [...new Set(ranking.wantedRoles)];
    return { filters, ranking, understood, applied };
  }

  function reasons(r: CandidateRow, ranking: CandidateRanking, radiusKm?: number): string[] {
    const out: string[] = [];
    if (r.skill_hits > 0)
      out.push(`skills: ${r.skills.filter((s) => ranking.wantedSkills.includes(s)).join(', ')}`);
    if (r.role_hit) out.push('prefers this role');
    if (r.distance_km !== null && radiusKm) out.push(`${Math.round(r.distance_km * 10) / 10} km away`);
    if (r.experience_years > 0) out.push(`${r.experience_years} years of experience`);
    const days = (Date.now() - r.updated_at.getTime()) / 86_400_000;
    if (days <= 30) out.push('profile updated in the last 30 days');
    return out;
  }

  return {
    resolve,

    async search(
      user: AuthUser,
      query: CandidateQuery,
    ): Promise<CandidateResult & { applied: ResolvedSearch['applied'] }> {
      await employerCompany(user);
      const resolved = await resolve(query);
      const limit = query.limit ?? 20;
      const page = query.page ?? 1;
      const rows =
        resolved.filters.userIds?.length === 0
          ? []
          : await candidatesRepo.search(db, resolved.filters, resolved.ranking, {
              limit,
              offset: (page - 1) * limit,
            });
      const tax = await taxonomy.get();
      const cityName = new Map(tax.cities.map((c) => [c.slug, c.name]));
      const badges = await skills.badgesOfMany(rows.map((r) => r.user_id));
      // The page's accounts at once; a closed account's card is left out.
      const people = await accounts.many(rows.map((r) => r.user_id));
      const items: CandidateOut[] = [];
      for (const r of rows) {
        const me = people.get(r.user_id);
        if (!me) continue;
        items.push({
          id: r.user_id,
          name: shortName(me.name),
          city: r.city,
          city_name: r.city ? (cityName.get(r.city) ?? r.city) : null,
          localities: r.places.map((p) => p.name),
          ...(r.distance_km !== null ? { distance_km: Math.round(r.distance_km * 10) / 10 } : {}),
          experience_years: r.experience_years,
          education: r.education,
          languages: r.languages,
          skills: r.skills,
          roles: r.roles,
          work_modes: r.work_modes,
          availability: r.availability,
          badges: (badges.get(r.user_id) ?? []).map((b) => ({
            kind: b.kind,
            label: b.label,
            score: b.score,
          })),
          phone: maskPhone(me.phone),
          contact_allowed: r.contact_consent,
          profile_updated_at: r.updated_at.toISOString(),
          match: { score: r.score, reasons: reasons(r, resolved.ranking, resolved.filters.near?.radiusKm) },
        });
      }
      return {
        items,
        total: rows[0]?.total ?? 0,
        page,
        understood: resolved.understood,
        applied: resolved.applied,
      };
    },

    /**
     * The phone of an opted-in seeker who also agreed to be called; recorded in contact_views
     * (viewer, seeker, 'phone', purpose). 404 for anyone not in candidate search, 403 without consent.
     */
    async revealPhone(user: AuthUser, seekerId: string): Promise<CandidateContactOut> {
      const company = await employerCompany(user);
      const profile = await candidatesRepo.searchable(db, seekerId);
      if (!profile) throw new NotFound('Candidate');
      if (!profile.contact_consent)
        throw new Forbidden('This seeker has not agreed to be called; their phone stays hidden');
      const me = await accounts.me(seekerId).catch(() => undefined);
      if (!me) throw new NotFound('Candidate');
      await privacy.recordContactView(
        user.id,
        seekerId,
        'phone',
        `candidate search (${company.name})`.slice(0, 200),
      );
      const text = `Hello, this is ${user.name} from ${company.name}. We found your profile on Deskhire.`;
      return {
        id: seekerId,
        phone: me.phone,
        whatsapp_url: `https://wa.me/${me.phone.replace(/^\+/, '')}?text=${encodeURIComponent(text)}`,
      };
    },
  };
}

export type CandidatesService = ReturnType<typeof createCandidatesService>;
