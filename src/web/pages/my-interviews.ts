// "My interviews": the seeker's own interviews in one place. Upcoming ones first (when, how long,
// where or how, job and company, the calendar file, what to do if they cannot come), then the past
// ones. Renders what the interviews service returns for this seeker; it never decides whose they are.
import { html } from 'ghtml';
import type { SeekerInterview } from '../../modules/hiring/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { employerText, langAttr } from '../format.ts';
import { layout } from '../layout.ts';

/** How and where: "In person · Acme office, Powai, Mumbai", a video link, or the phone. */
function whereLine(ctx: PageContext, i: SeekerInterview['interview']): string {
  const { t } = ctx;
  const mode = t(`hiring.modes.${i.mode}`);
  if (i.mode === 'video' && i.video_link)
    return html`${mode} · <a href="${i.video_link}" rel="nofollow noopener">${i.video_link}</a>`;
  // The place is the employer's words (often English on a Hindi or Marathi page).
  const place = (p: string) => employerText(ctx, p);
  if (i.mode === 'phone')
    return html`${mode} · !${i.place ? place(i.place) : html`${t('seeker.interviews.phoneHint')}`}`;
  return html`${mode}!${i.place ? ` · ${place(i.place)}` : ''}`;
}

function upcomingCard(ctx: PageContext, { interview: i, application: a }: SeekerInterview): string {
  const { t } = ctx;
  const when = formatDateTime(i.starts_at, ctx.lang);
  const open = a.job.status === 'published';
  if (i.status === 'cancelled')
    return html`<li class="card interview-card" id="interview-${i.id}">
  <h3><a href="/jobs/${a.job.id}"!${langAttr(ctx, a.job.title)}>${a.job.title}</a></h3>
  <p class="company"!${langAttr(ctx, a.job.company.name)}>${a.job.company.name}</p>
  <p class="muted">${t('interviews.cancelledOn', { when })}</p>
</li>`;
  return html`<li class="card interview-card" id="interview-${i.id}">
  <h3><a href="/jobs/${a.job.id}"!${langAttr(ctx, a.job.title)}>${a.job.title}</a></h3>
  <p class="company"!${langAttr(ctx, a.job.company.name)}>${a.job.company.name}</p>
  <dl class="facts">
    <dt>${t('seeker.interviews.when')}</dt><dd><strong>${when}</strong> · ${t('interviews.minutes', { count: i.duration_minutes })}</dd>
    <dt>${t('seeker.interviews.where')}</dt><dd>!${whereLine(ctx, i)}</dd>
    !${i.note ? html`<dt>${t('seeker.interviews.note')}</dt><dd class="interview-note"!${langAttr(ctx, i.note)}>${i.note}</dd>` : ''}
  </dl>
  <p><a class="button secondary" href="/me/interviews/${i.id}.ics" download="interview-${i.id}.ics">${t('seeker.interviews.calendar')}</a></p>
  <div class="cant-come">
    <p><strong>${t('seeker.interviews.cantCome')}</strong> ${t(open ? 'seeker.interviews.cantComeCall' : 'seeker.interviews.cantComeClosed')}</p>
    <div class="actions">!${open ? html`<a class="button secondary" href="/jobs/${a.job.id}/call">${t('seekerCall.button')}</a>` : ''}<a class="button secondary" href="/me/applications/${a.id}/withdraw">${t('seeker.interviews.withdraw')}</a></div>
  </div>
</li>`;
}

function pastItem(ctx: PageContext, { interview: i, application: a }: SeekerInterview): string {
  const { t } = ctx;
  const when = formatDateTime(i.starts_at, ctx.lang);
  return html`<li><p><a href="/jobs/${a.job.id}"!${langAttr(ctx, a.job.title)}>${a.job.title}</a></p><p class="company"!${langAttr(ctx, a.job.company.name)}>${a.job.company.name}</p><p class="muted">${
    i.status === 'cancelled'
      ? t('interviews.cancelledOn', { when })
      : `${when} · ${t(`hiring.modes.${i.mode}`)}`
  }</p></li>`;
}

export function myInterviewsPage(ctx: PageContext, all: SeekerInterview[], now = Date.now()): string {
  const { t } = ctx;
  // Upcoming until it has ended (a 45-minute interview that started ten minutes ago is still on).
  const ends = (s: SeekerInterview) =>
    Date.parse(s.interview.starts_at) + s.interview.duration_minutes * 60_000;
  const upcoming = all.filter((s) => ends(s) > now);
  const past = all.filter((s) => ends(s) <= now).reverse();
  const body = html`<section class="narrow my-interviews">
<h1>${t('seeker.interviews.title')}</h1>
!${
    upcoming.length
      ? html`<h2>${t('seeker.interviews.upcoming')}</h2><ol class="cards">!${upcoming.map((s) => upcomingCard(ctx, s)).join('')}</ol>`
      : html`<p>${t('seeker.interviews.none')}</p><p><a class="button" href="/jobs">${t('seeker.applications.find')}</a> <a class="button secondary" href="/me/applications">${t('seeker.nav.applications')}</a></p>`
  }
!${past.length ? html`<h2>${t('seeker.interviews.past')}</h2><ul class="past-interviews">!${past.map((s) => pastItem(ctx, s)).join('')}</ul>` : ''}
</section>`;
  return layout(ctx, { title: t('seeker.interviews.title'), body, noindex: true });
}
