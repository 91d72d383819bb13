// Web routes for employers: candidate search (a GET form, phone-friendly), revealing an opted-in
// seeker's phone (CSRF-checked POST; the service audits it), and re-confirming a job is still open.
import type { FastifyInstance } from 'fastify';
import { caller, only } from '../http/auth.ts';
import { BADGE_KINDS, type CandidateQuery } from '../modules/seekers/index.ts';
import type { Services } from '../services.ts';
import { DomainError, Invalid } from '../shared/errors.ts';
import { localTaxonomy } from './format.ts';
import { toFieldErrors } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import { candidateContactPage, candidatesPage, reconfirmPage } from './pages/candidates.ts';

const intIn = (v: string | undefined, min: number, max: number): number | undefined => {
  if (v === undefined || !/^\d{1,3}$/.test(v.trim())) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
};
const text = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;

/** The form's strings as a candidate query; what cannot be read is left out, never a 500. */
export function candidateQueryFromForm(raw: Record<string, unknown>): CandidateQuery {
  const s = (k: string, max = 60) => text(raw[k], max);
  const query: CandidateQuery = {};
  const q = s('q', 200);
  if (q) query.q = q;
  const locality = s('locality');
  if (locality && locality.length >= 2) query.locality = locality;
  const radius = intIn(s('radius_km'), 1, 50);
  if (radius !== undefined && locality) query.radius_km = radius;
  const exp = intIn(s('experience_min'), 0, 50);
  if (exp !== undefined) query.experience_min = exp;
  const education = s('education');
  if (education && ['below_10th', '10th', '12th', 'diploma', 'graduate', 'postgraduate'].includes(education))
    query.education = education as unknown as NonNullable<CandidateQuery['education']>;
  const language = s('language', 30);
  if (language && language.length >= 2) query.language = language;
  const skill = s('skill');
  if (skill && skill.length >= 2) query.skill = skill;
  const badge = s('badge');
  if (badge && (BADGE_KINDS as readonly string[]).includes(badge))
    query.badge = badge as NonNullable<CandidateQuery['badge']>;
  const page = intIn(s('page'), 1, 50);
  if (page !== undefined) query.page = page;
  return query;
}

export async function candidatesWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  app.get<{ Querystring: Record<string, unknown> }>(
    '/employer/candidates',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const ctx = req.page;
      // Languages, industries and education named in the page's language (skills via skillLabel).
      const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
      const query = candidateQueryFromForm(req.query ?? {});
      const values = Object.fromEntries(
        Object.entries(req.query ?? {}).map(([k, v]) => [k, text(v, 200)]),
      ) as Record<string, string | undefined>;
      try {
        const result = await services.candidates.search(user, query);
        return sendHtml(reply, candidatesPage(ctx, tax, values, {}, result));
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        return sendHtml(reply, candidatesPage(ctx, tax, values, toFieldErrors(err.errors ?? [], ctx.t)), 400);
      }
    },
  );

  app.post<{ Params: { id: string } }>(
    '/employer/candidates/:id/contact',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new DomainError(404, 'Not Found', 'Not found');
      const contact = await services.candidates.revealPhone(user, req.params.id);
      const referer = req.headers.referer ?? '';
      const back = /^https?:\/\/[^/]+\/employer\/candidates(\?|$)/.test(referer)
        ? referer.replace(/^https?:\/\/[^/]+/, '')
        : '/employer/candidates';
      return sendHtml(reply, candidateContactPage(req.page, contact, back));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/employer/jobs/:id/reconfirm',
    { ...only('employer') },
    async (req, reply) => {
      const user = caller(req);
      const job = await services.jobs.get({ user }, pathId(req.params.id));
      if (!job.moderation) throw new DomainError(404, 'Not Found', 'Not found');
      return sendHtml(reply, reconfirmPage(req.page, job));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/employer/jobs/:id/reconfirm',
    { ...only('employer'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = caller(req);
      await services.jobs.reconfirm(user, pathId(req.params.id));
      return reply.redirect('/employer?done=reconfirmed', 303);
    },
  );
}
