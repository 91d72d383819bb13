// The Mumbai suburban rail and metro graph (transit.json, sources in SOURCES.md) and the door-to-door
// travel-time calculation over it. Pure and synchronous: no database. The commute module stores what
// this computes (commute_times) so that no request ever runs it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));

export interface Station {
  slug: string;
  name: string;
  name_hi: string;
  name_mr: string;
  lat: number;
  lng: number;
}
export interface Line {
  slug: string;
  group: string;
  name: string;
  name_hi: string;
  name_mr: string;
  service: 'slow' | 'fast' | 'metro';
  /** Half a typical off-peak headway: the wait after a change of train. */
  wait_min: number;
  stations: string[];
  /** minutes[i]: typical off-peak minutes from stations[i] to stations[i + 1]. */
  minutes: number[];
  /** Where the minutes were read from, when a published timetable (absent: Deskhire estimates). */
  minutes_source?: string;
}
export interface TransitData {
  platform_change_min: number;
  service_hours: { last_train_departs: string; first_train_departs: string };
  last_mile: {
    walk_kmh: number;
    walk_detour: number;
    walk_max_km: number;
    auto_kmh: number;
    auto_detour: number;
    auto_wait_min: number;
    access_max_km: number;
    access_stations: number;
  };
  road_fallback: { kmh: number; detour: number };
  stations: Station[];
  lines: Line[];
  walk_links: { from: string; to: string; minutes: number }[];
}

let transit: TransitData | undefined;
export function loadTransit(): TransitData {
  transit ??= JSON.parse(readFileSync(path.join(dir, 'transit.json'), 'utf8')) as TransitData;
  return transit;
}

/** The lines (by slug) that call at each station. */
export function linesAt(data: TransitData = loadTransit()): Map<string, string[]> {
  const at = new Map<string, string[]>();
  for (const l of data.lines)
    for (const s of l.stations) {
      const list = at.get(s) ?? [];
      if (!list.includes(l.group)) list.push(l.group);
      at.set(s, list);
    }
  return at;
}

export interface StationView {
  slug: string;
  name: string;
  name_hi: string;
  name_mr: string;
  lines: string[];
  lat: number;
  lng: number;
}

/** The stations of transit.json as the taxonomy API shows them. */
export function stationList(): StationView[] {
  const at = linesAt();
  return loadTransit().stations.map((s) => ({
    slug: s.slug,
    name: s.name,
    name_hi: s.name_hi,
    name_mr: s.name_mr,
    lines: at.get(s.slug) ?? [],
    lat: s.lat,
    lng: s.lng,
  }));
}

export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export type LastMile = { mode: 'walk' | 'auto'; minutes: number; km: number };

/** Walking at walk_kmh up to walk_max_km (straight line times a detour factor), else an auto-rickshaw. */
export function lastMile(km: number, data: TransitData = loadTransit()): LastMile {
  const m = data.last_mile;
  if (km <= m.walk_max_km)
    return { mode: 'walk', km, minutes: Math.max(1, Math.round(((km * m.walk_detour) / m.walk_kmh) * 60)) };
  return {
    mode: 'auto',
    km,
    minutes: Math.round(m.auto_wait_min + ((km * m.auto_detour) / m.auto_kmh) * 60),
  };
}

export interface Access {
  station: string;
  leg: LastMile;
}

/** A place's nearest stations (up to access_stations within access_max_km); empty outside the rail region. */
export function accessStations(
  point: { lat: number; lng: number },
  data: TransitData = loadTransit(),
): Access[] {
  return data.stations
    .map((s) => ({ station: s.slug, km: haversineKm(point, s) }))
    .filter((s) => s.km <= data.last_mile.access_max_km)
    .sort((a, b) => a.km - b.km)
    .slice(0, data.last_mile.access_stations)
    .map((s) => ({ station: s.station, leg: lastMile(s.km, data) }));
}

// ---- the graph -----------------------------------------------------------------------------------
// Nodes: "s0:<station>" on foot before any train, "s1:<station>" on foot after a train, and
// "r:<line>:<station>" aboard a line. Boarding from s0 costs nothing (you leave home for the train);
// boarding from s1 is a change: platform_change_min plus the new line's wait.
interface Edge {
  to: string;
  cost: number;
  ride?: { line: string; from: string; to: string };
  walk?: { from: string; to: string };
}

export interface Graph {
  edges: Map<string, Edge[]>;
  data: TransitData;
}

