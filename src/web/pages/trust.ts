// Trust pages: report a job, "who called me?", and the moderators' queue with its audit log.
// Renders only: data comes from the trust service through the web routes; every string via i18n.
import { html } from 'ghtml';
import { type QueueItem, REJECT_CODES, REPORT_REASONS } from '../../modules/trust/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField, errorText, type FieldErrors } from '../forms.ts';
import { layout } from '../layout.ts';
import { moderationReasons, reportSummary } from '../reasons.ts';

export function reportPage(
  ctx: PageContext,
  job: { id: number; title: string },
  outcome?: 'thanks' | 'already' | 'withdrawn' | 'notYours',
  form: { values?: { reason?: string; detail?: string }; errors?: FieldErrors } = {},
): string {
  const { t } = ctx;
  const errors = form.errors ?? {};
  // Nothing is chosen for the seeker: one careless tap must not accuse an employer of taking money.
  const chosen = form.values?.reason;
  // Just reported (or reported before): the one tap that takes it back.
  const withdraw =
    outcome === 'thanks' || outcome === 'already'
      ? html`<form method="post" action="/jobs/${job.id}/report/withdraw" class="stack">!${csrfField(ctx.csrf)}
  <p>${t('trust.report.withdrawHint')}</p>
  <button type="submit" class="secondary">${t('trust.report.withdraw')}</button>
</form>`
      : '';
  const body = outcome
    ? html`<section class="narrow"><h1>${t('trust.report.title')}</h1>
<p class="notice" role="status">${t(`trust.report.${outcome}`)}</p>
!${withdraw}
<p><a href="/jobs/${job.id}">${t('trust.report.back')}</a></p></section>`
    : html`<section class="narrow"><h1>${t('trust.report.title')}</h1>
<p><a href="/jobs/${job.id}">${job.title}</a></p>
<p>${t('trust.report.lead')}</p>
<form method="post" action="/jobs/${job.id}/report">
  !${csrfField(ctx.csrf)}
  <fieldset class="field${errors.reason ? ' invalid' : ''}"!${errors.reason ? ' aria-describedby="reason-error"' : ''}><legend>${t('trust.report.reason')}</legend>
  !${REPORT_REASONS.map(
    (r) =>
      html`<label class="choice"><input type="radio" name="reason" value="${r}" required!${r === chosen ? ' checked' : ''}> ${t(`trust.report.reasons.${r}`)}</label>`,
  ).join('')}
  !${errorText('reason', errors)}
  </fieldset>
  <div class="field${errors.detail ? ' invalid' : ''}"><label for="detail">${t('trust.report.detail')}</label>
  <textarea id="detail" name="detail" rows="4" maxlength="1000">${form.values?.detail ?? ''}</textarea>
  !${errorText('detail', errors)}</div>
  <button type="submit">${t('trust.report.submit')}</button>
</form></section>`;
  return layout(ctx, { title: t('trust.report.title'), body, noindex: true });
}

/** A job that was live and is now held for moderators (after reports): said as such, not "not found". */
export function underReviewPage(ctx: PageContext): string {
  const { t } = ctx;
  const body = html`<section class="narrow"><h1>${t('trust.review.title')}</h1>
<p class="notice" role="status">${t('trust.review.lead')}</p>
<p><a class="button" href="/jobs">${t('trust.review.search')}</a></p></section>`;
  return layout(ctx, { title: t('trust.review.title'), body, noindex: true });
}

export function callerPage(
  ctx: PageContext,
  phone: string,
  result: { phone: string; status: string; company: { name: string } | null } | null,
  error?: string,
): string {
  const { t } = ctx;
  const verdict = result
    ? html`<p class="notice verdict-${result.status}" role="status">${t(`trust.caller.${result.status}`, {
        phone: result.phone,
        company: result.company?.name ?? '',
      })}</p>`
    : '';
  const body = html`<section class="narrow"><h1>${t('trust.caller.title')}</h1>
<p>${t('trust.caller.lead')}</p>
<form method="get" action="/trust/caller">
  <div class="field${error ? ' invalid' : ''}"><label for="phone">${t('trust.caller.phone')}</label>
  <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="off" value="${phone}" required>
  !${error ? html`<p class="field-error">${error}</p>` : ''}</div>
  <button type="submit">${t('trust.caller.check')}</button>
</form>
!${verdict}
<p class="note">${t('home.noFees')}</p></section>`;
  return layout(ctx, { title: t('trust.caller.title'), body, noindex: true });
}

