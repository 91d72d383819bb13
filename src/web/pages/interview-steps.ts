// The employer's hiring steps that get a page of their own on a phone: a schedule that failed
// (its form alone, the error at the top and focused, input kept), "Cancel this interview?" and
// "Move these N applicants?". Each works without JavaScript; each says what will really happen.
import { html } from 'ghtml';
import { UNDO_SECONDS } from '../../modules/applications/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField, type FieldErrors } from '../forms.ts';
import { layout } from '../layout.ts';
import { type InterviewValues, interviewForm } from './interview.ts';
import { type Reach, reachSentence } from './reach.ts';

const back = (ctx: PageContext, jobId: number, applicationId?: number) =>
  html`<a class="button secondary" href="/employer/jobs/${jobId}/applicants${applicationId ? `#application-${applicationId}` : ''}">${ctx.t('employerPhone.backToApplicants')}</a>`;

/**
 * A schedule or reschedule that failed, answered with its own short page: on a phone the card's form
 * sits thousands of pixels down the applicants list, so the error would be off screen. The first
 * field in error has `autofocus`; the form posts to the same place again.
 */
export function interviewRetryPage(
  ctx: PageContext,
  o: {
    applicationId: number;
    name: string;
    jobId: number;
    jobTitle: string;
    action: string;
    reschedule: boolean;
    values: InterviewValues;
    errors: FieldErrors;
  },
): string {
  const { t } = ctx;
  const title = t('employerPhone.interviewFor', { name: o.name });
  const body = html`<section class="narrow interview-retry">
<h1>${title}</h1>
<p>${t('employerPhone.forJob', { job: o.jobTitle })}</p>
!${interviewForm(ctx, {
    applicationId: o.applicationId,
    action: o.action,
    submit: o.reschedule ? t('interviews.rescheduleSubmit') : t('hiring.schedule'),
    values: o.values,
    errors: o.errors,
    focusFirstError: true,
  })}
<p>!${back(ctx, o.jobId, o.applicationId)}</p></section>`;
  return layout(ctx, { title, body, noindex: true });
}

/** "Cancel the interview with Priya Patil?": what is cancelled and whether a message can go. */
export function cancelInterviewPage(
  ctx: PageContext,
  o: {
    interviewId: number;
    applicationId: number;
    name: string;
    jobId: number;
    jobTitle: string;
    when: string;
    reach: Reach;
  },
): string {
  const { t } = ctx;
  const title = t('employerPhone.cancelTitle', { name: o.name });
  const body = html`<section class="narrow">
<h1>${title}</h1>
<p>${t('employerPhone.cancelExplain', { when: o.when, job: o.jobTitle })}</p>
<p class="hint">${reachSentence(ctx, o.reach, o.name)}</p>
<form method="post" action="/employer/interviews/${o.interviewId}/cancel" class="stack">!${csrfField(ctx.csrf)}
  <input type="hidden" name="confirm" value="1">
  <div class="actions"><button type="submit" class="danger">${t('employerPhone.cancelConfirm')}</button> <a class="button secondary" href="/employer/jobs/${o.jobId}/applicants#application-${o.applicationId}">${t('employerPhone.cancelKeep')}</a></div>
</form></section>`;
  return layout(ctx, { title, body, noindex: true });
}

/** "Move 3 applicants to Rejected?": who, when they hear of it, and that each can be undone until then. */
export function bulkConfirmPage(
  ctx: PageContext,
  o: {
    jobId: number;
    stage: string;
    note?: string;
    applicants: { id: number; name: string }[];
    /**
     * Picked but staying where they are, each with why ("Asha Kale is already hired."); `settled`
     * ones (hired or rejected) move too only with the button that says so.
     */
    left?: { id: number; text: string; settled: boolean }[];
    /** No message can leave for any of them (no provider, or no address): the page says so. */
    noneSent?: boolean;
  },
): string {
  const { t } = ctx;
  const count = o.applicants.length;
  const stage = t(`hiring.stage.${o.stage}`);
  const minutes = UNDO_SECONDS / 60;
  const left = o.left ?? [];
  const settled = left.filter((a) => a.settled);
  const title = count ? t('employerPhone.bulkTitle', { count, stage }) : t('hiringUndo.bulk.nobodyTitle');
  // A hire is told at once and has no Undo; any other move is held for the window, and the result
  // offers one Undo for all of them as well as each card's.
  const explain =
    o.stage === 'hired'
      ? t('employerTruth.bulkExplainHired', { count })
      : t('employerTruth.bulkExplain', { count, minutes });
  // Two buttons, no checkbox: each says exactly who it moves (the hired and rejected ones only with
  // the second, and only when some were picked).
  const danger = o.stage === 'rejected' ? 'danger' : '';
  const plain = count
    ? html`<button type="submit" name="include_settled" value="0" class="${danger}">${t('employerPhone.bulkConfirm', { count })}</button>`
    : '';
  const withSettled = settled.length
    ? html`<button type="submit" name="include_settled" value="1" class="${danger || (count ? 'secondary' : '')}">${
        count
          ? t('hiringUndo.bulk.moveAll', { count: count + settled.length, settled: settled.length })
          : t('hiringUndo.bulk.moveSettled', { count: settled.length })
      }</button>`
    : '';
  const body = html`<section class="narrow">
<h1>${title}</h1>
!${count ? html`<ul class="bulk-names">!${o.applicants.map((a) => html`<li>${a.name}</li>`).join('')}</ul>` : ''}
!${count ? html`<p>${explain}</p>` : ''}
!${o.noneSent ? html`<p class="hint">${t('employerTruth.reach.bulkNone')}</p>` : ''}
!${left.length ? html`<h2>${t('hiringUndo.bulk.leftTitle')}</h2><ul class="bulk-left">!${left.map((a) => html`<li>${a.text}</li>`).join('')}</ul>` : ''}
!${settled.length ? html`<p class="hint">${t('hiringUndo.bulk.settledHint')}</p>` : ''}
<form method="post" action="/employer/jobs/${o.jobId}/applicants/bulk" class="stack">!${csrfField(ctx.csrf)}
  <input type="hidden" name="confirm" value="1"><input type="hidden" name="stage" value="${o.stage}">
  !${o.note ? html`<input type="hidden" name="note" value="${o.note}">` : ''}
  !${[...o.applicants, ...settled].map((a) => html`<input type="hidden" name="ids" value="${a.id}">`).join('')}
  !${left
    .filter((a) => !a.settled)
    .map((a) => html`<input type="hidden" name="left" value="${a.id}">`)
    .join('')}
  <div class="actions bulk-choices">!${plain}!${withSettled} !${back(ctx, o.jobId)}</div>
</form></section>`;
  return layout(ctx, { title, body, noindex: true });
}
