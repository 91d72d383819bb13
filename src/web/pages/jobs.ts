// Job search results and the job page. Results take the same query names as GET /api/v1/jobs;
// the job page carries schema.org JobPosting JSON-LD for search engines.
import { html } from 'ghtml';
import type { JobOut } from '../../modules/jobs/index.ts';
import type { SearchItem, SearchQuery, SearchResult } from '../../modules/search/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber, relativeDay } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import {
  enumLabel,
  experienceText,
  langAttr,
  placeName,
  salaryText,
  skillLabel,
  whereText,
} from '../format.ts';
import { csrfField, type FieldErrors } from '../forms.ts';
import { jobPostingJsonLd } from '../jsonld.ts';
import { layout } from '../layout.ts';
import { moderationReasons, titleHints } from '../reasons.ts';
import { landingFor, landingPath, landingTitle } from '../seo.ts';
import { saveJobForm, saveSearchForm } from './alerts.ts';
import type { Applied } from './apply-steps.ts';
import { commuteFilters, commuteLine } from './commute-view.ts';
import { jobInterviewBlock } from './interview.ts';
import { localNoticeParams } from './notice-params.ts';
import { emptyResults } from './results-empty.ts';
import { applyButton, signInToApply, signInToCall } from './seeker.ts';

/**
 * Saving a search: a visitor sees one sign-in line; a signed-in seeker's form (frequency, button)
 * folds under one line, so it does not push the first job below the first screen on a phone.
 */
function saveSearch(ctx: PageContext, query: SearchQuery): string {
  const form = saveSearchForm(ctx, query);
  if (!form || !ctx.user) return form;
  return html`<details class="save-alerts"><summary>${ctx.t('alerts.save.title')}</summary>!${form}</details>`;
}

/** The results URL with an anchor to one card: where a visitor comes back to after signing in. */
function cardReturn(ctx: PageContext, jobId: number): string {
  const q = ctx.query.toString();
  const path = ctx.path.startsWith('/jobs/in/') ? ctx.path : '/jobs';
  return `${path}${q ? `?${q}` : ''}#job-${jobId}`;
}

/**
 * A card's Save: a seeker's form back to this card ("Saved · Undo" just after, "Saved · Remove"
 * later); a visitor signs in first and lands back on the card with the job saved; employers none.
 */
function saveOnCard(ctx: PageContext, jobId: number, saved: boolean): string {
  const { t } = ctx;
  const back = cardReturn(ctx, jobId);
  if (!ctx.user)
    return html`<p class="save-card"><a class="button secondary" href="/login?next=${encodeURIComponent(`/jobs/${jobId}/save?back=${encodeURIComponent(back)}`)}">${t('seekerSteps.save.card')}</a></p>`;
  if (ctx.user.role !== 'seeker') return '';
  const form = (action: string, label: string) =>
    html`<form method="post" action="/jobs/${jobId}/${action}" class="inline">!${csrfField(ctx.csrf)}<input type="hidden" name="back" value="${back}"><button type="submit" class="secondary">${label}</button></form>`;
  if (!saved) return html`<div class="save-card">!${form('save', t('seekerSteps.save.card'))}</div>`;
  const just = ctx.flash === `saved:${jobId}`;
  return html`<div class="save-card"!${just ? ' role="status"' : ''}><span><span aria-hidden="true">✓ </span>${t('seekerSteps.save.cardSaved')}</span> · !${form('unsave', t(just ? 'seekerSteps.save.undo' : 'seekerSteps.save.cardRemove'))}</div>`;
}

