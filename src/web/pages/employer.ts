// Employer pages: the company profile form, the post-a-job / edit-a-job form, the public company
// page. The dashboard is in employer-dashboard.ts.
import { html } from 'ghtml';
import type { CompanyOut } from '../../modules/companies/index.ts';
import { type JobOut, jobHints } from '../../modules/jobs/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, langAttr, placeName, skillLabel } from '../format.ts';
import { checkboxes, csrfField, type FieldErrors, input, select, textarea } from '../forms.ts';
import { JOB_FORM_FIELDS } from '../job-form.ts';
import { layout } from '../layout.ts';
import { titleHints } from '../reasons.ts';
import { dashboardTab } from './employer-dashboard.ts';
import { offerCheckBlock } from './insights.ts';
import { badgeHow } from './verification.ts';

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
!${existing ? '' : html`<p class="notice" role="status">${t('employerTruth.company.firstLead')}</p>`}
!${Object.keys(errors).length ? html`<p class="errors" role="alert">${t('employer.fixErrors')}</p>` : ''}
<form method="post" action="/employer/company" novalidate>
  !${csrfField(ctx.csrf)}
  !${input({ name: 'name', label: t('employer.companyName'), value: values.name ?? existing?.name, errors, required: true, attrs: 'maxlength="120"' })}
  !${select({ name: 'industry', label: t('employer.industry'), value: values.industry ?? existing?.industry, errors, required: true, emptyLabel: t('employerTruth.company.choose'), options: tax.industries.map((i) => ({ value: i.slug, label: i.name })) })}
  !${select({ name: 'city', label: t('employer.city'), value: values.city ?? existing?.city, errors, required: true, emptyLabel: t('employerTruth.company.choose'), options: tax.cities.map((c) => ({ value: c.slug, label: placeName(ctx, c) })) })}
  !${input({ name: 'website', label: t('employer.website'), value: values.website ?? existing?.website, errors, type: 'url', hint: t('jobForm.websiteHint'), attrs: 'maxlength="200" inputmode="url" autocomplete="url"' })}
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
  /** Editing this job (a draft or a live one) instead of posting a new one. */
  opts: { job?: JobOut; flash?: string } = {},
): string {
  const { t } = ctx;
  const job = opts.job;
  const heading = job ? t('employerJobs.editTitle') : t('employer.postTitle');
  const buttons =
    !job || job.status === 'draft'
      ? html`<button type="submit" name="status" value="published">${t('employer.publish')}</button>
    <button type="submit" name="status" value="draft" class="secondary">${t('employer.saveDraft')}</button>`
      : html`<button type="submit">${t('employerJobs.saveChanges')}</button>
    <a class="button secondary" href="/employer?tab=${dashboardTab(job)}#job-${job.id}">${t('employerJobs.cancelEdit')}</a>`;
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
<h1>${heading}</h1>
!${opts.flash ? html`<p class="notice" role="status">${opts.flash}</p>` : ''}
!${
    // What is true of the job now (held for review, paused, expired, draft or live), never "live" by default.
    job && !(job.status === 'draft' && opts.flash)
      ? html`<p class="${job.status === 'published' || job.status === 'draft' ? 'muted' : 'notice'} job-state">${t(`employerTruth.editStatus.${job.status}`, { defaultValue: '' })}</p>`
      : ''
  }
!${errorSummary(ctx, errors)}
<form method="post" action="${job ? `/employer/jobs/${job.id}/edit` : '/employer/jobs/new'}" novalidate>
  !${csrfField(ctx.csrf)}
  !${input({ name: 'title', label: t('employer.jobTitle'), value: v('title'), errors, required: true, attrs: `maxlength="120" placeholder="${t('jobForm.titleExample')}"` })}
  !${select({ name: 'role', label: t('employer.role'), value: v('role'), errors, required: true, emptyLabel: t('jobForm.pickOne'), options: tax.roles.map((r) => ({ value: r.slug, label: `${r.name} (${enumLabel(ctx, 'category', r.category)})` })) })}
  !${titleHints(ctx, v('title') && v('role') ? jobHints({ title: v('title')!, role: v('role')! }) : [])}
  !${select({ name: 'sector', label: t('employer.sector'), value: v('sector'), errors, emptyLabel: t('employer.none'), options: tax.sectors.map((s) => ({ value: s.slug, label: s.name })) })}
  !${select({ name: 'industry', label: t('employer.industry'), value: v('industry'), errors, required: true, emptyLabel: t('jobForm.pickOne'), options: tax.industries.map((i) => ({ value: i.slug, label: i.name })) })}
  !${select({ name: 'place', label: t('search.locality'), value: v('place'), errors: { ...errors, place: errors.place ?? errors.locality ?? errors.city ?? '' }, required: true, emptyLabel: t('jobForm.pickOne'), options: localities })}
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
  !${input({
    name: 'skills',
    label: t('employer.skills'),
    value: v('skills'),
    errors,
    hint: t('employerJobs.skillsHint', {
      examples: tax.skills
        .slice(0, 6)
        .map((s) => skillLabel(ctx, s))
        .join(', '),
    }),
    attrs: `placeholder="${['communication', 'ms-excel', 'typing'].map((s) => skillLabel(ctx, s)).join(', ')}"`,
  })}
  !${checkboxes({ name: 'perks', legend: t('employer.perks'), options: tax.perks.map((p) => ({ value: p.slug, label: p.name })), checked: list('perks'), errors })}
  <fieldset class="interview-details"><legend>${t('jobInterview.legend')}</legend>
  <p class="hint">${t('jobInterview.hint')}</p>
  !${input({ name: 'interview_address', label: t('jobInterview.address'), value: v('interview_address'), errors, attrs: 'maxlength="300" autocomplete="street-address"' })}
  <div class="row">
  !${input({ name: 'walk_in_from', label: t('jobInterview.from'), value: v('walk_in_from'), errors, type: 'date' })}
  !${input({ name: 'walk_in_to', label: t('jobInterview.to'), value: v('walk_in_to'), errors, type: 'date' })}
  </div>
  !${input({ name: 'interview_timings', label: t('jobInterview.timings'), value: v('interview_timings'), errors, attrs: `maxlength="120" placeholder="${t('jobInterview.timingsExample')}"` })}
  </fieldset>
  !${input({ name: 'openings', label: t('employer.openings'), value: v('openings') ?? '1', errors, type: 'number', attrs: 'min="1" max="1000" inputmode="numeric"' })}
  !${textarea({ name: 'description', label: t('employer.description'), value: v('description'), errors, hint: t('employer.descriptionHint'), required: true, rows: 8 })}
  <div class="actions">
    !${buttons}
  </div>
</form>
!${offerCheckBlock(ctx, tax)}</section>`;
  return layout(ctx, { title: heading, body, noindex: true });
}

/**
 * Every problem of the posted form at the top, in the form's order, each a link to its box: on a
 * phone the first screen says what to correct, not only "fix the highlighted fields".
 */
function errorSummary(ctx: PageContext, errors: FieldErrors): string {
  const fields = Object.keys(errors);
  if (!fields.length) return '';
  const order = (f: string) => {
    const i = (JOB_FORM_FIELDS as readonly string[]).indexOf(f);
    return i < 0 ? JOB_FORM_FIELDS.length : i;
  };
  // Checkbox groups have no single box to jump to; their message sits on the group.
  const target = (f: string) => (f === 'languages' || f === 'perks' ? '' : f);
  const items = fields
    .sort((a, b) => order(a) - order(b))
    .map((f) =>
      target(f) ? html`<li><a href="#${target(f)}">${errors[f]}</a></li>` : html`<li>${errors[f]}</li>`,
    )
    .join('');
  return html`<div class="errors" role="alert" id="form-errors"><p>${ctx.t('jobForm.fixThese', { count: fields.length })}</p><ul>!${items}</ul></div>`;
}

export function companyPage(
  ctx: PageContext,
  company: CompanyOut,
  jobs: { id: number; title: string }[],
  tax: TaxonomyView,
  own = false,
): string {
  const { t } = ctx;
  const body = html`<article class="narrow company-page">
<h1>${company.name}</h1>
<p>!${company.verified ? html`<span class="badge">✔ ${t('job.verified')}</span> <span class="muted">${badgeHow(ctx, company.verified_how)}</span>` : html`<span class="muted">${t('job.unverified')}</span>`}</p>
<dl class="facts">
  <dt>${t('employer.industry')}</dt><dd>${tax.industries.find((i) => i.slug === company.industry)?.name ?? company.industry}</dd>
  <dt>${t('employer.city')}</dt><dd>${placeName(
    ctx,
    tax.cities.find((c) => c.slug === company.city),
    company.city,
  )}</dd>
  !${company.website ? html`<dt>${t('employer.website')}</dt><dd><a class="website" href="${company.website}" rel="nofollow noopener" lang="en">${company.website}</a></dd>` : ''}
</dl>
!${company.about ? html`<p!${langAttr(ctx, company.about)}>${company.about}</p>` : ''}
<h2>${own ? t('employer.dashboard') : t('employerJobs.companyJobs', { company: company.name })}</h2>
!${own ? html`<p><a href="/employer">${t('employerJobs.manage')}</a></p>` : ''}
!${jobs.length ? '' : html`<p>${t('employerJobs.companyNoJobs')}</p>`}
<ul>!${jobs.map((j) => html`<li><a href="/jobs/${j.id}">${j.title}</a></li>`).join('')}</ul>
</article>`;
  return layout(ctx, { title: company.name, body });
}
