// The seeker's pages: profile form (with resume upload and consent), My applications with stage
// and history, recommendations with reasons, and the one-tap Apply button used on job pages and
// result cards. Pages render what services return; they never decide who may see what.
import { html } from 'ghtml';
import type { ApplicationOut } from '../../modules/applications/index.ts';
import type { Recommendation, RecommendationList } from '../../modules/recommendations/index.ts';
import type { ProfileOut } from '../../modules/seekers/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber, LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeByName, placeName, salaryText, skillLabel } from '../format.ts';
import { checkboxes, csrfField, errorText, type FieldErrors, input, select } from '../forms.ts';
import { layout } from '../layout.ts';
import { commuteLine } from './commute-view.ts';

const AVAILABILITY = ['immediate', '15_days', '30_days', '60_days', 'more_than_60_days'];

/** The one-tap Apply form (a POST with CSRF) for signed-in seekers; a sign-in link on job pages. */
export function applyButton(ctx: PageContext, jobId: number, opts: { signInLink?: boolean } = {}): string {
  if (ctx.user?.role === 'seeker')
    return html`<form method="post" action="/jobs/${jobId}/apply" class="apply">!${csrfField(ctx.csrf)}<button type="submit">${ctx.t('seeker.apply.button')}</button></form>`;
  if (!ctx.user && opts.signInLink)
    return html`<p class="apply"><a class="button" href="/login?next=${encodeURIComponent(`/jobs/${jobId}`)}">${ctx.t('seeker.apply.signIn')}</a></p>`;
  return '';
}

