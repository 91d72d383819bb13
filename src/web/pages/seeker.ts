// The seeker's pages: profile form (with resume upload and consent), My applications with stage
// and history, recommendations with reasons, and the one-tap Apply button used on job pages and
// result cards. Pages render what services return; they never decide who may see what.

import { html } from 'ghtml';
import type { ApplicationOut } from '../../modules/applications/index.ts';
import type { InterviewOut } from '../../modules/hiring/index.ts';
import type { Recommendation, RecommendationList } from '../../modules/recommendations/index.ts';
import type { ProfileOut } from '../../modules/seekers/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber, LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeByName, placeName, salaryText, skillLabel } from '../format.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';
import { type Applied, appliedNote, shortfallWarnings } from './apply-steps.ts';
import { commuteLine } from './commute-view.ts';
import { interviewSummary } from './interview.ts';

/**
 * A visitor's Apply: sign in (or sign up) and land on the job's apply step, which comes back to
 * `back` (a results card) once applied.
 */
export function signInToApply(jobId: number, back?: string): string {
  const step = `/jobs/${jobId}/apply${back ? `?back=${encodeURIComponent(back)}` : ''}`;
  return `/login?next=${encodeURIComponent(step)}`;
}

/**
 * A visitor's Call: sign in (or sign up) and land on the job's call step, whose button places the
 * call through the masked number (the same rules as for any signed-in seeker); `back` is the card.
 */
export function signInToCall(jobId: number, back?: string): string {
  const step = `/jobs/${jobId}/call${back ? `?back=${encodeURIComponent(back)}` : ''}`;
  return `/login?next=${encodeURIComponent(step)}`;
}

/** The masked-number Call form; `back`: the results card the call page links back to. */
export function callForm(ctx: PageContext, jobId: number, back?: string): string {
  return html`<form method="post" action="/jobs/${jobId}/call" class="call">!${csrfField(ctx.csrf)}!${back ? html`<input type="hidden" name="back" value="${back}">` : ''}<button type="submit" class="secondary">${ctx.t('seekerCall.button')}</button></form>`;
}

/** "Application sent", said truthfully for a near-empty profile, with the way to complete it. */
export function appliedThinNotice(ctx: PageContext): string {
  return html`<div class="notice" role="status"><p>${ctx.t('seekerSteps.apply.doneThin')}</p><p><a class="button secondary" href="/me/profile?section=skills#section-skills">${ctx.t('seekerSteps.apply.complete')}</a></p></div>`;
}

/**
 * The one-tap Apply form (a POST with CSRF) for signed-in seekers; a sign-in link on job pages.
 * Already applied: "Applied · today" instead. `next`: the page the seeker comes back to (a results
 * card); `educationBelow` / `experienceBelow`: what the profile falls short of (said before the tap).
 */
export function applyButton(
  ctx: PageContext,
  jobId: number,
  opts: {
    signInLink?: boolean;
    /** Also "Call the employer" (job pages): through the masked number. */
    call?: boolean;
    next?: string;
    applied?: Applied;
    educationBelow?: { asked: string; mine: string };
    educationUnknown?: { asked: string };
    experienceBelow?: { asked: number; mine: number };
    experienceUnknown?: { asked: number };
  } = {},
): string {
  if (ctx.user?.role === 'seeker' && opts.applied)
    return html`!${appliedNote(ctx, opts.applied)}!${
      ctx.flash === `applied:${jobId}`
        ? html`<p class="notice" role="status">${ctx.t('seeker.apply.done')}</p>`
        : ctx.flash === `appliedThin:${jobId}`
          ? appliedThinNotice(ctx)
          : ''
    }`;
  if (ctx.user?.role === 'seeker')
    return html`!${shortfallWarnings(ctx, opts)}<div class="job-actions"><form method="post" action="/jobs/${jobId}/apply" class="apply">!${csrfField(ctx.csrf)}!${opts.next ? html`<input type="hidden" name="next" value="${opts.next}">` : ''}<button type="submit">${ctx.t('seeker.apply.button')}</button></form>!${
      opts.call ? callForm(ctx, jobId, opts.next) : ''
    }</div>`;
  if (!ctx.user && opts.signInLink)
    return html`<div class="job-actions"><p class="apply"><a class="button" href="${signInToApply(jobId, opts.next)}">${ctx.t('seeker.apply.signIn')}</a></p>!${
      opts.call
        ? html`<p class="call"><a class="button secondary" href="${signInToCall(jobId, opts.next)}">${ctx.t('seekerCall.button')}</a></p>`
        : ''
    }</div>`;
  return '';
}

/** The language of emails, SMS and WhatsApp messages (users.lang): a CSRF-checked POST. */
export function messagesLangForm(ctx: PageContext, current: Lang, notice?: string): string {
  return html`<form method="post" action="/me/language" class="stack" id="messages-lang">!${csrfField(ctx.csrf)}
  <h2>${ctx.t('messages.settings.title')}</h2>
  !${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
  <p>${ctx.t('messages.settings.lead')}</p>
  <label for="messages-lang-pick">${ctx.t('messages.settings.label')}</label>
  <select id="messages-lang-pick" name="lang">!${LANGUAGES.map(
    (l) =>
      html`<option value="${l}" lang="${l}"${l === current ? ' selected' : ''}>${LANGUAGE_NAMES[l]}</option>`,
  ).join('')}</select>
  <button type="submit" class="small">${ctx.t('messages.settings.save')}</button>
</form>`;
}

