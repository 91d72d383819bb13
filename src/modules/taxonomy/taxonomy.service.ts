// Reference data: roles, sectors, industries, education levels, cities and localities. Loaded by
// migration; read here once per process (it only changes with a deploy) and used for validation.
import type { Db } from '../../shared/db/db.ts';
import { loadTaxonomy } from '../../shared/reference/index.ts';
import { type StationView, stationList } from '../../shared/reference/transit.ts';

export interface Locality {
  slug: string;
  name: string;
  name_hi: string | null;
  name_mr: string | null;
  lat: number;
  lng: number;
  aliases: string[];
}
export interface City {
  slug: string;
  name: string;
  name_hi: string | null;
  name_mr: string | null;
  lat: number;
  lng: number;
  aliases: string[];
  localities: Locality[];
}
export interface TaxonomyView {
  categories: { slug: string; name: string }[];
  roles: { slug: string; name: string; category: string; voice: boolean }[];
  sectors: { slug: string; name: string }[];
  industries: { slug: string; name: string }[];
  education_levels: { slug: string; name: string; rank: number }[];
  work_modes: { slug: string; name: string }[];
  shifts: { slug: string; name: string }[];
  languages: { slug: string; name: string }[];
  language_levels: string[];
  skills: string[];
  perks: { slug: string; name: string }[];
  cities: City[];
  /** Suburban rail and metro stations (transit.json): slug, names in en/hi/mr, line groups, point. */
  stations: StationView[];
}

export function createTaxonomyService(db: Db) {
  let view: Promise<TaxonomyView> | undefined;

  async function build(): Promise<TaxonomyView> {
    const file = loadTaxonomy();
    const q = async <T extends object>(sql: string) => (await db.query<T>(sql)).rows;
    const [categories, roles, sectors, industries, education, languages, perks, cities, localities] =
      await Promise.all([
        q<{ slug: string; name: string }>('SELECT slug, name FROM categories ORDER BY slug'),
        q<{ slug: string; name: string; category: string; voice: boolean }>(
          'SELECT slug, name, category, voice FROM roles ORDER BY category, name',
        ),
        q<{ slug: string; name: string }>('SELECT slug, name FROM sectors ORDER BY name'),
        q<{ slug: string; name: string }>('SELECT slug, name FROM industries ORDER BY name'),
        q<{ slug: string; name: string; rank: number }>(
          'SELECT slug, name, rank FROM education_levels ORDER BY rank',
        ),
        q<{ slug: string; name: string }>('SELECT slug, name FROM languages ORDER BY name'),
        q<{ slug: string; name: string }>('SELECT slug, name FROM perks ORDER BY name'),
        q<Omit<City, 'localities'>>(
          'SELECT slug, name, name_hi, name_mr, lat, lng, aliases FROM cities ORDER BY name',
        ),
        q<Locality & { city: string }>(
          'SELECT city, slug, name, name_hi, name_mr, lat, lng, aliases FROM localities ORDER BY name',
        ),
      ]);
    // Mumbai, Pune, Thane and Navi Mumbai first: where most of our seekers are.
    const first = ['mumbai', 'pune', 'thane', 'navi-mumbai'];
    const orderOf = (slug: string) => (first.includes(slug) ? first.indexOf(slug) : first.length);
    return {
      categories,
      roles,
      sectors,
      industries,
      education_levels: education,
      work_modes: file.work_modes,
      shifts: file.shifts,
      languages,
      language_levels: file.language_levels,
      skills: file.skills,
      perks,
      cities: cities
        .sort((a, b) => orderOf(a.slug) - orderOf(b.slug) || a.name.localeCompare(b.name))
        .map((c) => ({
          ...c,
          localities: localities.filter((l) => l.city === c.slug).map(({ city: _c, ...l }) => l),
        })),
      stations: stationList(),
    };
  }

  const get = () => {
    view ??= build().catch((err) => {
      view = undefined;
      throw err;
    });
    return view;
  };

  return {
    get,
    async city(slug: string): Promise<City | undefined> {
      return (await get()).cities.find((c) => c.slug === slug);
    },
    async locality(city: string, slug: string): Promise<Locality | undefined> {
      return (await this.city(city))?.localities.find((l) => l.slug === slug);
    },
    async role(slug: string) {
      return (await get()).roles.find((r) => r.slug === slug);
    },
    async has(kind: 'sectors' | 'industries' | 'education_levels' | 'languages' | 'perks', slug: string) {
      return (await get())[kind].some((x) => x.slug === slug);
    },
    async educationRank(slug: string): Promise<number | undefined> {
      return (await get()).education_levels.find((e) => e.slug === slug)?.rank;
    },
  };
}

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;