/** The language of emails, SMS and WhatsApp messages (users.lang): a CSRF-checked POST. */
export function messagesLangForm(ctx: PageContext, current: Lang): string {
  return html`<form method="post" action="/me/language" class="stack" id="messages-lang">!${csrfField(ctx.csrf)}
  <h2>${ctx.t('messages.settings.title')}</h2>
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
  return html`<a href="/me/recommendations">${ctx.t('seeker.nav.recommended')}</a><a href="/me/applications">${ctx.t('seeker.nav.applications')}</a><a href="/me/profile">${ctx.t('seeker.nav.profile')}</a><a href="/me/data">${ctx.t('myData.nav')}</a>`;
}

export type ProfileFormValues = Partial<Omit<ProfileOut, 'consents' | 'resume'>>;

export function profilePage(
  ctx: PageContext,
  tax: TaxonomyView,
  profile: ProfileOut,
  values: ProfileFormValues,
  errors: FieldErrors,
  flash?: string,
  /** Sections other modules contribute above the form (next career step, badges). */
  extras = '',
  /** The language emails and SMS reach this seeker in (users.lang), with a form to change it. */
  messagesLang?: Lang,
): string {
  const { t } = ctx;
  const v = { ...profile, ...values };
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : n);
  const levelOf = (slug: string) => v.languages?.find((l) => l.language === slug)?.level ?? '';
  const body = html`<section class="narrow">
<h1>${t('seeker.profile.title')}</h1>
<p>${t('seeker.profile.lead')}</p>
!${flash ? html`<p class="notice" role="status">${flash}</p>` : ''}
!${
    Object.keys(errors).length
      ? html`<div class="errors" role="alert"><ul>!${Object.entries(errors)
          .map(([f, m]) => html`<li><a href="#${f}">${f}</a>: ${m}</li>`)
          .join('')}</ul></div>`
      : ''
  }
<dl class="facts"><dt>${t('seeker.profile.name')}</dt><dd>${profile.name}</dd><dt>${t('seeker.profile.phone')}</dt><dd>${profile.phone} <span class="muted">(${t('seeker.profile.fromAccount')})</span></dd></dl>
!${extras}
<form method="post" action="/me/profile" novalidate>
  !${csrfField(ctx.csrf)}
  !${select({ name: 'city', label: t('seeker.profile.city'), value: v.city, errors, emptyLabel: t('seeker.profile.chooseCity'), options: tax.cities.map((c) => ({ value: c.slug, label: placeName(ctx, c) })) })}
  <div class="field${errors.localities ? ' invalid' : ''}">
    <label for="localities">${t('seeker.profile.localities')}</label>
    <select id="localities" name="localities" multiple size="8" aria-describedby="localities-hint">
      !${tax.cities
        .map(
          (c) =>
            html`<optgroup label="${placeName(ctx, c)}">!${c.localities
              .map(
                (l) =>
                  html`<option value="${c.slug}/${l.slug}"${v.city === c.slug && v.localities?.includes(l.slug) ? ' selected' : ''}>${placeName(ctx, l)}</option>`,
              )
              .join('')}</optgroup>`,
        )
        .join('')}
    </select>
    <p class="hint" id="localities-hint">${t('seeker.profile.localitiesHint')}</p>
    !${errorText('localities', errors)}
  </div>
  !${input({ name: 'travel_km', label: t('seeker.profile.travelKm'), value: v.travel_km, errors, type: 'number', attrs: 'min="1" max="100" inputmode="numeric"' })}
  !${checkboxes({ name: 'roles', legend: t('seeker.profile.roles'), options: tax.roles.map((r) => ({ value: r.slug, label: r.name })), checked: v.roles ?? [], errors })}
  !${select({ name: 'education', label: t('seeker.profile.education'), value: v.education, errors, emptyLabel: t('seeker.profile.chooseEducation'), options: tax.education_levels.map((e) => ({ value: e.slug, label: enumLabel(ctx, 'education', e.slug) })) })}
  !${input({ name: 'experience_years', label: t('seeker.profile.experience'), value: v.experience_years, errors, type: 'number', attrs: 'min="0" max="50" inputmode="numeric"' })}
  <fieldset class="field${errors.languages ? ' invalid' : ''}"><legend>${t('seeker.profile.languages')}</legend>
    !${tax.languages
      .map(
        (l) =>
          html`<label>${l.name} <select name="lang_${l.slug}"><option value="">${t('seeker.profile.levelNone')}</option>!${tax.language_levels
            .map(
              (lv) =>
                html`<option value="${lv}"${levelOf(l.slug) === lv ? ' selected' : ''}>${enumLabel(ctx, 'level', lv)}</option>`,
            )
            .join('')}</select></label>`,
      )
      .join(' ')}
    !${errorText('languages', errors)}
  </fieldset>
  !${checkboxes({ name: 'skills', legend: t('seeker.profile.skills'), options: tax.skills.map((s) => ({ value: s, label: skillLabel(ctx, s) })), checked: v.skills ?? [], errors })}
  !${input({ name: 'salary_min', label: t('seeker.profile.salaryMin'), value: num(v.salary_min), errors, type: 'number', attrs: 'min="0" max="500000" step="500" inputmode="numeric"' })}
  !${input({ name: 'salary_max', label: t('seeker.profile.salaryMax'), value: num(v.salary_max), errors, type: 'number', attrs: 'min="0" max="500000" step="500" inputmode="numeric"' })}
  !${checkboxes({ name: 'work_modes', legend: t('seeker.profile.workModes'), options: ['onsite', 'hybrid', 'remote'].map((m) => ({ value: m, label: enumLabel(ctx, 'work_mode', m) })), checked: v.work_modes ?? [], errors })}
  !${checkboxes({ name: 'shifts', legend: t('seeker.profile.shifts'), options: ['day', 'night', 'rotational', 'uk', 'us'].map((s) => ({ value: s, label: enumLabel(ctx, 'shift', s) })), checked: v.shifts ?? [], errors })}
  !${select({ name: 'availability', label: t('seeker.profile.availability'), value: v.availability, errors, emptyLabel: '—', options: AVAILABILITY.map((a) => ({ value: a, label: t(`seeker.availability.${a}`) })) })}
  <div class="field"><label><input type="checkbox" name="contact_consent" value="1"${v.contact_consent ? ' checked' : ''} aria-describedby="consent-hint"> ${t('seeker.profile.consent')}</label>
    <p class="hint" id="consent-hint">${t('seeker.profile.consentHint')}</p></div>
  <div class="field"><label><input type="checkbox" name="searchable" value="1"${v.searchable ? ' checked' : ''} aria-describedby="searchable-hint"> ${t('seeker.profile.searchable')}</label>
    <p class="hint" id="searchable-hint">${t('seeker.profile.searchableHint')}</p></div>
  <button type="submit">${t('seeker.profile.save')}</button>
</form>
<h2 id="resume">${t('seeker.profile.resume')}</h2>
<p>!${profile.resume ? html`${t('seeker.profile.resumeCurrent', { name: profile.resume.name })} · <a href="/me/profile/resume">${t('seeker.profile.download')}</a>` : html`${t('seeker.profile.resumeNone')}`}</p>
<form method="post" action="/me/profile/resume" enctype="multipart/form-data">
  !${csrfField(ctx.csrf)}
  <div class="field${errors.resume ? ' invalid' : ''}"><label for="resume-file">${t('seeker.profile.resume')}</label>
  <input id="resume-file" name="resume" type="file" accept="application/pdf,.pdf">
  !${errorText('resume', errors)}</div>
  <button type="submit" class="secondary">${t('seeker.profile.upload')}</button>
</form>
!${profile.consents.length ? html`<h2>${t('seeker.profile.consentHistory')}</h2><ul>!${profile.consents.map((c) => html`<li>${formatDate(c.at, ctx.lang)}: ${c.granted ? t('seeker.profile.granted') : t('seeker.profile.withdrawn')} (${t(`seeker.profile.purpose.${c.purpose}`, { defaultValue: c.purpose })})</li>`).join('')}</ul>` : ''}
!${messagesLang ? messagesLangForm(ctx, messagesLang) : ''}
</section>`;
  return layout(ctx, { title: t('seeker.profile.title'), body, noindex: true });
}

function historyList(ctx: PageContext, a: ApplicationOut): string {
  return html`<details><summary>${ctx.t('seeker.applications.history')}</summary><ol class="history">!${a.history
    .map(
      (h) =>
        html`<li>${formatDate(h.at, ctx.lang)}: ${ctx.t(`seeker.stage.${h.to}`)} (${ctx.t(`seeker.applications.by.${h.by}`, { defaultValue: h.by })})</li>`,
    )
    .join('')}</ol></details>`;
}

export function applicationsPage(
  ctx: PageContext,
  items: ApplicationOut[],
  flash?: string,
  tax?: TaxonomyView,
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('seeker.applications.title')}</h1>
!${flash ? html`<p class="notice" role="status">${flash}</p>` : ''}
!${items.length ? '' : html`<p>${t('seeker.applications.none')} <a href="/jobs">${t('seeker.applications.find')}</a></p>`}
<ol class="cards">!${items
    .map(
      (a) => html`<li class="card" id="application-${a.id}">
  <h3><a href="/jobs/${a.job.id}">${a.job.title}</a></h3>
  <p class="company">${a.job.company.name}${a.job.locality_name ? ` · ${placeByName(ctx, tax, a.job.city_name, a.job.locality_name)}` : ''}</p>
  <p><strong class="stage stage-${a.stage}">${t(`seeker.stage.${a.stage}`)}</strong> · ${t('seeker.applications.updated', { date: formatDate(a.updated_at, ctx.lang) })}</p>
  !${a.job.status !== 'published' ? html`<p class="muted">${t('seeker.applications.jobGone', { status: t(`job.status.${a.job.status}`, { defaultValue: a.job.status }) })}</p>` : ''}
  !${historyList(ctx, a)}
  !${a.stage !== 'withdrawn' && a.stage !== 'hired' ? html`<form method="post" action="/me/applications/${a.id}/withdraw" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="secondary small">${t('seeker.applications.withdraw')}</button></form>` : ''}
</li>`,
    )
    .join('')}</ol>
</section>`;
  return layout(ctx, { title: t('seeker.applications.title'), body, noindex: true });
}