/** Seeker links for the header navigation. */
export function seekerNav(ctx: PageContext): string {
  if (ctx.user?.role !== 'seeker') return '';
  return html`<a href="/me/recommendations">${ctx.t('seeker.nav.recommended')}</a><a href="/me/applications">${ctx.t('seeker.nav.applications')}</a><a href="/me/interviews">${ctx.t('seeker.interviews.title')}</a><a href="/me/profile">${ctx.t('seeker.nav.profile')}</a><a href="/me/data">${ctx.t('myData.nav')}</a>`;
}

export type ProfileFormValues = Partial<Omit<ProfileOut, 'consents' | 'resume'>>;

/**
 * One step of the seeker's history as what happened: their own withdrawal and its undo (or applying
 * again) say so, not "Shortlisted (you)"; every other step is the stage and who moved it.
 */
function seekerStep(ctx: PageContext, h: ApplicationOut['history'][number]): string {
  if (h.by === 'seeker' && h.to === 'withdrawn') return ctx.t('journeys.history.withdrew');
  if (h.by === 'seeker' && h.from === 'withdrawn')
    return ctx.t('journeys.history.undid', { stage: ctx.t(`seeker.stage.${h.to}`) });
  return `${ctx.t(`seeker.stage.${h.to}`)} (${ctx.t(`seeker.applications.by.${h.by}`, { defaultValue: h.by })})`;
}

function historyList(ctx: PageContext, a: ApplicationOut): string {
  return html`<details><summary>${ctx.t('seeker.applications.history')}</summary><ol class="history">!${a.history
    .map((h) => html`<li>${formatDate(h.at, ctx.lang)}: ${seekerStep(ctx, h)}</li>`)
    .join('')}</ol></details>`;
}

export function applicationsPage(
  ctx: PageContext,
  items: ApplicationOut[],
  flash?: string,
  tax?: TaxonomyView,
  /** Trusted markup shown instead of `flash` (the withdrawal notice with its Undo button). */
  notice?: string,
  interviews?: Map<number, InterviewOut>,
  /**
   * The application the message is about: the redirect's anchor lands on its card, so the message
   * is said there (first in the card), not above the list where it would be off the screen.
   */
  about?: number,
): string {
  const { t } = ctx;
  const message = notice ?? (flash ? html`<p class="notice" role="status">${flash}</p>` : '');
  const inCard = about !== undefined && items.some((a) => a.id === about);
  const body = html`<section class="narrow">
<h1>${t('seeker.applications.title')}</h1>
!${inCard ? '' : message}
!${items.length ? '' : html`<p>${t('seeker.applications.none')} <a href="/jobs">${t('seeker.applications.find')}</a></p>`}
<ol class="cards">!${items
    .map(
      (a) => html`<li class="card" id="application-${a.id}">
  !${inCard && a.id === about ? message : ''}
  <h3><a href="/jobs/${a.job.id}">${a.job.title}</a></h3>
  <p class="company">${a.job.company.name}${a.job.locality_name ? ` · ${placeByName(ctx, tax, a.job.city_name, a.job.locality_name)}` : ''}</p>
  <p><strong class="stage stage-${a.stage}">${t(`seeker.stage.${a.stage}`)}</strong> · ${t('seeker.applications.updated', { date: formatDate(a.updated_at, ctx.lang) })}</p>
  !${interviews?.get(a.id) ? html`!${interviewSummary(ctx, interviews.get(a.id)!)}<p><a class="button secondary small" href="/me/interviews">${t('seeker.interviews.all')}</a></p>` : ''}
  !${a.job.status !== 'published' ? html`<p class="muted">${t('seeker.applications.jobGone', { status: t(`job.status.${a.job.status}`, { defaultValue: a.job.status }) })}</p>` : ''}
  !${historyList(ctx, a)}
  !${!['withdrawn', 'hired', 'rejected'].includes(a.stage) ? html`<p><a class="button secondary small" href="/me/applications/${a.id}/withdraw">${t('seeker.applications.withdraw')}</a></p>` : ''}
</li>`,
    )
    .join('')}</ol>
</section>`;
  return layout(ctx, { title: t('seeker.applications.title'), body, noindex: true });
}

