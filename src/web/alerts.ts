// Web routes for job alerts, saved jobs, unsubscribe links and the development outbox. Pages call
// services, never SQL; forms are CSRF-checked, except the unsubscribe link whose token is its proof.
import type { FastifyInstance } from 'fastify';
import Value from 'typebox/value';
import type { Config } from '../config.ts';
import { caller, only } from '../http/auth.ts';
import { SavedQuery } from '../modules/alerts/index.ts';
import type { Services } from '../services.ts';
import { Invalid, NotFound } from '../shared/errors.ts';
import { flashNext } from './context.ts';
import { localTaxonomy } from './format.ts';
import { field } from './forms.ts';
import { pathId, sendHtml } from './http.ts';
import {
  type DeletedSearch,
  deletedSearchNotice,
  savedJobsPage,
  savedSearchesPage,
  savedSearchFlash,
  unsavedFlash,
  unsubscribePage,
} from './pages/alerts.ts';
import { safeReturn } from './pages/apply-steps.ts';
import { outboxPage } from './pages/outbox.ts';

/** The search just deleted, as the redirect after the delete names it (nothing when it does not parse). */
function deletedFromQuery(q: {
  name?: string;
  frequency?: string;
  query?: string;
}): DeletedSearch | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(q.query ?? '');
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || !Value.Check(SavedQuery, Value.Convert(SavedQuery, parsed)))
    return undefined;
  return {
    name: (q.name ?? '').slice(0, 80),
    frequency: q.frequency === 'daily' ? 'daily' : 'instant',
    query: parsed as Record<string, unknown>,
  };
}

const jobIdOf = (raw: string) => pathId(raw, () => new NotFound('Job'));