function reasonText(ctx: PageContext, r: Recommendation['reasons'][number]): string {
  const p = r.params;
  switch (r.code) {
    case 'commute':
      return ctx.t('seeker.reason.commute', p);
    case 'near':
      return p.km === 0 ? ctx.t('seeker.reason.in', p) : ctx.t('seeker.reason.near', p);
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

export function recommendationsPage(ctx: PageContext, list: RecommendationList): string {
  const { t } = ctx;
  const body = html`<section>
<h1>${t('seeker.recommended.title')}</h1>
<p>${t('seeker.recommended.lead')}</p>
!${list.profile_complete ? '' : html`<p class="notice">${t('seeker.recommended.complete')} <a href="/me/profile">${t('seeker.recommended.editProfile')}</a></p>`}
!${list.items.length ? '' : html`<p>${t('seeker.recommended.none')}</p>`}
<ol class="cards">!${list.items
    .map(
      (r) => html`<li class="card">
  <h3><a href="/jobs/${r.job.id}">${r.job.title}</a></h3>
  <p class="company">${r.job.company.name} · ${r.job.locality_name}, ${r.job.city_name}</p>
  <p class="pay">${salaryText(ctx, r.job.salary_min, r.job.salary_max).monthly}</p>
  <p><strong>${t('seeker.recommended.score', { score: r.score })}</strong></p>
  <ul class="tags reasons">!${r.reasons.map((x) => html`<li>${reasonText(ctx, x)}</li>`).join('')}</ul>
  !${r.job.commute ? commuteLine(ctx, r.job.commute) : ''}
  !${applyButton(ctx, r.job.id)}
</li>`,
    )
    .join('')}</ol>
</section>`;
  return layout(ctx, { title: t('seeker.recommended.title'), body, noindex: true });
}