function reasonText(ctx: PageContext, r: Recommendation['reasons'][number], tax?: TaxonomyView): string {
  const p = r.params;
  const city = tax?.cities.find((c) => c.slug === p.city);
  const slugs = (v: unknown) =>
    String(v ?? '')
      .split(',')
      .filter(Boolean);
  switch (r.code) {
    case 'commute':
      return ctx.t('seeker.reason.commute', p);
    case 'near': {
      // Names in the page's language from the slugs; the English name when a slug is unknown.
      const place = placeName(
        ctx,
        city?.localities.find((l) => l.slug === p.locality),
        String(p.place ?? ''),
      );
      return ctx.t(p.km === 0 ? 'seeker.reason.in' : 'seeker.reason.near', { ...p, place });
    }
    case 'role':
      return ctx.t('seeker.reason.role', {
        role: tax?.roles.find((x) => x.slug === p.role_slug)?.name ?? String(p.role ?? ''),
      });
    case 'languages':
      return p.language_slugs
        ? ctx.t('seeker.reason.languages', {
            languages: slugs(p.language_slugs)
              .map((l) => tax?.languages.find((x) => x.slug === l)?.name ?? l)
              .join(', '),
          })
        : ctx.t('seeker.reason.languages', p);
    case 'skills':
      return p.skill_slugs
        ? ctx.t('seeker.reason.skills', {
            skills: slugs(p.skill_slugs)
              .map((s) => skillLabel(ctx, s))
              .join(', '),
          })
        : ctx.t('seeker.reason.skills', p);
    case 'education':
      return ctx.t('seeker.reason.education', {
        education: enumLabel(ctx, 'education', String(p.education)),
      });
    case 'experience':
      return p.years === 0 ? ctx.t('seeker.reason.experienceFresher') : ctx.t('seeker.reason.experience', p);
    case 'salary':
      return ctx.t('seeker.reason.salary', { max: formatNumber(Number(p.max), ctx.lang) });
    case 'shift':
      return enumLabel(ctx, 'shift', String(p.shift));
    case 'work_mode':
      return enumLabel(ctx, 'work_mode', String(p.work_mode));
    default:
      return ctx.t(`seeker.reason.${r.code}`, { ...p, defaultValue: r.text });
  }
}

export function recommendationsPage(ctx: PageContext, list: RecommendationList, tax?: TaxonomyView): string {
  const { t } = ctx;
  const body = html`<section>
<h1>${t('seeker.recommended.title')}</h1>
<p>${t('seeker.recommended.lead')}</p>
!${list.profile_complete ? '' : html`<p class="notice">${t('seeker.recommended.complete')} <a href="/me/profile">${t('seeker.recommended.editProfile')}</a></p>`}
!${list.items.length ? '' : html`<p>${t('seeker.recommended.none')}</p>`}
<ol class="cards recs">!${list.items
    .map(
      (r) => html`<li class="card">
  <h3><a href="/jobs/${r.job.id}">${r.job.title}</a></h3>
  <p class="company">${r.job.company.name} · ${placeByName(ctx, tax, r.job.city_name, r.job.locality_name)}</p>
  <p class="pay">${salaryText(ctx, r.job.salary_min, r.job.salary_max).monthly}</p>
  <p><strong>${t('seeker.recommended.score', { score: r.score })}</strong></p>
  <ul class="tags reasons">!${r.reasons.map((x) => html`<li>${reasonText(ctx, x, tax)}</li>`).join('')}</ul>
  !${r.job.commute ? commuteLine(ctx, r.job.commute) : ''}
  !${applyButton(ctx, r.job.id)}
</li>`,
    )
    .join('')}</ol>
</section>`;
  return layout(ctx, { title: t('seeker.recommended.title'), body, noindex: true });
}

/** What happened when a seeker pressed "Call the employer": ringing, not placed, or when to call. */
/**
 * The call step as a page: where a visitor who tapped Call on a card lands after signing in. It
 * names the job, says how the masked call works, and places it on one tap.
 */
export function callStepPage(
  ctx: PageContext,
  job: { id: number; title: string; company: { name: string } },
  back: string | undefined,
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('seekerCall.title')}</h1>
<p><strong>${job.title}</strong> · ${job.company.name}</p>
<p>${t('seekerPhone.call.lead')}</p>
!${callForm(ctx, job.id, back)}
<p><a class="button secondary" href="${back ?? `/jobs/${job.id}`}">${back ? t('seekerPhone.call.backToResults') : t('seekerCall.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('seekerCall.title'), body, noindex: true });
}

export function seekerCallPage(
  ctx: PageContext,
  jobId: number,
  outcome: { status: 'placed' | 'not_placed' | 'failed' | 'refused'; detail?: string },
  /** The results card the call was placed from (checked by safeReturn). */
  back?: string,
): string {
  const { t } = ctx;
  const text =
    outcome.status === 'placed'
      ? t('seekerCall.placed')
      : outcome.status === 'not_placed'
        ? t('seekerCall.notPlaced')
        : outcome.status === 'failed'
          ? t('seekerCall.failed')
          : t('seekerCall.refused', { detail: outcome.detail ?? '' });
  const body = html`<section class="narrow">
<h1>${t('seekerCall.title')}</h1>
<p class="${outcome.status === 'placed' ? 'notice' : 'errors'}" role="${outcome.status === 'placed' ? 'status' : 'alert'}">${text}</p>
!${outcome.status === 'placed' ? '' : applyButton(ctx, jobId, { next: back })}
<p><a href="${back ?? `/jobs/${jobId}`}">${back ? t('seekerPhone.call.backToResults') : t('seekerCall.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('seekerCall.title'), body, noindex: true });
}
