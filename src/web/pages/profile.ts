// The seeker's profile as short sections, each its own form saved on its own (name; where; the work
// wanted; education and skills; who may call), so a phone shows one screen of headings with what is
// filled in, not one 5,000 px form. A section with an error opens with the typed input kept, and the
// summary at the top names each field as the form labels it. Localities are those of the chosen
// city, as checkboxes with a filter box (app.js), never a "hold Ctrl" multi-select.
import { html } from 'ghtml';
import type { ProfileOut } from '../../modules/seekers/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber, type Lang } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeName, skillLabel } from '../format.ts';
import { checkboxes, csrfField, errorText, type FieldErrors, input, select } from '../forms.ts';
import { layout } from '../layout.ts';
import { messagesLangForm, type ProfileFormValues } from './seeker.ts';

const AVAILABILITY = ['immediate', '15_days', '30_days', '60_days', 'more_than_60_days'];

/** The profile's sections and the fields each one saves (the name is saved apart, on the account). */
export const PROFILE_SECTIONS = {
  place: ['city', 'localities', 'travel_km'],
  work: ['roles', 'work_modes', 'shifts', 'salary_min', 'salary_max', 'availability'],
  skills: ['education', 'experience_years', 'languages', 'skills'],
  privacy: ['contact_consent', 'searchable'],
} as const;
export type ProfileSection = keyof typeof PROFILE_SECTIONS;
export const isProfileSection = (s: string | undefined): s is ProfileSection =>
  s !== undefined && Object.hasOwn(PROFILE_SECTIONS, s);

/** The label a field carries on the form: what the error summary calls it. */
const FIELD_LABELS: Record<string, string> = {
  name: 'seeker.profile.name',
  city: 'seeker.profile.city',
  localities: 'journeys.profile.localities',
  travel_km: 'seeker.profile.travelKm',
  roles: 'seeker.profile.roles',
  education: 'seeker.profile.education',
  experience_years: 'seeker.profile.experience',
  languages: 'seeker.profile.languages',
  skills: 'seeker.profile.skills',
  salary_min: 'seeker.profile.salaryMin',
  salary_max: 'seeker.profile.salaryMax',
  work_modes: 'seeker.profile.workModes',
  shifts: 'seeker.profile.shifts',
  availability: 'seeker.profile.availability',
  resume: 'seeker.profile.resume',
};

/** Where each field's input is, for the summary's links. */
const anchorOf = (name: string) => (name === 'languages' || name === 'localities' ? `${name}-set` : name);

function errorSummary(ctx: PageContext, errors: FieldErrors): string {
  const list = Object.entries(errors);
  if (!list.length) return '';
  return html`<div class="errors" role="alert"><p>${ctx.t('journeys.profile.fixThese', { count: list.length })}</p><ul>!${list
    .map(
      ([f, m]) =>
        html`<li><a href="#${anchorOf(f)}">${FIELD_LABELS[f] ? ctx.t(FIELD_LABELS[f]) : ctx.t('journeys.profile.thisField')}</a>: ${m}</li>`,
    )
    .join('')}</ul></div>`;
}

/** One section: a heading that opens it, a one-line summary of what is saved, its own form. */
function section(
  ctx: PageContext,
  id: ProfileSection | 'name',
  title: string,
  summary: string,
  open: boolean,
  fields: string,
  /** "Saved": said inside the section, where the redirect's anchor lands (not above the page). */
  notice?: string,
): string {
  return html`<details class="profile-section" id="section-${id}"${open ? ' open' : ''}>
<summary><span class="section-title">${title}</span><span class="section-summary">${summary || ctx.t('journeys.profile.empty')}</span></summary>
!${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<form method="post" action="${id === 'name' ? '/me/name' : '/me/profile'}" novalidate>
  !${csrfField(ctx.csrf)}
  !${id === 'name' ? '' : html`<input type="hidden" name="section" value="${id}">`}
  !${
    // Enter in a box submits with the form's first submit button: Save, not the place section's
    // "Show localities" step below it (this copy is off screen and out of the tab order).
    id === 'place'
      ? html`<button type="submit" class="default-submit" tabindex="-1" aria-hidden="true">${ctx.t('journeys.profile.saveSection')}</button>`
      : ''
  }
  !${fields}
  <button type="submit">${ctx.t('journeys.profile.saveSection')}</button>
</form>
</details>`;
}

