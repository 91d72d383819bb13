// Job search results and the job page. Results take the same query names as GET /api/v1/jobs;
// the job page carries schema.org JobPosting JSON-LD for search engines.
import { html } from 'ghtml';
import type { JobOut } from '../../modules/jobs/jobs.schema.ts';
import type { SearchItem, SearchQuery, SearchResult } from '../../modules/search/search.schema.ts';
import type { TaxonomyView } from '../../modules/taxonomy/taxonomy.service.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, experienceText, salaryText } from '../format.ts';
import { formatDate, formatNumber } from '../i18n/index.ts';
import { layout } from '../layout.ts';
import { saveJobForm, saveSearchForm } from './alerts.ts';
import { applyButton } from './seeker.ts';

function jobCard(ctx: PageContext, j: SearchItem): string {
  const pay = salaryText(ctx, j.salary_min, j.salary_max);
  return html`<li class="card">
  <h3><a href="/jobs/${j.id}">${j.title}</a></h3>
  <p class="company">${j.company.name}!${j.company.verified ? html` <span class="badge" title="${ctx.t('job.verified')}">✔</span>` : ''}</p>
  <p class="facts"><span>${j.locality_name}, ${j.city_name}</span>!${j.distance_km !== undefined ? html` · <span>${ctx.t('search.away', { km: j.distance_km })}</span>` : ''}</p>
  <p class="pay">${pay.monthly}</p>
  <p class="tags"><span>${enumLabel(ctx, 'work_mode', j.work_mode)}</span><span>${enumLabel(ctx, 'shift', j.shift)}</span><span>${enumLabel(ctx, 'education', j.education_min)}</span></p>
  <p class="when">${ctx.t('job.postedOn', { date: formatDate(j.posted_at, ctx.lang) })}</p>
  !${applyButton(ctx, j.id)}
</li>`;
}

function options(
  values: { slug: string; name: string }[],
  selected: string | undefined,
  anyLabel: string,
): string {
  return html`<option value="">${anyLabel}</option>!${values
    .map((v) => html`<option value="${v.slug}"${v.slug === selected ? ' selected' : ''}>${v.name}</option>`)
    .join('')}`;
}

