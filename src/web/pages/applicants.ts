// The employer's applicants page for one job: each applicant with match reasons, stage buttons,
// a note, the call buttons and an interview form. Plain CSRF-checked POST forms, no JavaScript.
import { html } from 'ghtml';
import type { Applicant } from '../../modules/applications/index.ts';
import { EMPLOYER_STAGES, UNDO_SECONDS } from '../../modules/applications/index.ts';
import { CALL_OUTCOMES, type InterviewOut, type toCallOut } from '../../modules/hiring/index.ts';
import type { JobOut } from '../../modules/jobs/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { phoneText } from '../format.ts';
import { csrfField, type FieldErrors } from '../forms.ts';
import { layout } from '../layout.ts';
import { matchReasonText } from '../reasons.ts';
import { badgeList } from './badges.ts';
import { type InterviewValues, interviewForm, interviewSummary, istLocal } from './interview.ts';
import { type Reach, reachSentence } from './reach.ts';

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
          : c.status === 'not_placed'
            ? ` · ${t('employerTruth.call.statusNotPlaced')}`
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

/** Move many at once: the cards' checkboxes belong to this form (form="bulk"), no JavaScript. */
function bulkForm(ctx: PageContext, jobId: number): string {
  const { t } = ctx;
  return html`<form id="bulk" method="post" action="/employer/jobs/${jobId}/applicants/bulk" class="stack bulk-bar">!${csrfField(ctx.csrf)}
  <h2>${t('interviews.bulk.title')}</h2>
  <p class="hint">${t('employerTruth.bulkHint')}</p>
  <div class="field"><label for="bulk-stage">${t('interviews.bulk.moveTo')}</label>
  <select id="bulk-stage" name="stage">!${EMPLOYER_STAGES.filter((s) => s !== 'applied')
    .map((s) => html`<option value="${s}">${t(`hiring.stage.${s}`)}</option>`)
    .join('')}</select></div>
  <div class="field"><label for="bulk-note">${t('interviews.bulk.note')}</label>
  <input id="bulk-note" name="note" maxlength="1000"></div>
  <button type="submit">${t('interviews.bulk.submit')}</button>
</form>`;
}

