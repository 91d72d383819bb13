// The alert digest: for each saved search with alerts on, find live jobs posted since it was last
// checked (newest first through the search service, stopping at older ones), drop the jobs already
// sent for it, and put one email into the outbox. Never reads the jobs table itself.
import type { Db } from '../../shared/db/db.ts';
import { DomainError } from '../../shared/errors.ts';
import { formatNumber, type Lang, translator } from '../../shared/i18n/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { SearchItem, SearchQuery, SearchService } from '../search/index.ts';
import { alertsRepo, type SavedSearchRow } from './alerts.repo.ts';
import { unsubscribeToken } from './alerts.token.ts';

/** Jobs posted shortly before the last check may commit after it: look back this far again. */
const OVERLAP_MS = 5 * 60_000;
const PAGE = 50;
const MAX_PAGES = 4;
export const MAX_JOBS_PER_DIGEST = 20;
const BATCH = 100;

export interface DigestDeps {
  db: Db;
  search: SearchService;
  notifications: NotificationsService;
  publicUrl: string;
  appSecret: string;
  /** Name of the seeker, for the greeting, and the language their messages are written in. */
  recipientOf: (userId: string) => Promise<{ name: string; lang: Lang } | null>;
  /**
   * Where the seeker travels from for this search (its commute_from, else their home station) and
   * the stored trips from there to these places, keyed "city/locality"; read, never computed.
   */
  tripsFor: (
    userId: string,
    query: SavedSearchRow['query'],
    places: { city: string; locality: string }[],
  ) => Promise<{ from: string; trips: Map<string, Trip> } | null>;
  /** An origin (station or city/locality slug) by name in a language: "Dombivli", "डोंबिवली". */
  originName: (from: string, lang: Lang) => Promise<string>;
}

/** A stored door-to-door trip as an alert tells it. */
export interface Trip {
  minutes: number;
  cab_only?: boolean;
}

export function searchPath(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  return `/jobs${params.size ? `?${params}` : ''}`;
}

async function newJobsFor(search: SearchService, s: SavedSearchRow, since: Date): Promise<SearchItem[]> {
  const found: SearchItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await search.search({ ...(s.query as SearchQuery), sort: 'recent', limit: PAGE, cursor });
    for (const item of res.items) {
      if (Date.parse(item.posted_at) <= since.getTime()) return found;
      found.push(item);
    }
    if (!res.next_cursor) break;
    cursor = res.next_cursor;
  }
  return found;
}

function digestItem(
  publicUrl: string,
  j: SearchItem,
  lang: Lang,
  trip?: { minutes: number; cab_only?: boolean; from: string },
) {
  const t = translator(lang);
  // "Thane West, Thane · 26 min from Dombivli": the stored trip, door to door.
  const commute = trip
    ? ` · ${t('alerts.digest.commute', { minutes: trip.minutes, from: trip.from })}${trip.cab_only ? ` (${t('search.commuteCab')})` : ''}`
    : '';
  return {
    title: j.title,
    company: j.company.name,
    place: `${j.locality_name}, ${j.city_name}${commute}`,
    salary:
      j.salary_min !== null && j.salary_max !== null
        ? t('job.salaryMonthly', {
            min: formatNumber(j.salary_min, lang),
            max: formatNumber(j.salary_max, lang),
          })
        : t('job.notDisclosed'),
    url: `${publicUrl}/jobs/${j.id}`,
  };
}