export function buildGraph(
  data: TransitData = loadTransit(),
  opts: { lines?: string[]; inTrainOnly?: boolean } = {},
): Graph {
  const edges = new Map<string, Edge[]>();
  const add = (from: string, e: Edge) => {
    const list = edges.get(from) ?? [];
    list.push(e);
    edges.set(from, list);
  };
  for (const l of data.lines) {
    if (opts.lines && !opts.lines.includes(l.slug)) continue;
    l.stations.forEach((s, i) => {
      const node = `r:${l.slug}:${s}`;
      add(`s0:${s}`, { to: node, cost: 0 });
      add(`s1:${s}`, { to: node, cost: opts.inTrainOnly ? 0 : data.platform_change_min + l.wait_min });
      add(node, { to: `s1:${s}`, cost: 0 });
      const next = l.stations[i + 1];
      if (next !== undefined) {
        const m = l.minutes[i] as number;
        add(node, { to: `r:${l.slug}:${next}`, cost: m, ride: { line: l.slug, from: s, to: next } });
        add(`r:${l.slug}:${next}`, { to: node, cost: m, ride: { line: l.slug, from: next, to: s } });
      }
    });
  }
  if (!opts.inTrainOnly)
    for (const w of data.walk_links)
      for (const layer of ['s0', 's1'])
        for (const [a, b] of [
          [w.from, w.to],
          [w.to, w.from],
        ])
          add(`${layer}:${a}`, {
            to: `${layer}:${b}`,
            cost: w.minutes,
            walk: { from: a as string, to: b as string },
          });
  return { edges, data };
}

export interface Step {
  kind: 'ride' | 'walk';
  line?: string;
  from: string;
  to: string;
  minutes: number;
}

/** Shortest times from the given start costs (station slug -> minutes) to every station. */
export function shortestFrom(g: Graph, starts: Map<string, number>) {
  const dist = new Map<string, number>();
  const prev = new Map<string, { node: string; edge: Edge }>();
  const done = new Set<string>();
  // A binary heap of [minutes, node]; stale entries are skipped when popped.
  const heap: [number, string][] = [];
  const push = (item: [number, string]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as [number, string])[0] <= item[0]) break;
      heap[i] = heap[parent] as [number, string];
      i = parent;
    }
    heap[i] = item;
  };
  const pop = (): [number, string] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= heap.length) break;
        const r = l + 1;
        const c =
          r < heap.length && (heap[r] as [number, string])[0] < (heap[l] as [number, string])[0] ? r : l;
        if ((heap[c] as [number, string])[0] >= last[0]) break;
        heap[i] = heap[c] as [number, string];
        i = c;
      }
      heap[i] = last;
    }
    return top;
  };
  for (const [s, c] of starts) {
    dist.set(`s0:${s}`, c);
    push([c, `s0:${s}`]);
  }
  for (let item = pop(); item; item = pop()) {
    const [d, node] = item;
    if (done.has(node) || d > (dist.get(node) as number)) continue;
    done.add(node);
    for (const e of g.edges.get(node) ?? []) {
      if (done.has(e.to)) continue;
      const nd = d + e.cost;
      if (nd < (dist.get(e.to) ?? Number.POSITIVE_INFINITY)) {
        dist.set(e.to, nd);
        prev.set(e.to, { node, edge: e });
        push([nd, e.to]);
      }
    }
  }
  const stationNode = (station: string): string | undefined => {
    const a = dist.get(`s0:${station}`);
    const b = dist.get(`s1:${station}`);
    if (a === undefined && b === undefined) return undefined;
    return (b ?? Number.POSITIVE_INFINITY) < (a ?? Number.POSITIVE_INFINITY)
      ? `s1:${station}`
      : `s0:${station}`;
  };
  return {
    minutes(station: string): number | undefined {
      const n = stationNode(station);
      return n === undefined ? undefined : dist.get(n);
    },
    /** The rides and walks that reach the station, consecutive rides on one line merged. */
    steps(station: string): Step[] {
      const out: Step[] = [];
      let n = stationNode(station);
      while (n !== undefined) {
        const p = prev.get(n);
        if (!p) break;
        const e = p.edge;
        if (e.ride) {
          const last = out[0];
          if (last && last.kind === 'ride' && last.line === e.ride.line && last.from === e.ride.to) {
            last.from = e.ride.from;
            last.minutes += e.cost;
          } else
            out.unshift({
              kind: 'ride',
              line: e.ride.line,
              from: e.ride.from,
              to: e.ride.to,
              minutes: e.cost,
            });
        } else if (e.walk) out.unshift({ kind: 'walk', from: e.walk.from, to: e.walk.to, minutes: e.cost });
        n = p.node;
      }
      return out;
    },
  };
}

/** Minutes aboard trains only (no waits, changes free) between two stations on the given lines. */
export function inTrainMinutes(from: string, to: string, lines?: string[]): number | undefined {
  const g = buildGraph(loadTransit(), { lines, inTrainOnly: true });
  return shortestFrom(g, new Map([[from, 0]])).minutes(to);
}
