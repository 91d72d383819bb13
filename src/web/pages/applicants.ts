// The employer's applicants page for one job: each applicant with match reasons, stage buttons,
// a note, the call buttons and an interview form. Plain CSRF-checked POST forms, no JavaScript.
import { html } from 'ghtml';
import type { Applicant } from '../../modules/applications/applications.schema.ts';
import { EMPLOYER_STAGES } from '../../modules/applications/applications.schema.ts';
import type { JobOut } from '../../modules/jobs/jobs.schema.ts';
import type { PageContext } from '../context.ts';
import { csrfField } from '../forms.ts';
import { formatDate } from '../i18n/index.ts';
import { layout } from '../layout.ts';

export function applicantsPage(
  ctx: PageContext,
  job: JobOut,
  applicants: Applicant[],
  opts: { stage?: string; flash?: string; lastResponded: string | null },
): string {
  const { t } = ctx;
  const base = `/employer/jobs/${job.id}/applicants`;
  const filters = html`<nav class="filters" aria-label="${t('hiring.filterByStage')}"><a href="${base}"!${!opts.stage ? ' aria-current="page"' : ''}>${t('hiring.all')}</a> !${EMPLOYER_STAGES.map(
    (s) =>
      html`<a href="${base}?stage=${s}"!${opts.stage === s ? ' aria-current="page"' : ''}>${t(`hiring.stage.${s}`)}</a>`,
  ).join(' ')}</nav>`;
  const card = (a: Applicant) => {
    const act = `/employer/applications/${a.id}`;
    const stageButtons = EMPLOYER_STAGES.filter((s) => s !== a.stage)
      .map(
        (s) =>
          html`<form method="post" action="${act}/stage" class="inline">!${csrfField(ctx.csrf)}<input type="hidden" name="stage" value="${s}"><button type="submit" class="small">${t(`hiring.stage.${s}`)}</button></form>`,
      )
      .join('');
    return html`<li class="card">
  <h2>${a.seeker?.name ?? t('hiring.erased')} <span class="status">${t(`hiring.stage.${a.stage}`, { defaultValue: a.stage })}</span></h2>
  <p class="facts">${t('hiring.match', { score: a.match.score })}: ${a.match.reasons.map((r) => r.text).join(' · ')}</p>
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
        html`<li>${formatDate(h.at, ctx.lang)}: ${t(`hiring.stage.${h.to}`, { defaultValue: h.to })}${h.note ? ` – ${h.note}` : ''}</li>`,
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
