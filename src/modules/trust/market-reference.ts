// Trust: the checked-in reference pay band for role x city x experience, used by screening when too
// few live postings give a market band. Pure data lookup; the file says where its figures come from.
import { readFileSync } from 'node:fs';
import type { MarketBand } from './scam-score.ts';

interface RoleBand {
  entry_years: number;
  p50: number;
  p90: number;
}
interface ReferenceFile {
  metro_cities: string[];
  other_city_factor: number;
  per_year_factor: number;
  max_experience_uplift: number;
  roles: Record<string, RoleBand>;
}

const reference = JSON.parse(
  readFileSync(new URL('./market-band.json', import.meta.url), 'utf8'),
) as ReferenceFile;
const metro = new Set(reference.metro_cities);

/** The reference band for a role in a city at a minimum experience; null for a role it does not know. */
export function referenceBand(
  role: string | null | undefined,
  city: string | null | undefined,
  experienceMin: number | null | undefined,
): MarketBand | null {
  const band = role ? reference.roles[role] : undefined;
  if (!band) return null;
  const cityFactor = city && !metro.has(city) ? reference.other_city_factor : 1;
  const years = Math.max(0, (experienceMin ?? band.entry_years) - band.entry_years);
  const uplift = 1 + Math.min(reference.max_experience_uplift, years * reference.per_year_factor);
  const scale = (amount: number) => Math.round((amount * cityFactor * uplift) / 500) * 500;
  return { p50: scale(band.p50), p90: scale(band.p90) };
}
