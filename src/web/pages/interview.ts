// An interview as both sides read it (date and time in India time, mode, place or link), and the
// employer's schedule / reschedule form, which keeps what was typed and shows errors per field.
// Each form's fields carry the application id in their ids: a page holds one form per applicant.
import { html } from 'ghtml';
import type { InterviewOut } from '../../modules/hiring/index.ts';
import type { JobOut } from '../../modules/jobs/index.ts';
import { formatDateTime, intlLocale } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { employerText, langAttr } from '../format.ts';
import { csrfField, type FieldErrors } from '../forms.ts';

export type InterviewValues = Partial<
  Record<'starts_at' | 'duration_minutes' | 'mode' | 'place' | 'video_link' | 'note', string>
>;

/** What the interviews service says, in the reader's words. */
const ERROR_KEYS: [RegExp, string][] = [
  [/in the past/, 'past'],
  [/not a date/, 'notDate'],
  [/in-person/, 'placeNeeded'],
  [/video interview/, 'linkNeeded'],
  [/longer than 500/, 'noteLong'],
];
export function interviewErrors(ctx: PageContext, errors: { field: string; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = ERROR_KEYS.find(([re]) => re.test(e.message))?.[1];
    out[e.field] ??= key ? ctx.t(`interviews.errors.${key}`) : e.message;
  }
  return out;
}

/** A stored instant as the value of a datetime-local field in India time ("2026-12-09T11:00"). */
export function istLocal(iso: string): string {
  return new Date(Date.parse(iso) + 330 * 60_000).toISOString().slice(0, 16);
}

/** "Interview: 9 Dec 2026, 11:00 am · In person · Hiranandani, Powai" (or the cancelled line). */
export function interviewSummary(ctx: PageContext, i: InterviewOut): string {
  const { t } = ctx;
  const where = i.mode === 'video' ? i.video_link : i.mode === 'in_person' ? i.place : i.place;
  const when = formatDateTime(i.starts_at, ctx.lang);
  if (i.status === 'cancelled')
    return html`<p class="interview-box muted">${t('interviews.cancelledOn', { when })}</p>`;
  return html`<div class="interview-box"><p><strong>${t('interviews.heading')}</strong></p>
<p class="interview-when">${when} · ${t('interviews.minutes', { count: i.duration_minutes })}</p>
<p>${t(`hiring.modes.${i.mode}`)}${where ? ' · ' : ''}!${where && i.mode === 'video' ? html`<a href="${where}" rel="nofollow noopener">${where}</a>` : where ? employerText(ctx, where) : ''}</p>!${i.note ? html`<p class="interview-note"><strong>${t(ctx.user?.role === 'seeker' ? 'seeker.interviews.note' : 'interviews.noteShort')}:</strong> !${employerText(ctx, i.note)}</p>` : ''}</div>`;
}

export function interviewForm(
  ctx: PageContext,
  o: {
    applicationId: number;
    action: string;
    submit: string;
    values: InterviewValues;
    errors: FieldErrors;
    /** On a page of its own after an error: the first field in error takes the focus. */
    focusFirstError?: boolean;
  },
): string {
  const { t } = ctx;
  const id = (name: string) => `${name}-${o.applicationId}`;
  const err = (name: string) =>
    o.errors[name] ? html`<p class="field-error" id="${id(name)}-error">${o.errors[name]}</p>` : '';
  const first = ['starts_at', 'place', 'video_link', 'note'].find((k) => o.errors[k]);
  const aria = (name: string) =>
    o.errors[name]
      ? html` aria-invalid="true" aria-describedby="${id(name)}-error"${o.focusFirstError && name === first ? ' autofocus' : ''}`
      : '';
  const v = o.values;
  const mode = v.mode ?? 'in_person';
  return html`<form method="post" action="${o.action}" class="stack" novalidate>!${csrfField(ctx.csrf)}
    !${Object.keys(o.errors).length ? html`<p class="errors" role="alert">${t('employer.fixErrors')}</p>` : ''}
    <div class="field${o.errors.starts_at ? ' invalid' : ''}"><label for="${id('starts_at')}">${t('hiring.when')}</label>
    <input id="${id('starts_at')}" type="datetime-local" name="starts_at" value="${v.starts_at ?? ''}" required!${aria('starts_at')}>!${err('starts_at')}</div>
    <div class="field"><label for="${id('duration')}">${t('hiring.duration')}</label>
    <input id="${id('duration')}" type="number" name="duration_minutes" value="${v.duration_minutes ?? '30'}" min="5" max="480" inputmode="numeric"></div>
    <div class="field"><label for="${id('mode')}">${t('hiring.mode')}</label>
    <select id="${id('mode')}" name="mode">!${['in_person', 'video', 'phone']
      .map(
        (m) => html`<option value="${m}"${m === mode ? ' selected' : ''}>${t(`hiring.modes.${m}`)}</option>`,
      )
      .join('')}</select></div>
    <div class="field${o.errors.place ? ' invalid' : ''}"><label for="${id('place')}">${t('hiring.place')}</label>
    <input id="${id('place')}" name="place" maxlength="300" value="${v.place ?? ''}"!${aria('place')}>!${err('place')}</div>
    <div class="field${o.errors.video_link ? ' invalid' : ''}"><label for="${id('video_link')}">${t('hiring.videoLink')}</label>
    <input id="${id('video_link')}" type="url" name="video_link" maxlength="500" value="${v.video_link ?? ''}"!${aria('video_link')}>!${err('video_link')}</div>
    <div class="field${o.errors.note ? ' invalid' : ''}"><label for="${id('note')}">${t('interviews.noteLabel')}</label>
    <p class="hint" id="${id('note')}-hint">${t('interviews.noteHint')}</p>
    <textarea id="${id('note')}" name="note" maxlength="500" rows="2"!${o.errors.note ? aria('note') : html` aria-describedby="${id('note')}-hint"`}>${v.note ?? ''}</textarea>!${err('note')}</div>
    <button type="submit">${o.submit}</button>
  </form>`;
}

/** "Interview / walk-in": where, on which days and at what hours, as the employer posted it. */
export function jobInterviewBlock(ctx: PageContext, job: Pick<JobOut, 'interview'>): string {
  const i = job.interview;
  if (!i) return '';
  const { t } = ctx;
  const day = (d: string) =>
    new Intl.DateTimeFormat(intlLocale(ctx.lang), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${d}T00:00:00Z`));
  const days =
    i.walk_in_from && i.walk_in_to && i.walk_in_from !== i.walk_in_to
      ? t('jobInterview.walkInRange', { from: day(i.walk_in_from), to: day(i.walk_in_to) })
      : i.walk_in_from || i.walk_in_to
        ? t('jobInterview.walkInDay', { day: day((i.walk_in_from ?? i.walk_in_to)!) })
        : '';
  return html`<section class="interview-box"><h2>${t(days ? 'jobInterview.walkInTitle' : 'jobInterview.title')}</h2><dl class="facts">
  !${days ? html`<dt>${t('jobInterview.when')}</dt><dd>${days}</dd>` : ''}
  !${i.timings ? html`<dt>${t('jobInterview.timings')}</dt><dd!${langAttr(ctx, i.timings)}>${i.timings}</dd>` : ''}
  !${i.address ? html`<dt>${t('jobInterview.address')}</dt><dd!${langAttr(ctx, i.address)}>${i.address}</dd>` : ''}
</dl></section>`;
}
