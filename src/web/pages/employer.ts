// Employer pages: dashboard of jobs with lifecycle buttons, company profile form, post-a-job form.
import { html } from 'ghtml';
import type { CompanyOut } from '../../modules/companies/index.ts';
import type { JobSummary } from '../../modules/hiring/index.ts';
import { type JobOut, jobHints } from '../../modules/jobs/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeName, salaryText, whereText } from '../format.ts';
import { checkboxes, csrfField, type FieldErrors, input, select, textarea } from '../forms.ts';
import { layout } from '../layout.ts';
import { moderationReasons, titleHints } from '../reasons.ts';
import { reconfirmForm } from './candidates.ts';
import { offerCheckBlock } from './insights.ts';
import { badgeHow } from './verification.ts';

const ACTIONS: Record<string, string[]> = {
  draft: ['publish', 'close'],
  published: ['pause', 'renew', 'close'],
  paused: ['publish', 'close'],
  expired: ['renew', 'publish', 'close'],
  held: ['close'],
  closed: [],
};
/** A live job this close to its expiry asks to be renewed. */
const RENEW_WITHIN_MS = 7 * 86_400_000;

function jobCard(ctx: PageContext, j: JobOut, s: JobSummary, tax?: TaxonomyView): string {
  const { t } = ctx;
  const post = (action: string, label: string, extra = '', cls = 'small') =>
    html`<form method="post" action="/employer/jobs/${j.id}/${action}" class="inline">!${csrfField(ctx.csrf)}!${extra}<button type="submit" class="${cls}">${label}</button></form>`;
  const actions = (ACTIONS[j.status] ?? []).flatMap((a) =>
    a === 'close'
      ? [
          post(
            'close',
            t('hiring.dash.closeFilled'),
            html`<input type="hidden" name="reason" value="filled">`,
          ),
          post('close', t('employer.close'), '', 'small secondary'),
        ]
      : [post(a, t(`employer.${a}`))],
  );
  const expires = j.expires_at ? Date.parse(j.expires_at) : undefined;
  const live = j.status === 'published' && expires !== undefined;
  const soon = live && expires - Date.now() < RENEW_WITHIN_MS;
  return html`<li class="card" id="job-${j.id}">
  <h2><a href="/jobs/${j.id}">${j.title}</a> <span class="status status-${j.status}">${t(`job.status.${j.status}`)}</span></h2>
  <p class="facts">${tax ? whereText(ctx, tax, j) : `${j.locality_name}, ${j.city_name}`} · ${salaryText(ctx, j.salary_min, j.salary_max).monthly}</p>
  <p class="figures">${t('hiring.dash.summary', { views: formatNumber(s.views, ctx.lang), applies: formatNumber(s.applies, ctx.lang), calls: formatNumber(s.calls, ctx.lang) })}</p>
  <p><a href="/employer/jobs/${j.id}/applicants">${t('hiring.applicants')}</a> · <a href="/employer/jobs/${j.id}/stats">${t('hiring.dash.stats')}</a></p>
  !${j.moderation && j.moderation.state !== 'clear' ? html`<p class="notice">${moderationReasons(ctx, j.moderation).join('; ')}</p>` : ''}
  !${titleHints(ctx, j.hints)}
  <p class="when">${j.posted_at ? t('job.postedOn', { date: formatDate(j.posted_at, ctx.lang) }) : ''}!${live && !soon ? html` · ${t('hiring.dash.expires', { date: formatDate(j.expires_at!, ctx.lang) })}` : ''}</p>
  !${j.status === 'published' && j.reconfirm_requested_at ? html`<p class="notice">${t('reconfirm.banner', { date: formatDate(j.reconfirm_requested_at, ctx.lang) })}</p>!${reconfirmForm(ctx, j.id)}` : ''}
  !${soon ? html`<p class="notice">${t('hiring.dash.expiresSoon', { date: formatDate(j.expires_at!, ctx.lang) })}</p>` : ''}
  !${j.status === 'closed' && j.closed_reason ? html`<p class="muted">${t(`hiring.dash.closedReason.${j.closed_reason}`)}</p>` : ''}
  <div class="actions">!${actions.join('')}!${post('duplicate', t('hiring.dash.duplicate'), '', 'small secondary')}</div>
</li>`;
}

