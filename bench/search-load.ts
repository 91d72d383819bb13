// The load generator of bench/search.ts, run in its own process (so it does not share the server's
// event loop): autocannon walks the mixed query set the way seekers do, page one and then page two
// by the cursor page one returned. Prints one JSON line with the result.
// Usage: tsx bench/search-load.ts <base-url> <seconds> <connections> <queries-json>
import autocannon from 'autocannon';

const [url, seconds, connections, queriesJson] = process.argv.slice(2) as [string, string, string, string];
const paths = JSON.parse(queriesJson) as string[];

const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  requests: paths.flatMap((path) => [
    {
      method: 'GET' as const,
      path,
      onResponse: (status: number, body: string, context: object) => {
        const next =
          status === 200 ? (JSON.parse(body) as { next_cursor?: string | null }).next_cursor : null;
        (context as { cursor?: string | null }).cursor = next ?? null;
      },
    },
    {
      method: 'GET' as const,
      path,
      setupRequest: (req: autocannon.Request, context: object) => {
        const { cursor } = context as { cursor?: string | null };
        return { ...req, path: cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path };
      },
    },
  ]),
});
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  })}\n`,
);