export function moderationPage(
  ctx: PageContext,
  items: QueueItem[],
  audit: {
    action: string;
    target_kind: string;
    target_id: string;
    actor_name: string | null;
    created_at: string;
    reason: string | null;
  }[],
  flash?: string,
): string {
  const { t } = ctx;
  const row = (item: QueueItem) => html`<li class="card">
  <h3><a href="/jobs/${item.job.id}">${item.job.title}</a> <span class="status status-${item.job.status}">${t(`job.status.${item.job.status}`, { defaultValue: item.job.status })}</span></h3>
  <p class="company">${item.company.name}
    !${item.company.verified ? html`<span class="badge">✔ ${t('trust.moderation.verified')}</span>` : ''}
    !${item.company.banned ? html`<strong class="bad">${t('trust.moderation.banned')}</strong>` : ''}
    ${[
      item.score === null ? '' : t('trust.moderation.score', { score: item.score }),
      item.reports.open
        ? `${t('trust.moderation.reports', { count: item.reports.open })} (${reportSummary(
            ctx,
            Object.entries(item.reports.reasons)
              .map(([r, n]) => `${r} ×${n}`)
              .join(', '),
          )})`
        : '',
    ]
      .filter(Boolean)
      .map((part) => ` · ${part}`)
      .join('')}</p>
  <ul class="reasons">!${moderationReasons(ctx, item.moderation)
    .map((r) => html`<li>${r}</li>`)
    .join('')}</ul>
  <blockquote class="posting" lang="und">!${item.sentences
    .map((s) =>
      s.rules.length
        ? html`<mark title="${s.rules.map((rule) => t(`moderationReasons.${rule}`, { defaultValue: rule })).join(' · ')}">${s.text}</mark>`
        : html`${s.text}`,
    )
    .join(' ')}</blockquote>
  <div class="row">
    <form method="post" action="/admin/moderation/jobs/${item.job.id}/approve" class="inline">!${csrfField(ctx.csrf)}
      <input type="hidden" name="reason" value=""><button type="submit" class="small">${t('trust.moderation.approve')}</button></form>
    <form method="post" action="/admin/moderation/jobs/${item.job.id}/reject" class="inline">!${csrfField(ctx.csrf)}
      <label class="muted">${t('trust.moderation.rejectCode')} <select name="code" required>!${REJECT_CODES.map(
        (code) => html`<option value="${code}">${t(`moderationReasons.rejected-${code}`)}</option>`,
      ).join('')}</select></label>
      <label class="muted">${t('trust.moderation.reason')} <input name="reason" maxlength="500"></label>
      <button type="submit" class="small secondary">${t('trust.moderation.reject')}</button></form>
    <form method="post" action="/admin/moderation/companies/${item.company.id}/ban" class="inline">!${csrfField(ctx.csrf)}
      <label class="muted">${t('trust.moderation.banReason')} <input name="reason" minlength="3" maxlength="500" required></label>
      <button type="submit" class="small secondary">${t('trust.moderation.ban')}</button></form>
  </div>
</li>`;
  const body = html`<section><h1>${t('trust.moderation.title')}</h1>
<p>${t('trust.moderation.lead')}</p>
!${flash ? html`<p class="notice" role="status">${flash}</p>` : ''}
!${items.length ? html`<ul class="cards">!${items.map(row).join('')}</ul>` : html`<p>${t('trust.moderation.empty')}</p>`}
<h2>${t('trust.moderation.audit')}</h2>
<ul class="audit">!${audit
    .map(
      (a) =>
        html`<li>${t('trust.moderation.auditLine', {
          when: formatDate(a.created_at, ctx.lang),
          who: a.actor_name ?? t('trust.moderation.system'),
          action: t(`trust.moderation.action.${a.action}`, { defaultValue: a.action }),
          kind: t(`trust.moderation.kind.${a.target_kind}`, { defaultValue: a.target_kind }),
          target: a.target_id,
        })}${a.reason ? ` — ${auditReason(ctx, a.action, a.reason)}` : ''}</li>`,
    )
    .join('')}</ul></section>`;
  return layout(ctx, { title: t('trust.moderation.title'), body, noindex: true });
}

/** An audit line's reason: the report hold's "3 seeker reports" in the page's language, else as written. */
function auditReason(ctx: PageContext, action: string, reason: string): string {
  const reports = action === 'auto_hold_reports' ? /^(\d+) seeker reports$/.exec(reason) : null;
  return reports ? ctx.t('trust.moderation.seekerReports', { count: Number(reports[1]) }) : reason;
}