export function resultsPage(
  ctx: PageContext,
  tax: TaxonomyView,
  query: SearchQuery,
  result: SearchResult | null,
  errors: { field: string; message: string }[],
  publicUrl: string,
): string {
  const { t } = ctx;
  const enumOptions = (kind: string, slugs: string[]) =>
    slugs.map((s) => ({ slug: s, name: enumLabel(ctx, kind, s) }));
  const city = tax.cities.find((c) => c.slug === query.city);
  const nextQuery = new URLSearchParams(ctx.query);
  if (result?.next_cursor) nextQuery.set('cursor', result.next_cursor);
  const firstQuery = new URLSearchParams(ctx.query);
  firstQuery.delete('cursor');
  const title = query.q ? t('search.titleWithQuery', { q: query.q }) : t('search.title');
  const body = html`
<h1>${title}${city ? ` · ${city.name}` : ''}</h1>
!${errors.length ? html`<div class="errors" role="alert"><ul>!${errors.map((e) => html`<li>${e.field}: ${e.message}</li>`).join('')}</ul></div>` : ''}
<div class="results-layout">
<form method="get" action="/jobs" class="filters" id="filters" aria-label="${t('search.filters')}">
  <label for="f-q">${t('search.keywords')}</label>
  <input id="f-q" name="q" type="search" value="${query.q ?? ''}" maxlength="200">
  <label for="f-city">${t('home.cityLabel')}</label>
  <select id="f-city" name="city">!${options(tax.cities, query.city, t('home.anyCity'))}</select>
  !${city ? html`<label for="f-locality">${t('search.locality')}</label><select id="f-locality" name="locality">!${options(city.localities, query.locality, t('search.anyLocality'))}</select>` : ''}
  <label for="f-category">${t('search.category')}</label>
  <select id="f-category" name="category">!${options(enumOptions('category', ['customer_service', 'back_office']), query.category, t('search.any'))}</select>
  <label for="f-work">${t('search.workMode')}</label>
  <select id="f-work" name="work_mode">!${options(enumOptions('work_mode', ['onsite', 'hybrid', 'remote']), query.work_mode, t('search.any'))}</select>
  <label for="f-shift">${t('search.shift')}</label>
  <select id="f-shift" name="shift">!${options(enumOptions('shift', ['day', 'night', 'rotational', 'uk', 'us']), query.shift, t('search.any'))}</select>
  <label for="f-edu">${t('search.education')}</label>
  <select id="f-edu" name="education">!${options(
    enumOptions('education', ['below_10th', '10th', '12th', 'diploma', 'graduate', 'postgraduate']),
    query.education,
    t('search.any'),
  )}</select>
  <label for="f-exp">${t('search.experience')}</label>
  <input id="f-exp" name="experience_max" type="number" min="0" max="40" inputmode="numeric" value="${query.experience_max ?? ''}">
  <label for="f-sal">${t('search.salaryMin')}</label>
  <input id="f-sal" name="salary_min" type="number" min="0" max="500000" step="1000" inputmode="numeric" value="${query.salary_min ?? ''}">
  <label for="f-sort">${t('search.sort')}</label>
  <select id="f-sort" name="sort">!${[
    ['relevance', t('search.sortRelevance')],
    ['recent', t('search.sortRecent')],
    ['salary', t('search.sortSalary')],
    ...(query.locality || query.near ? [['distance', t('search.sortDistance')]] : []),
  ]
    .map(
      ([v, l]) =>
        html`<option value="${v}"${(query.sort ?? 'relevance') === v ? ' selected' : ''}>${l}</option>`,
    )
    .join('')}</select>
  <button type="submit">${t('search.apply')}</button>
  <a href="/jobs">${t('search.clear')}</a>
</form>
<section class="results" aria-live="polite">
  <a class="to-filters" href="#filters">${t('search.filters')}</a>
  !${result ? html`<p class="count">${t('search.results', { count: result.total, formatted: formatNumber(result.total, ctx.lang) })}</p>` : ''}
  !${result?.notices?.length ? html`<p class="notice">${result.notices.join(' ')}</p>` : ''}
  !${result ? saveSearchForm(ctx, query) : ''}
  !${result && result.items.length === 0 ? html`<p>${t('search.none')}</p>` : ''}
  <ol class="cards">!${(result?.items ?? []).map((j) => jobCard(ctx, j)).join('')}</ol>
  <nav class="pager">
    !${query.cursor ? html`<a href="/jobs?${firstQuery.toString()}">${t('search.firstPage')}</a>` : ''}
    !${result?.next_cursor ? html`<a class="button" rel="next" href="/jobs?${nextQuery.toString()}">${t('search.next')}</a>` : ''}
  </nav>
</section>
</div>`;
  const canonical = new URLSearchParams();
  for (const k of ['q', 'city', 'locality', 'category', 'role']) {
    const v = ctx.query.get(k);
    if (v) canonical.set(k, v);
  }
  return layout(ctx, {
    title,
    body,
    canonical: `${publicUrl}/jobs${canonical.size ? `?${canonical}` : ''}`,
    noindex: Boolean(query.cursor),
  });
}

/** schema.org JobPosting, as Google for Jobs reads it. `<` is escaped so the JSON cannot end the script. */
export function jobPostingJsonLd(job: JobOut, publicUrl: string): string {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description,
    identifier: { '@type': 'PropertyValue', name: 'Deskhire', value: String(job.id) },
    datePosted: job.posted_at ?? job.created_at,
    ...(job.expires_at ? { validThrough: job.expires_at } : {}),
    employmentType: 'FULL_TIME',
    hiringOrganization: {
      '@type': 'Organization',
      name: job.company.name,
      sameAs: `${publicUrl}/companies/${job.company.id}`,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: `${job.locality_name}, ${job.city_name}`,
        addressRegion: 'Maharashtra',
        addressCountry: 'IN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: job.lat, longitude: job.lng },
    },
    ...(job.work_mode === 'remote'
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'State', name: 'Maharashtra' },
        }
      : {}),
    ...(job.salary_min !== null && job.salary_max !== null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'INR',
            value: {
              '@type': 'QuantitativeValue',
              minValue: job.salary_min,
              maxValue: job.salary_max,
              unitText: 'MONTH',
            },
          },
        }
      : {}),
    experienceRequirements:
      job.experience_min === 0
        ? 'no requirements'
        : { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: job.experience_min * 12 },
    educationRequirements: {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: job.education_min,
    },
    skills: job.skills.join(', '),
    industry: job.industry,
    occupationalCategory: job.role_name,
    totalJobOpenings: job.openings,
    directApply: true,
  };
  const json = JSON.stringify(ld).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/ld+json">${json}</script>`;
}