export function dashboardPage(
  ctx: PageContext,
  companies: CompanyOut[],
  jobs: { job: JobOut; summary: JobSummary }[],
  flash?: string,
  tax?: TaxonomyView,
): string {
  const { t } = ctx;
  const company = companies[0];
  const body = html`<h1>${t('employer.dashboard')}</h1>
!${flash ? html`<p class="notice" role="status">${flash}</p>` : ''}
!${
    company
      ? html`<p><a href="/companies/${company.id}">${company.name}</a> · <a href="/employer/company">${t('employer.companyTitle')}</a>!${company.verified ? '' : html` · <a href="/employer/verification">${t('verification.link')}</a>`}</p>
<p><a class="button" href="/employer/jobs/new">${t('nav.postJob')}</a> <a class="button secondary" href="/employer/candidates">${t('candidates.title')}</a></p>`
      : html`<p>${t('employer.noCompany')}</p><p><a class="button" href="/employer/company">${t('employer.createCompany')}</a></p>`
  }
!${jobs.length ? html`<ol class="cards">!${jobs.map((j) => jobCard(ctx, j.job, j.summary, tax)).join('')}</ol>` : html`<p>${t('employer.noJobs')}</p>`}`;
  return layout(ctx, { title: t('employer.dashboard'), body, noindex: true });
}

export function companyFormPage(
  ctx: PageContext,
  tax: TaxonomyView,
  values: Record<string, string | undefined>,
  errors: FieldErrors,
  existing?: CompanyOut,
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('employer.companyTitle')}</h1>
!${Object.keys(errors).length ? html`<p class="errors" role="alert">${t('employer.fixErrors')}</p>` : ''}
<form method="post" action="/employer/company" novalidate>
  !${csrfField(ctx.csrf)}
  !${input({ name: 'name', label: t('employer.companyName'), value: values.name ?? existing?.name, errors, required: true, attrs: 'maxlength="120"' })}
  !${select({ name: 'industry', label: t('employer.industry'), value: values.industry ?? existing?.industry, errors, required: true, emptyLabel: '', options: tax.industries.map((i) => ({ value: i.slug, label: i.name })) })}
  !${select({ name: 'city', label: t('employer.city'), value: values.city ?? existing?.city, errors, required: true, emptyLabel: '', options: tax.cities.map((c) => ({ value: c.slug, label: placeName(ctx, c) })) })}
  !${input({ name: 'website', label: t('employer.website'), value: values.website ?? existing?.website, errors, type: 'url', attrs: 'placeholder="https://"' })}
  !${input({ name: 'gstin', label: t('employer.gstin'), value: values.gstin ?? existing?.gstin, errors, attrs: 'maxlength="15" autocapitalize="characters"' })}
  !${textarea({ name: 'about', label: t('employer.about'), value: values.about ?? existing?.about, errors, rows: 4 })}
  <button type="submit">${t('employer.save')}</button>
</form></section>`;
  return layout(ctx, { title: t('employer.companyTitle'), body, noindex: true });
}

export function jobFormPage(
  ctx: PageContext,
  tax: TaxonomyView,
  values: Record<string, string | string[] | undefined>,
  errors: FieldErrors,
): string {
  const { t } = ctx;
  const v = (k: string) => {
    const x = values[k];
    return Array.isArray(x) ? x[0] : x;
  };
  const list = (k: string) => {
    const x = values[k];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const localities = tax.cities.flatMap((c) =>
    c.localities.map((l) => ({
      value: `${c.slug}/${l.slug}`,
      label: `${placeName(ctx, l)}, ${placeName(ctx, c)}`,
    })),
  );
  const enumOpts = (kind: string, slugs: string[]) =>
    slugs.map((s) => ({ value: s, label: enumLabel(ctx, kind, s) }));
  const body = html`<section class="narrow">
