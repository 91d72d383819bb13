// Web routes of the seeker side: profile form and resume upload, one-tap apply, My applications
// (with withdraw) and recommendations. Every form is a CSRF-checked POST that works without
// JavaScript; Invalid from a service re-renders the form with inline errors.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import Value from 'typebox/value';
import { caller, only } from '../http/auth.ts';
import type { AuthUser } from '../modules/accounts/index.ts';
import {
  ProfileBody,
  type ProfileOut,
  pdfHeaders,
  resumeMultipartOptions,
  uploadedFile,
} from '../modules/seekers/index.ts';
import type { Services } from '../services.ts';
import { DomainError, Invalid, TooManyRequests } from '../shared/errors.ts';
import { formatClock, isLang, type Translate } from '../shared/i18n/index.ts';
import type { PageContext } from './context.ts';
import { fieldErrorsOf } from './form-validation.ts';
import { localTaxonomy, placeName } from './format.ts';
import { type FieldErrors, field, fieldList, toFieldErrors } from './forms.ts';
import { homeStationSection } from './home-station.ts';
import { pathId, sendHtml } from './http.ts';
import { isThinProfile, safeReturn, withdrawnFlash } from './pages/apply-steps.ts';
import { myInterviewsPage } from './pages/my-interviews.ts';
import { myBadgesSection, nextStepSection } from './pages/next-step.ts';
import { isProfileSection, PROFILE_SECTIONS, type ProfileSection, profilePage } from './pages/profile.ts';
import {
  applicationsPage,
  appliedThinNotice,
  callStepPage,
  recommendationsPage,
  seekerCallPage,
} from './pages/seeker.ts';

/** The profile form's own words for errors that name its fields (as it labels them). */
const PROFILE_WORDS = { salaryOrder: 'seeker.profile.salaryOrder' };

/** The saved profile as the body that would save it again: what a section leaves as it was. */
function bodyOf(p: ProfileOut): Record<string, unknown> {
  return {
    city: p.city,
    localities: p.localities,
    travel_km: p.travel_km,
    roles: p.roles,
    education: p.education,
    experience_years: p.experience_years,
    languages: p.languages,
    skills: p.skills,
    salary_min: p.salary_min,
    salary_max: p.salary_max,
    work_modes: p.work_modes,
    shifts: p.shifts,
    availability: p.availability,
    contact_consent: p.contact_consent,
    searchable: p.searchable,
  };
}

/**
 * Turns the posted profile form into the API's ProfileBody, so one schema validates both. A form of
 * one section (`section=place`) changes that section's fields only; the rest stay as saved.
 */
export function profileBodyFromForm(
  body: unknown,
  languages: string[],
  t: Translate,
  saved?: ProfileOut,
): { body: ProfileBody; errors: FieldErrors; section?: ProfileSection } {
  const num = (name: string) => {
    const v = field(body, name)?.trim();
    return v === undefined || v === '' ? null : Number(v);
  };
  const errors: FieldErrors = {};
  const city = field(body, 'city') || null;
  const places = fieldList(body, 'localities').map((p) => p.split('/'));
  const sectionName = field(body, 'section');
  const section = saved && isProfileSection(sectionName) ? sectionName : undefined;
  // A new city makes the ticked localities (the old city's list) moot: the new city's list shows next.
  const cityChanged = section === 'place' && saved?.city !== city;
  const outside = places.find(([c]) => c !== city);
  if (outside && !cityChanged) errors.localities = t('web.form.localityOutside');
  const posted = {
    city,
    localities: places.filter(([c]) => c === city).map(([, l]) => l ?? ''),
    travel_km: num('travel_km') ?? 10,
    roles: fieldList(body, 'roles'),
    education: field(body, 'education') || null,
    experience_years: num('experience_years') ?? 0,
    languages: languages.flatMap((l) => {
      const level = field(body, `lang_${l}`);
      return level ? [{ language: l, level }] : [];
    }),
    skills: fieldList(body, 'skills'),
    salary_min: num('salary_min'),
    salary_max: num('salary_max'),
    work_modes: fieldList(body, 'work_modes'),
    shifts: fieldList(body, 'shifts'),
    availability: field(body, 'availability') || null,
    contact_consent: field(body, 'contact_consent') === '1',
    searchable: field(body, 'searchable') === '1',
  };
  const candidate: Record<string, unknown> = section && saved ? bodyOf(saved) : { ...posted };
  if (section) for (const name of PROFILE_SECTIONS[section]) candidate[name] = posted[name];
  // Too many ticked localities: say how many may be ticked, not the generic "too long".
  const maxLocalities = (ProfileBody.properties.localities as { maxItems?: number }).maxItems ?? 5;
  if (posted.localities.length > maxLocalities && (!section || section === 'place'))
    errors.localities ??= t('journeys.profile.localitiesMax', { max: maxLocalities });
  // The API's schema checks the profile; each field's message reads in the page language.
  for (const [name, message] of Object.entries(fieldErrorsOf(t, [...Value.Errors(ProfileBody, candidate)])))
    errors[name] ??= message;
  return { body: candidate as ProfileBody, errors, section };
}