export function jobPage(ctx: PageContext, job: JobOut, tax: TaxonomyView, publicUrl: string): string {
  const { t } = ctx;
  const pay = salaryText(ctx, job.salary_min, job.salary_max);
  const langName = (slug: string) => tax.languages.find((l) => l.slug === slug)?.name ?? slug;
  const perkName = (slug: string) => tax.perks.find((p) => p.slug === slug)?.name ?? slug;
  const open = job.status === 'published';
  const body = html`
<article class="job">
  <p class="status status-${job.status}">${t(`job.status.${job.status}`)}</p>
  <h1>${job.title}</h1>
  <p class="company"><a href="/companies/${job.company.id}">${job.company.name}</a>
    !${job.company.verified ? html`<span class="badge">✔ ${t('job.verified')}</span>` : html`<span class="muted">${t('job.unverified')}</span>`}</p>
  !${open ? applyButton(ctx, job.id, { signInLink: true }) : html`<p class="notice">${t('job.notOpen')}</p>`}
  <dl class="facts">
    <dt>${t('job.salary')}</dt><dd>${pay.monthly}!${pay.annual ? html` <span class="muted">(${pay.annual})</span>` : ''}</dd>
    <dt>${t('job.location')}</dt><dd>${job.locality_name}, ${job.city_name}</dd>
    <dt>${t('job.workMode')}</dt><dd>${enumLabel(ctx, 'work_mode', job.work_mode)}</dd>
    <dt>${t('job.shift')}</dt><dd>${enumLabel(ctx, 'shift', job.shift)}</dd>
    <dt>${t('job.experience')}</dt><dd>${experienceText(ctx, job.experience_min, job.experience_max)}</dd>
    <dt>${t('job.education')}</dt><dd>${enumLabel(ctx, 'education', job.education_min)}</dd>
    !${job.languages.length ? html`<dt>${t('job.languages')}</dt><dd>${job.languages.map((l) => `${langName(l.language)} (${enumLabel(ctx, 'level', l.level)})`).join(', ')}</dd>` : ''}
    !${job.skills.length ? html`<dt>${t('job.skills')}</dt><dd>${job.skills.join(', ')}</dd>` : ''}
    !${job.perks.length ? html`<dt>${t('job.perks')}</dt><dd>${job.perks.map(perkName).join(', ')}</dd>` : ''}
    <dt>${t('job.openings')}</dt><dd>${job.openings}</dd>
  </dl>
  <h2>${t('job.about')}</h2>
  <div class="description">!${job.description
    .split(/\n{2,}/)
    .map((para) => html`<p>${para}</p>`)
    .join('')}</div>
  <p class="when">${job.posted_at ? t('job.postedOn', { date: formatDate(job.posted_at, ctx.lang) }) : ''}
    ${job.expires_at && open ? ` · ${t('job.expiresOn', { date: formatDate(job.expires_at, ctx.lang) })}` : ''}</p>
  !${job.moderation && job.moderation.state !== 'clear' ? html`<p class="notice">${t('job.moderation')}: ${job.moderation.state} — ${job.moderation.reasons.join('; ')}</p>` : ''}
  !${open ? saveJobForm(ctx, job.id) : ''}
  <p class="note">${t('job.scamWarning')} <a href="/jobs/${job.id}/report">${t('trust.report.link')}</a> · <a href="/trust/caller">${t('trust.nav.caller')}</a></p>
</article>`;
  return layout(ctx, {
    title: `${job.title} – ${job.company.name}, ${job.locality_name}`,
    description: `${job.title} at ${job.company.name} in ${job.locality_name}, ${job.city_name}. ${pay.monthly}.`,
    body,
    canonical: `${publicUrl}/jobs/${job.id}`,
    head: open ? jobPostingJsonLd(job, publicUrl) : undefined,
    noindex: !open,
  });
}
