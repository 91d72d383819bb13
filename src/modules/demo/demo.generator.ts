// A deterministic generator of realistic demo data: companies, employers, seekers and jobs
// spread over real localities. The same seed always yields the same data, so tests and
// benchmarks can rely on it. Pure: it never touches the database.

import { WORK_MODES } from '../../shared/reference/index.ts';
import type { JobWrite } from '../jobs/index.ts';
import type { TaxonomyView } from '../taxonomy/index.ts';
import { postingText } from './demo.postings.ts';
import {
  CITY_WEIGHTS,
  COMPANY_NAMES,
  MMR_TOWN_WEIGHTS,
  PERKS_BY_SHIFT,
  PERSON_FIRST,
  PERSON_LAST,
  ROLE_PROFILES,
} from './demo.profiles.ts';

/** mulberry32: tiny, fast, good enough for demo data; deterministic for a given seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Picker {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  one<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T>(entries: [T, number][]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of entries) {
      r -= w;
      if (r <= 0) return v;
    }
    return entries.at(-1)![0];
  }
  some<T>(list: readonly T[], min: number, max: number): T[] {
    const copy = [...list];
    const n = Math.min(copy.length, this.int(min, max));
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

export interface DemoCompany {
  id: string;
  owner_id: string;
  name: string;
  industry: string;
  city: string;
  website: string | null;
  about: string | null;
  verified: boolean;
  created_at: string;
}

export interface DemoUser {
  id: string;
  role: 'seeker' | 'employer' | 'admin';
  name: string;
  phone: string;
  email: string | null;
}

export type DemoJob = JobWrite & {
  company_id: string;
  status: string;
  posted_at: string | null;
  expires_at: string | null;
  created_at: string;
  closed_at?: string | null;
  closed_reason?: string | null;
};

const DAY = 86_400_000;

/** Demo logins everyone can use (README lists them): admin, one employer, one seeker. */
export const DEMO_LOGINS = {
  admin: { phone: '+919000000001', name: 'Deskhire Moderator' },
  employer: { phone: '+919000000002', name: 'Rohan Mehta (Pratham BPO)' },
  seeker: { phone: '+919000000003', name: 'Sneha Patil' },
  password: 'deskhire-demo',
  /** The demo moderator's authenticator secret (admins sign in with a second factor): published,
   * like the password, so anyone trying the demo can add it to an app. Never on a real server. */
  adminTotpSecret: 'DESKHIREDEMOMODERATORSECRET23456',
};

export function demoPeople(
  p: Picker,
  companies: number,
  seekers: number,
): { users: DemoUser[]; companies: DemoCompany[] } {
  const users: DemoUser[] = [
    {
      id: p.uuid(),
      role: 'admin',
      name: DEMO_LOGINS.admin.name,
      phone: DEMO_LOGINS.admin.phone,
      email: 'moderator@deskhire.example',
    },
  ];
  const list: DemoCompany[] = [];
  const cityEntries = Object.entries(CITY_WEIGHTS).map(([c, v]) => [c, v.weight] as [string, number]);
  for (let i = 0; i < companies; i++) {
    const [name, industry] = COMPANY_NAMES[i % COMPANY_NAMES.length]!;
    const suffix = i >= COMPANY_NAMES.length ? ` ${Math.floor(i / COMPANY_NAMES.length) + 1}` : '';
    const domain = name.toLowerCase().replace(/[^a-z]+/g, '') + '.example';
    const owner: DemoUser =
      i === 0
        ? {
            id: p.uuid(),
            role: 'employer',
            name: DEMO_LOGINS.employer.name,
            phone: DEMO_LOGINS.employer.phone,
            email: `hr@${domain}`,
          }
        : {
            id: p.uuid(),
            role: 'employer',
            name: `${p.one(PERSON_FIRST)} ${p.one(PERSON_LAST)}`,
            phone: `+9198${String(20000000 + i).padStart(8, '0')}`,
            email: `hr${i}@${domain}`,
          };
    users.push(owner);
    list.push({
      id: p.uuid(),
      owner_id: owner.id,
      name: `${name}${suffix}`,
      industry,
      city: p.weighted(cityEntries),
      website: `https://www.${domain}`,
      about: `${name} is ${/^[aeiou]/.test(industry) ? 'an' : 'a'} ${industry.replace(/-/g, ' ')} company hiring customer service and back office staff across Maharashtra.`,
      verified: p.chance(0.7),
      created_at: new Date(Date.UTC(2025, 0, 1) + p.int(0, 600) * DAY).toISOString(),
    });
  }
  for (let i = 0; i < seekers; i++) {
    users.push(
      i === 0
        ? {
            id: p.uuid(),
            role: 'seeker',
            name: DEMO_LOGINS.seeker.name,
            phone: DEMO_LOGINS.seeker.phone,
            email: null,
          }
        : {
            id: p.uuid(),
            role: 'seeker',
            name: `${p.one(PERSON_FIRST)} ${p.one(PERSON_LAST)}`,
            phone: `+9197${String(10000000 + i).padStart(8, '0')}`,
            email: p.chance(0.4) ? `seeker${i}@mail.example` : null,
          },
    );
  }
  return { users, companies: list };
}

