// Employer pages for candidate search (filters, masked result cards, the phone reveal) and the
// "is this job still open?" re-confirm page. Strings from i18n/*/candidates.json.
import { html } from 'ghtml';
import type { JobOut } from '../../modules/jobs/index.ts';
import type { CandidateContactOut, CandidateOut, ResolvedSearch } from '../../modules/seekers/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeName, skillLabel } from '../format.ts';
import { csrfField, type FieldErrors, input, select } from '../forms.ts';
import { layout } from '../layout.ts';

export type CandidateFormValues = Record<string, string | undefined>;

function card(ctx: PageContext, c: CandidateOut, tax: TaxonomyView): string {
  const { t } = ctx;
  const city = tax.cities.find((x) => x.slug === c.city);
  const langName = (slug: string) => tax.languages.find((l) => l.slug === slug)?.name ?? slug;
  const facts = [
    c.distance_km !== undefined ? t('candidates.distance', { km: c.distance_km }) : '',
    c.experience_years > 0 ? t('candidates.years', { count: c.experience_years }) : t('candidates.fresher'),
    c.education ? enumLabel(ctx, 'education', c.education) : '',
  ].filter(Boolean);
  return html`<li class="card">
  <h2>${c.name} <span class="status">${t('candidates.match', { score: c.match.score })}</span></h2>
  <p class="facts">${[placeName(ctx, city, c.city_name ?? ''), c.localities.join(', ')].filter(Boolean).join(' · ')}</p>
  <p class="facts">${facts.join(' · ')}</p>
  !${c.languages.length ? html`<p>${t('candidates.languages')}: ${c.languages.map((l) => `${langName(l.language)} (${enumLabel(ctx, 'level', l.level)})`).join(', ')}</p>` : ''}
  !${c.skills.length ? html`<p>${t('candidates.skills')}: ${c.skills.map((s) => skillLabel(ctx, s)).join(', ')}</p>` : ''}
  !${c.badges.length ? html`<p>${t('candidates.badges')}: ${c.badges.map((b) => `✔ ${b.label}`).join(' · ')}</p>` : ''}
  <p class="when">${t('candidates.updated', { date: formatDate(c.profile_updated_at, ctx.lang) })}</p>
  <p>${t('candidates.phone')}: ${c.phone}</p>
  !${
    c.contact_allowed
      ? html`<form method="post" action="/employer/candidates/${c.id}/contact" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="small">${t('candidates.reveal')}</button></form>`
      : html`<p class="note">${t('candidates.noConsent')}</p>`
  }
</li>`;
}

