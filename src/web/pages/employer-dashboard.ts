// The employer's dashboard: Live / Drafts / Closed tabs of their jobs, a page at a time, each card
// with its new applicants and only the actions that make sense now (Renew near expiry, Reopen just
// after a close). Closing asks first (closeConfirmPage) and the dashboard then offers an undo.
import { html } from 'ghtml';
import type { CompanyOut } from '../../modules/companies/index.ts';
import type { JobSummary } from '../../modules/hiring/index.ts';
import { JOB_TABS, type JobOut, type JobTab, REOPEN_WINDOW_MS } from '../../modules/jobs/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { salaryText, whereText } from '../format.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';
import { moderationReasons, titleHints } from '../reasons.ts';
import { reconfirmForm } from './candidates.ts';

/** Jobs on one page of a tab: a phone screen or two, never the whole history. */
export const DASHBOARD_PAGE_SIZE = 10;
/** A live job this close to its expiry asks to be renewed; earlier, Renew is not offered. */
export const RENEW_WITHIN_MS = 7 * 86_400_000;

const ACTIONS: Record<string, string[]> = {
  draft: ['edit', 'publish', 'close'],
  published: ['edit', 'pause', 'close'],
  paused: ['edit', 'publish', 'close'],
  expired: ['renew', 'close'],
  held: ['edit', 'close'],
  closed: [],
};

export function canReopen(j: JobOut, now = Date.now()): boolean {
  return (
    j.status === 'closed' &&
    (j.closed_reason === 'employer' || j.closed_reason === 'filled') &&
    !!j.closed_at &&
    now - Date.parse(j.closed_at) <= REOPEN_WINDOW_MS
  );
}

/** The dashboard tab a job is listed in: "Keep it" and "Back" land on its tab and card. */
export function dashboardTab(j: Pick<JobOut, 'status'>): JobTab {
  if (j.status === 'draft') return 'draft';
  if (j.status === 'held') return 'review';
  return j.status === 'closed' ? 'closed' : 'live';
}

function postButton(ctx: PageContext, id: number, action: string, label: string, cls = 'small'): string {
  return html`<form method="post" action="/employer/jobs/${id}/${action}" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="${cls}">${label}</button></form>`;
}

function jobCard(ctx: PageContext, j: JobOut, s: JobSummary, tax?: TaxonomyView): string {
  const { t } = ctx;
  const expires = j.expires_at ? Date.parse(j.expires_at) : undefined;
  const live = j.status === 'published' && expires !== undefined;
  const soon = live && expires - Date.now() < RENEW_WITHIN_MS;
  const actions = [...(ACTIONS[j.status] ?? []), ...(soon ? ['renew'] : [])].map((a) =>
    a === 'edit'
      ? html`<a class="button small secondary" href="/employer/jobs/${j.id}/edit">${t('employerJobs.edit')}</a>`
      : a === 'close'
        ? html`<a class="button small secondary" href="/employer/jobs/${j.id}/close">${t('employer.close')}</a>`
        : postButton(ctx, j.id, a, t(`employer.${a}`)),
  );
  if (canReopen(j)) actions.push(postButton(ctx, j.id, 'reopen', t('employerJobs.reopen')));
  const fresh = s.stages.applied ?? 0;
  return html`<li class="card" id="job-${j.id}">
  <h2><a href="/jobs/${j.id}">${j.title}</a> <span class="status status-${j.status}">${t(`job.status.${j.status}`)}</span></h2>
  <p class="facts">${tax ? whereText(ctx, tax, j) : `${j.locality_name}, ${j.city_name}`} · ${salaryText(ctx, j.salary_min, j.salary_max).monthly}</p>
  !${j.status === 'draft' ? '' : html`<p class="applicants-line"><a class="button small${fresh ? '' : ' secondary'}" href="/employer/jobs/${j.id}/applicants!${fresh ? '?stage=applied' : ''}">${fresh ? t('employerJobs.newApplicants', { count: fresh }) : t('hiring.applicants')}</a></p>`}
  <p class="figures">${t('hiring.dash.summary', { views: formatNumber(s.views, ctx.lang), applies: formatNumber(s.applies, ctx.lang), calls: formatNumber(s.calls, ctx.lang) })} · <a href="/employer/jobs/${j.id}/stats">${t('hiring.dash.stats')}</a></p>
  !${j.moderation && j.moderation.state !== 'clear' ? html`<p class="notice">${moderationReasons(ctx, j.moderation, j).join('; ')}</p>` : ''}
  !${titleHints(ctx, j.hints)}
  <p class="when">${j.posted_at ? t('job.postedOn', { date: formatDate(j.posted_at, ctx.lang) }) : ''}!${live && !soon ? html` · ${t('hiring.dash.expires', { date: formatDate(j.expires_at!, ctx.lang) })}` : ''}</p>
  !${j.status === 'published' && j.reconfirm_requested_at ? html`<p class="notice">${t('reconfirm.banner', { date: formatDate(j.reconfirm_requested_at, ctx.lang) })}</p>!${reconfirmForm(ctx, j.id)}` : ''}
  !${soon ? html`<p class="notice">${t('hiring.dash.expiresSoon', { date: formatDate(j.expires_at!, ctx.lang) })}</p>` : ''}
  !${j.status === 'closed' && j.closed_reason ? html`<p class="muted">${t(`hiring.dash.closedReason.${j.closed_reason}`)}</p>` : ''}
  <div class="actions">!${actions.join('')}!${postButton(ctx, j.id, 'duplicate', t('hiring.dash.duplicate'), 'small secondary')}</div>
</li>`;
}

