// Which routes are rate-limited and how: registration, OTP, apply, contact and report, keyed by
// account (user) and by client IP. Sign-in is not here: a fixed window per account let anyone lock
// the owner out, so the security module slows sign-in down progressively instead (issue #19). Attached by an onRoute hook, so the modules
// that own those routes need no change; it must be registered before them. Never counts in memory.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { LimitRule, RateLimiter } from './rate-limit.ts';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

const byIp = (limit: number, windowSeconds: number): LimitRule => ({
  key: (req) => `ip:${req.ip}`,
  limit,
  windowSeconds,
});
const byUser = (limit: number, windowSeconds: number): LimitRule => ({
  key: (req) => (req.user ? `user:${req.user.id}` : null),
  limit,
  windowSeconds,
});

/** The limits, by purpose. IP limits are loose: offices and colleges share one address. */
export const ABUSE_LIMITS = {
  register: [byIp(100, HOUR)],
  otp: [byUser(10, HOUR), byIp(60, HOUR)],
  apply: [byUser(100, DAY), byIp(1000, DAY)],
  contact: [byUser(200, DAY), byIp(2000, DAY)],
  report: [byUser(20, DAY), byIp(200, DAY)],
  caller: [byUser(30, HOUR), byIp(300, HOUR)],
  candidates: [byUser(300, HOUR), byIp(3000, HOUR)],
  // Company proofs: each sends an email or makes the server read another site's DNS or web server.
  proof: [byUser(30, HOUR), byIp(300, HOUR)],
  emailLink: [byIp(60, HOUR)],
} satisfies Record<string, LimitRule[]>;

export type LimitName = keyof typeof ABUSE_LIMITS;

/** Route (method + path pattern) -> limit. Routes that do not exist yet simply never match. */
export const LIMITED_ROUTES: Record<string, LimitName> = {
  'POST /api/v1/auth/register': 'register',
  'POST /register': 'register',
  'POST /api/v1/companies/:id/verification/phone/send': 'otp',
  'POST /api/v1/companies/:id/verification/phone/confirm': 'otp',
  'PUT /api/v1/companies/:id/verification': 'proof',
  'POST /employer/verification': 'proof',
  'POST /api/v1/companies/:id/verification/email/send': 'proof',
  'POST /api/v1/companies/:id/verification/domain': 'proof',
  'POST /employer/verification/email': 'proof',
  'POST /employer/verification/domain': 'proof',
  'POST /api/v1/company-email-confirmations': 'emailLink',
  'POST /verify/company-email/:token': 'emailLink',
  'POST /api/v1/jobs/:id/applications': 'apply',
  'POST /jobs/:id/apply': 'apply',
  'POST /api/v1/applications/:id/contact': 'contact',
  'POST /api/v1/applications/:id/calls': 'contact',
  'POST /api/v1/jobs/:id/reports': 'report',
  'POST /jobs/:id/report': 'report',
  'GET /api/v1/trust/caller': 'caller',
  'GET /api/v1/candidates': 'candidates',
  'GET /employer/candidates': 'candidates',
  'POST /api/v1/candidates/:id/contact': 'contact',
  'POST /employer/candidates/:id/contact': 'contact',
};

export const abuseLimits = fp(
  async (app: FastifyInstance, opts: { limiter: RateLimiter }) => {
    app.addHook('onRoute', (route: RouteOptions) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const name = methods.map((m) => LIMITED_ROUTES[`${m} ${route.url}`]).find(Boolean);
      if (!name) return;
      const limit = opts.limiter.preHandler(name, ABUSE_LIMITS[name]);
      const existing = route.preHandler ? [route.preHandler].flat() : [];
      route.preHandler = [...existing, limit];
    });
  },
  { name: 'deskhire-abuse-limits' },
);