export function candidatesPage(
  ctx: PageContext,
  tax: TaxonomyView,
  values: CandidateFormValues,
  errors: FieldErrors,
  result?: { items: CandidateOut[]; total: number; page: number; applied: ResolvedSearch['applied'] },
): string {
  const { t } = ctx;
  const localities = tax.cities.flatMap((c) =>
    c.localities.map((l) => ({ value: l.slug, label: `${placeName(ctx, l)}, ${placeName(ctx, c)}` })),
  );
  const applied = result?.applied;
  const chips = applied
    ? [
        ...applied.words,
        applied.locality
          ? t('candidates.near', { place: applied.locality.name, km: applied.locality.radiusKm })
          : '',
        applied.city && !applied.locality ? applied.city : '',
        applied.experienceMin !== undefined
          ? t('candidates.yearsPlus', { count: applied.experienceMin })
          : '',
        applied.experienceMax === 0 ? t('candidates.fresher') : '',
        applied.education
          ? t('candidates.educationPlus', { level: enumLabel(ctx, 'education', applied.education) })
          : '',
        ...applied.languages.map((l) => tax.languages.find((x) => x.slug === l)?.name ?? l),
        ...applied.skills.map((s) => skillLabel(ctx, s)),
      ].filter(Boolean)
    : [];
  const page = result?.page ?? 1;
  const more = result ? page * 20 < result.total : false;
  const nextQuery = new URLSearchParams(
    Object.entries({ ...values, page: String(page + 1) }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  const body = html`<h1>${t('candidates.title')}</h1>
<p>${t('candidates.intro')}</p>
<form method="get" action="/employer/candidates#results" class="narrow" novalidate>
  !${input({ name: 'q', label: t('candidates.q'), value: values.q, errors, type: 'search', hint: t('candidates.qHint'), attrs: 'maxlength="200"' })}
  !${select({ name: 'locality', label: t('candidates.locality'), value: values.locality, errors, emptyLabel: t('candidates.any'), options: localities })}
  !${select({ name: 'radius_km', label: t('candidates.radius'), value: values.radius_km ?? '10', errors, options: ['5', '10', '25', '50'].map((k) => ({ value: k, label: t('candidates.km', { km: k }) })) })}
  !${input({ name: 'experience_min', label: t('candidates.experienceMin'), value: values.experience_min, errors, type: 'number', attrs: 'min="0" max="50" inputmode="numeric"' })}
  !${select({ name: 'education', label: t('candidates.education'), value: values.education, errors, emptyLabel: t('candidates.any'), options: tax.education_levels.map((e) => ({ value: e.slug, label: enumLabel(ctx, 'education', e.slug) })) })}
  !${select({ name: 'language', label: t('candidates.language'), value: values.language, errors, emptyLabel: t('candidates.any'), options: tax.languages.map((l) => ({ value: l.slug, label: l.name })) })}
  !${select({ name: 'skill', label: t('candidates.skill'), value: values.skill, errors, emptyLabel: t('candidates.any'), options: tax.skills.map((s) => ({ value: s, label: skillLabel(ctx, s) })) })}
  !${select({ name: 'badge', label: t('candidates.badge'), value: values.badge, errors, emptyLabel: t('candidates.any'), options: ['typing', 'data_entry', 'english'].map((b) => ({ value: b, label: t(`candidates.badgeKind.${b}`) })) })}
  <button type="submit">${t('candidates.search')}</button>
</form>
!${
    result
      ? html`<p role="status" id="results">${t('candidates.found', { count: result.total })}!${chips.length ? html` · ${t('candidates.for')}: ${chips.join(', ')}` : ''}</p>
!${result.items.length ? html`<ol class="cards">!${result.items.map((c) => card(ctx, c, tax)).join('')}</ol>` : html`<p>${t('candidates.none')}</p>`}
!${more ? html`<p><a class="button secondary" href="/employer/candidates?${nextQuery}#results">${t('candidates.next')}</a></p>` : ''}`
      : ''
  }
<p class="note">${t('candidates.privacy')}</p>`;
  return layout(ctx, { title: t('candidates.title'), body, noindex: true });
}

export function candidateContactPage(ctx: PageContext, contact: CandidateContactOut, back: string): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('candidates.contactTitle')}</h1>
<p class="notice" role="status">${t('candidates.recorded')}</p>
<p><a class="button" href="tel:${contact.phone}">${t('candidates.call', { phone: contact.phone })}</a></p>
<p><a class="button secondary" href="${contact.whatsapp_url}" rel="noopener">${t('candidates.whatsapp')}</a></p>
<p><a href="${back}">${t('candidates.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('candidates.contactTitle'), body, noindex: true });
}

export function reconfirmPage(ctx: PageContext, job: JobOut): string {
  const { t } = ctx;
  const pending = job.status === 'published' && Boolean(job.reconfirm_requested_at);
  const body = html`<section class="narrow">
<h1>${t('reconfirm.title')}</h1>
<p><a href="/jobs/${job.id}">${job.title}</a></p>
<p>${pending ? t('reconfirm.asked', { date: formatDate(job.reconfirm_requested_at!, ctx.lang) }) : t('reconfirm.notAsked')}</p>
!${job.status === 'published' ? reconfirmForm(ctx, job.id) : ''}
<p><a href="/employer">${t('reconfirm.dashboard')}</a></p>
</section>`;
  return layout(ctx, { title: t('reconfirm.title'), body, noindex: true });
}

export const reconfirmForm = (ctx: PageContext, jobId: number): string =>
  html`<form method="post" action="/employer/jobs/${jobId}/reconfirm" class="inline">!${csrfField(ctx.csrf)}<button type="submit" class="small">${ctx.t('reconfirm.button')}</button></form>`;