export function applicantsPage(
  ctx: PageContext,
  job: JobOut,
  applicants: Applicant[],
  opts: {
    stage?: string;
    badge?: string;
    flash?: string;
    /**
     * The card the page opens at (`#application-<id>`): the flash is shown at the top of that card,
     * where the phone's first screen is, not at the top of the page, scrolled off above it.
     */
    flashAt?: number;
    /** The applicant just moved: the notice says to which stage, with Undo while it may be undone. */
    moved?: MovedNotice;
    /** After a bulk move: how many moved, who was left and why, one Undo for the moved ones. */
    bulk?: BulkNotice;
    lastResponded: string | null;
    calls?: Map<number, CallOut[]>;
    /**
     * A call through Deskhire can be placed (a telephony provider is configured). When it cannot, a
     * consented number is offered to dial from the employer's own phone instead of a button that
     * would only record a call that did not go through.
     */
    placesCalls?: boolean;
    /** Place, language and education names in the page's language. */
    tax?: TaxonomyView;
    /** Each applicant's interview (scheduled, or the last cancelled one). */
    interviews?: Map<number, InterviewOut>;
    /** Applications whose latest move still holds its message: only those offer Undo on the card. */
    held?: Set<number>;
    /** A schedule or reschedule that failed: its typed values and errors, shown open on its card. */
    interviewRetry?: { applicationId: number; values: InterviewValues; errors: FieldErrors };
  },
): string {
  const { t } = ctx;
  const base = `/employer/jobs/${job.id}/applicants`;
  const withBadge = opts.badge ? `badge=${opts.badge}` : '';
  const link = (stage?: string) =>
    `${base}${stage || withBadge ? '?' : ''}${[stage ? `stage=${stage}` : '', withBadge].filter(Boolean).join('&')}`;
  const filters = html`<nav class="filters stage-tabs" aria-label="${t('hiring.filterByStage')}"><a href="${link()}"!${!opts.stage ? ' aria-current="page"' : ''}>${t('hiring.all')}</a> !${EMPLOYER_STAGES.map(
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
  // The flash goes where the redirect lands: on its card when that card is listed, else at the top.
  const flashHere =
    opts.flash && !opts.moved && applicants.some((a) => a.id === opts.flashAt) ? opts.flashAt : undefined;
  const card = (a: Applicant) => {
    const act = `/employer/applications/${a.id}`;
    // Only the next sensible stage is a primary button; the others are secondary, and Rejected is an
    // outlined red button set apart (last).
    const next = NEXT_STAGE[a.stage];
    const look = (s: string) => (s === next ? 'primary' : 'secondary');
    const stageButtons = EMPLOYER_STAGES.filter((s) => s !== a.stage && s !== 'rejected')
      .map((s) =>
        // Hiring asks first (a page of its own, no JavaScript needed); Interview opens the schedule
        // form (the move happens with the invite); the others move at once.
        s === 'hired'
          ? html`<a class="button small ${look(s)} stage-hired" href="${act}/hire">${t('hiring.stage.hired')}</a>`
          : s === 'interview'
            ? html`<a class="button small ${look(s)} stage-interview" href="${act}/interview">${t('hiring.stage.interview')}</a>`
            : html`<form method="post" action="${act}/stage" class="inline">!${csrfField(ctx.csrf)}<input type="hidden" name="stage" value="${s}"><button type="submit" class="small ${look(s)} stage-${s}">${t(`hiring.stage.${s}`)}</button></form>`,
      )
      .concat(
        // A hire is rejected only as "Did not join?", a link of its own below (then the question).
        a.stage === 'rejected' || a.stage === 'hired'
          ? []
          : [
              html`<a class="button small stage-rejected" href="${act}/reject">✕ ${t('hiring.stage.rejected')}</a>`,
            ],
      )
      .join('');
    const didNotJoin =
      a.stage === 'hired'
        ? html`<p class="did-not-join"><a href="${act}/reject">${t('hiringUndo.didNotJoin')}</a></p>`
        : '';
    const interview = opts.interviews?.get(a.id);
    const retry = opts.interviewRetry?.applicationId === a.id ? opts.interviewRetry : undefined;
    // A hired, rejected or withdrawn applicant is past interviewing: no form to schedule one.
    const closed = a.stage === 'hired' || a.stage === 'rejected' || a.stage === 'withdrawn';
    const interviewBlock =
      interview?.status === 'scheduled'
        ? html`!${interviewSummary(ctx, interview)}
  <details!${retry ? ' open' : ''}><summary>${t('interviews.reschedule')}</summary>!${interviewForm(ctx, {
    applicationId: a.id,
    action: `/employer/interviews/${interview.id}/reschedule`,
    submit: t('interviews.rescheduleSubmit'),
    values: retry?.values ?? {
      starts_at: istLocal(interview.starts_at),
      duration_minutes: String(interview.duration_minutes),
      mode: interview.mode,
      place: interview.place ?? '',
      video_link: interview.video_link ?? '',
      note: interview.note ?? '',
    },
    errors: retry?.errors ?? {},
  })}</details>
  <a class="button small stage-rejected" href="/employer/interviews/${interview.id}/cancel">${t('interviews.cancel')}</a>`
        : closed
          ? interview
            ? interviewSummary(ctx, interview)
            : ''
          : html`!${interview ? interviewSummary(ctx, interview) : ''}!${
              a.stage === 'interview'
                ? html`<p class="no-time">${t('interviews.noTimeYet')} <a href="${act}/interview">${t('interviews.noTimeSchedule')}</a></p>`
                : ''
            }
  <details!${retry ? ' open' : ''}><summary>${t('hiring.scheduleInterview')}</summary>!${interviewForm(ctx, {
    applicationId: a.id,
    action: `${act}/interview`,
    submit: t('hiring.schedule'),
    values: retry?.values ?? {},
    errors: retry?.errors ?? {},
  })}</details>`;
    return html`<li class="card" id="application-${a.id}">!${flashHere === a.id ? html`<p class="notice" role="status">${opts.flash}</p>` : ''}
  !${a.stage !== 'withdrawn' ? html`<label class="pick"><input type="checkbox" name="ids" value="${a.id}" form="bulk"> ${t('interviews.bulk.select', { name: a.seeker?.name ?? '' })}</label>` : ''}
  <h2>${a.seeker?.name ?? t('hiring.erased')} <span class="status">${t(`hiring.stage.${a.stage}`, { defaultValue: a.stage })}</span></h2>
  <p class="facts">${t('hiring.match', { score: a.match.score })}: ${a.match.reasons.map((r) => matchReasonText(ctx, r, job, opts.tax)).join(' · ')}</p>
  !${a.badges.length ? badgeList(ctx, a.badges) : ''}
  <p class="when">${t('hiring.appliedOn', { date: formatDate(a.created_at, ctx.lang) })}${a.seeker && !a.seeker.phone_masked ? ` · ${phoneText(a.seeker.phone)}` : ''}</p>
  !${
    cardUndoable(a) && opts.held?.has(a.id) && opts.moved?.applicationId !== a.id
      ? html`<form method="post" action="${act}/undo" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="small secondary">${t('employerPhone.undoCard', { stage: t(`hiring.stage.${a.stage}`) })}</button></form>`
      : ''
  }
  <div class="actions">!${stageButtons}</div>
  !${didNotJoin}
  <form method="post" action="${act}/stage" class="stack">!${csrfField(ctx.csrf)}
    <input type="hidden" name="stage" value="${a.stage}">
    <label>${t('hiring.note')} <input name="note" maxlength="1000"></label>
    <button type="submit" class="small secondary">${t('hiring.saveNote')}</button>
  </form>
  !${
    a.seeker && !a.seeker.phone_masked && a.stage !== 'withdrawn'
      ? opts.placesCalls === false
        ? html`<p class="inline"><a class="button small${a.stage === 'applied' ? '' : ' secondary'}" href="tel:${a.seeker.phone}">${t('employerTruth.call.dialYourself', { phone: phoneText(a.seeker.phone) })}</a></p>`
        : html`<form method="post" action="${act}/call" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="small${a.stage === 'applied' ? '' : ' secondary'}">${t('hiring.call')}</button></form>`
      : ''
  }
  !${opts.placesCalls === false ? '' : dialYourself(ctx, a, opts.calls?.get(a.id) ?? [])}
  !${callTrail(ctx, opts.calls?.get(a.id) ?? [])}
  !${interviewBlock}
  <ol class="history">!${a.history
    .map(
      (h) =>
        html`<li>${formatDate(h.at, ctx.lang)}: ${employerStep(ctx, h)}${h.note ? ` – ${noteText(ctx, h.note)}` : ''}</li>`,
    )
    .join('')}</ol>
</li>`;
  };
  const body = html`<h1>${t('hiring.title', { job: job.title })}</h1>
!${opts.bulk ? bulkNotice(ctx, opts.bulk) : ''}
!${opts.moved ? movedNotice(ctx, opts.moved) : opts.flash && flashHere === undefined ? html`<p class="notice" role="status">${opts.flash}</p>` : ''}
<p class="when">${opts.lastResponded ? t('hiring.lastResponded', { date: formatDate(opts.lastResponded, ctx.lang) }) : t('hiring.neverResponded')}</p>
!${filters}
!${applicants.length ? html`<ol class="cards">!${applicants.map(card).join('')}</ol>!${bulkForm(ctx, job.id)}` : html`<p>${t('hiring.none')}</p>`}`;
  return layout(ctx, { title: t('hiring.title', { job: job.title }), body, noindex: true });
}

/** One step of an applicant's history: the candidate's own withdrawal and return say so. */
function employerStep(ctx: PageContext, h: Applicant['history'][number]): string {
  const stage = ctx.t(`hiring.stage.${h.to}`, { defaultValue: h.to });
  if (h.by === 'seeker' && h.to === 'withdrawn') return ctx.t('hiringUndo.history.withdrew');
  if (h.by === 'seeker' && h.from === 'withdrawn') return ctx.t('hiringUndo.history.cameBack', { stage });
  return stage;
}

/** The stage an employer usually moves an applicant to next: its button is the primary one. */
const NEXT_STAGE: Record<string, string> = {
  applied: 'shortlisted',
  shortlisted: 'interview',
  interview: 'offered',
  offered: 'hired',
};

/**
 * After a call that did not go through, the next step: the number to dial from their own phone. Only
 * when the seeker has agreed to be contacted (the number is unmasked); otherwise nothing is offered
 * here and the interview form below remains the way to reach them.
 */
function dialYourself(ctx: PageContext, a: Applicant, calls: CallOut[]): string {
  const last = calls.filter((c) => c.channel === 'call').at(-1);
  if (!last || (last.status !== 'not_placed' && last.status !== 'failed')) return '';
  if (!a.seeker || a.seeker.phone_masked || a.stage === 'withdrawn') return '';
  const { t } = ctx;
  return html`<p class="next-step"><a class="button small" href="tel:${a.seeker.phone}">${t('employerTruth.call.dialYourself', { phone: phoneText(a.seeker.phone) })}</a></p><p class="hint">${t('employerTruth.call.orInvite')}</p>`;
}

/** Undo is offered for the latest employer move within the window (never a hire or a withdrawal). */
export function cardUndoable(a: Applicant): boolean {
  if (a.stage === 'hired' || a.stage === 'withdrawn') return false;
  const last = a.history.filter((h) => h.from !== h.to).at(-1);
  return Boolean(
    last &&
      last.to === a.stage &&
      last.by !== 'seeker' &&
      Date.now() - Date.parse(last.at) < UNDO_SECONDS * 1000,
  );
}

export interface MovedNotice {
  applicationId: number;
  name: string;
  stage: string;
  /** Undo is offered (the latest move, within the window, not a hire). */
  undoable: boolean;
}

export interface BulkNotice {
  jobId: number;
  /** "2 applicants moved to Shortlisted. They see it in 5 minutes…" */
  text: string;
  /** "1 left: Asha Kale is already hired." */
  left?: string;
  /** The moved applications that can still be undone. */
  undoable: number[];
}

function bulkNotice(ctx: PageContext, b: BulkNotice): string {
  const { t } = ctx;
  const count = b.undoable.length;
  return html`<div class="notice moved" role="status" id="bulk-result"><p>${b.text}</p>!${b.left ? html`<p>${b.left}</p>` : ''}!${
    count
      ? html`<form method="post" action="/employer/jobs/${b.jobId}/applicants/bulk-undo" class="inline">!${csrfField(ctx.csrf)}!${b.undoable.map((id) => html`<input type="hidden" name="ids" value="${id}">`).join('')}<button type="submit" class="small">${t('hiringUndo.bulk.undoAll', { count })}</button></form>`
      : ''
  }</div>`;
}

/** "Priya Patil moved to Rejected. She hears of it in 5 minutes unless you undo. [Undo]" */
function movedNotice(ctx: PageContext, m: MovedNotice): string {
  const { t } = ctx;
  const stage = t(`hiring.stage.${m.stage}`, { defaultValue: m.stage });
  const minutes = UNDO_SECONDS / 60;
  return html`<div class="notice moved" role="status" id="moved"><p>${t('hiringUndo.moved', { name: m.name, stage })}!${m.undoable ? html` ${t('employerTruth.heldFor', { count: minutes })}` : ''}</p>!${
    m.undoable
      ? html`<form method="post" action="/employer/applications/${m.applicationId}/undo" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="small">${t('hiringUndo.undo')}</button></form>`
      : ''
  }</div>`;
}

/** "Reject Priya Patil?": the step before a rejection, a plain form that works without JavaScript. */
export function rejectConfirmPage(
  ctx: PageContext,
  a: {
    id: number;
    name: string;
    jobId: number;
    jobTitle: string;
    reach: Reach;
    /** The applicant is hired: the question is "did not join?". */
    hired?: boolean;
  },
): string {
  const { t } = ctx;
  const minutes = UNDO_SECONDS / 60;
  const title = t(a.hired ? 'hiringUndo.didNotJoinTitle' : 'hiringUndo.rejectTitle', { name: a.name });
  const body = html`<section class="narrow">
<h1>${title}</h1>
<p>${a.hired ? t('hiringUndo.didNotJoinExplain', { job: a.jobTitle, count: minutes }) : t('employerTruth.rejectExplain', { job: a.jobTitle, count: minutes })}</p>
<p class="hint">${reachSentence(ctx, a.reach, a.name)}</p>
<form method="post" action="/employer/applications/${a.id}/stage" class="stack">!${csrfField(ctx.csrf)}
  <input type="hidden" name="stage" value="rejected"><input type="hidden" name="confirm" value="1">
  <label for="reject-note">${t('hiringUndo.rejectNote')}</label>
  <input id="reject-note" name="note" maxlength="1000">
  <div class="actions"><button type="submit" class="danger">${t(a.hired ? 'hiringUndo.didNotJoinConfirm' : 'hiringUndo.rejectConfirm')}</button> <a class="button secondary" href="/employer/jobs/${a.jobId}/applicants#application-${a.id}">${t('hiringUndo.keep')}</a></div>
</form></section>`;
  return layout(ctx, { title, body, noindex: true });
}

/** "Mark Priya Patil as hired?": the step before a hire, which cannot be undone; says how they hear of it. */
export function hireConfirmPage(
  ctx: PageContext,
  a: { id: number; name: string; jobId: number; jobTitle: string; reach: Reach },
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('hiringUndo.hireTitle', { name: a.name })}</h1>
<p>${t('employerTruth.hireExplain', { job: a.jobTitle })}</p>
<p class="hint">${reachSentence(ctx, a.reach, a.name)}</p>
<form method="post" action="/employer/applications/${a.id}/stage" class="stack">!${csrfField(ctx.csrf)}
  <input type="hidden" name="stage" value="hired"><input type="hidden" name="confirm" value="1">
  <label for="hire-note">${t('hiringUndo.rejectNote')}</label>
  <input id="hire-note" name="note" maxlength="1000">
  <div class="actions"><button type="submit">${t('hiringUndo.hireConfirm')}</button> <a class="button secondary" href="/employer/jobs/${a.jobId}/applicants#application-${a.id}">${t('hiringUndo.notYet')}</a></div>
</form></section>`;
  return layout(ctx, { title: t('hiringUndo.hireTitle', { name: a.name }), body, noindex: true });
}