export function profilePage(
  ctx: PageContext,
  tax: TaxonomyView,
  profile: ProfileOut,
  values: ProfileFormValues & { name?: string },
  errors: FieldErrors,
  flash?: string,
  /** Sections other modules contribute above the form (next career step, badges). */
  extras = '',
  /** The language emails and SMS reach this seeker in (users.lang), with a form to change it. */
  messagesLang?: Lang,
  /** The section just saved or refused: it opens. */
  opened?: ProfileSection | 'name',
  /** Where `flash` is said: in the section just saved (`opened`), in the message-language form, or on top. */
  flashAt?: 'messages-lang',
): string {
  const { t } = ctx;
  const v = { ...profile, ...values };
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : n);
  const levelOf = (slug: string) => v.languages?.find((l) => l.language === slug)?.level ?? '';
  const city = tax.cities.find((c) => c.slug === v.city);
  const invalid = (s: ProfileSection) => (PROFILE_SECTIONS[s] as readonly string[]).some((f) => errors[f]);
  const isOpen = (s: ProfileSection) => invalid(s) || opened === s;
  const noticeIn = (s: ProfileSection | 'name') => (flash && opened === s ? flash : undefined);
  const roleName = (slug: string) => tax.roles.find((r) => r.slug === slug)?.name ?? slug;
  const langName = (slug: string) => tax.languages.find((l) => l.slug === slug)?.name ?? slug;
  // Section summaries say what is saved (`profile`); the forms keep what was typed (`v`), so a
  // refused save never reads as saved in the summary.
  const saved = profile;
  const savedCity = tax.cities.find((c) => c.slug === saved.city);
  const pay =
    saved.salary_min !== null && saved.salary_min !== undefined
      ? `₹${formatNumber(saved.salary_min, ctx.lang)}${saved.salary_max ? `–${formatNumber(saved.salary_max, ctx.lang)}` : ''}`
      : '';

  const placeFields = html`
  !${select({ name: 'city', label: t('seeker.profile.city'), value: v.city, errors, emptyLabel: t('seeker.profile.chooseCity'), options: tax.cities.map((c) => ({ value: c.slug, label: placeName(ctx, c) })) })}
  <fieldset class="field${errors.localities ? ' invalid' : ''}" id="localities-set"><legend>${t('journeys.profile.localities')}</legend>
    !${
      city
        ? html`<label for="locality-filter" class="sr-only">${t('journeys.profile.localitySearch')}</label>
    <input id="locality-filter" type="search" class="list-filter" data-filter-list="locality-list" placeholder="${t('journeys.profile.localitySearch')}" hidden>
    <div class="locality-list" id="locality-list">!${city.localities
      .map(
        (l) =>
          html`<label><input type="checkbox" name="localities" value="${city.slug}/${l.slug}"${v.localities?.includes(l.slug) ? ' checked' : ''}> ${placeName(ctx, l)}</label>`,
      )
      .join('')}</div>
    <p class="hint">${t('journeys.profile.localitiesHint')}</p>
    <button type="submit" name="step" value="localities" class="secondary small" formnovalidate>${t('employerPhone.otherCityLocalities')}</button>`
        : html`<p class="hint">${t('employerPhone.cityFirst')}</p>
    <button type="submit" name="step" value="localities" class="secondary small" formnovalidate>${t('employerPhone.showLocalities')}</button>`
    }
    !${errorText('localities', errors)}
  </fieldset>
  !${input({ name: 'travel_km', label: t('seeker.profile.travelKm'), value: v.travel_km, errors, type: 'number', attrs: 'min="1" max="100" inputmode="numeric"' })}`;

  const workFields = html`
  !${checkboxes({ name: 'roles', legend: t('seeker.profile.roles'), options: tax.roles.map((r) => ({ value: r.slug, label: r.name })), checked: v.roles ?? [], errors })}
  !${checkboxes({ name: 'work_modes', legend: t('seeker.profile.workModes'), options: ['onsite', 'hybrid', 'remote'].map((m) => ({ value: m, label: enumLabel(ctx, 'work_mode', m) })), checked: v.work_modes ?? [], errors })}
  !${checkboxes({ name: 'shifts', legend: t('seeker.profile.shifts'), options: ['day', 'night', 'rotational', 'uk', 'us'].map((s) => ({ value: s, label: enumLabel(ctx, 'shift', s) })), checked: v.shifts ?? [], errors })}
  !${input({ name: 'salary_min', label: t('seeker.profile.salaryMin'), value: num(v.salary_min), errors, type: 'number', attrs: 'min="0" max="500000" step="500" inputmode="numeric"' })}
  !${input({ name: 'salary_max', label: t('seeker.profile.salaryMax'), value: num(v.salary_max), errors, type: 'number', attrs: 'min="0" max="500000" step="500" inputmode="numeric"' })}
  !${select({ name: 'availability', label: t('seeker.profile.availability'), value: v.availability, errors, emptyLabel: '—', options: AVAILABILITY.map((a) => ({ value: a, label: t(`seeker.availability.${a}`) })) })}`;

  const skillFields = html`
  !${select({ name: 'education', label: t('seeker.profile.education'), value: v.education, errors, emptyLabel: t('seeker.profile.chooseEducation'), options: tax.education_levels.map((e) => ({ value: e.slug, label: enumLabel(ctx, 'education', e.slug) })) })}
  !${input({ name: 'experience_years', label: t('seeker.profile.experience'), value: v.experience_years, errors, type: 'number', attrs: 'min="0" max="50" inputmode="numeric"' })}
  <fieldset class="field${errors.languages ? ' invalid' : ''}" id="languages-set"><legend>${t('seeker.profile.languages')}</legend>
    !${tax.languages
      .map(
        (l) =>
          html`<label class="lang-level">${l.name} <select name="lang_${l.slug}"><option value="">${t('seeker.profile.levelNone')}</option>!${tax.language_levels
            .map(
              (lv) =>
                html`<option value="${lv}"${levelOf(l.slug) === lv ? ' selected' : ''}>${enumLabel(ctx, 'level', lv)}</option>`,
            )
            .join('')}</select></label>`,
      )
      .join(' ')}
    !${errorText('languages', errors)}
  </fieldset>
  !${checkboxes({ name: 'skills', legend: t('seeker.profile.skills'), options: tax.skills.map((s) => ({ value: s, label: skillLabel(ctx, s) })), checked: v.skills ?? [], errors })}`;

  const privacyFields = html`
  <div class="field"><label class="check"><input type="checkbox" name="contact_consent" value="1"${v.contact_consent ? ' checked' : ''} aria-describedby="consent-hint"> ${t('seeker.profile.consent')}</label>
    <p class="hint" id="consent-hint">${t('seeker.profile.consentHint')}</p></div>
  <div class="field"><label class="check"><input type="checkbox" name="searchable" value="1"${v.searchable ? ' checked' : ''} aria-describedby="searchable-hint"> ${t('seeker.profile.searchable')}</label>
    <p class="hint" id="searchable-hint">${t('seeker.profile.searchableHint')}</p></div>`;

  const placeSummary = [
    placeName(ctx, savedCity),
    ...(savedCity?.localities
      .filter((l) => saved.localities?.includes(l.slug))
      .map((l) => placeName(ctx, l)) ?? []),
  ]
    .filter(Boolean)
    .join(' · ');
  const body = html`<section class="narrow profile">
<h1>${t('seeker.profile.title')}</h1>
<p>${t('seeker.profile.lead')}</p>
!${flash && !opened && !flashAt ? html`<p class="notice" role="status">${flash}</p>` : ''}
!${errorSummary(ctx, errors)}
!${section(
    ctx,
    'name',
    t('journeys.profile.nameSection'),
    `${profile.name} · ${profile.phone}`,
    Boolean(errors.name) || opened === 'name',
    html`!${input({ name: 'name', label: t('seeker.profile.name'), value: values.name ?? profile.name, errors, required: true, attrs: 'autocomplete="name" maxlength="100"' })}
  <p class="hint">${t('seeker.profile.phone')}: ${profile.phone} (${t('seeker.profile.fromAccount')})</p>`,
    noticeIn('name'),
  )}
!${section(ctx, 'place', t('journeys.profile.placeSection'), placeSummary, isOpen('place'), placeFields, noticeIn('place'))}
!${section(
    ctx,
    'work',
    t('journeys.profile.workSection'),
    [...(saved.roles ?? []).slice(0, 3).map(roleName), pay].filter(Boolean).join(' · '),
    isOpen('work'),
    workFields,
    noticeIn('work'),
  )}
!${section(
    ctx,
    'skills',
    t('journeys.profile.skillsSection'),
    [
      saved.education ? enumLabel(ctx, 'education', saved.education) : '',
      ...(saved.languages ?? []).map((l) => langName(l.language)),
      ...(saved.skills ?? []).slice(0, 3).map((s) => skillLabel(ctx, s)),
    ]
      .filter(Boolean)
      .join(' · '),
    isOpen('skills'),
    skillFields,
    noticeIn('skills'),
  )}
!${section(
    ctx,
    'privacy',
    t('journeys.profile.privacySection'),
    saved.contact_consent ? t('seeker.profile.consent') : t('journeys.profile.noCalls'),
    isOpen('privacy'),
    privacyFields,
    noticeIn('privacy'),
  )}
<details class="profile-section" id="resume"!${errors.resume ? ' open' : ''}>
<summary><span class="section-title">${t('seeker.profile.resume')}</span><span class="section-summary">${profile.resume ? profile.resume.name : t('seeker.profile.resumeNone')}</span></summary>
<p>!${profile.resume ? html`${t('seeker.profile.resumeCurrent', { name: profile.resume.name })} · <a href="/me/profile/resume">${t('seeker.profile.download')}</a>` : html`${t('seeker.profile.resumeNone')}`}</p>
<form method="post" action="/me/profile/resume" enctype="multipart/form-data">
  !${csrfField(ctx.csrf)}
  <div class="field${errors.resume ? ' invalid' : ''}"><label for="resume-file">${t('seeker.profile.resume')}</label>
  <input id="resume-file" name="resume" type="file" accept="application/pdf,.pdf">
  !${errorText('resume', errors)}</div>
  <button type="submit" class="secondary">${t('seeker.profile.upload')}</button>
</form>
</details>
!${extras}
!${profile.consents.length ? html`<details class="profile-section"><summary><span class="section-title">${t('seeker.profile.consentHistory')}</span></summary><ul>!${profile.consents.map((c) => html`<li>${formatDate(c.at, ctx.lang)}: ${c.granted ? t('seeker.profile.granted') : t('seeker.profile.withdrawn')} (${t(`seeker.profile.purpose.${c.purpose}`, { defaultValue: c.purpose })})</li>`).join('')}</ul></details>` : ''}
!${messagesLang ? messagesLangForm(ctx, messagesLang, flashAt === 'messages-lang' ? flash : undefined) : ''}
</section>`;
  return layout(ctx, { title: t('seeker.profile.title'), body, noindex: true });
}
