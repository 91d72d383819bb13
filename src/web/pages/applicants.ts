// The employer's applicants page for one job: each applicant with match reasons, stage buttons,
// a note, the call buttons and an interview form. Plain CSRF-checked POST forms, no JavaScript.
import { html } from 'ghtml';
import type { Applicant } from '../../modules/applications/index.ts';
import { EMPLOYER_STAGES } from '../../modules/applications/index.ts';
import { CALL_OUTCOMES, type toCallOut } from '../../modules/hiring/index.ts';
import type { JobOut } from '../../modules/jobs/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';
import { matchReasonText } from '../reasons.ts';
import { badgeList } from './badges.ts';

type CallOut = ReturnType<typeof toCallOut>;

/** A stage-history note in the reader's language: call outcomes are stored as `Call outcome: x`. */
export function noteText(ctx: PageContext, note: string): string {
  const outcome = /^Call outcome: (.+)$/.exec(note)?.[1]?.replace(' ', '_');
  return outcome && (CALL_OUTCOMES as readonly string[]).includes(outcome)
    ? ctx.t('hiring.outcome.note', { outcome: ctx.t(`hiring.outcome.codes.${outcome}`) })
    : note;
}

/** An applicant's calls; one without an outcome offers the five outcomes as one-tap buttons. */
function callTrail(ctx: PageContext, calls: CallOut[]): string {
  const { t } = ctx;
  if (!calls.length) return '';
  const row = (c: CallOut) => {
    // A call's status is the provider's word: answered (with its length), missed, busy, not placed.
    const status =
      c.channel !== 'call'
        ? ''
        : c.status === 'answered'
          ? ` · ${t('hiring.callStatus.answered', { seconds: c.duration_seconds ?? 0 })}`
          : ` · ${t(`hiring.callStatus.${c.status}`, { defaultValue: c.status })}`;
    const when = `${t(c.channel === 'call' ? 'hiring.outcome.calledAt' : 'hiring.outcome.whatsappAt', {
      date: formatDate(c.created_at, ctx.lang),
    })}${status}`;
    if (c.channel === 'call' && (c.status === 'not_placed' || c.status === 'failed'))
      return html`<li class="call-${c.status}">${when}</li>`;
    if (c.outcome)
      return html`<li class="call-${c.status}">${when}: ${t('hiring.outcome.result', { outcome: t(`hiring.outcome.codes.${c.outcome}`) })}</li>`;
    return html`<li class="call-${c.status}">${when}<form method="post" action="/employer/calls/${c.id}/outcome" class="outcomes">!${csrfField(ctx.csrf)}<fieldset><legend>${t('hiring.outcome.ask')}</legend>!${CALL_OUTCOMES.map(
      (o) =>
        html`<button type="submit" name="outcome" value="${o}" class="small secondary">${t(`hiring.outcome.codes.${o}`)}</button>`,
    ).join('')}</fieldset></form></li>`;
  };
  return html`<h3>${t('hiring.outcome.calls')}</h3><ol class="calls">!${calls.map(row).join('')}</ol>`;
}

