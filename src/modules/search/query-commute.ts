// Owns reading a commute out of the words of a query: "near dombivli station", "dombivli station ke
// paas", "within 30 min of kalyan", "30 min from dombivli", "kalyan se 30 min". A station named so is where the seeker
// travels from (issue #21): the rest of the query is read as usual, without those words.
// Must never touch the database: the station list is passed in (the commute module's reference data).

export interface StationName {
  slug: string;
  name: string;
  name_hi?: string;
  name_mr?: string;
}

export interface CommuteWords {
  /** The station slug travelled from. */
  from: string;
  /** The station's English name, for the "how we read your search" line. */
  name: string;
  /** Minutes door to door: what the seeker typed, or NEAR_STATION_MIN for "near X station". */
  minutes: number;
  /** Whether the minutes were typed. */
  typed: boolean;
  /** The words read, as typed. */
  phrase: string;
  /** The query without them. */
  rest: string;
}

/** "Near a station" is a short ride or walk either side of it: door to door within this. */
export const NEAR_STATION_MIN = 30;

// Devanagari digits ("३० मिनट") read as the same minutes as "30 min".
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/\s+/g, ' ')
    .trim();

function namesOf(stations: readonly StationName[]): [string, StationName][] {
  const names: [string, StationName][] = [];
  for (const s of stations)
    for (const n of [s.name, s.slug.replace(/-/g, ' '), s.name_hi, s.name_mr])
      if (n) names.push([norm(n), s]);
  // Longest first, so "thane" never eats "thane creek" and "andheri" not "andheri east".
  return names.sort((a, b) => b[0].length - a[0].length);
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MIN = '(?:min|mins|minute|minutes|मिनट|मिनिटे|मिनिट)';
const STATION = '(?:station|stn|स्टेशन)';

/** The four ways of saying it, each one regular expression over every station name (built once). */
const matchers = new WeakMap<
  readonly StationName[],
  { byName: Map<string, StationName>; res: [RegExp, boolean][] }
>();
function matcherFor(stations: readonly StationName[]) {
  let m = matchers.get(stations);
  if (!m) {
    const names = namesOf(stations);
    const n = `(${names.map(([name]) => literal(name)).join('|')})`;
    m = {
      byName: new Map(names.map(([name, station]) => [name, station] as [string, StationName]).reverse()),
      res: [
        [
          // "within 30 min of kalyan", and as often without the "within": "30 min from dombivli".
          new RegExp(
            `(?:^|\\s)(?:(?:within|upto|up to|under) )?(\\d{1,3}) ?${MIN} (?:of|from) ${n}(?: ${STATION})?(?=\\s|$)`,
            'u',
          ),
          true,
        ],
        [new RegExp(`(?:^|\\s)${n}(?: ${STATION})? (?:se|पासून|से) (\\d{1,3}) ?${MIN}(?=\\s|$)`, 'u'), true],
        [new RegExp(`(?:^|\\s)near ${n} ${STATION}(?=\\s|$)`, 'u'), false],
        [
          new RegExp(`(?:^|\\s)${n} ${STATION} (?:ke paas|ke pas|jawal|javal|के पास|जवळ)(?=\\s|$)`, 'u'),
          false,
        ],
      ],
    };
    matchers.set(stations, m);
  }
  return m;
}

export function readCommuteWords(q: string, stations: readonly StationName[]): CommuteWords | undefined {
  const text = norm(q);
  const { byName, res } = matcherFor(stations);
  for (const [i, [re, typed]] of res.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    // "within N min of X": the number comes first; "X se N min": the name first.
    const [name, number] = i === 0 ? [m[2], m[1]] : [m[1], m[2]];
    const station = name ? byName.get(name) : undefined;
    if (!station) continue;
    const minutes = typed ? Number(number) : NEAR_STATION_MIN;
    if (!Number.isFinite(minutes) || minutes < 5 || minutes > 180) continue;
    const phrase = m[0].trim();
    const rest = norm(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`);
    return { from: station.slug, name: station.name, minutes, typed, phrase, rest };
  }
  return undefined;
}
