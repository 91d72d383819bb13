// Pages for a seeker's job alerts and saved jobs, the "Save this search" and "Save job" forms, and
// the unsubscribe page. Plain forms: everything works without JavaScript.
import { html } from 'ghtml';
import type { SavedJobOut, SavedSearchOut } from '../../modules/alerts/index.ts';
import { loadTransit } from '../../modules/commute/index.ts';
import type { SearchQuery } from '../../modules/search/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { placeByName, placeName, salaryText } from '../format.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';

// An alert is about new jobs: a "posted in the last days" window means nothing to it.
const NOT_SAVED = new Set(['cursor', 'limit', 'sort', 'lang', 'posted_within']);

/** The slot on the results page: a small form carrying the current query as hidden fields. */
export function saveSearchForm(ctx: PageContext, query: SearchQuery): string {
  const { t, user } = ctx;
  if (user && user.role !== 'seeker') return '';
  if (!user) {
    const next = `/jobs?${ctx.query.toString()}`;
    return html`<p class="save-search"><a href="/login?next=${encodeURIComponent(next)}">${t('alerts.save.signIn')}</a></p>`;
  }
  const hidden = Object.entries(query)
    .filter(([k, v]) => !NOT_SAVED.has(k) && v !== undefined && v !== '')
    .map(([k, v]) => html`<input type="hidden" name="${k}" value="${String(v)}">`)
    .join('');
  return html`<form method="post" action="/me/saved-searches" class="save-search">
  <h2>${t('alerts.save.title')}</h2>
  !${csrfField(ctx.csrf)}!${hidden}
  <label for="ss-frequency">${t('alerts.save.frequency')}</label>
  <select id="ss-frequency" name="frequency">
    <option value="instant" selected>${t('alerts.save.instant')}</option>
    <option value="daily">${t('alerts.save.daily')}</option>
  </select>
  <label for="ss-name">${t('alerts.save.name')}</label>
  <input id="ss-name" name="name" maxlength="80" value="${query.q ?? ''}">
  <button type="submit">${t('alerts.save.submit')}</button>
</form>`;
}

/**
 * Save on a job page, as on a results card: a visitor's Save signs in first and comes back here
 * with the job saved; a seeker's form; once saved, "Saved · Undo" just after saving (`?saved=1`, the
 * redirect after it) and "Saved · Remove" later, with the saved-jobs link. `?saved=0` (after a
 * removal) says so. The state is the database's; the query only chooses the words. Employers: none.
 */
export function saveJobForm(ctx: PageContext, jobId: number, saved = false): string {
  const { t } = ctx;
  if (!ctx.user)
    return html`<div id="save" class="save-card"><a class="button secondary" href="/login?next=${encodeURIComponent(`/jobs/${jobId}/save`)}">${t('seekerSteps.save.card')}</a></div>`;
  if (ctx.user.role !== 'seeker') return '';
  const just = ctx.query.get('saved');
  if (!saved)
    return html`<div id="save" class="save-card">!${just === '0' ? html`<p class="notice" role="status">${t('seekerSteps.save.removed')}</p>` : ''}<form method="post" action="/jobs/${jobId}/save" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="secondary">${t('seekerSteps.save.card')}</button></form></div>`;
  const link = html`<a href="/me/saved-jobs">${t('alerts.nav.savedJobs')}</a>`;
  return html`<div id="save" class="saved-job">!${just === '1' ? html`<p class="notice" role="status">${t('seekerSteps.save.saved')} !${link}</p>` : ''}<div class="save-card"><span><span aria-hidden="true">✓ </span>${t('seekerSteps.save.cardSaved')}</span> · <form method="post" action="/jobs/${jobId}/unsave" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="secondary">${t(just === '1' ? 'seekerSteps.save.undo' : 'seekerSteps.save.cardRemove')}</button></form>!${just === '1' ? '' : html` · !${link}`}</div></div>`;
}

/** How this person's alerts travel, and whether that channel can send on this site now. */
export interface AlertReach {
  name: 'sms' | 'whatsapp' | 'email';
  configured: boolean;
}