function jobCard(
  ctx: PageContext,
  tax: TaxonomyView,
  j: SearchItem,
  applied?: Applied,
  saved = false,
): string {
  const pay = salaryText(ctx, j.salary_min, j.salary_max);
  return html`<li class="card" id="job-${j.id}">
  <h2><a href="/jobs/${j.id}"!${langAttr(ctx, j.title)}>${j.title}</a></h2>
  <p class="company"><span!${langAttr(ctx, j.company.name)}>${j.company.name}</span>!${j.company.verified ? html` <span class="badge" role="img" aria-label="${ctx.t('job.verified')}">✔</span>` : ''}</p>
  <p class="facts"><span>${whereText(ctx, tax, j)}</span>!${j.distance_km !== undefined ? html` · <span>${ctx.t('search.away', { km: j.distance_km })}</span>` : ''}</p>
  <p class="pay">${pay.monthly}</p>
  !${j.commute ? commuteLine(ctx, j.commute) : ''}
  <p class="tags"><span>${enumLabel(ctx, 'work_mode', j.work_mode)}</span><span>${enumLabel(ctx, 'shift', j.shift)}</span><span>${enumLabel(ctx, 'education', j.education_min)}</span></p>
  <p class="when"><time datetime="${new Date(j.posted_at).toISOString()}" title="${formatDate(j.posted_at, ctx.lang)}">${ctx.t('job.postedAgo', { when: relativeDay(j.posted_at, ctx.lang) })}</time></p>
  !${ctx.user ? applyButton(ctx, j.id, { next: cardReturn(ctx, j.id), applied, call: true }) : html`<div class="job-actions"><p class="apply"><a class="button" href="${signInToApply(j.id, cardReturn(ctx, j.id))}">${ctx.t('seeker.apply.button')}</a></p><p class="call"><a class="button secondary" href="${signInToCall(j.id, cardReturn(ctx, j.id))}">${ctx.t('seekerCall.button')}</a></p></div>`}
  !${saveOnCard(ctx, j.id, saved)}
</li>`;
}

/** Notices and how q was read, from their codes (search-notices.json), in the reader's language. */
function searchNotices(ctx: PageContext, tax: TaxonomyView, result: SearchResult | null | undefined): string {
  const say = (m: { code: string; params: Record<string, string | number> }) => {
    const local = { ...m, params: localNoticeParams(ctx, tax, m.code, m.params) };
    return sayLocal(local);
  };
  const sayLocal = (m: { code: string; params: Record<string, string | number> }) => {
    const params =
      m.code === 'relaxed_filters'
        ? {
            ...m.params,
            filters: String(m.params.codes ?? '')
              .split(',')
              .filter(Boolean)
              .map((c) => ctx.t(`searchNotices.filter.${c}`))
              .join(', '),
          }
        : m.params;
    return ctx.t(`searchNotices.${m.code}`, params);
  };
  const notices = result?.notice_codes ?? [];
  const understood = result?.understood_codes ?? [];
  return html`!${notices.length ? html`<p class="notice">${notices.map(say).join(' ')}</p>` : ''}!${
    understood.length
      ? html`<details class="understood"><summary>${ctx.t('searchNotices.understoodTitle')}</summary><ul>!${understood.map((u) => html`<li>${say(u)}</li>`).join('')}</ul></details>`
      : ''
  }`;
}

function options(
  values: { slug: string; name: string }[],
  selected: string | undefined,
  anyLabel: string,
): string {
  return html`<option value="">${anyLabel}</option>!${values
    .map((v) => html`<option value="${v.slug}"${v.slug === selected ? ' selected' : ''}>${v.name}</option>`)
    .join('')}`;
}

/** What a landing page (/jobs/in/pune/customer-service) adds to the results page. */
export interface ResultsOptions {
  heading?: string;
  intro?: string;
  /** Trusted markup (links to related landing pages). */
  related?: string;
  canonicalPath?: string;
  description?: string;
  /** The filters the landing URL stands for: pager links carry them. */
  baseQuery?: URLSearchParams;
  /** The signed-in seeker's applications among these jobs: their cards say "Applied". */
  applied?: Map<number, Applied>;
  /** The signed-in seeker's saved jobs among these: their cards say "Saved". */
  saved?: Set<number>;
  /** The signed-in seeker's home station (or city/locality): "I travel from" offers it first. */
  home?: string | null;
  /**
   * The commute filter's defaults: the seeker's home station, picked under "I travel from" until
   * they choose another (or Anywhere); and a limit in minutes asked for with no station, which
   * searched nothing, so the page says what to pick.
   */
  commute?: { home?: string | null; minutesWithoutStation?: number };
}

/** The label a seeker sees for a search filter, never its query name. */
const FILTER_LABELS: Record<string, string> = {
  q: 'search.keywords',
  locality: 'search.locality',
  category: 'search.category',
  work_mode: 'search.workMode',
  shift: 'search.shift',
  education: 'search.education',
  experience_max: 'search.experience',
  salary_min: 'search.salaryMin',
  language: 'search.language',
  commute_from: 'search.commuteFrom',
  commute_max_min: 'search.commuteMax',
  radius_km: 'search.radius',
  sort: 'search.sort',
  posted_within: 'journeys.search.posted',
  verified: 'journeys.search.verified',
};
const filterLabel = (ctx: PageContext, name: string) => ctx.t(FILTER_LABELS[name] ?? 'search.filter');

