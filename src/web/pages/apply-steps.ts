// The steps around one application, as the seeker meets them: "Applied on 3 Dec" where Apply was,
// the word before applying to a job that asks for more education or experience than the profile says, and the
// confirmation (with undo) before a withdrawal. Pages render what services return; the rules of
// who may apply or withdraw stay in the applications module.
import { html } from 'ghtml';
import { formatDate, formatDateTime, relativeDay } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, salaryText } from '../format.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';

/** A seeker's live application to one job: shown instead of the Apply button. */
export interface Applied {
  id: number;
  stage: string;
  applied_at: string;
  /** The upcoming interview's start, when the application is at Interview and one is booked. */
  interview_at?: string;
}

/**
 * Where an Apply form sent from a page may come back to: a results or job page of this site, never
 * another host (`//evil.example`) or a path outside /jobs.
 */
export function safeReturn(next: string | undefined): string | undefined {
  if (!next || next.length > 1000) return undefined;
  return /^\/jobs(?:[/?#]|$)/.test(next) && !/[\\\s]|\/\//.test(next) ? next : undefined;
}

/** "Applied · today" with a link to the application, where the Apply button was. */
export function appliedNote(ctx: PageContext, applied: Applied): string {
  const { t } = ctx;
  const mine = `/me/applications#application-${applied.id}`;
  // Past Applied, the current stage in words (as My applications names it), the interview with its date.
  if (applied.interview_at)
    return html`<p class="applied"><span aria-hidden="true">✓ </span>${t('journeys.apply.interviewOn', { when: formatDateTime(applied.interview_at, ctx.lang) })} · <a href="/me/interviews">${t('seeker.interviews.title')}</a></p>`;
  if (applied.stage !== 'applied')
    return html`<p class="applied"><a href="${mine}"><span aria-hidden="true">✓ </span>${t(`seeker.stage.${applied.stage}`)}</a></p>`;
  return html`<p class="applied"><a href="${mine}"><span aria-hidden="true">✓ </span>${t('journeys.apply.applied')}</a> · <time datetime="${applied.applied_at}" title="${formatDate(applied.applied_at, ctx.lang)}">${relativeDay(applied.applied_at, ctx.lang)}</time></p>`;
}

/** What the seeker's profile falls short of on one job: its education (below, or not said), its years of experience. */
export interface Shortfall {
  educationBelow?: { asked: string; mine: string };
  /** The job asks for more than the lowest level and the profile does not say the seeker's education. */
  educationUnknown?: { asked: string };
  experienceBelow?: { asked: number; mine: number };
  /** The job asks for some years of experience and the profile does not say the seeker's. */
  experienceUnknown?: { asked: number };
}

/** Anything to ask about before applying. */
export const isShort = (short: Shortfall): boolean =>
  Boolean(short.educationBelow || short.educationUnknown || short.experienceBelow || short.experienceUnknown);

/**
 * A profile that tells an employer nothing but the account's name and phone: no education and no
 * skills. After applying, the seeker is told so and offered to complete it.
 */
export const isThinProfile = (profile: { education?: string | null; skills?: string[] }): boolean =>
  !profile.education && !(profile.skills ?? []).length;

/** The seeker's education is below what the job asks: said beside Apply, before any tap. */
export function educationWarning(ctx: PageContext, asked: string, mine: string): string {
  return html`<p class="notice warn" role="note">${ctx.t('journeys.apply.educationBelow', {
    asked: enumLabel(ctx, 'education', asked),
    mine: enumLabel(ctx, 'education', mine),
  })}</p>`;
}

/** The seeker's years of experience are below what the job asks: said beside Apply, like education. */
export function experienceWarning(ctx: PageContext, asked: number, mine: number): string {
  return html`<p class="notice warn" role="note">${ctx.t('journeys.apply.experienceBelow', {
    count: asked,
    mine: ctx.t('journeys.apply.years', { count: mine }),
  })}</p>`;
}

/** The warnings for whatever the profile falls short of (education, experience). */
export function shortfallWarnings(ctx: PageContext, short: Shortfall): string {
  return (
    (short.educationBelow
      ? educationWarning(ctx, short.educationBelow.asked, short.educationBelow.mine)
      : '') +
    (short.educationUnknown
      ? html`<p class="notice warn" role="note">${ctx.t('seekerSteps.apply.educationUnknown', {
          asked: enumLabel(ctx, 'education', short.educationUnknown.asked),
        })}</p>`
      : '') +
    (short.experienceBelow
      ? experienceWarning(ctx, short.experienceBelow.asked, short.experienceBelow.mine)
      : '') +
    (short.experienceUnknown
      ? html`<p class="notice warn" role="note">${ctx.t('seekerSteps.apply.experienceUnknown', {
          count: short.experienceUnknown.asked,
        })}</p>`
      : '')
  );
}

/**
 * Asked before an application goes to a job whose education or experience requirement the seeker
 * does not meet (`education_ok` says yes to both).
 */
export function confirmEducationPage(
  ctx: PageContext,
  job: { id: number; title: string },
  short: Shortfall,
  next: string | undefined,
): string {
  const { t } = ctx;
  const back = next ?? `/jobs/${job.id}`;
  const body = html`<section class="narrow">
<h1>${t('journeys.apply.confirmTitle')}</h1>
<p><strong>${job.title}</strong></p>
!${shortfallWarnings(ctx, short)}
<p>${t('journeys.apply.confirmLead')}</p>
<form method="post" action="/jobs/${job.id}/apply" class="stack">!${csrfField(ctx.csrf)}
  <input type="hidden" name="education_ok" value="1">
  !${next ? html`<input type="hidden" name="next" value="${next}">` : ''}
  <button type="submit">${t('journeys.apply.confirmYes')}</button>
</form>
<p><a class="button secondary" href="${back}">${t('journeys.apply.confirmNo')}</a></p>
<p><a href="/me/profile?section=skills#section-skills">${t(short.experienceUnknown ? 'seekerSteps.apply.addExperience' : short.educationUnknown ? 'seekerSteps.apply.addEducation' : 'journeys.apply.updateProfile')}</a></p>
</section>`;
  return layout(ctx, { title: t('journeys.apply.confirmTitle'), body, noindex: true });
}

/**
 * The apply step on its own page: the job named, one Apply button, and a way back. A visitor who
 * tapped Apply lands here after signing in or signing up, so one more tap sends the application.
 */
export function applyStepPage(
  ctx: PageContext,
  job: {
    id: number;
    title: string;
    company: { name: string };
    salary_min: number | null;
    salary_max: number | null;
  },
  back: string | undefined,
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('seekerWalk.apply.title')}</h1>
<p><strong>${job.title}</strong> · ${job.company.name}</p>
<p class="pay">${salaryText(ctx, job.salary_min, job.salary_max).monthly}</p>
<p>${t('seekerWalk.apply.lead')}</p>
<form method="post" action="/jobs/${job.id}/apply" class="stack">!${csrfField(ctx.csrf)}
  !${back ? html`<input type="hidden" name="next" value="${back}">` : ''}
  <button type="submit">${t('seekerWalk.apply.yes')}</button>
</form>
<p><a class="button secondary" href="${back ?? `/jobs/${job.id}`}">${t('seekerWalk.apply.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('seekerWalk.apply.title'), body, noindex: true });
}

/** "Withdraw your application?" with the job named, a Withdraw button and a way back. */
export function confirmWithdrawPage(
  ctx: PageContext,
  application: { id: number; job: { title: string; company: { name: string } } },
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('journeys.withdraw.confirmTitle')}</h1>
<p><strong>${application.job.title}</strong> · ${application.job.company.name}</p>
<p>${t('journeys.withdraw.confirmLead')}</p>
<form method="post" action="/me/applications/${application.id}/withdraw" class="stack">!${csrfField(ctx.csrf)}
  <button type="submit" class="danger">${t('journeys.withdraw.confirmYes')}</button>
</form>
<p><a class="button secondary" href="/me/applications#application-${application.id}">${t('journeys.withdraw.confirmNo')}</a></p>
</section>`;
  return layout(ctx, { title: t('journeys.withdraw.confirmTitle'), body, noindex: true });
}

/** The flash after a withdrawal, with one button that undoes it. */
export function withdrawnFlash(ctx: PageContext, applicationId: number): string {
  return html`<div class="notice" role="status"><p>${ctx.t('seeker.applications.withdrawn')}</p>
<form method="post" action="/me/applications/${applicationId}/restore" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="secondary small">${ctx.t('journeys.withdraw.undo')}</button></form></div>`;
}