/** A station ("Dombivli") or a city/locality origin ("Kalwa, Thane") in the page's language. */
function originLabel(ctx: PageContext, from: string, tax?: TaxonomyView): string {
  const station = loadTransit().stations.find((s) => s.slug === from);
  if (station) return placeName(ctx, station);
  const [citySlug, localitySlug] = from.split('/');
  const city = tax?.cities.find((c) => c.slug === citySlug);
  const place = city?.localities.find((l) => l.slug === localitySlug);
  return place && city ? `${placeName(ctx, place)}, ${placeName(ctx, city)}` : from;
}

/** "Within 45 min door to door of Dombivli", or "Travel times from Dombivli (your home)". */
function alertCommute(ctx: PageContext, commute: SavedSearchOut['commute'], tax?: TaxonomyView): string {
  if (!commute) return '';
  const from = originLabel(ctx, commute.from, tax);
  return html`<p class="commute">${
    commute.max_min === null
      ? ctx.t('alerts.searches.commuteHome', { from })
      : ctx.t('alerts.searches.commute', { from, minutes: commute.max_min })
  }</p>`;
}

/** "Pune · Kharadi": the place a saved search looks in, in the page's language; '' for anywhere. */
function alertPlace(ctx: PageContext, query: Record<string, unknown>, tax?: TaxonomyView): string {
  const city = tax?.cities.find((c) => c.slug === query.city);
  if (!city) return '';
  const locality = city.localities.find((l) => l.slug === query.locality);
  const where = locality ? `${placeName(ctx, city)} · ${placeName(ctx, locality)}` : placeName(ctx, city);
  return html`<p class="facts">${ctx.t('seekerPhone.alerts.where', { where })}</p>`;
}

/**
 * Said after saving a search: where new jobs will reach the seeker, only when that channel can send
 * on this site now; otherwise that nothing is sent yet, and where to look instead.
 */
export function savedSearchFlash(ctx: PageContext, reach: AlertReach): string {
  const channel = ctx.t(`account.channel.${reach.name}`);
  return reach.configured
    ? ctx.t('seekerPhone.alerts.savedSent', { channel })
    : ctx.t('seekerPhone.alerts.savedNotSent', { channel });
}

/** What the Undo of a delete posts back: the deleted search's name, frequency and query. */
export type DeletedSearch = Pick<SavedSearchOut, 'name' | 'frequency'> & { query: Record<string, unknown> };

/**
 * "Alert deleted · Undo" on one line, built like the saved job's "Saved · Undo" (.save-card): the
 * Undo form posts the deleted search back (its name, query, frequency).
 */
export function deletedSearchNotice(ctx: PageContext, gone: DeletedSearch): string {
  return html`<div class="notice save-card" role="status"><span>${ctx.t('alerts.searches.deleted')}</span> · <form method="post" action="/me/saved-searches/restore" class="inline">!${csrfField(ctx.csrf)}<input type="hidden" name="name" value="${gone.name}"><input type="hidden" name="frequency" value="${gone.frequency}"><input type="hidden" name="query" value="${JSON.stringify(gone.query)}"><button type="submit" class="secondary">${ctx.t('alerts.searches.undo')}</button></form></div>`;
}

