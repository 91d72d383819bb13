// Typed access to the checked-in reference data files. Read-only, identical on every instance
// (they ship with the code), so holding them in memory is safe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));

export interface Named {
  slug: string;
  name: string;
}
export interface Taxonomy {
  categories: Named[];
  roles: (Named & { category: string; voice: boolean })[];
  sectors: Named[];
  industries: Named[];
  education_levels: (Named & { rank: number })[];
  work_modes: Named[];
  shifts: Named[];
  languages: Named[];
  language_levels: string[];
  skills: string[];
  perks: Named[];
}
export interface GazetteerLocality extends Named {
  lat: number;
  lng: number;
  pincode?: string;
  aliases?: string[];
  name_hi?: string;
  name_mr?: string;
}
export interface GazetteerCity extends Named {
  lat: number;
  lng: number;
  aliases?: string[];
  name_hi?: string;
  name_mr?: string;
  localities: GazetteerLocality[];
}
export interface Gazetteer {
  cities: GazetteerCity[];
}

let taxonomy: Taxonomy | undefined;
let gazetteer: Gazetteer | undefined;

export function loadTaxonomy(): Taxonomy {
  taxonomy ??= JSON.parse(readFileSync(path.join(dir, 'taxonomy.json'), 'utf8')) as Taxonomy;
  return taxonomy;
}

export function loadGazetteer(): Gazetteer {
  gazetteer ??= JSON.parse(readFileSync(path.join(dir, 'localities.json'), 'utf8')) as Gazetteer;
  return gazetteer;
}
export * from './enums.ts';