/** What the employer just did to a job, as the redirect names it (`?done=...&job=<id>`). */
export const JOB_DONE = ['publish', 'edited', 'draft', 'pause', 'close', 'renew', 'reopen', 'held'] as const;
export type JobDone = (typeof JOB_DONE)[number];

/**
 * The confirmation of what just happened to one job, said from its state now, not from the button
 * pressed: a publish the screen held says "not live yet" and why; a live job the screen flagged says
 * so. It names the job and carries the next step (see it, undo the close, resume, publish).
 */
export function doneNotice(
  ctx: PageContext,
  done: JobDone,
  j: JobOut,
  /** The skills list's slugs: a saved skill outside it is named back to the employer. */
  knownSkills?: readonly string[],
): string {
  const { t } = ctx;
  const job = j.title;
  const live = j.status === 'published';
  let text: string;
  if (j.status === 'held') text = t('jobDone.held', { job });
  else if (done === 'edited')
    text =
      j.status === 'draft'
        ? t('jobDone.editedDraft', { job })
        : live
          ? t('jobDone.edited', { job })
          : t('employerJobs.done.edited');
  else if (done === 'reopen') text = t(live ? 'jobDone.reopen' : 'jobDone.reopenDraft', { job });
  else if (done === 'renew')
    text = t('jobDone.renew', { job, date: j.expires_at ? formatDate(j.expires_at, ctx.lang) : '' });
  else if (done === 'publish' || done === 'held')
    text = t(live ? 'jobDone.publish' : 'jobDone.draft', { job });
  else text = t(`jobDone.${done}`, { job });
  const m = j.moderation;
  const reasons =
    m && m.state !== 'clear' && m.reasons.length
      ? html`<p>${t(j.status === 'held' ? 'jobDone.heldWhy' : live ? 'jobDone.flagged' : 'jobDone.flaggedWhy', { job })}</p><ul>!${moderationReasons(
          ctx,
          m,
          j,
        )
          .map((r) => html`<li>${r}</li>`)
          .join('')}</ul>`
      : '';
  const next = [
    live ? html`<a class="button small secondary" href="/jobs/${j.id}">${t('jobDone.view')}</a>` : '',
    done === 'close' && canReopen(j)
      ? postButton(ctx, j.id, 'reopen', t('employerJobs.undoClose'), 'small')
      : '',
    done === 'pause' && j.status === 'paused'
      ? postButton(ctx, j.id, 'publish', t('jobDone.undoPause'), 'small')
      : '',
    j.status === 'draft' ? postButton(ctx, j.id, 'publish', t('jobDone.publishNow'), 'small') : '',
  ].join('');
  // Skills we do not know are kept as written; the employer is told which, to change them if one fits.
  const unknown =
    knownSkills && (done === 'publish' || done === 'edited' || done === 'draft' || done === 'held')
      ? j.skills.filter((s) => !knownSkills.includes(s))
      : [];
  const skillsLine = unknown.length
    ? html`<p class="unknown-skills">${t('employerTruth.skills.unknown', { count: unknown.length, skills: unknown.join(', ') })} <a href="/employer/jobs/${j.id}/edit#skills">${t('employerJobs.edit')}</a></p>`
    : '';
  return html`<div class="notice done" role="status" id="done"><p>${text}</p>!${reasons}!${skillsLine}!${next ? html`<div class="actions">!${next}</div>` : ''}</div>`;
}

export interface DashboardView {
  companies: CompanyOut[];
  tab: JobTab;
  page: number;
  counts: Record<JobTab, number>;
  /** New applicants (stage Applied) behind each tab. */
  fresh?: Record<JobTab, number>;
  jobs: { job: JobOut; summary: JobSummary }[];
  flash?: string;
  /** What just happened to one job (`doneNotice`), shown first, above the tabs. */
  notice?: string;
  tax?: TaxonomyView;
}

