// Web routes of one application's life on the seeker side: Apply (from a results card it comes back
// to that card; below a job's education or experience requirement it asks first), Withdraw (asked first, then
// undoable), and the undo. CSRF-checked POSTs that work without JavaScript; the rules stay in the
// applications service.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { caller, only } from '../http/auth.ts';
import type { AuthUser } from '../modules/accounts/index.ts';
import type { Services } from '../services.ts';
import { Conflict, NotFound } from '../shared/errors.ts';
import { flashNext } from './context.ts';
import { field } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import {
  type Applied,
  applyStepPage,
  confirmEducationPage,
  confirmWithdrawPage,
  isShort,
  isThinProfile,
  type Shortfall,
  safeReturn,
} from './pages/apply-steps.ts';

/** The seeker's education level when it is below what the job asks; undefined when it is not. */
async function educationShort(
  services: Services,
  education: string | null | undefined,
  asked: string,
): Promise<string | undefined> {
  if (!education) return undefined;
  const [mine, need] = await Promise.all([
    services.taxonomy.educationRank(education),
    services.taxonomy.educationRank(asked),
  ]);
  return mine !== undefined && need !== undefined && mine < need ? education : undefined;
}

/** The job asks for more than the lowest education level and the profile does not say its own. */
async function educationUnknown(
  services: Services,
  education: string | null | undefined,
  asked: string,
): Promise<boolean> {
  if (education) return false;
  const levels = (await services.taxonomy.get()).education_levels;
  const need = levels.find((e) => e.slug === asked)?.rank;
  return need !== undefined && need > Math.min(...levels.map((e) => e.rank));
}

async function shortfallOf(
  services: Services,
  profile: { education?: string | null; experience_years?: number | null; updated_at?: string | null },
  job: { education_min: string; experience_min?: number | null },
): Promise<Shortfall> {
  const mine = await educationShort(services, profile.education, job.education_min);
  const unknown = await educationUnknown(services, profile.education, job.education_min);
  // A profile never saved has no years of its own (the 0 is only the column's default): not said.
  const years = profile.updated_at == null ? null : profile.experience_years;
  const asked = job.experience_min ?? 0;
  return {
    ...(mine ? { educationBelow: { asked: job.education_min, mine } } : {}),
    ...(unknown ? { educationUnknown: { asked: job.education_min } } : {}),
    // No years in the profile is not "0 years": it is not said, like an unknown education.
    ...(years == null
      ? asked > 0
        ? { experienceUnknown: { asked } }
        : {}
      : years < asked
        ? { experienceBelow: { asked, mine: years } }
        : {}),
  };
}

/** A signed-in seeker's standing on one job page: applied already, saved, or short of its education or experience. */
export async function standingOnJob(
  services: Services,
  user: AuthUser | null | undefined,
  job: { id: number; education_min: string; experience_min?: number | null },
): Promise<{ applied?: Applied; saved?: boolean } & Shortfall> {
  if (user?.role !== 'seeker') return {};
  const [applied, profile, saved] = await Promise.all([
    services.applications.appliedAmong(user, [job.id]),
    services.seekers.get(user),
    services.alerts.isJobSaved(user, job.id),
  ]);
  return {
    applied: await standing(services, user, applied.get(job.id)),
    saved,
    ...(await shortfallOf(services, profile, job)),
  };
}

/**
 * The application's stage as the seeker sees it (a move still inside its undo window is not told
 * yet), with the upcoming interview's start when it is at Interview.
 */
async function standing(
  services: Services,
  user: AuthUser,
  a: Applied | undefined,
): Promise<Applied | undefined> {
  if (!a || a.stage === 'applied') return a;
  const seen = (await services.applications.listMine(user)).find((m) => m.id === a.id);
  const stage = seen?.stage ?? a.stage;
  if (stage !== 'interview') return { ...a, stage };
  const i = (await services.interviews.latestOf([a.id])).get(a.id);
  const upcoming =
    i?.status === 'scheduled' && Date.parse(i.starts_at) + i.duration_minutes * 60_000 > Date.now();
  return { ...a, stage, ...(upcoming ? { interview_at: i.starts_at } : {}) };
}

