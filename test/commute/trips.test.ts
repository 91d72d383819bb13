// Scores the transit graph (src/shared/reference/transit.json) against the frozen set of published
// trip times in trips.json (README.md here). Each trip compares the graph's minutes aboard trains on
// the trip's stated route with `train_minutes`, within `tolerance_minutes`. The mapping below names
// only which stations and lines a trip's words mean; it holds no minutes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inTrainMinutes, loadTransit } from '../../src/modules/commute/index.ts';

const raw = readFileSync(new URL('./trips.json', import.meta.url));
const SHA256 = 'e57a3bc2375eed8506911c5d16deb8e54fae7939f311468a2b5d606fd93ee7bd';

interface Trip {
  id: string;
  from: string;
  to: string;
  line: string;
  route: string;
  changes: number;
  train_minutes: number;
  tolerance_minutes: number;
  service: string;
}
const trips = JSON.parse(raw.toString('utf8')) as Trip[];

// The station a trip's place name means in transit.json.
const STATION: Record<string, string | string[]> = {
  Thane: 'thane',
  Vashi: 'vashi',
  Panvel: 'panvel',
  CSMT: 'csmt',
  'CBD Belapur': 'belapur-cbd',
  Kurla: 'kurla',
  Kalyan: 'kalyan',
  Badlapur: 'badlapur',
  Bhayandar: 'bhayandar',
  // Andheri has a station on each of Western, Harbour and Metro 1, and one on Metro 2A (Andheri West)
  // and Metro 7 (Gundavali, Andheri East); the trip's lines decide which one it rides to.
  Andheri: ['andheri', 'andheri-west', 'gundavali'],
  'Mira Road / Bhayandar (Metro 9)': 'kashigaon',
  Churchgate: 'churchgate',
  Virar: 'virar',
  Dadar: 'dadar',
  Versova: 'versova',
  Ghatkopar: 'ghatkopar',
  'Dahisar East': 'dahisar-east',
  'Andheri West (D N Nagar)': 'andheri-west',
  'Gundavali (Andheri East)': 'gundavali',
  'Aarey JVLR': 'aarey-jvlr',
  BKC: 'bkc',
  'Cuffe Parade': 'cuffe-parade',
};
// The lines of transit.json a trip's stated line allows (its route, not the graph's shortest path).
const LINES: Record<string, string[]> = {
  'Trans-Harbour': ['trans-harbour-vashi', 'trans-harbour-panvel'],
  Harbour: ['harbour-panvel'],
  'Central (slow)': ['central-slow-kasara', 'central-slow-khopoli'],
  'Central (fast)': ['central-fast-kasara', 'central-fast-khopoli'],
  'Western (fast)': ['western-fast'],
  'Western (slow)': ['western-slow'],
  'Metro Line 1': ['metro-1'],
  'Metro Line 2A': ['metro-2a'],
  'Metro Line 7': ['metro-7'],
  'Metro Line 2A + Metro Line 7': ['metro-2a', 'metro-7'],
  'Metro Line 3': ['metro-3'],
  'Metro Line 9 + Metro Line 2A/7': ['metro-9', 'metro-2a', 'metro-7'],
};

interface Score {
  trip: Trip;
  minutes?: number;
  pass: boolean;
  why: string;
}

function score(trip: Trip): Score {
  const from = STATION[trip.from];
  const to = STATION[trip.to];
  const lines = LINES[trip.line];
  if (!from || !to || !lines)
    return {
      trip,
      pass: false,
      why: `not modelled: the graph has no ${!lines ? `line "${trip.line}"` : `station "${!from ? trip.from : trip.to}"`}`,
    };
  // Where a name stands for several stations, the trip rides to whichever its lines reach.
  const found = [from]
    .flat()
    .flatMap((f) => [to].flat().map((t) => inTrainMinutes(f, t, lines)))
    .filter((m): m is number => m !== undefined);
  if (found.length === 0)
    return { trip, pass: false, why: `no path from ${from} to ${to} on ${lines.join(', ')}` };
  const minutes = Math.min(...found);
  const off = minutes - trip.train_minutes;
  const pass = Math.abs(off) <= trip.tolerance_minutes;
  return {
    trip,
    minutes,
    pass,
    why: pass
      ? 'ok'
      : `graph ${minutes} min is ${off > 0 ? '+' : ''}${off} from ${trip.train_minutes} ± ${trip.tolerance_minutes}: ` +
        `the graph's segment minutes on ${lines.join(', ')} are estimates (SOURCES.md, transit.json) that run ` +
        `${off < 0 ? 'faster' : 'slower'} than this published run; left untuned until a timetable source corrects the segments`,
  };
}

describe('published trips (test/commute/trips.json)', () => {
  it('is the frozen file', () => {
    expect(createHash('sha256').update(raw).digest('hex')).toBe(SHA256);
    expect(trips).toHaveLength(25);
  });

  it('at least 80% of trips match within tolerance, and each miss is explained', () => {
    const scores = trips.map(score);
    const passed = scores.filter((s) => s.pass).length;
    const lines = scores.map(
      (s) =>
        `${s.pass ? 'PASS' : 'MISS'} ${s.trip.id} ${s.trip.route}: published ${s.trip.train_minutes}, ${s.why}`,
    );
    console.log(`commute trips: ${passed}/${scores.length} within tolerance\n${lines.join('\n')}`);
    for (const s of scores) if (!s.pass) expect(s.why.length).toBeGreaterThan(0);
    expect(passed / scores.length).toBeGreaterThanOrEqual(0.8);
  });

  it('every trip station the graph models exists in transit.json', () => {
    const slugs = new Set(loadTransit().stations.map((s) => s.slug));
    for (const slug of Object.values(STATION).flat()) expect(slugs.has(slug), slug).toBe(true);
  });
});
