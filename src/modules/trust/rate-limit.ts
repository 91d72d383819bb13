// Abuse limits kept in PostgreSQL (fixed windows, one row per key), so every app instance counts
// the same hits. Exposes rateLimit(key, limit, windowSeconds) for services and a Fastify preHandler
// factory for routes; never keeps a counter in process memory.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { TooManyRequests } from '../../shared/errors.ts';

export interface LimitResult {
  hits: number;
  limit: number;
  retryAfterSeconds: number;
}

/** One key counted against `limit` hits per window, e.g. login attempts on one phone number. */
export interface LimitRule {
  /** The key for this request, or null when the rule does not apply (no account, no phone). */
  key: (req: FastifyRequest) => string | null;
  limit: number;
  windowSeconds: number;
}

export const rateLimitRepo = {
  /**
   * Counts one hit. The window restarts when the stored one has ended; SET expressions all read
   * the old row, so `hits` and `window_start` reset together.
   */
  async hit(q: Queryable, key: string, windowSeconds: number): Promise<{ hits: number; retry: number }> {
    const { rows } = await q.query<{ hits: number; retry: number }>(
      `INSERT INTO rate_limits AS r (key, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_start + make_interval(secs => $2) <= now() THEN 1 ELSE r.hits + 1 END,
         window_start = CASE WHEN r.window_start + make_interval(secs => $2) <= now() THEN now() ELSE r.window_start END
       RETURNING hits,
         greatest(1, ceil(extract(epoch FROM (window_start + make_interval(secs => $2) - now()))))::int AS retry`,
      [key, windowSeconds],
    );
    return rows[0]!;
  },
  /** Forgets windows that ended over a day ago (the longest window we use). */
  async prune(q: Queryable): Promise<void> {
    await q.query("DELETE FROM rate_limits WHERE window_start < now() - interval '2 days'");
  },
};

/** `scale` multiplies every limit (RATE_LIMIT_SCALE; the load test raises it, production keeps 1). */
export function createRateLimiter(db: Db, opts: { scale?: number } = {}) {
  const scale = opts.scale ?? 1;
  let calls = 0;
  async function check(key: string, limit: number, windowSeconds: number): Promise<LimitResult> {
    calls += 1;
    if (calls % 1000 === 0) await rateLimitRepo.prune(db);
    const { hits, retry } = await rateLimitRepo.hit(db, key, windowSeconds);
    return { hits, limit, retryAfterSeconds: retry };
  }
  return {
    check,
    /** Counts a hit on `key`; throws TooManyRequests (429 with Retry-After) once over `limit`. */
    async rateLimit(key: string, limit: number, windowSeconds: number): Promise<LimitResult> {
      const result = await check(key, limit * scale, windowSeconds);
      if (result.hits > limit * scale)
        throw new TooManyRequests(
          `Too many attempts; try again in ${humanSeconds(result.retryAfterSeconds)}`,
          result.retryAfterSeconds,
        );
      return result;
    },
    /** A preHandler that applies every rule (e.g. per account and per IP) to a route. */
    preHandler(name: string, rules: LimitRule[]): preHandlerAsyncHookHandler {
      const limiter = this;
      return async function limitHandler(req: FastifyRequest, _reply: FastifyReply) {
        for (const rule of rules) {
          const key = rule.key(req);
          if (key !== null) await limiter.rateLimit(`${name}:${key}`, rule.limit, rule.windowSeconds);
        }
      };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

function humanSeconds(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}