export async function applyWebRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Pick<Config, 'secureCookies'> },
): Promise<void> {
  const { services } = opts;
  const seekerOnly = only('seeker');

  // The apply step as a page: where a visitor who tapped Apply lands after signing in or signing up
  // (the Apply form needs a signed-in seeker's CSRF token, so it cannot be the sign-in's target).
  // `back`: the results card or job page to return to once applied (checked by safeReturn).
  app.get<{ Params: { id: string }; Querystring: { back?: string } }>(
    '/jobs/:id/apply',
    seekerOnly,
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const back = safeReturn(typeof req.query.back === 'string' ? req.query.back : undefined);
      const job = await services.jobs.get({ user }, id);
      const standing = await standingOnJob(services, user, job);
      // Applied already, or no longer open: the job page says so where Apply was.
      if (standing.applied || job.status !== 'published') return reply.redirect(`/jobs/${id}`, 303);
      if (isShort(standing)) return sendHtml(reply, confirmEducationPage(req.page, job, standing, back));
      return sendHtml(reply, applyStepPage(req.page, job, back));
    },
  );

  app.post<{ Params: { id: string } }>(
    '/jobs/:id/apply',
    {
      // A stranger signs in and comes back to the apply step, not to this form's target.
      config: {
        ...seekerOnly.config,
        returnTo: (req) => `/jobs/${(req.params as { id: string }).id}/apply`,
      },
      preHandler: app.csrfProtection,
    },
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const next = safeReturn(field(req.body, 'next'));
      try {
        if (field(req.body, 'education_ok') !== '1') {
          const [job, profile] = await Promise.all([
            services.jobs.get({ user }, id),
            services.seekers.get(user),
          ]);
          const short = await shortfallOf(services, profile, job);
          if (isShort(short) && job.status === 'published')
            return sendHtml(reply, confirmEducationPage(req.page, job, short, next));
        }
        const out = await services.applications.apply(user, id);
        // A near-empty profile: the employer sees little more than a name and a number, and is told so.
        const thin = out.created && isThinProfile(await services.seekers.get(user));
        // Back on the card (or job page), "Application sent" is said where Apply was.
        if (next) {
          flashNext(reply, `${thin ? 'appliedThin' : 'applied'}:${id}`, opts.config.secureCookies);
          return reply.redirect(next, 303);
        }
        const done = out.created ? (thin ? 'appliedThin' : 'applied') : 'already';
        return reply.redirect(
          `/me/applications?done=${done}&id=${out.application.id}#application-${out.application.id}`,
          303,
        );
      } catch (err) {
        if (!(err instanceof Conflict)) throw err;
        return reply.redirect('/me/applications?done=closed', 303);
      }
    },
  );

  /** The seeker's own application, or 404 (another seeker's id reads as no such application). */
  async function mine(req: Parameters<typeof caller>[0], raw: string) {
    const id = pathId(raw);
    const application = (await services.applications.listMine(caller(req))).find((a) => a.id === id);
    if (!application) throw new NotFound('Application');
    return application;
  }

  app.get<{ Params: { id: string } }>('/me/applications/:id/withdraw', seekerOnly, async (req, reply) => {
    const application = await mine(req, req.params.id);
    if (application.stage === 'withdrawn')
      return reply.redirect(`/me/applications#application-${application.id}`);
    return sendHtml(reply, confirmWithdrawPage(req.page, application));
  });

  app.post<{ Params: { id: string } }>(
    '/me/applications/:id/withdraw',
    { ...seekerOnly, preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = pathId(req.params.id);
      await services.applications.withdraw(caller(req), id);
      return reply.redirect(`/me/applications?done=withdrawn&undo=${id}#application-${id}`, 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/me/applications/:id/restore',
    { ...seekerOnly, preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = pathId(req.params.id);
      try {
        await services.applications.undoWithdraw(caller(req), id);
      } catch (err) {
        if (!(err instanceof Conflict)) throw err;
        return reply.redirect(`/me/applications?done=notRestored&id=${id}#application-${id}`, 303);
      }
      return reply.redirect(`/me/applications?done=restored&id=${id}#application-${id}`, 303);
    },
  );
}