/** Checks one saved search; returns the outbox message id when a digest was written. */
async function checkOne(
  deps: DigestDeps,
  s: SavedSearchRow,
  now: Date,
  newest: number,
): Promise<number | null> {
  const since = new Date(Math.max(s.last_checked_at.getTime() - OVERLAP_MS, s.created_at.getTime()));
  // Nothing at all was posted since: no search needed, and nothing to record.
  if (newest <= since.getTime()) return null;
  let candidates: SearchItem[];
  try {
    candidates = await newJobsFor(deps.search, s, since);
  } catch (err) {
    // A search saved long ago may no longer be valid (a locality renamed): skip it, do not stop the run.
    if (err instanceof DomainError && err.status === 400) {
      await alertsRepo.markChecked(deps.db, s.id, now, false);
      return null;
    }
    throw err;
  }
  const sent = await alertsRepo.alreadySent(
    deps.db,
    s.id,
    candidates.map((j) => j.id),
  );
  const fresh = candidates.filter((j) => !sent.has(j.id)).slice(0, MAX_JOBS_PER_DIGEST);
  const recipient = fresh.length ? await deps.recipientOf(s.user_id) : null;
  // A remote job has no commute; the others carry the stored trip from where the seeker travels.
  const onSite = fresh.filter((j) => j.work_mode !== 'remote');
  const travel =
    recipient && onSite.length
      ? await deps.tripsFor(
          s.user_id,
          s.query,
          onSite.map((j) => ({ city: j.city, locality: j.locality })),
        )
      : null;
  const fromName = travel && recipient ? await deps.originName(travel.from, recipient.lang) : '';
  const tripOf = (j: SearchItem) => {
    if (!travel || j.work_mode === 'remote') return undefined;
    // The search's own label when it searched by commute (it knows the late-shift cab), else the stored row.
    const trip = j.commute ?? travel.trips.get(`${j.city}/${j.locality}`);
    return trip && { minutes: trip.minutes, cab_only: trip.cab_only, from: fromName };
  };
  const notificationId = await deps.db.tx(async (q) => {
    const recorded = await alertsRepo.recordSent(
      q,
      s.id,
      fresh.map((j) => j.id),
    );
    const jobs = fresh.filter((j) => recorded.has(j.id));
    await alertsRepo.markChecked(q, s.id, now, jobs.length > 0);
    if (!jobs.length || recipient === null) return null;
    const unsubscribeUrl = `${deps.publicUrl}/unsubscribe/${unsubscribeToken(deps.appSecret, s.id)}`;
    const trips = jobs.map(tripOf);
    const nearest = Math.min(...trips.map((trip) => trip?.minutes ?? Number.POSITIVE_INFINITY));
    const id = await deps.notifications.compose(
      q,
      s.user_id,
      'alertDigest',
      {
        name: recipient.name,
        lang: recipient.lang,
        search: s.name,
        items: jobs.map((j, i) => digestItem(deps.publicUrl, j, recipient.lang, trips[i])),
        // The quickest trip among them, for the SMS / WhatsApp form ("nearest 26 min from Dombivli").
        ...(Number.isFinite(nearest) ? { minutes: nearest, from: fromName } : {}),
        search_url: `${deps.publicUrl}${searchPath(s.query)}`,
        manage_url: `${deps.publicUrl}/me/saved-searches`,
        unsubscribe_url: unsubscribeUrl,
      },
      {
        headers: {
          'List-Unsubscribe': `<${unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
    );
    await alertsRepo.linkNotification(
      q,
      s.id,
      jobs.map((j) => j.id),
      id,
    );
    return id;
  });
  if (notificationId !== null) await deps.notifications.dispatch(notificationId);
  return notificationId;
}

/** One run over every saved search of this frequency (the queue's periodic job). */
export async function runDigests(
  deps: DigestDeps,
  frequency: 'instant' | 'daily',
): Promise<{ checked: number; digests: number }> {
  const now = await alertsRepo.now(deps.db);
  const latest = await deps.search.search({ sort: 'recent', limit: 1 });
  const newest = latest.items[0] ? Date.parse(latest.items[0].posted_at) : 0;
  let checked = 0;
  let digests = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await alertsRepo.dueBatch(deps.db, frequency, after, BATCH);
    for (const s of batch) {
      checked++;
      if ((await checkOne(deps, s, now, newest)) !== null) digests++;
    }
    if (batch.length < BATCH) break;
    after = batch.at(-1)!.id;
  }
  return { checked, digests };
}