export function applicantsPage(
  ctx: PageContext,
  job: JobOut,
  applicants: Applicant[],
  opts: {
    stage?: string;
    badge?: string;
    flash?: string;
    lastResponded: string | null;
    calls?: Map<number, CallOut[]>;
    /** Place, language and education names in the page's language. */
    tax?: TaxonomyView;
  },
): string {
  const { t } = ctx;
  const base = `/employer/jobs/${job.id}/applicants`;
  const withBadge = opts.badge ? `badge=${opts.badge}` : '';
  const link = (stage?: string) =>
    `${base}${stage || withBadge ? '?' : ''}${[stage ? `stage=${stage}` : '', withBadge].filter(Boolean).join('&')}`;
  const filters = html`<nav class="filters" aria-label="${t('hiring.filterByStage')}"><a href="${link()}"!${!opts.stage ? ' aria-current="page"' : ''}>${t('hiring.all')}</a> !${EMPLOYER_STAGES.map(
    (s) =>
      html`<a href="${link(s)}"!${opts.stage === s ? ' aria-current="page"' : ''}>${t(`hiring.stage.${s}`)}</a>`,
  ).join(' ')}</nav>
<form method="get" action="${base}" class="filters badge-filter">!${opts.stage ? html`<input type="hidden" name="stage" value="${opts.stage}">` : ''}<label>${t('insights.badges.filterLabel')} <select name="badge"><option value="">${t('insights.badges.any')}</option>!${(
    ['typing', 'data_entry', 'english'] as const
  )
    .map(
      (k) =>
        html`<option value="${k}"${opts.badge === k ? ' selected' : ''}>${t(`insights.skills.${k}`)}</option>`,
    )
    .join(
      '',
    )}</select></label> <button type="submit" class="small secondary">${t('insights.badges.filter')}</button></form>`;
  const card = (a: Applicant) => {
    const act = `/employer/applications/${a.id}`;
    const stageButtons = EMPLOYER_STAGES.filter((s) => s !== a.stage)
      .map(
        (s) =>
          html`<form method="post" action="${act}/stage" class="inline">!${csrfField(ctx.csrf)}<input type="hidden" name="stage" value="${s}"><button type="submit" class="small">${t(`hiring.stage.${s}`)}</button></form>`,
      )
      .join('');
    return html`<li class="card" id="application-${a.id}">
  <h2>${a.seeker?.name ?? t('hiring.erased')} <span class="status">${t(`hiring.stage.${a.stage}`, { defaultValue: a.stage })}</span></h2>
  <p class="facts">${t('hiring.match', { score: a.match.score })}: ${a.match.reasons.map((r) => matchReasonText(ctx, r, job, opts.tax)).join(' · ')}</p>
  !${a.badges.length ? badgeList(ctx, a.badges) : ''}
  <p class="when">${t('hiring.appliedOn', { date: formatDate(a.created_at, ctx.lang) })}${a.seeker && !a.seeker.phone_masked ? ` · ${a.seeker.phone}` : ''}</p>
  <div class="actions">!${stageButtons}</div>
  <form method="post" action="${act}/stage" class="stack">!${csrfField(ctx.csrf)}
    <input type="hidden" name="stage" value="${a.stage}">
    <label>${t('hiring.note')} <input name="note" maxlength="1000"></label>
    <button type="submit" class="small">${t('hiring.saveNote')}</button>
  </form>
  !${
    a.seeker && !a.seeker.phone_masked && a.stage !== 'withdrawn'
      ? html`<form method="post" action="${act}/call" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="small">${t('hiring.call')}</button></form>`
      : ''
  }
  !${callTrail(ctx, opts.calls?.get(a.id) ?? [])}
  <details><summary>${t('hiring.scheduleInterview')}</summary>
  <form method="post" action="${act}/interview" class="stack">!${csrfField(ctx.csrf)}
    <label>${t('hiring.when')} <input type="datetime-local" name="starts_at" required></label>
    <label>${t('hiring.duration')} <input type="number" name="duration_minutes" value="30" min="5" max="480"></label>
    <label>${t('hiring.mode')} <select name="mode">!${['in_person', 'video', 'phone']
      .map((m) => html`<option value="${m}">${t(`hiring.modes.${m}`)}</option>`)
      .join('')}</select></label>
    <label>${t('hiring.place')} <input name="place" maxlength="300"></label>
    <label>${t('hiring.videoLink')} <input type="url" name="video_link" maxlength="500"></label>
    <button type="submit">${t('hiring.schedule')}</button>
  </form></details>
  <ol class="history">!${a.history
    .map(
      (h) =>
        html`<li>${formatDate(h.at, ctx.lang)}: ${t(`hiring.stage.${h.to}`, { defaultValue: h.to })}${h.note ? ` – ${noteText(ctx, h.note)}` : ''}</li>`,
    )
    .join('')}</ol>
</li>`;
  };
  const body = html`<h1>${t('hiring.title', { job: job.title })}</h1>
!${opts.flash ? html`<p class="notice" role="status">${opts.flash}</p>` : ''}
<p class="when">${opts.lastResponded ? t('hiring.lastResponded', { date: formatDate(opts.lastResponded, ctx.lang) }) : t('hiring.neverResponded')}</p>
!${filters}
!${applicants.length ? html`<ol class="cards">!${applicants.map(card).join('')}</ol>` : html`<p>${t('hiring.none')}</p>`}`;
  return layout(ctx, { title: t('hiring.title', { job: job.title }), body, noindex: true });
}
