// The load generator of bench/search.ts, run in its own process (so it does not share the server's
// event loop): N clients, each sending its next search as soon as the last one answered (a closed
// loop over keep-alive connections), for S seconds. Two kinds of traffic:
//   paths <json>      the given searches, round and round (after a warm-up they are cache hits)
//   longtail <seed>   every request a search never asked before: words x place (a city, or a
//                     locality's point with a radius) x pay floor, each combination once, shuffled
// Prints one JSON line: requests, req/s, p50/p95/p99 ms, non-2xx and network errors.
// Usage: tsx bench/search-clients.ts <base-url> <seconds> <clients> paths|longtail <json|seed>
import http from 'node:http';

const [base, seconds, clients, mode, arg] = process.argv.slice(2) as [string, string, string, string, string];

/** What seekers type, as words: roles, concepts, Hinglish, Devanagari, a typo, a few unknown words. */
const WORDS = [
  'call centre',
  'telecaller',
  'back office',
  'data entry',
  'customer support',
  'customer care executive',
  'chat process',
  'voice process',
  'non voice',
  'bpo',
  'mis executive',
  'technical support',
  'help desk',
  'collections',
  'kyc',
  'accounts assistant',
  'receptionist',
  'customer success',
  'team leader',
  'night shift',
  'fresher',
  'work from home',
  'naukri back office',
  'कॉल सेंटर',
  'custmer suport',
  'international voice',
];
const FLOORS = [10000, 12000, 15000, 16000, 18000, 20000, 22000, 25000, 30000, 35000];
const RADII = [3, 5, 10, 15];

/** A small seeded generator, so a run's order can be told apart from the last run's. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Number(clients) });

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
  });
}

async function longTail(seed: number): Promise<string[]> {
  const res = await fetch(`${base}/api/v1/taxonomy`);
  const tax = (await res.json()) as {
    cities: { slug: string; localities: { lat: number; lng: number }[] }[];
  };
  const places = [
    ...tax.cities.map((c) => `city=${c.slug}`),
    ...tax.cities.flatMap((c) =>
      c.localities.flatMap((l) => RADII.map((r) => `near=${l.lat},${l.lng}&radius_km=${r}`)),
    ),
  ];
  const all: string[] = [];
  for (const q of WORDS)
    for (const place of places)
      for (const floor of FLOORS)
        all.push(`/api/v1/jobs?q=${encodeURIComponent(q)}&${place}&salary_min=${floor}`);
  const rnd = mulberry32(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

/** Commute searches (issue #21): words x station x minutes, each asked once, in a drawn order. */
async function commuteTail(seed: number): Promise<string[]> {
  const res = await fetch(`${base}/api/v1/taxonomy`);
  const tax = (await res.json()) as { stations: { slug: string }[] };
  const all: string[] = [];
  for (const q of WORDS)
    for (const station of tax.stations)
      for (const minutes of [20, 30, 45, 60, 90])
        all.push(
          `/api/v1/jobs?q=${encodeURIComponent(q)}&commute_from=${station.slug}&commute_max_min=${minutes}`,
        );
  const rnd = mulberry32(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

const paths =
  mode === 'longtail'
    ? await longTail(Number(arg))
    : mode === 'commute'
      ? await commuteTail(Number(arg))
      : (JSON.parse(arg) as string[]);
const times: number[] = [];
let next = 0;
let non2xx = 0;
let errors = 0;
const until = Date.now() + Number(seconds) * 1000;
const started = performance.now();
async function client(): Promise<void> {
  while (Date.now() < until) {
    if ((mode === 'longtail' || mode === 'commute') && next >= paths.length) return;
    const path = paths[next++ % paths.length]!;
    const t = performance.now();
    try {
      const status = await get(path);
      if (status < 200 || status > 299) non2xx++;
    } catch {
      errors++;
    }
    times.push(performance.now() - t);
  }
}
await Promise.all(Array.from({ length: Number(clients) }, client));
const elapsed = (performance.now() - started) / 1000;
times.sort((a, b) => a - b);
const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0);
process.stdout.write(
  `${JSON.stringify({
    requests: times.length,
    distinct: mode === 'longtail' || mode === 'commute' ? Math.min(next, paths.length) : new Set(paths).size,
    rps: times.length / elapsed,
    p50: pct(0.5),
    p95: pct(0.95),
    p99: pct(0.99),
    non2xx,
    errors,
  })}\n`,
);
agent.destroy();
