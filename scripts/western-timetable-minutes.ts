// Replaces the estimated minutes of the Western line (slow and fast) in
// src/shared/reference/transit.json with figures read from Western Railway's published suburban
// timetable (Public Time Table, PTT), as extracted stop by stop into a JSON file by the public
// repository github.com/mehimanshupatil/mumbai-local-sim (src/data/western-real-timetable.json).
// Only facts are taken (minutes between stations); the file itself is not copied into this repo.
//
// The rule, fixed before looking at any commute score: off-peak services (first stop departing
// 11:00-16:00), both directions; a fast train's modelled halts are the stations where more than half
// of those fast services stop; each segment is the median of the minutes between two consecutive
// modelled halts over the services that stop at both, rounded to the minute.
//
//   npx tsx scripts/western-timetable-minutes.ts <western-real-timetable.json>          rewrite transit.json
//   npx tsx scripts/western-timetable-minutes.ts <western-real-timetable.json> --check  exit 1 if it differs
//
// Sources and licences: src/shared/reference/SOURCES.md (transit.json).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const transitPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'shared',
  'reference',
  'transit.json',
);

interface Service {
  serviceType: string;
  stops: { stationId: string; t: number }[];
}
interface Line {
  slug: string;
  stations: string[];
  minutes: number[];
  minutes_source?: string;
}

// The extraction's station ids that differ from transit.json's slugs (the rest are the slug without hyphens).
const ALIAS: Record<string, string> = { mahimjunction: 'mahim', nallasopara: 'nalasopara' };
const OFF_PEAK = [11 * 3600, 16 * 3600];

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: western-timetable-minutes.ts <western-real-timetable.json> [--check]');
  process.exit(2);
}
const timetable = JSON.parse(readFileSync(file, 'utf8')) as { source: string; services: Service[] };
const raw = readFileSync(transitPath, 'utf8');
const transit = JSON.parse(raw) as { lines: Line[]; stations: { slug: string }[] };
const slugs = new Set(transit.stations.map((s) => s.slug));
const slugOf = (id: string) => {
  const slug = ALIAS[id] ?? [...slugs].find((s) => s.replaceAll('-', '') === id);
  return slug && slugs.has(slug) ? slug : undefined;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function services(kind: string): Map<string, number>[] {
  return timetable.services
    .filter((s) => s.serviceType === kind)
    .filter((s) => {
      const t = (s.stops[0]?.t ?? -1) % 86_400;
      return t >= OFF_PEAK[0]! && t < OFF_PEAK[1]!;
    })
    .map((s) => {
      const at = new Map<string, number>();
      for (const stop of s.stops) {
        const slug = slugOf(stop.stationId);
        if (slug) at.set(slug, stop.t);
      }
      return at;
    });
}

function rewrite(line: Line, kind: string): void {
  const runs = services(kind);
  // The slow line calls everywhere; a fast line's halts are those most of its trains make.
  const order = transit.lines.find((l) => l.slug === 'western-slow')!.stations;
  const ends = [order[0]!, order.at(-1)!];
  const stations =
    kind === 'slow'
      ? order
      : order.filter((s) => ends.includes(s) || runs.filter((r) => r.has(s)).length > runs.length / 2);
  const minutes = stations.slice(1).map((to, i) => {
    const from = stations[i]!;
    const seen = runs
      .filter((r) => r.has(from) && r.has(to))
      .map((r) => Math.abs(r.get(to)! - r.get(from)!) / 60);
    if (seen.length < 3) throw new Error(`${line.slug}: only ${seen.length} off-peak runs ${from} -> ${to}`);
    return Math.floor(median(seen) + 0.5);
  });
  line.stations = stations;
  line.minutes = minutes;
  line.minutes_source = `${timetable.source}: median off-peak (11:00-16:00) ${kind} run per segment, both directions (scripts/western-timetable-minutes.ts)`;
}

for (const line of transit.lines) {
  if (line.slug === 'western-slow') rewrite(line, 'slow');
  if (line.slug === 'western-fast') rewrite(line, 'fast');
}
const out = JSON.stringify(transit, null, 1) + (raw.endsWith('\n') ? '\n' : '');
if (flag === '--check') {
  if (out !== raw) {
    console.error('transit.json: the Western line minutes differ from the timetable');
    process.exit(1);
  }
  console.log('transit.json: Western line minutes match the timetable');
} else {
  writeFileSync(transitPath, out);
  for (const l of transit.lines.filter((x) => x.slug.startsWith('western')))
    console.log(
      l.slug,
      l.stations.map((s, i) => `${s}${l.minutes[i] !== undefined ? ` ${l.minutes[i]}` : ''}`).join(' '),
    );
}