<h1>${t('employer.postTitle')}</h1>
!${Object.keys(errors).length ? html`<p class="errors" role="alert">${t('employer.fixErrors')}</p>` : ''}
<form method="post" action="/employer/jobs/new" novalidate>
  !${csrfField(ctx.csrf)}
  !${input({ name: 'title', label: t('employer.jobTitle'), value: v('title'), errors, required: true, attrs: 'maxlength="120" placeholder="Customer Support Executive (Hindi + English)"' })}
  !${select({ name: 'role', label: t('employer.role'), value: v('role'), errors, required: true, emptyLabel: '', options: tax.roles.map((r) => ({ value: r.slug, label: `${r.name} (${enumLabel(ctx, 'category', r.category)})` })) })}
  !${titleHints(ctx, v('title') && v('role') ? jobHints({ title: v('title')!, role: v('role')! }) : [])}
  !${select({ name: 'sector', label: t('employer.sector'), value: v('sector'), errors, emptyLabel: t('employer.none'), options: tax.sectors.map((s) => ({ value: s.slug, label: s.name })) })}
  !${select({ name: 'industry', label: t('employer.industry'), value: v('industry'), errors, required: true, emptyLabel: '', options: tax.industries.map((i) => ({ value: i.slug, label: i.name })) })}
  !${select({ name: 'place', label: t('search.locality'), value: v('place'), errors: { ...errors, place: errors.place ?? errors.locality ?? errors.city ?? '' }, required: true, emptyLabel: '', options: localities })}
  !${select({ name: 'work_mode', label: t('job.workMode'), value: v('work_mode') ?? 'onsite', errors, options: enumOpts('work_mode', ['onsite', 'hybrid', 'remote']) })}
  !${select({ name: 'shift', label: t('job.shift'), value: v('shift') ?? 'day', errors, options: enumOpts('shift', ['day', 'night', 'rotational', 'uk', 'us']) })}
  <div class="row">
  !${input({ name: 'salary_min', label: t('employer.salaryMin'), value: v('salary_min'), errors, type: 'number', hint: t('employer.salaryHint'), attrs: 'min="0" max="500000" step="500" inputmode="numeric"' })}
  !${input({ name: 'salary_max', label: t('employer.salaryMax'), value: v('salary_max'), errors, type: 'number', attrs: 'min="0" max="500000" step="500" inputmode="numeric"' })}
  </div>
  <div class="row">
  !${input({ name: 'experience_min', label: t('employer.experienceMin'), value: v('experience_min') ?? '0', errors, type: 'number', attrs: 'min="0" max="40" inputmode="numeric"' })}
  !${input({ name: 'experience_max', label: t('employer.experienceMax'), value: v('experience_max'), errors, type: 'number', attrs: 'min="0" max="40" inputmode="numeric"' })}
  </div>
  !${select({ name: 'education_min', label: t('employer.educationMin'), value: v('education_min') ?? '12th', errors, options: enumOpts('education', ['below_10th', '10th', '12th', 'diploma', 'graduate', 'postgraduate']) })}
  !${checkboxes({ name: 'languages', legend: t('employer.languages'), options: tax.languages.map((l) => ({ value: l.slug, label: l.name })), checked: list('languages'), errors })}
  !${input({ name: 'skills', label: t('employer.skills'), value: v('skills'), errors, attrs: 'placeholder="communication, ms-excel, typing"' })}
  !${checkboxes({ name: 'perks', legend: t('employer.perks'), options: tax.perks.map((p) => ({ value: p.slug, label: p.name })), checked: list('perks'), errors })}
  !${input({ name: 'openings', label: t('employer.openings'), value: v('openings') ?? '1', errors, type: 'number', attrs: 'min="1" max="1000" inputmode="numeric"' })}
  !${textarea({ name: 'description', label: t('employer.description'), value: v('description'), errors, hint: t('employer.descriptionHint'), required: true, rows: 8 })}
  <div class="actions">
    <button type="submit" name="status" value="published">${t('employer.publish')}</button>
    <button type="submit" name="status" value="draft" class="secondary">${t('employer.saveDraft')}</button>
  </div>
</form>
!${offerCheckBlock(ctx, tax)}</section>`;
  return layout(ctx, { title: t('employer.postTitle'), body, noindex: true });
}

export function companyPage(
  ctx: PageContext,
  company: CompanyOut,
  jobs: { id: number; title: string }[],
  tax: TaxonomyView,
): string {
  const { t } = ctx;
  const body = html`<article class="narrow">
<h1>${company.name}</h1>
<p>!${company.verified ? html`<span class="badge">✔ ${t('job.verified')}</span> <span class="muted">${badgeHow(ctx, company.verified_how)}</span>` : html`<span class="muted">${t('job.unverified')}</span>`}</p>
<dl class="facts">
  <dt>${t('employer.industry')}</dt><dd>${tax.industries.find((i) => i.slug === company.industry)?.name ?? company.industry}</dd>
  <dt>${t('employer.city')}</dt><dd>${placeName(
    ctx,
    tax.cities.find((c) => c.slug === company.city),
    company.city,
  )}</dd>
  !${company.website ? html`<dt>${t('employer.website')}</dt><dd><a href="${company.website}" rel="nofollow noopener">${company.website}</a></dd>` : ''}
</dl>
!${company.about ? html`<p>${company.about}</p>` : ''}
<h2>${t('employer.dashboard')}</h2>
<ul>!${jobs.map((j) => html`<li><a href="/jobs/${j.id}">${j.title}</a></li>`).join('')}</ul>
</article>`;
  return layout(ctx, { title: company.name, body });
}