export async function alertsWebRoutes(
  app: FastifyInstance,
  opts: { services: Services; config: Pick<Config, 'devOutbox' | 'secureCookies'> },
): Promise<void> {
  const { alerts, notifications } = opts.services;

  app.get<{ Querystring: { done?: string; name?: string; frequency?: string; query?: string } }>(
    '/me/saved-searches',
    { ...only('seeker') },
    async (req, reply) => {
      const ctx = req.page;
      const user = caller(req);
      const reach = await notifications.reachOf(user.id, 'alertDigest');
      const flash =
        req.query.done === 'saved'
          ? savedSearchFlash(ctx, reach)
          : req.query.done === 'restored'
            ? ctx.t('alerts.searches.restored')
            : undefined;
      const gone = req.query.done === 'deleted' ? deletedFromQuery(req.query) : undefined;
      const tax = localTaxonomy(await opts.services.taxonomy.get(), ctx.lang);
      return sendHtml(
        reply,
        savedSearchesPage(
          ctx,
          await alerts.listSearches(user),
          flash,
          reach,
          tax,
          gone ? deletedSearchNotice(ctx, gone) : undefined,
        ),
      );
    },
  );

  app.post(
    '/me/saved-searches',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const raw = Object.fromEntries(
        Object.keys(SavedQuery.properties)
          .map((k) => [k, field(body, k)?.trim()] as const)
          .filter(([, v]) => v !== undefined && v !== ''),
      );
      const query = Value.Convert(SavedQuery, raw) as SavedQuery;
      if (!Value.Check(SavedQuery, query))
        throw new Invalid([{ field: 'query', message: 'is not a valid search' }]);
      await alerts.createSearch(caller(req), {
        query,
        frequency: field(body, 'frequency') === 'daily' ? 'daily' : 'instant',
        name: field(body, 'name')?.trim().slice(0, 80) || undefined,
      });
      return reply.redirect('/me/saved-searches?done=saved', 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/me/saved-searches/:id/delete',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw new NotFound('Saved search');
      const user = caller(req);
      const gone = (await alerts.listSearches(user)).find((s) => s.id === req.params.id);
      await alerts.deleteSearch(user, req.params.id);
      // POST/redirect/GET: the list says "Alert deleted · Undo"; the address carries what Undo posts
      // back (name, frequency, query), so a reload shows the same page and never deletes again.
      if (!gone) return reply.redirect('/me/saved-searches', 303);
      const back = new URLSearchParams({
        done: 'deleted',
        name: gone.name,
        frequency: gone.frequency,
        query: JSON.stringify(gone.query),
      });
      return reply.redirect(`/me/saved-searches?${back}`, 303);
    },
  );

  // Undo of a delete: the search comes back with its name, query and frequency (validated again).
  app.post(
    '/me/saved-searches/restore',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      let parsed: unknown;
      try {
        parsed = JSON.parse(field(body, 'query') ?? '');
      } catch {
        parsed = undefined;
      }
      const query = Value.Convert(SavedQuery, parsed) as SavedQuery;
      if (!parsed || typeof parsed !== 'object' || !Value.Check(SavedQuery, query))
        throw new Invalid([{ field: 'query', message: 'is not a valid search' }]);
      await alerts.createSearch(caller(req), {
        query,
        frequency: field(body, 'frequency') === 'daily' ? 'daily' : 'instant',
        name: field(body, 'name')?.trim().slice(0, 80) || undefined,
      });
      return reply.redirect('/me/saved-searches?done=restored', 303);
    },
  );

  app.get<{ Querystring: { done?: string; undo?: string } }>(
    '/me/saved-jobs',
    { ...only('seeker') },
    async (req, reply) => {
      const ctx = req.page;
      const tax = localTaxonomy(await opts.services.taxonomy.get(), ctx.lang);
      const flashes: Record<string, string> = {
        saved: ctx.t('seekerWalk.savedJob'),
        restored: ctx.t('seekerPhone.savedJobs.restored'),
        gone: ctx.t('seekerPhone.savedJobs.gone'),
      };
      const saved = await alerts.savedJobs(caller(req));
      // Just removed (and not saved again since): the notice carries the one tap that undoes it.
      const undo = Number(req.query.undo);
      const undoable =
        req.query.done === 'removed' &&
        Number.isSafeInteger(undo) &&
        undo > 0 &&
        !saved.some((s) => s.job_id === undo);
      return sendHtml(
        reply,
        savedJobsPage(
          ctx,
          saved,
          tax,
          flashes[req.query.done ?? ''],
          undoable ? unsavedFlash(ctx, undo) : undefined,
        ),
      );
    },
  );
  app.post<{ Params: { id: string } }>(
    '/jobs/:id/save',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = jobIdOf(req.params.id);
      await alerts.saveJob(caller(req), id);
      // From a results card: back on that card, which says "Saved · Undo".
      const back = safeReturn(field(req.body, 'back'));
      if (back) {
        flashNext(reply, `saved:${id}`, opts.config.secureCookies);
        return reply.redirect(back, 303);
      }
      // Back on the job page, which now says "Saved" with an undo (PRG).
      return reply.redirect(`/jobs/${id}?saved=1#save`, 303);
    },
  );
  // A visitor's Save on a results card signs in first and comes here: a bookmark saved twice is one
  // bookmark, so this GET saves (nothing else) and lands on the card with "Saved · Undo".
  app.get<{ Params: { id: string }; Querystring: { back?: string } }>(
    '/jobs/:id/save',
    { ...only('seeker') },
    async (req, reply) => {
      const id = jobIdOf(req.params.id);
      await alerts.saveJob(caller(req), id);
      const back = safeReturn(typeof req.query.back === 'string' ? req.query.back : undefined);
      if (!back) return reply.redirect(`/jobs/${id}?saved=1#save`, 303);
      flashNext(reply, `saved:${id}`, opts.config.secureCookies);
      return reply.redirect(back, 303);
    },
  );
  // The job page's undo (and "Remove from saved"): back on the job page with "Save job" again; from
  // a results card, back on the card with Save again.
  app.post<{ Params: { id: string } }>(
    '/jobs/:id/unsave',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = jobIdOf(req.params.id);
      await alerts.unsaveJob(caller(req), id);
      const back = safeReturn(field(req.body, 'back'));
      if (back) return reply.redirect(back, 303);
      return reply.redirect(`/jobs/${id}?saved=0#save`, 303);
    },
  );
  app.post<{ Params: { id: string } }>(
    '/me/saved-jobs/:id/delete',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      const id = jobIdOf(req.params.id);
      await alerts.unsaveJob(caller(req), id);
      return reply.redirect(`/me/saved-jobs?done=removed&undo=${id}`, 303);
    },
  );
  // Undo of a removal: saves the job again (a job closed or held since cannot be, and says so).
  app.post<{ Params: { id: string } }>(
    '/me/saved-jobs/:id/restore',
    { ...only('seeker'), preHandler: app.csrfProtection },
    async (req, reply) => {
      try {
        await alerts.saveJob(caller(req), jobIdOf(req.params.id));
      } catch (err) {
        if (!(err instanceof NotFound)) throw err;
        return reply.redirect('/me/saved-jobs?done=gone', 303);
      }
      return reply.redirect('/me/saved-jobs?done=restored', 303);
    },
  );

  // GET only shows a button: mail scanners that open links must not unsubscribe anyone.
  app.get<{ Params: { token: string } }>('/unsubscribe/:token', async (req, reply) => {
    const state = await alerts.peekUnsubscribe(req.params.token);
    return sendHtml(
      reply,
      unsubscribePage(req.page, { ...state, done: false, action: req.url.split('?')[0]! }),
    );
  });
  // Also the RFC 8058 one-click target (List-Unsubscribe-Post) that mail apps call directly.
  app.post<{ Params: { token: string } }>('/unsubscribe/:token', async (req, reply) => {
    const { name } = await alerts.unsubscribe(req.params.token);
    return sendHtml(reply, unsubscribePage(req.page, { name, alerts_on: false, done: true, action: '' }));
  });

  app.get<{ Querystring: { before?: string } }>('/dev/outbox', async (req, reply) => {
    if (!opts.config.devOutbox) throw new NotFound('Page');
    const before = Number(req.query.before);
    const limit = 50;
    const messages = await notifications.outbox({
      limit,
      before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
    });
    const next = messages.length === limit ? (messages.at(-1)?.id ?? null) : null;
    return sendHtml(reply, outboxPage(req.page, messages, next));
  });
}
