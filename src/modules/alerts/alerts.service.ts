// The rules of saved searches, saved jobs and unsubscribing: only seekers save, each sees and
// deletes only their own (others get 404, never a hint), an unsubscribe link needs no sign-in.
// Digests themselves run in alerts.digest.ts.
import type { Db } from '../../shared/db/db.ts';
import { Conflict, DomainError, Forbidden, NotFound } from '../../shared/errors.ts';
import type { Lang } from '../../shared/i18n/index.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import { type CommuteService, loadTransit } from '../commute/index.ts';
import type { JobsService } from '../jobs/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { SearchService } from '../search/index.ts';
import type { SeekersService } from '../seekers/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { runDigests, searchPath } from './alerts.digest.ts';
import { alertsRepo, type SavedSearchRow } from './alerts.repo.ts';
import type { SavedJobOut, SavedQuery, SavedSearchBody, SavedSearchOut } from './alerts.schema.ts';
import { verifyUnsubscribeToken } from './alerts.token.ts';

export const MAX_SAVED_SEARCHES = 20;
const MAX_SAVED_JOBS = 200;

/**
 * Where an alert's trips are measured from: the search's own commute_from, else the seeker's home
 * station (a label only: it never narrows what the seeker asked for).
 */
function commuteOf(s: SavedSearchRow, home: string | null): SavedSearchOut['commute'] {
  const from = typeof s.query.commute_from === 'string' ? s.query.commute_from : undefined;
  if (from)
    return {
      from,
      max_min: typeof s.query.commute_max_min === 'number' ? s.query.commute_max_min : 60,
      source: 'search',
    };
  return home ? { from: home, max_min: null, source: 'home' } : null;
}

function toOut(s: SavedSearchRow, home: string | null = null): SavedSearchOut {
  return {
    id: s.id,
    name: s.name,
    query: s.query,
    frequency: s.frequency,
    alerts_on: s.alerts_on,
    search_url: searchPath(s.query),
    created_at: s.created_at.toISOString(),
    last_sent_at: s.last_sent_at?.toISOString() ?? null,
    commute: commuteOf(s, home),
  };
}

/** A name a seeker recognises: the words they typed, the place, or the filters. */
function defaultName(query: SavedQuery): string {
  const parts = [query.q, query.locality ?? query.city, query.work_mode, query.shift].filter(Boolean);
  return (parts.join(', ') || 'All jobs').slice(0, 80);
}

function seeker(user: AuthUser): AuthUser {
  if (user.role !== 'seeker') throw new Forbidden('Only job seekers can save searches and jobs');
  return user;
}

