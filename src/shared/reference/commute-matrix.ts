// Door-to-door travel times from every station and locality to every locality, over the transit
// graph of transit.ts: the last mile to the nearest stations (walk or auto-rickshaw), the trains
// with their changes, the last mile from the station. Places away from the railway fall back to a
// straight-line road estimate, and say so. Computed once (migration, or the commute module's
// rebuild), stored in commute_times; never per request.
import {
  type Access,
  accessStations,
  buildGraph,
  haversineKm,
  lastMile,
  loadTransit,
  type Step,
  shortestFrom,
  type TransitData,
} from './transit.ts';

export interface Place {
  city: string;
  slug: string;
  lat: number;
  lng: number;
}

/** One part of a trip, for pages that render it in their own language. */
export type RoutePart =
  | { kind: 'walk' | 'auto'; minutes: number; to?: string; from?: string }
  | { kind: 'ride'; line: string; from: string; to: string; minutes: number }
  | { kind: 'change'; at: string; minutes: number }
  | { kind: 'road'; minutes: number; km: number; factor: number; kmh: number };

export interface CommuteRow {
  from_kind: 'station' | 'locality';
  from_slug: string;
  /** The origin's city for a locality; '' for a station. */
  from_city: string;
  to_city: string;
  to_locality: string;
  minutes: number;
  summary: string;
  route: RoutePart[];
}

function roadEstimate(a: Place | { lat: number; lng: number }, b: Place, data: TransitData) {
  const km = haversineKm(a, b);
  const { kmh, detour } = data.road_fallback;
  const minutes = Math.max(1, Math.round(((km * detour) / kmh) * 60));
  const route: RoutePart[] = [{ kind: 'road', minutes, km: Math.round(km * 10) / 10, factor: detour, kmh }];
  const summary =
    `about ${minutes} min by road (estimate: ${km.toFixed(1)} km in a straight line × ${detour} ` +
    `at ${kmh} km/h; outside the rail network)`;
  return { minutes, route, summary };
}

const nameCache = new WeakMap<TransitData, { stations: Map<string, string>; lines: Map<string, string> }>();
function namesOf(data: TransitData) {
  let names = nameCache.get(data);
  if (!names) {
    names = {
      stations: new Map(data.stations.map((s) => [s.slug, s.name])),
      lines: new Map(data.lines.map((l) => [l.slug, l.name])),
    };
    nameCache.set(data, names);
  }
  return names;
}

/** "26 min: Central line Dombivli -> Thane, 8 min walk" from the parts of a trip. */
export function summarise(minutes: number, route: RoutePart[], data: TransitData = loadTransit()): string {
  const names = namesOf(data);
  const name = (slug: string) => names.stations.get(slug) ?? slug;
  const lineName = (slug: string) => names.lines.get(slug) ?? slug;
  const rides = route
    .filter((p): p is Extract<RoutePart, { kind: 'ride' }> => p.kind === 'ride')
    .map((p) => `${lineName(p.line)} ${name(p.from)} -> ${name(p.to)}`);
  const walk = route.filter((p) => p.kind === 'walk').reduce((n, p) => n + p.minutes, 0);
  const auto = route.filter((p) => p.kind === 'auto').reduce((n, p) => n + p.minutes, 0);
  const parts = [rides.join(', then ')];
  if (walk > 0) parts.push(`${walk} min walk`);
  if (auto > 0) parts.push(`${auto} min by auto-rickshaw`);
  return `${minutes} min: ${parts.filter(Boolean).join(', ')}`;
}

const waitCache = new WeakMap<TransitData, Map<string, number>>();
function waitOf(data: TransitData) {
  let w = waitCache.get(data);
  if (!w) {
    w = new Map(data.lines.map((l) => [l.slug, l.wait_min]));
    waitCache.set(data, w);
  }
  return w;
}

function stepsToRoute(steps: Step[], data: TransitData): RoutePart[] {
  const out: RoutePart[] = [];
  steps.forEach((s, i) => {
    if (s.kind === 'walk') {
      out.push({ kind: 'walk', minutes: s.minutes, from: s.from, to: s.to });
      return;
    }
    const before = steps[i - 1];
    if (i > 0 && before) {
      const wait = waitOf(data).get(s.line as string) ?? 0;
      out.push({ kind: 'change', at: s.from, minutes: data.platform_change_min + wait });
    }
    out.push({ kind: 'ride', line: s.line as string, from: s.from, to: s.to, minutes: s.minutes });
  });
  return out;
}

/** Every origin (each station, each place) to every place. */
export function computeCommuteRows(places: Place[], data: TransitData = loadTransit()): CommuteRow[] {
  const graph = buildGraph(data);
  const access = new Map<string, Access[]>(
    places.map((p) => [`${p.city}/${p.slug}`, accessStations(p, data)]),
  );
  const rows: CommuteRow[] = [];

  const origins: {
    kind: 'station' | 'locality';
    slug: string;
    city: string;
    point: { lat: number; lng: number };
    starts: Access[];
  }[] = [
    ...data.stations.map((s) => ({
      kind: 'station' as const,
      slug: s.slug,
      city: '',
      point: s,
      starts: [{ station: s.slug, leg: { mode: 'walk' as const, minutes: 0, km: 0 } }],
    })),
    ...places.map((p) => ({
      kind: 'locality' as const,
      slug: p.slug,
      city: p.city,
      point: p,
      starts: access.get(`${p.city}/${p.slug}`) ?? [],
    })),
  ];

  for (const o of origins) {
    const startCost = new Map<string, number>();
    for (const a of o.starts)
      startCost.set(a.station, Math.min(startCost.get(a.station) ?? Infinity, a.leg.minutes));
    const tree = o.starts.length > 0 ? shortestFrom(graph, startCost) : undefined;
    for (const to of places) {
      const base = {
        from_kind: o.kind,
        from_slug: o.slug,
        from_city: o.city,
        to_city: to.city,
        to_locality: to.slug,
      };
      if (o.kind === 'locality' && o.city === to.city && o.slug === to.slug) {
        rows.push({ ...base, minutes: 0, summary: '0 min: the same place', route: [] });
        continue;
      }
      const egress = access.get(`${to.city}/${to.slug}`) ?? [];
      let best: { minutes: number; route: RoutePart[] } | undefined;
      if (tree)
        for (const e of egress) {
          const m = tree.minutes(e.station);
          if (m === undefined) continue;
          const total = m + e.leg.minutes;
          if (best && best.minutes <= total) continue;
          const steps = tree.steps(e.station);
          const first = steps[0]?.from ?? e.station;
          const start = o.starts.find((a) => a.station === first);
          const route: RoutePart[] = [];
          if (start && start.leg.minutes > 0)
            route.push({ kind: start.leg.mode, minutes: start.leg.minutes, to: first });
          route.push(...stepsToRoute(steps, data));
          if (e.leg.minutes > 0) route.push({ kind: e.leg.mode, minutes: e.leg.minutes, from: e.station });
          best = { minutes: total, route };
        }
      // Going straight there on foot or by auto-rickshaw, where that is quicker than the train.
      const km = haversineKm(o.point, to);
      if (km <= data.last_mile.access_max_km) {
        const leg = lastMile(km, data);
        if (!best || leg.minutes < best.minutes)
          best = { minutes: leg.minutes, route: [{ kind: leg.mode, minutes: leg.minutes }] };
      }
      if (best)
        rows.push({
          ...base,
          minutes: best.minutes,
          summary: summarise(best.minutes, best.route, data),
          route: best.route,
        });
      else rows.push({ ...base, ...roadEstimate(o.point, to, data) });
    }
  }
  return rows;
}
