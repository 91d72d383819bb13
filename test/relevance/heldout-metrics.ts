// Graded judgments of the frozen held-out set (heldout/README.md): a posting is grade 2 for a query
// when the query's `rule` holds on it, 1 when its `partial` rule holds, else 0. The rules are judged
// on the posting's `truth` (what the job really is), never on the role its author filed it under.
// A port of heldout/gen/evalrules.py (the set's own checker), kept line for line.

export interface HeldoutPosting {
  id: string;
  city: string;
  locality: string;
  work_mode: string;
  shift: string;
  education_min: string;
  experience_min: number;
  salary_min: number | null;
  truth: { kind: string; also: string[]; langs: string[]; night: boolean; fresher_ok: boolean };
  [field: string]: unknown;
}

export type HeldoutRule = Partial<{
  kind_any: string[];
  city_any: string[];
  locality_any: string[];
  near: { lat: number; lng: number; km: number };
  work_mode_any: string[];
  shift_any: string[];
  night: boolean;
  langs_all: string[];
  education_max: string;
  experience_max: number;
  salary_at_least: number;
  fresher_ok: boolean;
}>;

export interface HeldoutQuery {
  id: string;
  q: string;
  params: Record<string, string>;
  kind: 'broad' | 'narrow';
  rule: HeldoutRule;
  partial?: HeldoutRule;
  note: string;
}

const ALLOWED = new Set([
  'kind_any',
  'city_any',
  'locality_any',
  'near',
  'work_mode_any',
  'shift_any',
  'night',
  'langs_all',
  'education_max',
  'experience_max',
  'salary_at_least',
  'fresher_ok',
]);

function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const [la1, lo1, la2, lo2] = [rad(a[0]), rad(a[1]), rad(b[0]), rad(b[1])];
  const h = Math.sin((la2 - la1) / 2) ** 2 + Math.cos(la1) * Math.cos(la2) * Math.sin((lo2 - lo1) / 2) ** 2;
  return 2 * 6371.0 * Math.asin(Math.sqrt(h));
}

export interface RuleContext {
  /** Coordinates by "city/locality" (the taxonomy's). */
  coords: Map<string, [number, number]>;
  educationRank: Map<string, number>;
}

export function holds(rule: HeldoutRule, p: HeldoutPosting, ctx: RuleContext): boolean {
  const t = p.truth;
  for (const [key, value] of Object.entries(rule)) {
    if (!ALLOWED.has(key)) throw new Error(`unknown rule key ${key}`);
    switch (key) {
      case 'kind_any': {
        const tags = new Set([t.kind, ...t.also]);
        if (!(value as string[]).some((v) => tags.has(v))) return false;
        break;
      }
      case 'city_any':
        if (!(value as string[]).includes(p.city)) return false;
        break;
      case 'locality_any':
        if (!(value as string[]).includes(p.locality)) return false;
        break;
      case 'near': {
        const near = value as { lat: number; lng: number; km: number };
        const at = ctx.coords.get(`${p.city}/${p.locality}`);
        if (!at) throw new Error(`no coordinates for ${p.city}/${p.locality}`);
        if (haversineKm(at, [near.lat, near.lng]) > near.km) return false;
        break;
      }
      case 'work_mode_any':
        if (!(value as string[]).includes(p.work_mode)) return false;
        break;
      case 'shift_any':
        if (!(value as string[]).includes(p.shift)) return false;
        break;
      case 'night':
        if (t.night !== value) return false;
        break;
      case 'langs_all':
        if (!(value as string[]).every((l) => t.langs.includes(l))) return false;
        break;
      case 'education_max':
        if ((ctx.educationRank.get(p.education_min) ?? 99) > (ctx.educationRank.get(value as string) ?? -1))
          return false;
        break;
      case 'experience_max':
        if (p.experience_min > (value as number)) return false;
        break;
      case 'salary_at_least':
        if (p.salary_min === null || p.salary_min < (value as number)) return false;
        break;
      case 'fresher_ok':
        if (t.fresher_ok !== value) return false;
        break;
    }
  }
  return true;
}

export function grade(q: HeldoutQuery, p: HeldoutPosting, ctx: RuleContext): 0 | 1 | 2 {
  if (holds(q.rule, p, ctx)) return 2;
  if (q.partial && holds(q.partial, p, ctx)) return 1;
  return 0;
}

/** Share of the grade-2 postings found in the top k, out of as many as k can hold. */
export function gradedRecallAt(k: number, ranked: number[], grades: Map<number, number>): number {
  const relevant = [...grades.values()].filter((g) => g === 2).length;
  if (relevant === 0) return 1;
  const hits = ranked.slice(0, k).filter((id) => grades.get(id) === 2).length;
  return hits / Math.min(k, relevant);
}

/**
 * Precision of the first k results, normalised by what the set allows: each posting in the top k
 * scores 1 at grade 2 and 0.5 at grade 1, and the sum is divided by min(k, number of grade-2
 * postings), capped at 1. A narrow query has 4-15 right answers; plain precision@10 could not reach
 * 1 for a query with 4 (R-precision is the usual reading of precision@k when fewer than k exist).
 */
export function gradedPrecisionAt(k: number, ranked: number[], grades: Map<number, number>): number {
  const relevant = [...grades.values()].filter((g) => g === 2).length;
  if (relevant === 0) return 1;
  const gain = ranked.slice(0, k).reduce((s, id) => s + (grades.get(id) ?? 0) / 2, 0);
  return Math.min(1, gain / Math.min(k, relevant));
}

/** nDCG@k with gains 2 / 1 / 0, against the ideal order of every judged posting. */
export function gradedNdcgAt(k: number, ranked: number[], grades: Map<number, number>): number {
  const dcg = (gains: number[]) =>
    gains.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  if (ideal === 0) return 1;
  return dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
}