export function dashboardPage(ctx: PageContext, v: DashboardView): string {
  const { t } = ctx;
  const company = v.companies[0];
  // "In review" shows only while a job is held (or it is the open tab): most employers never need it.
  const tabs = JOB_TABS.filter((tab) => tab !== 'review' || v.counts.review > 0 || v.tab === 'review')
    .map(
      (tab) =>
        html`<a href="/employer?tab=${tab}"!${tab === v.tab ? ' aria-current="page"' : ''}>${t(`employerJobs.tabs.${tab}`)} <span class="n">${formatNumber(v.counts[tab], ctx.lang)}</span>!${v.fresh?.[tab] ? html` <span class="new-n">${t('employerPhone.tabNew', { count: formatNumber(v.fresh[tab], ctx.lang) })}</span>` : ''}</a>`,
    )
    .join('');
  const totalNew = v.fresh ? Object.values(v.fresh).reduce((a, b) => a + b, 0) : 0;
  const newLine = v.fresh
    ? html`<p class="new-total${totalNew ? ' has-new' : ''}">${totalNew ? t('employerPhone.totalNew', { count: totalNew, formatted: formatNumber(totalNew, ctx.lang) }) : t('employerPhone.noneNew')}</p>`
    : '';
  const pages = Math.max(1, Math.ceil(v.counts[v.tab] / DASHBOARD_PAGE_SIZE));
  const pageLink = (p: number, label: string, rel: string) =>
    html`<a class="button small secondary" rel="${rel}" href="/employer?tab=${v.tab}&page=${p}">${label}</a>`;
  const pager =
    pages > 1
      ? html`<nav class="pager" aria-label="${t('employerJobs.pages')}">!${v.page > 1 ? pageLink(v.page - 1, t('employerJobs.newer'), 'prev') : ''} <span>${t('employerJobs.pageOf', { page: formatNumber(v.page, ctx.lang), pages: formatNumber(pages, ctx.lang) })}</span> !${v.page < pages ? pageLink(v.page + 1, t('employerJobs.older'), 'next') : ''}</nav>`
      : '';
  const flash = v.notice ?? (v.flash ? html`<div class="notice" role="status"><p>${v.flash}</p></div>` : '');
  const body = html`<h1>${t('employer.dashboard')}</h1>
!${flash}
!${
    company
      ? html`<ul class="tap-links company-links"><li><a href="/companies/${company.id}">${company.name}</a></li><li><a href="/employer/company">${t('employer.companyTitle')}</a></li>!${company.verified ? '' : html`<li><a href="/employer/verification">${t('verification.link')}</a></li>`}</ul>
<p><a class="button" href="/employer/jobs/new">${t('nav.postJob')}</a> <a class="button secondary" href="/employer/candidates">${t('candidates.title')}</a></p>
!${newLine}
<nav class="tabs" aria-label="${t('employerJobs.tabsLabel')}">!${tabs}</nav>`
      : html`<p>${t('employer.noCompany')}</p><p><a class="button" href="/employer/company">${t('employer.createCompany')}</a></p>`
  }
!${v.jobs.length ? html`<ol class="cards">!${v.jobs.map((j) => jobCard(ctx, j.job, j.summary, v.tax)).join('')}</ol>` : company ? html`<p>${t(`employerJobs.empty.${v.tab}`)}</p>` : ''}
!${pager}`;
  return layout(ctx, { title: t('employer.dashboard'), body, noindex: true });
}

/**
 * "Close this job?" — works without JavaScript. No reason is ticked for the employer: only a chosen
 * "filled" feeds time-to-fill; closing without a choice records "closed by you".
 */
export function closeConfirmPage(ctx: PageContext, j: JobOut): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('employerJobs.closeTitle', { job: j.title })}</h1>
<p>${t('employerJobs.closeExplain', { hours: REOPEN_WINDOW_MS / 3_600_000 })}</p>
<form method="post" action="/employer/jobs/${j.id}/close" class="stack">!${csrfField(ctx.csrf)}
  <fieldset><legend>${t('employerJobs.closeWhy')}</legend>
  <label class="choice"><input type="radio" name="reason" value="filled"> ${t('employerJobs.closeFilled')}</label>
  <label class="choice"><input type="radio" name="reason" value="employer"> ${t('employerJobs.closeOther')}</label>
  </fieldset>
  <div class="actions"><button type="submit" class="danger">${t('employerJobs.closeConfirm')}</button> <a class="button secondary" href="/employer?tab=${dashboardTab(j)}#job-${j.id}">${t('employerJobs.keepOpen')}</a></div>
</form></section>`;
  return layout(ctx, { title: t('employerJobs.closeTitle', { job: j.title }), body, noindex: true });
}