const roleEntries = Object.entries(ROLE_PROFILES).map(([slug, r]) => [slug, r.weight] as [string, number]);
const cityEntries = Object.entries(CITY_WEIGHTS).map(([c, v]) => [c, v.weight] as [string, number]);
const cityEntriesWithTowns = [
  ...cityEntries,
  ...Object.entries(MMR_TOWN_WEIGHTS).map(([c, v]) => [c, v.weight] as [string, number]),
];

const roundTo = (n: number, step: number) => Math.round(n / step) * step;

export function demoJob(
  p: Picker,
  tax: TaxonomyView,
  companies: DemoCompany[],
  now: number,
  opts: { mmrTowns?: boolean } = {},
): DemoJob {
  const roleSlug = p.weighted(roleEntries);
  const profile = ROLE_PROFILES[roleSlug]!;
  const role = tax.roles.find((r) => r.slug === roleSlug)!;
  const company = p.one(companies);
  // Most jobs sit in the company's own city; the rest anywhere we list.
  let citySlug = p.chance(0.7)
    ? company.city
    : p.weighted(opts.mmrTowns ? cityEntriesWithTowns : cityEntries);
  let city = tax.cities.find((c) => c.slug === citySlug && c.localities.length);
  if (!city) {
    city = tax.cities.find((c) => c.localities.length)!;
    citySlug = city.slug;
  }
  const locality = p.one(city.localities);
  const expMin = p.chance(0.55) ? profile.experience[0] : p.int(profile.experience[0], profile.experience[1]);
  const expMax = Math.min(40, expMin + p.int(1, 3));
  const cityPay = (CITY_WEIGHTS[citySlug] ?? MMR_TOWN_WEIGHTS[citySlug])?.pay ?? 0.85;
  // The band is for the role's least experience; each further year asked adds `growth`. (Counting
  // every year made a 6-year manager's band 1.4-1.7x itself: medians of ₹1,49,000 a month.)
  const growth = 1 + profile.growth * (expMin - profile.experience[0]);
  const low = roundTo(profile.pay[0] * cityPay * growth * (0.9 + p.next() * 0.2), 500);
  const high = roundTo(
    Math.max(low + 1000, profile.pay[1] * cityPay * growth * (0.9 + p.next() * 0.25)),
    500,
  );
  const disclosed = p.chance(0.88);
  const workMode = p.chance(profile.remote) ? 'remote' : p.chance(profile.hybrid) ? 'hybrid' : 'onsite';
  const shift = p.one(profile.shifts);
  const education = p.one(profile.education);
  const languages = p.one(profile.languages).map((l, i) => ({
    language: l,
    level:
      i === 0 && (roleSlug.startsWith('international') || l === 'english')
        ? 'fluent'
        : p.one(['conversational', 'fluent']),
  }));
  const skills = p.some(profile.skills, 2, profile.skills.length);
  const perks = p.some(PERKS_BY_SHIFT[shift] ?? [], 1, 4);
  const title = p.one(profile.titles);
  // The text draws from its own Picker, seeded by the one draw the old fixed text took here: the
  // job's other fields, and every job after it, stay what they were whatever the text writer does.
  const textSeed = Math.floor(p.next() * 2 ** 32);
  // Posting dates spread over the last 28 days; a few are drafts, paused, closed or expired.
  const ageDays = p.next() * 28;
  const postedAt = now - ageDays * DAY;
  const fate = p.weighted<[string, 'live' | 'expired']>([
    [['published', 'live'], 90],
    [['published', 'expired'], 2],
    [['paused', 'live'], 2],
    [['closed', 'live'], 4],
    [['draft', 'live'], 2],
  ]);
  const draft = fate[0] === 'draft';
  const expired = fate[1] === 'expired';
  // Drawn in the order the job's fields always were, so a seed gives the same jobs as before.
  const sector = role.category === 'back_office' && profile.sector ? p.one(profile.sector) : null;
  const openings = p.weighted([
    [1, 3],
    [p.int(2, 10), 5],
    [p.int(10, 50), 2],
  ]);
  const description = postingText(new Picker(rng(textSeed)), {
    company: company.name,
    title,
    category: role.category,
    profile,
    locality,
    city,
    workMode,
    shift,
    expMin,
    expMax,
    education,
    languages: languages.map((l) => l.language),
    skills,
    perks,
    salaryMin: disclosed ? low : null,
    salaryMax: disclosed ? high : null,
    openings,
  });
  return {
    company_id: company.id,
    title,
    description,
    category: role.category,
    role: roleSlug,
    sector,
    industry: company.industry,
    city: citySlug,
    locality: locality.slug,
    lat: locality.lat,
    lng: locality.lng,
    work_mode: workMode,
    shift,
    salary_min: disclosed ? low : null,
    salary_max: disclosed ? high : null,
    experience_min: expMin,
    experience_max: expMax,
    education_min: education,
    education_rank: tax.education_levels.find((e) => e.slug === education)!.rank,
    languages,
    skills,
    perks,
    openings,
    status: fate[0],
    posted_at: draft ? null : new Date(expired ? postedAt - 35 * DAY : postedAt).toISOString(),
    expires_at: draft ? null : new Date((expired ? postedAt - 35 * DAY : postedAt) + 30 * DAY).toISOString(),
    created_at: new Date((expired ? postedAt - 35 * DAY : postedAt) - DAY).toISOString(),
  };
}