const MORE_FILTERS = [
  'category',
  'role',
  'work_mode',
  'shift',
  'education',
  'experience_max',
  'salary_min',
  'language',
  'commute_from',
  'radius_km',
  'posted_within',
  'verified',
];
const POSTED_CHOICES = [1, 3, 7, 30];

/** Years of experience a seeker can pick; 0 is a fresher. A typed value not listed is kept. */
const EXPERIENCE_CHOICES = [0, 1, 2, 3, 5, 8, 10];
const RADIUS_CHOICES = [2, 5, 10, 25, 50];

/**
 * The city the search read from the words ("Andheri" -> Mumbai), when no city was picked: the city
 * select shows it, so the page says what it searched.
 */
function cityReadFromWords(
  tax: TaxonomyView,
  result: SearchResult | null,
): TaxonomyView['cities'][number] | undefined {
  const read = result?.understood_codes?.find((u) => u.code === 'city' || u.code === 'locality');
  const name = read ? String(read.params.city ?? '') : '';
  return name ? tax.cities.find((c) => c.name === name) : undefined;
}

export function resultsPage(
  ctx: PageContext,
  tax: TaxonomyView,
  query: SearchQuery,
  result: SearchResult | null,
  errors: FieldErrors,
  publicUrl: string,
  opts: ResultsOptions = {},
): string {
  const { t } = ctx;
  const enumOptions = (kind: string, slugs: string[]) =>
    slugs.map((s) => ({ slug: s, name: enumLabel(ctx, kind, s) }));
  const places = <P extends { slug: string; name: string }>(list: P[]) =>
    list.map((p) => ({ slug: p.slug, name: placeName(ctx, p) }));
  const city = tax.cities.find((c) => c.slug === query.city);
  const shownCity = city ?? cityReadFromWords(tax, result);
  const base = opts.baseQuery ?? ctx.query;
  const nextQuery = new URLSearchParams(base);
  if (result?.next_cursor) nextQuery.set('cursor', result.next_cursor);
  const firstQuery = new URLSearchParams(base);
  firstQuery.delete('cursor');
  const landing = landingFor(base);
  // A role in the URL (sign-in lands on one) is named in the heading and set in its own select.
  const roleName = query.role ? tax.roles.find((r) => r.slug === query.role)?.name : undefined;
  const title =
    opts.heading ??
    (query.q
      ? t('search.titleWithQuery', { q: query.q })
      : landing
        ? landingTitle(ctx, tax, landing)
        : roleName
          ? city
            ? t('landing.roleTitle', { role: roleName, city: placeName(ctx, city) })
            : t('search.roleTitle', { role: roleName })
          : t('search.title'));
  const heading = `${title}${city && query.q ? ` · ${placeName(ctx, city)}` : ''}`;
  const activeMore = MORE_FILTERS.filter((k) => base.get(k)).length;
  // "More filters" stays open on the page that comes back when it was open (`open=1`, sent by its
  // Apply button and by app.js while it is open) or when a filter inside it is set in the URL (a
  // landing page's own category is not: its results stay on the first screen). Every filter submit
  // lands at #results (issue #20): the count and the first job are on the first screen after a
  // filter is applied, the open panel above them, not ~1,600 px of filters before the first job.
  const keepOpen =
    ctx.query.get('open') === '1' ||
    // A role (where sign-in lands) is named in the heading and counted on the closed panel instead.
    MORE_FILTERS.some((k) => k !== 'role' && ctx.query.get(k) && ctx.query.get(k) !== '');
  // A signed-in seeker reaches their applications and recommendations from the first screen.
  const mine =
    ctx.user?.role === 'seeker'
      ? html`<nav class="me-links" aria-label="${t('seekerSteps.start.label')}"><a href="/me/applications">${t('seeker.nav.applications')}</a><a href="/me/recommendations">${t('seekerSteps.start.forYou')}</a></nav>`
      : '';
  const body = html`!${mine}
<h1>${heading}</h1>
!${opts.intro ? html`<p class="lead">${opts.intro}</p>` : ''}
!${opts.commute?.minutesWithoutStation ? html`<p class="notice" role="status">${t('search.commuteNeedsStation', { minutes: opts.commute.minutesWithoutStation, from: t('search.commuteFrom'), more: t('web.moreFilters') })}</p>` : ''}
!${
    Object.keys(errors).length
      ? html`<div class="errors" role="alert"><ul>!${Object.entries(errors)
          .map(([name, message]) => html`<li>${filterLabel(ctx, name)}: ${message}</li>`)
          .join('')}</ul></div>`
      : ''
  }
<div class="results-layout">
<form method="get" action="/jobs#results" class="filters" id="filters" role="search" aria-label="${t('search.filters')}" data-autosubmit>
  <div class="searchbar">
    <label for="f-q" class="sr-only">${t('search.keywords')}</label>
    <input id="f-q" name="q" type="search" value="${query.q ?? ''}" maxlength="200" enterkeyhint="search" placeholder="${t('search.keywords')}">
    <button type="submit">${t('home.search')}</button>
  </div>
  <div class="row place">
    <div><label for="f-city">${t('home.cityLabel')}</label>
    <select id="f-city" name="city">!${options(places(tax.cities), shownCity?.slug, t('home.anyCity'))}</select></div>
    !${city ? html`<div><label for="f-locality">${t('search.locality')}</label><select id="f-locality" name="locality">!${options(places(city.localities), query.locality, t('search.anyLocality'))}</select></div>` : ''}
  </div>
  <details class="more" data-open-wide!${keepOpen ? ' open' : ''}>
  <summary>${t('web.moreFilters')}!${activeMore ? html` <span class="pill">${t('web.activeFilters', { count: activeMore })}</span>` : ''}</summary>
  <label for="f-category">${t('search.category')}</label>
  <select id="f-category" name="category">!${options(enumOptions('category', ['customer_service', 'back_office']), query.category, t('search.any'))}</select>
  <label for="f-role">${t('employer.role')}</label>
  <select id="f-role" name="role">!${options(
    tax.roles.map((r) => ({ slug: r.slug, name: r.name })),
    query.role,
    t('search.any'),
  )}</select>
  <label for="f-work">${t('search.workMode')}</label>
  <select id="f-work" name="work_mode">!${options(enumOptions('work_mode', ['onsite', 'hybrid', 'remote']), query.work_mode, t('search.any'))}</select>
  <label for="f-shift">${t('search.shift')}</label>
  <select id="f-shift" name="shift">!${options(enumOptions('shift', ['day', 'night', 'rotational', 'uk', 'us']), query.shift, t('search.any'))}</select>
  <label for="f-edu">${t('search.education')}</label>
  <select id="f-edu" name="education">!${options(
    enumOptions('education', ['below_10th', '10th', '12th', 'diploma', 'graduate', 'postgraduate']),
    query.education,
    t('search.any'),
  )}</select>
  <label for="f-exp">${t('search.experience')}</label>
  <select id="f-exp" name="experience_max">!${options(
    [
      ...new Set([
        ...EXPERIENCE_CHOICES,
        ...(query.experience_max === undefined ? [] : [query.experience_max]),
      ]),
    ]
      .sort((a, b) => a - b)
      .map((y) => ({
        slug: String(y),
        name: y === 0 ? t('search.fresher') : t('search.expYears', { count: y }),
      })),
    query.experience_max === undefined ? undefined : String(query.experience_max),
    t('search.any'),
  )}</select>
  <label for="f-sal">${t('search.salaryMin')}</label>
  <input id="f-sal" name="salary_min" type="number" min="0" max="500000" step="1000" inputmode="numeric" value="${query.salary_min ?? ''}">
  !${commuteFilters(
    ctx,
    tax,
    {
      ...query,
      commute_from: query.commute_from ?? opts.commute?.home ?? undefined,
      commute_max_min: query.commute_max_min ?? opts.commute?.minutesWithoutStation,
    },
    opts.home,
  )}
  <label for="f-lang">${t('search.language')}</label>
  <select id="f-lang" name="language">!${options(tax.languages, query.language, t('search.any'))}</select>
  !${
    query.locality || query.near
      ? html`<label for="f-radius">${t('search.radius')}</label>
  <select id="f-radius" name="radius_km">!${options(
    RADIUS_CHOICES.map((km) => ({ slug: String(km), name: t('search.withinKm', { km }) })),
    query.radius_km === undefined ? undefined : String(query.radius_km),
    t('search.any'),
  )}</select>`
      : ''
  }
  <label for="f-posted">${t('journeys.search.posted')}</label>
  <select id="f-posted" name="posted_within">!${options(
    POSTED_CHOICES.map((d) => ({ slug: String(d), name: t('journeys.search.postedWithin', { count: d }) })),
    query.posted_within === undefined ? undefined : String(query.posted_within),
    t('journeys.search.postedAny'),
  )}</select>
  <label class="check"><input type="checkbox" name="verified" value="true"${query.verified ? ' checked' : ''}> ${t('journeys.search.verified')}</label>
  <label for="f-sort">${t('search.sort')}</label>
  <select id="f-sort" name="sort">!${[
    ['relevance', t('search.sortRelevance')],
    ['recent', t('search.sortRecent')],
    ['salary', t('search.sortSalary')],
    ...(query.locality || query.near ? [['distance', t('search.sortDistance')]] : []),
    ...(query.commute_from ? [['commute', t('search.sortCommute')]] : []),
  ]
    .map(
      ([v, l]) =>
        // Best match is the default: an empty value keeps it out of the URL and the filter count.
        html`<option value="${v === 'relevance' ? '' : v}"${(query.sort ?? 'relevance') === v ? ' selected' : ''}>${l}</option>`,
    )
    .join('')}</select>
  <button type="submit" name="open" value="1" formaction="/jobs#results" class="apply-filters">${t('search.apply')}</button>
  <p class="clear"><a href="/jobs">${t('search.clear')}</a></p>
  </details>
</form>
<section class="results" id="results" aria-label="${t('search.title')}">
  !${result ? html`<p class="count" role="status">${t(result.total_is_estimate ? 'search.resultsAbout' : 'search.results', { count: result.total, formatted: formatNumber(result.total, ctx.lang) })}</p>` : ''}
  !${searchNotices(ctx, tax, result)}
  !${result && result.items.length ? saveSearch(ctx, query) : ''}
  !${result && result.items.length === 0 ? emptyResults(ctx, tax, query, result, base, saveSearchForm(ctx, query)) : ''}
  <ol class="cards">!${(result?.items ?? []).map((j) => jobCard(ctx, tax, j, opts.applied?.get(j.id), opts.saved?.has(j.id))).join('')}</ol>
  <nav class="pager" aria-label="${t('search.title')}">
    !${query.cursor ? html`<a href="/jobs?${firstQuery.toString()}">${t('search.firstPage')}</a>` : ''}
    !${result?.next_cursor ? html`<a class="button" rel="next" href="/jobs?${nextQuery.toString()}">${t('search.next')}</a>` : ''}
  </nav>
  !${opts.related ?? ''}
</section>
</div>`;
  const canonical = new URLSearchParams();
  for (const k of ['q', 'city', 'locality', 'category', 'role']) {
    const v = ctx.query.get(k);
    if (v) canonical.set(k, v);
  }
  const canonicalPath =
    opts.canonicalPath ??
    (landing && !query.cursor ? landingPath(landing) : `/jobs${canonical.size ? `?${canonical}` : ''}`);
  return layout(ctx, {
    title,
    body,
    description: opts.description,
    canonical: `${publicUrl}${canonicalPath}`,
    noindex: Boolean(query.cursor) || (result !== null && result.total === 0),
  });
}