export function createAlertsService(
  db: Db,
  deps: {
    accounts: AccountsService;
    commute: CommuteService;
    seekers: SeekersService;
    taxonomy: TaxonomyService;
    jobs: JobsService;
    search: SearchService;
    notifications: NotificationsService;
    config: { publicUrl: string; appSecret: string };
  },
) {
  const { jobs, search } = deps;
  const homeOf = async (userId: string) => (await deps.seekers.forMatching(userId))?.home_station ?? null;
  const stations = new Map(loadTransit().stations.map((s) => [s.slug, s]));

  /** "Dombivli" (a station) or "Kalwa, Thane" (a city/locality origin) in the seeker's language. */
  async function originName(from: string, lang: Lang): Promise<string> {
    const named = (p: { name: string; name_hi?: string | null; name_mr?: string | null }) =>
      (lang === 'hi' ? p.name_hi : lang === 'mr' ? p.name_mr : p.name) || p.name;
    const station = stations.get(from);
    if (station) return named(station);
    const [citySlug, localitySlug] = from.split('/');
    const city = (await deps.taxonomy.get()).cities.find((c) => c.slug === citySlug);
    const place = city?.localities.find((l) => l.slug === localitySlug);
    return place && city ? `${named(place)}, ${named(city)}` : from;
  }

  return {
    async listSearches(user: AuthUser): Promise<SavedSearchOut[]> {
      const home = await homeOf(user.id);
      return (await alertsRepo.searchesOf(db, user.id)).map((s) => toOut(s, home));
    },

    async createSearch(user: AuthUser, body: SavedSearchBody): Promise<SavedSearchOut> {
      seeker(user);
      const query = Object.fromEntries(
        Object.entries(body.query).filter(([, v]) => v !== undefined && v !== ''),
      ) as SavedQuery;
      // A limit in minutes without an origin means "from my home" when the seeker has told us one.
      if (query.commute_max_min !== undefined && !query.commute_from) {
        const home = await homeOf(user.id);
        if (home) query.commute_from = home;
      }
      // The same validation as a search: an unknown city or role is refused now, not at 8 am.
      await search.results({ ...query, limit: 1 });
      if ((await alertsRepo.countOf(db, user.id)) >= MAX_SAVED_SEARCHES)
        throw new Conflict(`You can keep up to ${MAX_SAVED_SEARCHES} saved searches; delete one first`);
      const row = await alertsRepo.insertSearch(db, {
        userId: user.id,
        name: body.name?.trim() || defaultName(query),
        query,
        // Seekers expect to hear of a new job at once; a daily digest is a choice.
        frequency: body.frequency ?? 'instant',
      });
      return toOut(row, await homeOf(user.id));
    },

    async deleteSearch(user: AuthUser, id: string): Promise<void> {
      if (!(await alertsRepo.deleteSearch(db, user.id, id))) throw new NotFound('Saved search');
    },

    /** For the unsubscribe page: which search a link is for, without changing anything. */
    async peekUnsubscribe(token: string): Promise<{ name: string; alerts_on: boolean }> {
      const id = verifyUnsubscribeToken(deps.config.appSecret, token);
      const s = id ? await alertsRepo.searchById(db, id) : undefined;
      if (!s) throw new NotFound('Alert', 'This link is not valid, or the saved search was deleted');
      return { name: s.name, alerts_on: s.alerts_on };
    },

    async unsubscribe(token: string): Promise<{ name: string }> {
      const id = verifyUnsubscribeToken(deps.config.appSecret, token);
      const s = id ? await alertsRepo.searchById(db, id) : undefined;
      if (!s) throw new NotFound('Alert', 'This link is not valid, or the saved search was deleted');
      await alertsRepo.setAlerts(db, s.id, false);
      return { name: s.name };
    },

    async saveJob(user: AuthUser, jobId: number): Promise<SavedJobOut> {
      seeker(user);
      // Only a job the seeker may see can be saved (a draft or held job is a 404).
      const job = await jobs.get({ user }, jobId);
      const row = await alertsRepo.saveJob(db, user.id, job.id);
      return {
        job_id: row.job_id,
        saved_at: row.created_at.toISOString(),
        job: {
          id: job.id,
          title: job.title,
          company: job.company,
          city_name: job.city_name,
          locality_name: job.locality_name,
          salary_min: job.salary_min,
          salary_max: job.salary_max,
          status: job.status,
        },
      };
    },

    /** Whether this seeker has saved this job (the job page shows "Saved" instead of "Save job"). */
    async isJobSaved(user: AuthUser, jobId: number): Promise<boolean> {
      return user.role === 'seeker' && alertsRepo.isSaved(db, user.id, jobId);
    },

    /** Which of these jobs this seeker has saved (result cards say "Saved"); empty for anyone else. */
    async savedAmong(user: AuthUser | null | undefined, jobIds: number[]): Promise<Set<number>> {
      if (user?.role !== 'seeker') return new Set();
      return new Set(await alertsRepo.savedAmong(db, user.id, jobIds));
    },

    async unsaveJob(user: AuthUser, jobId: number): Promise<void> {
      await alertsRepo.unsaveJob(db, user.id, jobId);
    },

    async savedJobs(user: AuthUser): Promise<SavedJobOut[]> {
      const rows = await alertsRepo.savedJobsOf(db, user.id, MAX_SAVED_JOBS);
      return Promise.all(
        rows.map(async (r) => {
          const job = await jobs.get({ user }, r.job_id).catch((err: unknown) => {
            if (err instanceof NotFound) return null;
            throw err;
          });
          return {
            job_id: r.job_id,
            saved_at: r.created_at.toISOString(),
            job: job && {
              id: job.id,
              title: job.title,
              company: job.company,
              city_name: job.city_name,
              locality_name: job.locality_name,
              salary_min: job.salary_min,
              salary_max: job.salary_max,
              status: job.status,
            },
          };
        }),
      );
    },

    /** The queue's periodic job; tests call it directly. */
    runDigests(frequency: 'instant' | 'daily') {
      return runDigests(
        {
          db,
          search,
          notifications: deps.notifications,
          publicUrl: deps.config.publicUrl,
          appSecret: deps.config.appSecret,
          originName,
          tripsFor: async (userId, query, places) => {
            const from = typeof query.commute_from === 'string' ? query.commute_from : await homeOf(userId);
            if (!from) return null;
            // The stored commute_times rows (the commute module's one read); a stale origin is no trip.
            const trips = await deps.commute.timesTo(from, places).catch((err: unknown) => {
              if (err instanceof DomainError && err.status === 400) return null;
              throw err;
            });
            return trips && { from, trips };
          },
          recipientOf: (userId) =>
            deps.accounts.me(userId).then(
              (me) => ({ name: me.name, lang: me.lang }),
              () => null,
            ),
        },
        frequency,
      );
    },

    async exportMine(userId: string) {
      return {
        saved_searches: (await alertsRepo.searchesOf(db, userId)).map((s) => toOut(s)),
        saved_jobs: (await alertsRepo.savedJobsOf(db, userId, 10_000)).map((r) => ({
          job_id: r.job_id,
          saved_at: r.created_at.toISOString(),
        })),
      };
    },

    async eraseMine(userId: string): Promise<void> {
      await db.tx((q) => alertsRepo.eraseOf(q, userId));
    },
  };
}

export type AlertsService = ReturnType<typeof createAlertsService>;