/**
 * A posting from the past half year that is over: most were filled (closed_reason 'filled',
 * closed_at some days after posting), the rest ran out their 30 days unfilled ('expired').
 * Entry-level roles fill faster than roles asking for experience. Gives insights a realistic
 * time-to-fill and 26 weeks of demand. Uses its own Picker so live jobs stay the same.
 */
export function demoPastJob(p: Picker, tax: TaxonomyView, companies: DemoCompany[], now: number): DemoJob {
  const job = demoJob(p, tax, companies, now);
  const postedAt = now - (31 + p.next() * 150) * DAY;
  const expiresAt = postedAt + 30 * DAY;
  const filled = p.chance(0.8);
  // Median about 9 days for freshers, longer with each year asked for; never past expiry.
  const base = 6 + 3 * job.experience_min;
  const days = Math.min(29.5, base * (0.4 + p.next() * 1.3) + p.next() * 3);
  const closedAt = filled ? postedAt + days * DAY : expiresAt;
  return {
    ...job,
    status: 'closed',
    posted_at: new Date(postedAt).toISOString(),
    expires_at: new Date(expiresAt).toISOString(),
    created_at: new Date(postedAt - DAY).toISOString(),
    closed_at: new Date(closedAt).toISOString(),
    closed_reason: filled ? 'filled' : 'expired',
  };
}

export interface DemoSeekerProfile {
  user_id: string;
  city: string;
  localities: string[];
  places: { slug: string; name: string; lat: number; lng: number }[];
  travel_km: number;
  roles: string[];
  education: string;
  education_rank: number;
  experience_years: number;
  languages: { language: string; level: string }[];
  skills: string[];
  work_modes: string[];
  shifts: string[];
  availability: string;
  contact_consent: boolean;
  searchable: boolean;
  updated_at: string;
}

/**
 * A seeker's profile shaped by a role they want (its skills, education and languages), in real
 * localities of one city; most opt in to candidate search, about two in three of those allow calls.
 */
export function demoSeekerProfile(
  p: Picker,
  tax: TaxonomyView,
  userId: string,
  now: number,
): DemoSeekerProfile {
  const roleSlugs = Object.keys(ROLE_PROFILES).filter((r) => tax.roles.some((x) => x.slug === r));
  const role = p.weighted(roleSlugs.map((r) => [r, ROLE_PROFILES[r]!.weight] as [string, number]));
  const profile = ROLE_PROFILES[role]!;
  const cityEntries = Object.entries(CITY_WEIGHTS).map(([c, v]) => [c, v.weight] as [string, number]);
  const city = tax.cities.find((c) => c.slug === p.weighted(cityEntries)) ?? tax.cities[0]!;
  const localities = p.some(city.localities, 1, 3);
  const education = p.one(profile.education);
  const experience = p.chance(0.35)
    ? 0
    : p.int(profile.experience[0], Math.max(profile.experience[1], 1) + 2);
  const related = roleSlugs.filter(
    (r) => r !== role && ROLE_PROFILES[r]!.skills.some((s) => profile.skills.includes(s)),
  );
  return {
    user_id: userId,
    city: city.slug,
    localities: localities.map((l) => l.slug),
    places: localities.map((l) => ({ slug: l.slug, name: l.name, lat: l.lat, lng: l.lng })),
    travel_km: p.one([5, 10, 10, 15, 25]),
    roles: [role, ...(related.length && p.chance(0.5) ? [p.one(related)] : [])],
    education,
    education_rank: tax.education_levels.find((e) => e.slug === education)?.rank ?? 0,
    experience_years: experience,
    languages: p.one(profile.languages).map((language, i) => ({
      language,
      level: i === 0 ? p.one(['conversational', 'fluent']) : p.one(['basic', 'conversational', 'fluent']),
    })),
    skills: p.some(
      profile.skills.filter((s) => tax.skills.includes(s)),
      2,
      5,
    ),
    work_modes: p.some([...WORK_MODES], 1, 3),
    shifts: p.some(profile.shifts, 1, 2),
    availability: p.one(['immediate', '15_days', '30_days', '60_days']),
    searchable: p.chance(0.8),
    contact_consent: p.chance(0.65),
    updated_at: new Date(now - p.int(0, 75) * DAY - p.int(0, 86_399) * 1000).toISOString(),
  };
}