/**
 * On a Hindi or Marathi page, one small line above the description: what follows is the employer's
 * own text (often English), not the site's words. None on English pages.
 */
function employerWords(ctx: PageContext, text: string): string {
  if (ctx.lang === 'en' || !text.trim()) return '';
  return html`<p class="muted employer-words">${ctx.t('job.employerWords')}</p>`;
}

export function jobPage(
  ctx: PageContext,
  job: JobOut,
  tax: TaxonomyView,
  publicUrl: string,
  /** When the employer last acted on an applicant or call (hiring module); null: never. */
  lastResponded?: string | null,
  /** The signed-in seeker's standing: already applied, or below the job's education or experience. */
  seeker: {
    applied?: Applied;
    educationBelow?: { asked: string; mine: string };
    educationUnknown?: { asked: string };
    experienceBelow?: { asked: number; mine: number };
    experienceUnknown?: { asked: number };
    /** The seeker saved this job. */
    saved?: boolean;
  } = {},
  /** "From your home: 26 min ..." for a signed-in seeker with a home station (home-station.ts). */
  fromHome = '',
): string {
  const { t } = ctx;
  const pay = salaryText(ctx, job.salary_min, job.salary_max);
  const langName = (slug: string) => tax.languages.find((l) => l.slug === slug)?.name ?? slug;
  const perkName = (slug: string) => tax.perks.find((p) => p.slug === slug)?.name ?? slug;
  const open = job.status === 'published';
  const where = whereText(ctx, tax, job);
  const crumbs = [
    { city: job.city },
    { city: job.city, category: job.category as 'customer_service' | 'back_office' },
  ];
  const body = html`
<nav class="crumbs" aria-label="${t('web.breadcrumbs')}"><ol>!${crumbs
    .map((c) => html`<li><a href="${landingPath(c)}">${landingTitle(ctx, tax, c)}</a></li>`)
    .join('')}</ol></nav>
<article class="job">
  <p class="status status-${job.status}">${t(`job.status.${job.status}`)}</p>
  <h1!${langAttr(ctx, job.title)}>${job.title}</h1>
  <p class="company"><a href="/companies/${job.company.id}"!${langAttr(ctx, job.company.name)}>${job.company.name}</a>
    !${job.company.verified ? html`<span class="badge">✔ ${t('job.verified')}</span>` : html`<span class="muted">${t('job.unverified')}</span>`}</p>
  !${open ? applyButton(ctx, job.id, { signInLink: true, call: true, ...seeker }) : html`<p class="notice">${t(`job.notOpenBy.${job.status}`, { defaultValue: t('job.notOpen') })}</p>`}
  !${open ? saveJobForm(ctx, job.id, seeker.saved) : ''}
  <dl class="facts">
    <dt>${t('job.salary')}</dt><dd>${pay.monthly}!${pay.annual ? html` <span class="muted">(${pay.annual})</span>` : ''}</dd>
    <dt>${t('job.location')}</dt><dd>${where}</dd>
    !${fromHome}
    <dt>${t('job.workMode')}</dt><dd>${enumLabel(ctx, 'work_mode', job.work_mode)}</dd>
    <dt>${t('job.shift')}</dt><dd>${enumLabel(ctx, 'shift', job.shift)}</dd>
    <dt>${t('job.experience')}</dt><dd>${experienceText(ctx, job.experience_min, job.experience_max)}</dd>
    <dt>${t('job.education')}</dt><dd>${enumLabel(ctx, 'education', job.education_min)}</dd>
    !${job.languages.length ? html`<dt>${t('job.languages')}</dt><dd>${job.languages.map((l) => `${langName(l.language)} (${enumLabel(ctx, 'level', l.level)})`).join(', ')}</dd>` : ''}
    !${job.skills.length ? html`<dt>${t('job.skills')}</dt><dd>${job.skills.map((s) => skillLabel(ctx, s)).join(', ')}</dd>` : ''}
    !${job.perks.length ? html`<dt>${t('job.perks')}</dt><dd>${job.perks.map(perkName).join(', ')}</dd>` : ''}
    <dt>${t('job.openings')}</dt><dd>${job.openings}</dd>
  </dl>
  <h2>${t('job.about')}</h2>
  !${employerWords(ctx, job.description)}
  <div class="description"!${langAttr(ctx, job.description)}>!${job.description
    .split(/\n{2,}/)
    .map((para) => html`<p>${para}</p>`)
    .join('')}</div>
  !${jobInterviewBlock(ctx, job)}
  <p class="when">${job.posted_at ? t('job.postedOn', { date: formatDate(job.posted_at, ctx.lang) }) : ''}
    ${job.expires_at && open ? ` · ${t('job.expiresOn', { date: formatDate(job.expires_at, ctx.lang) })}` : ''}</p>
  !${open && job.reconfirm_requested_at ? html`<p class="notice">${t('reconfirm.seekerNotice')}</p>` : ''}
  !${lastResponded !== undefined ? html`<p class="when">${lastResponded ? t('hiring.lastResponded', { date: formatDate(lastResponded, ctx.lang) }) : t('hiring.neverResponded')}</p>` : ''}
  !${job.moderation && job.moderation.state !== 'clear' ? html`<p class="notice">${t('job.moderation')}: ${t(`moderationStates.${job.moderation.state}`, { defaultValue: job.moderation.state })} — ${moderationReasons(ctx, job.moderation, job).join('; ')}</p>` : ''}
  !${titleHints(ctx, job.hints)}
  <p class="note">${t('job.scamWarning')} <a href="/jobs/${job.id}/report">${t('trust.report.link')}</a> · <a href="/trust/caller">${t('trust.nav.caller')}</a></p>
</article>`;
  return layout(ctx, {
    title: `${job.title} – ${job.company.name}, ${whereText(ctx, tax, job).split(', ')[0]}`,
    description: t('web.jobMeta', {
      title: job.title,
      company: job.company.name,
      place: where,
      pay: pay.monthly,
    }),
    body,
    canonical: `${publicUrl}/jobs/${job.id}`,
    head: open ? jobPostingJsonLd(job, publicUrl) : undefined,
    noindex: !open,
  });
}
