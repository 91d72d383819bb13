// Judging and scoring for the relevance suite: turns a query's rule (judgments.json) into the set
// of relevant job ids, and scores a ranked list with recall@k and nDCG@k (binary gains).
import { loadGazetteer } from '../../src/shared/reference/index.ts';

export interface Rule {
  roles?: string[] | string;
  category?: string;
  city?: string[];
  near?: { at: string; km: number };
  education_max?: string;
  experience_max?: number;
  work_mode?: string;
  shift?: string[];
}

export interface JudgedJob {
  id: number;
  role: string;
  category: string;
  city: string;
  lat: number;
  lng: number;
  education_rank: number;
  experience_min: number;
  work_mode: string;
  shift: string;
}

const EDUCATION_RANK: Record<string, number> = {
  below_10th: 0,
  '10th': 1,
  '12th': 2,
  diploma: 3,
  graduate: 4,
  postgraduate: 5,
};

export function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function place(at: string): { lat: number; lng: number } {
  const [city, slug] = at.split('/');
  const found = loadGazetteer()
    .cities.find((c) => c.slug === city)
    ?.localities.find((l) => l.slug === slug);
  if (!found) throw new Error(`unknown locality ${at}`);
  return found;
}

export function relevantIds(rule: Rule, sets: Record<string, string[]>, jobs: JudgedJob[]): Set<number> {
  const roles =
    typeof rule.roles === 'string' ? sets[rule.roles.replace(/^@/, '')] : (rule.roles ?? undefined);
  if (typeof rule.roles === 'string' && !roles) throw new Error(`unknown set ${rule.roles}`);
  const origin = rule.near ? place(rule.near.at) : undefined;
  const ok = (j: JudgedJob) =>
    (!roles || roles.includes(j.role)) &&
    (!rule.category || j.category === rule.category) &&
    (!rule.city || rule.city.includes(j.city)) &&
    (!origin || !rule.near || km(origin, j) <= rule.near.km + 0.05) &&
    (rule.education_max === undefined || j.education_rank <= EDUCATION_RANK[rule.education_max]!) &&
    (rule.experience_max === undefined || j.experience_min <= rule.experience_max) &&
    (!rule.work_mode || j.work_mode === rule.work_mode) &&
    (!rule.shift || rule.shift.includes(j.shift));
  return new Set(jobs.filter(ok).map((j) => j.id));
}

/** Share of the findable relevant jobs (at most k) that the first k results hold. */
export function recallAt(k: number, ranked: number[], relevant: Set<number>): number {
  if (relevant.size === 0) return 1;
  const hits = ranked.slice(0, k).filter((id) => relevant.has(id)).length;
  return hits / Math.min(k, relevant.size);
}

export function ndcgAt(k: number, ranked: number[], relevant: Set<number>): number {
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 1 : dcg / ideal;
}