export function savedSearchesPage(
  ctx: PageContext,
  searches: SavedSearchOut[],
  flash?: string,
  reach?: AlertReach,
  tax?: TaxonomyView,
  /** Trusted markup shown instead of `flash` ("Alert deleted · Undo"). */
  notice?: string,
): string {
  const { t } = ctx;
  const rows = searches.map(
    (s) => html`<li class="card">
  <h3><a href="${s.search_url}">${s.name}</a></h3>
  !${alertPlace(ctx, s.query, tax)}
  !${alertCommute(ctx, s.commute, tax)}
  <p>${s.alerts_on ? t(`alerts.searches.${s.frequency}`) : t('alerts.searches.off')}${s.last_sent_at ? ` · ${t('alerts.searches.lastSent', { date: formatDate(s.last_sent_at, ctx.lang) })}` : ''}</p>
  <p><a href="${s.search_url}">${t('alerts.searches.open')}</a></p>
  <form method="post" action="/me/saved-searches/${s.id}/delete" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="link">${t('alerts.searches.delete')}</button></form>
</li>`,
  );
  const body = html`<section class="narrow">
<h1>${t('alerts.searches.title')}</h1>
!${notice ?? (flash ? html`<p class="notice" role="status">${flash}</p>` : '')}
<p>${t('seekerPhone.alerts.lead')}</p>
!${
    reach
      ? html`<p>${t('account.messages.channel', { channel: t(`account.channel.${reach.name}`) })} <a href="/me/account#messages">${t('account.alertsHow')}</a></p>
!${reach.configured ? '' : html`<p class="errors">${t('account.messages.notConfigured', { channel: t(`account.channel.${reach.name}`) })}</p>`}`
      : ''
  }
!${searches.length ? html`<ol class="cards">!${rows.join('')}</ol>` : html`<p>${t('alerts.searches.empty', { open: t('alerts.save.title'), save: t('alerts.save.submit') })}</p>`}
</section>`;
  return layout(ctx, { title: t('alerts.searches.title'), body, noindex: true });
}

/** The notice after removing a saved job, with one button that puts it back. */
export function unsavedFlash(ctx: PageContext, jobId: number): string {
  return html`<div class="notice" role="status"><p>${ctx.t('seekerPhone.savedJobs.removed')}</p>
<form method="post" action="/me/saved-jobs/${jobId}/restore" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="secondary small">${ctx.t('seekerPhone.savedJobs.undo')}</button></form></div>`;
}

export function savedJobsPage(
  ctx: PageContext,
  saved: SavedJobOut[],
  tax?: TaxonomyView,
  /** Just saved from a job page: said above the list (the page opens at its top). */
  flash?: string,
  /** Trusted markup shown instead of `flash` (the removal notice with its Undo button). */
  notice?: string,
): string {
  const { t } = ctx;
  const rows = saved.map((s) => {
    const remove = html`<form method="post" action="/me/saved-jobs/${s.job_id}/delete" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="link">${t('alerts.jobs.remove')}</button></form>`;
    if (!s.job) return html`<li class="card"><p class="muted">${t('alerts.jobs.gone')}</p>!${remove}</li>`;
    return html`<li class="card">
  <h3><a href="/jobs/${s.job.id}">${s.job.title}</a></h3>
  <p class="company">${s.job.company.name}</p>
  <p class="facts">${placeByName(ctx, tax, s.job.city_name, s.job.locality_name)}</p>
  <p class="pay">${salaryText(ctx, s.job.salary_min, s.job.salary_max).monthly}</p>
  <p class="when">${t('alerts.jobs.saved', { date: formatDate(s.saved_at, ctx.lang) })}</p>
  !${remove}
</li>`;
  });
  const body = html`<section class="narrow">
<h1>${t('alerts.jobs.title')}</h1>
!${notice ?? (flash ? html`<p class="notice" role="status">${flash}</p>` : '')}
!${saved.length ? html`<ol class="cards">!${rows.join('')}</ol>` : html`<p>${t('alerts.jobs.empty')}</p>`}
</section>`;
  return layout(ctx, { title: t('alerts.jobs.title'), body, noindex: true });
}

export function unsubscribePage(
  ctx: PageContext,
  state: { name: string; alerts_on: boolean; done: boolean; action: string },
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('alerts.unsubscribe.title')}</h1>
!${
    state.done
      ? html`<p role="status">${t('alerts.unsubscribe.done', { name: state.name })}</p>`
      : state.alerts_on
        ? html`<p>${t('alerts.unsubscribe.confirm', { name: state.name })}</p>
<form method="post" action="${state.action}"><button type="submit">${t('alerts.unsubscribe.button')}</button></form>`
        : html`<p>${t('alerts.unsubscribe.already', { name: state.name })}</p>`
  }
<p><a href="/me/saved-searches">${t('alerts.unsubscribe.manage')}</a></p>
</section>`;
  return layout(ctx, { title: t('alerts.unsubscribe.title'), body, noindex: true });
}