export async function seekerWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  /** "Your next step" and the seeker's badges, shown above the profile form. */
  const profileExtras = async (ctx: PageContext, user: AuthUser, done?: string): Promise<string> => {
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const home = (await services.seekers.forMatching(user.id))?.home_station ?? null;
    // Names in the page's language: roles from the catalogues, cities from their own Hindi / Marathi names.
    const roleName = (slug: string) => tax.roles.find((r) => r.slug === slug)?.name ?? slug;
    const cityName = (slug: string) =>
      placeName(
        ctx,
        tax.cities.find((c) => c.slug === slug),
        slug,
      );
    const [next, badges] = await Promise.all([
      services.careers.nextForSeeker(user),
      services.skills.badgesOf(user.id),
    ]);
    return (
      nextStepSection(ctx, next, { role: roleName, city: cityName }) +
      myBadgesSection(ctx, badges) +
      homeStationSection(ctx, home, tax, { saved: done === 'home' })
    );
  };
  await app.register(multipart, resumeMultipartOptions);

  const seekerOnly = only('seeker');

  app.get<{ Querystring: { done?: string; section?: string } }>(
    '/me/profile',
    seekerOnly,
    async (req, reply) => {
      const user = caller(req);
      const ctx = req.page;
      const opened =
        isProfileSection(req.query.section) || req.query.section === 'name' ? req.query.section : undefined;
      const flash =
        req.query.done === 'saved'
          ? ctx.t('seeker.profile.saved')
          : req.query.done === 'name'
            ? ctx.t('journeys.profile.nameSaved')
            : req.query.done === 'resume'
              ? ctx.t('seeker.profile.uploaded')
              : req.query.done === 'language'
                ? ctx.t('messages.settings.saved')
                : undefined;
      const profile = await services.seekers.get(user);
      const me = await services.accounts.me(user.id);
      return sendHtml(
        reply,
        profilePage(
          ctx,
          localTaxonomy(await services.taxonomy.get(), ctx.lang),
          profile,
          {},
          {},
          flash,
          await profileExtras(ctx, user, req.query.done),
          me.lang,
          opened,
          req.query.done === 'language' ? 'messages-lang' : undefined,
        ),
      );
    },
  );

  // The name is the account's (applicants and messages read it there), so it is saved apart.
  app.post('/me/name', { ...seekerOnly, preHandler: app.csrfProtection }, async (req, reply) => {
    const user = caller(req);
    const ctx = req.page;
    const name = (field(req.body, 'name') ?? '').trim();
    const problem = !name
      ? ctx.t('forms.required')
      : name.length < 2
        ? ctx.t('web.form.tooShort', { min: 2 })
        : name.length > 100
          ? ctx.t('web.form.tooLong', { max: 100 })
          : undefined;
    if (problem) {
      const profile = await services.seekers.get(user);
      const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
      return sendHtml(
        reply,
        profilePage(ctx, tax, profile, { name }, { name: problem }, undefined, '', undefined, 'name'),
        400,
      );
    }
    await services.accounts.setName(user.id, name);
    return reply.redirect('/me/profile?done=name&section=name#section-name', 303);
  });

  app.post('/me/language', { ...seekerOnly, preHandler: app.csrfProtection }, async (req, reply) => {
    const user = caller(req);
    const lang = field(req.body, 'lang');
    if (!isLang(lang)) throw new Invalid([{ field: 'lang', message: 'must be en, hi or mr' }]);
    await services.accounts.setLang(user.id, lang);
    return reply.redirect('/me/profile?done=language#messages-lang', 303);
  });

  app.post('/me/profile', { ...seekerOnly, preHandler: app.csrfProtection }, async (req, reply) => {
    const user = caller(req);
    const tax = await services.taxonomy.get();
    const saved = await services.seekers.get(user);
    const { body, errors, section } = profileBodyFromForm(
      req.body,
      tax.languages.map((l) => l.slug),
      req.page.t,
      saved,
    );
    // "Show localities": the city was picked, not saved; the same form comes back with that city's
    // localities and everything typed kept, and nothing is saved yet.
    if (field(req.body, 'step') === 'localities') {
      const ctx = req.page;
      const profile = await services.seekers.get(user);
      return sendHtml(
        reply,
        profilePage(
          ctx,
          localTaxonomy(tax, ctx.lang),
          profile,
          { ...body },
          {},
          undefined,
          '',
          undefined,
          'place',
        ),
      );
    }
    try {
      if (Object.keys(errors).length) {
        // Collect the service's errors too, so the seeker fixes everything in one go.
        await services.seekers.validate(user, body).catch((err: unknown) => {
          if (!(err instanceof Invalid)) throw err;
          for (const [k, m] of Object.entries(toFieldErrors(err.errors ?? [], req.page.t, PROFILE_WORDS)))
            errors[k] ??= m;
        });
        throw new Invalid([]);
      }
      await services.seekers.update(user, body, 'web');
      return reply.redirect(
        section ? `/me/profile?done=saved&section=${section}#section-${section}` : '/me/profile?done=saved',
        303,
      );
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      Object.assign(errors, toFieldErrors(err.errors ?? [], req.page.t, PROFILE_WORDS));
      const ctx = req.page;
      const profile = await services.seekers.get(user);
      return sendHtml(
        reply,
        profilePage(
          ctx,
          localTaxonomy(tax, ctx.lang),
          profile,
          { ...body },
          errors,
          undefined,
          '',
          undefined,
          section,
        ),
        400,
      );
    }
  });

  app.post('/me/profile/resume', { ...seekerOnly, preHandler: app.csrfProtection }, async (req, reply) => {
    const user = caller(req);
    try {
      await services.seekers.uploadResume(user, uploadedFile(req.body, 'resume'));
      return reply.redirect('/me/profile?done=resume', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || !err.errors || err.status >= 500) throw err;
      const ctx = req.page;
      const profile = await services.seekers.get(user);
      return sendHtml(
        reply,
        profilePage(
          ctx,
          localTaxonomy(await services.taxonomy.get(), ctx.lang),
          profile,
          {},
          toFieldErrors(err.errors, ctx.t),
        ),
        err.status,
      );
    }
  });

  app.get('/me/profile/resume', seekerOnly, async (req, reply) => {
    const user = caller(req);
    const file = await services.seekers.readResume(user.id);
    return reply.headers(pdfHeaders(file.name)).send(file.bytes);
  });

  // The call step as a page: where a visitor who tapped Call on a card or job page lands after
  // signing in (the Call form needs a signed-in seeker's CSRF token). `back`: the card to return to.
  app.get<{ Params: { id: string }; Querystring: { back?: string } }>(
    '/jobs/:id/call',
    seekerOnly,
    async (req, reply) => {
      const user = caller(req);
      const id = pathId(req.params.id);
      const back = safeReturn(typeof req.query.back === 'string' ? req.query.back : undefined);
      const job = await services.jobs.get({ user }, id);
      if (job.status !== 'published') return reply.redirect(`/jobs/${id}`, 303);
      return sendHtml(reply, callStepPage(req.page, job, back));
    },
  );

  // "Call the employer" from a job: through the masked number, within the cap and calling hours.
  app.post<{ Params: { id: string } }>(
    '/jobs/:id/call',
    {
      // A stranger signs in and comes back to the call step, not to this form's target.
      config: { ...seekerOnly.config, returnTo: (req) => `/jobs/${(req.params as { id: string }).id}/call` },
      preHandler: app.csrfProtection,
    },
    async (req, reply) => {
      const user = caller(req);
      const jobId = pathId(req.params.id);
      const ctx = req.page;
      const back = safeReturn(field(req.body, 'back'));
      try {
        const call = await services.calls.callEmployer(user, jobId);
        const status =
          call.status === 'placed' ? 'placed' : call.status === 'not_placed' ? 'not_placed' : 'failed';
        return sendHtml(reply, seekerCallPage(ctx, jobId, { status }, back));
      } catch (err) {
        if (!(err instanceof TooManyRequests)) throw err;
        reply.header('retry-after', String(err.retryAfterSeconds));
        // The service explains in English with the hours; the page shows them in its own words.
        const hours = /between (\d\d:\d\d) and (\d\d:\d\d)/.exec(err.message);
        const detail = hours
          ? ctx.t('seekerCall.hours', {
              from: formatClock(hours[1]!, ctx.lang),
              to: formatClock(hours[2]!, ctx.lang),
            })
          : ctx.t('seekerCall.cap');
        return sendHtml(reply, seekerCallPage(ctx, jobId, { status: 'refused', detail }, back), 429);
      }
    },
  );

  app.get<{ Querystring: { done?: string; undo?: string; id?: string } }>(
    '/me/applications',
    seekerOnly,
    async (req, reply) => {
      const user = caller(req);
      const ctx = req.page;
      const flashes: Record<string, string> = {
        applied: ctx.t('seeker.apply.done'),
        already: ctx.t('seeker.apply.already'),
        closed: ctx.t('seeker.apply.closed'),
        withdrawn: ctx.t('seeker.applications.withdrawn'),
        restored: ctx.t('journeys.withdraw.restored'),
        notRestored: ctx.t('journeys.withdraw.notRestored'),
      };
      const items = await services.applications.listMine(user);
      // Just withdrawn: the notice carries the one tap that undoes it.
      const undo = Number(req.query.undo);
      const undoable =
        req.query.done === 'withdrawn' && items.some((a) => a.id === undo && a.stage === 'withdrawn');
      // Applied with a near-empty profile (and still so): what the employer sees, and the way to add more.
      const thin = req.query.done === 'appliedThin' && isThinProfile(await services.seekers.get(user));
      return sendHtml(
        reply,
        applicationsPage(
          ctx,
          items,
          flashes[req.query.done === 'appliedThin' ? 'applied' : (req.query.done ?? '')],
          localTaxonomy(await services.taxonomy.get(), ctx.lang),
          undoable ? withdrawnFlash(ctx, undo) : thin ? appliedThinNotice(ctx) : undefined,
          // The seeker's own applications (listMine checked): each one's interview, if any.
          await services.interviews.latestOf(items.map((a) => a.id)),
          Number(req.query.id ?? req.query.undo) || undefined,
        ),
      );
    },
  );

  // "My interviews": the seeker's own (the service lists only their applications'), upcoming first.
  app.get('/me/interviews', seekerOnly, async (req, reply) =>
    sendHtml(reply, myInterviewsPage(req.page, await services.interviews.mine(caller(req)))),
  );

  // One interview's calendar invite (the same .ics the invitation carried), in the page language.
  app.get<{ Params: { file: string } }>('/me/interviews/:file', seekerOnly, async (req, reply) => {
    const id = pathId(/^(\d+)\.ics$/.exec(req.params.file)?.[1] ?? '');
    const ics = await services.interviews.icsForSeeker(caller(req), id, req.page.lang);
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="interview-${id}.ics"`)
      .header('cache-control', 'private, no-store')
      .send(ics);
  });

  app.get('/me/recommendations', seekerOnly, async (req, reply) => {
    const user = caller(req);
    const ctx = req.page;
    return sendHtml(
      reply,
      recommendationsPage(
        ctx,
        await services.recommendations.forSeeker(user, 20),
        localTaxonomy(await services.taxonomy.get(), ctx.lang),
      ),
    );
  });
}
