// Public insight pages: /insights (roles by median pay, pick a role and city) and
// /insights/:role/:city (salary, demand, work modes, skills, time-to-fill). Each chart has a data
// table beside it; every figure comes from the insights service, which hides thin cells.
import { html } from 'ghtml';
import type {
  DemandInsight,
  OfferCheck,
  SalaryInsight,
  SkillsInsight,
  WorkModeInsight,
} from '../../modules/insights/index.ts';
import { MIN_POSTINGS } from '../../modules/insights/index.ts';
import type { TaxonomyView } from '../../modules/taxonomy/index.ts';
import { formatDate, formatNumber, intlLocale } from '../../shared/i18n/index.ts';
import { barChart, columnChart } from '../charts.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, placeName, skillLabel } from '../format.ts';
import { layout } from '../layout.ts';

export const CATEGORY_SLUGS: Record<string, string> = {
  'customer-service': 'customer_service',
  'back-office': 'back_office',
};

/** Every salary here is a monthly figure, and says so ("₹18,000 a month"), in bars and tables. */
const rupees = (ctx: PageContext, n: number | null) =>
  n === null ? '—' : ctx.t('insights.perMonth', { amount: formatNumber(n, ctx.lang) });

/**
 * A chart with its figures as a table, folded under "The figures" so a phone shows the chart
 * first; the table is one tap away (and always in the page for screen readers and search).
 */
export function figure(ctx: PageContext, chart: string, headers: string[], rows: string[][]): string {
  return html`<div class="figure">!${chart}<details class="figure-table"><summary>${ctx.t('insightsSample.table')}</summary><table><thead><tr>!${headers.map((h) => html`<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>!${rows.map((r) => html`<tr>!${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table></details></div>`;
}

/** A week named by its Monday ("9 Nov", or "9 Nov 2026" in the table), never "W46". */
function weekOf(ctx: PageContext, monday: string, withYear: boolean): string {
  return new Intl.DateTimeFormat(intlLocale(ctx.lang), {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${monday}T00:00:00Z`));
}

/** Figures built on demo data say so first, in words and a label, instead of "real postings". */
export function sampleNotice(ctx: PageContext): string {
  return html`<p class="notice sample-data"><strong class="status">${ctx.t('insightsSample.label')}</strong> ${ctx.t('insightsSample.lead', { min: MIN_POSTINGS })}</p>`;
}

const notEnough = (ctx: PageContext) =>
  html`<p class="nodata">${ctx.t('insights.notEnough', { min: MIN_POSTINGS })}</p>`;

function pickForm(ctx: PageContext, tax: TaxonomyView, role?: string, city?: string): string {
  const { t } = ctx;
  return html`<form method="get" action="/insights/go" class="pick">
  <label>${t('insights.role')} <select name="role">
    <optgroup label="${t('insights.allRoles')}">!${Object.entries(CATEGORY_SLUGS)
      .map(
        ([slug, cat]) =>
          html`<option value="${slug}" !${role === slug ? 'selected' : ''}>${enumLabel(ctx, 'category', cat)}</option>`,
      )
      .join('')}</optgroup>
    !${tax.roles.map((r) => html`<option value="${r.slug}" !${role === r.slug ? 'selected' : ''}>${r.name}</option>`).join('')}
  </select></label>
  <label>${t('insights.city')} <select name="city">!${tax.cities
    .filter((c) => c.localities.length)
    .map(
      (c) =>
        html`<option value="${c.slug}" !${city === c.slug ? 'selected' : ''}>${placeName(ctx, c)}</option>`,
    )
    .join('')}</select></label>
  <button type="submit">${t('insights.show')}</button>
</form>`;
}

export function insightsIndexPage(
  ctx: PageContext,
  tax: TaxonomyView,
  medians: { role: string; postings: number; median: number | null }[],
  /** The database holds demo data: every figure here is computed from sample postings. */
  sample = false,
): string {
  const { t } = ctx;
  const roleName = (slug: string) => tax.roles.find((r) => r.slug === slug)?.name ?? slug;
  const shown = medians.filter((m) => m.median !== null).sort((a, b) => (b.median ?? 0) - (a.median ?? 0));
  const body = html`<section>
<h1>${t('insights.title')}</h1>
!${sample ? sampleNotice(ctx) : html`<p>${t('insights.lead', { min: MIN_POSTINGS })}</p>`}
<h2>${t('insights.pickTitle')}</h2>
!${pickForm(ctx, tax)}
<h2>${t('insights.byRole')} · ${t('insights.allCities')}</h2>
!${
    shown.length
      ? figure(
          ctx,
          barChart({
            title: t('insights.byRole'),
            desc: t('insights.salaryDesc', { count: shown.reduce((s, m) => s + m.postings, 0) }),
            bars: shown.map((m) => ({
              label: roleName(m.role),
              value: m.median ?? 0,
              text: rupees(ctx, m.median),
            })),
          }),
          [t('insights.role'), t('insights.median'), t('insights.postings')],
          shown.map((m) => [roleName(m.role), rupees(ctx, m.median), formatNumber(m.postings, ctx.lang)]),
        )
      : notEnough(ctx)
  }
<p><a href="/careers">${t('insights.careersLink')}</a></p>
</section>`;
  return layout(ctx, {
    title: t('insights.title'),
    body,
    description: sample
      ? t('insightsSample.lead', { min: MIN_POSTINGS })
      : t('insights.lead', { min: MIN_POSTINGS }),
  });
}

export function insightsDetailPage(
  ctx: PageContext,
  tax: TaxonomyView,
  view: {
    roleParam: string;
    city: string;
    title: string;
    salary: SalaryInsight;
    demand: DemandInsight;
    modes: WorkModeInsight;
    skills: SkillsInsight;
    /** The database holds demo data (see insightsIndexPage). */
    sample?: boolean;
  },
): string {
  const { t } = ctx;
  const { salary, demand, modes, skills } = view;
  const bandName = (b: string) => t(`insights.bands.${b}`);
  const bands = salary.by_experience_band.filter((b) => b.median !== null);
  const s = salary.salary;
  // Thin data: point to views with more postings (the category here, the role in the big cities).
  const role = tax.roles.find((r) => r.slug === view.roleParam);
  const cityName = (slug: string) =>
    placeName(
      ctx,
      tax.cities.find((c) => c.slug === slug),
      slug,
    );
  const categorySlug = Object.entries(CATEGORY_SLUGS).find(([, c]) => c === role?.category)?.[0];
  const wider = [
    ...(role && categorySlug
      ? [
          {
            href: `/insights/${categorySlug}/${view.city}`,
            label: `${enumLabel(ctx, 'category', role.category)} · ${cityName(view.city)}`,
          },
        ]
      : []),
    ...['mumbai', 'pune']
      .filter((c) => c !== view.city)
      .map((c) => ({
        href: `/insights/${view.roleParam}/${c}`,
        label: `${role?.name ?? enumLabel(ctx, 'category', CATEGORY_SLUGS[view.roleParam] ?? '')} · ${cityName(c)}`,
      })),
  ];
  const body = html`<section>
<h1>${view.title}</h1>
!${view.sample ? sampleNotice(ctx) : ''}
!${pickForm(ctx, tax, view.roleParam, view.city)}
!${
    salary.enough_data
      ? ''
      : html`<p class="notice">${t('insights.wider', { count: salary.salary_postings })}</p><ul class="wider">!${wider.map((w) => html`<li><a href="${w.href}">${w.label}</a></li>`).join('')}</ul>`
  }
<h2>${t('insights.salaryTitle')}</h2>
!${
    s
      ? figure(
          ctx,
          barChart({
            title: `${t('insights.salaryTitle')}: ${view.title}`,
            desc: t('insights.salaryDesc', { count: salary.salary_postings }),
            bars: [
              { label: t('insights.p25'), value: s.p25, text: rupees(ctx, s.p25) },
              { label: t('insights.median'), value: s.median, text: rupees(ctx, s.median) },
              { label: t('insights.p75'), value: s.p75, text: rupees(ctx, s.p75) },
            ],
          }),
          ['', t('insights.salaryTitle')],
          [
            [t('insights.p25'), rupees(ctx, s.p25)],
            [t('insights.median'), rupees(ctx, s.median)],
            [t('insights.p75'), rupees(ctx, s.p75)],
            [t('insights.postings'), formatNumber(salary.salary_postings, ctx.lang)],
          ],
        )
      : notEnough(ctx)
  }
!${
    bands.length
      ? html`<h3>${t('insights.byBand')}</h3>!${figure(
          ctx,
          barChart({
            title: t('insights.byBand'),
            desc: t('insights.byBand'),
            bars: bands.map((b) => ({
              label: bandName(b.key),
              value: b.median ?? 0,
              text: rupees(ctx, b.median),
            })),
          }),
          [t('insights.band'), t('insights.median'), t('insights.postings')],
          salary.by_experience_band.map((b) => [
            bandName(b.key),
            b.median === null ? t('insights.careers.notEnough') : rupees(ctx, b.median),
            String(b.salary_postings),
          ]),
        )}`
      : ''
  }
<h2>${t('insights.demandTitle')}</h2>
!${
    demand.enough_data
      ? figure(
          ctx,
          columnChart({
            title: `${t('insights.demandTitle')}: ${view.title}`,
            desc: t('insights.demandDesc'),
            bars: demand.weeks.map((w) => ({
              label: weekOf(ctx, w.week, false),
              value: w.postings,
              text: String(w.postings),
            })),
          }),
          [t('insightsSample.weekOf'), t('insights.postings')],
          demand.weeks.map((w) => [weekOf(ctx, w.week, true), formatNumber(w.postings, ctx.lang)]),
        )
      : notEnough(ctx)
  }
<h2>${t('insights.modesTitle')}</h2>
!${
    modes.enough_data
      ? figure(
          ctx,
          barChart({
            title: `${t('insights.modesTitle')}: ${view.title}`,
            desc: t('insights.modesDesc'),
            bars: modes.modes.map((m) => ({
              label: enumLabel(ctx, 'work_mode', m.work_mode),
              value: m.share,
              text: `${m.share}%`,
            })),
          }),
          [t('job.workMode'), t('insights.share'), t('insights.postings')],
          modes.modes.map((m) => [
            enumLabel(ctx, 'work_mode', m.work_mode),
            `${m.share}%`,
            String(m.postings),
          ]),
        )
      : notEnough(ctx)
  }
<h2>${t('insights.skillsTitle')}</h2>
!${
    skills.enough_data
      ? figure(
          ctx,
          barChart({
            title: `${t('insights.skillsTitle')}: ${view.title}`,
            desc: t('insights.skillsDesc'),
            bars: skills.skills.map((k) => ({
              label: skillLabel(ctx, k.skill),
              value: k.share,
              text: `${k.share}%`,
            })),
          }),
          [t('insights.skill'), t('insights.share'), t('insights.postings')],
          skills.skills.map((k) => [skillLabel(ctx, k.skill), `${k.share}%`, String(k.postings)]),
        )
      : notEnough(ctx)
  }
<h2>${t('insights.fillTitle')}</h2>
!${
    salary.time_to_fill.median_days !== null
      ? html`<p>${t('insights.fillText', { days: salary.time_to_fill.median_days, count: salary.time_to_fill.filled })}</p>`
      : notEnough(ctx)
  }
<p class="muted">${t('insights.basis', { when: salary.refreshed_at ? formatDate(salary.refreshed_at, ctx.lang) : '—' })}</p>
<p><a href="/careers${salary.scope.role ? `/${salary.scope.role}` : ''}">${t('insights.careersLink')}</a></p>
</section>`;
  return layout(ctx, { title: view.title, body });
}

/** "Is my offer competitive?" on the post-a-job page: a plain GET form, answered on /insights/offer. */
export function offerCheckBlock(ctx: PageContext, tax: TaxonomyView): string {
  const { t } = ctx;
  return html`<details class="card"><summary>${t('insights.offerTitle')}</summary>
<p>${t('insights.offerHint')}</p>
<form method="get" action="/insights/offer">
  <label>${t('insights.role')} <select name="role" required>!${tax.roles.map((r) => html`<option value="${r.slug}">${r.name}</option>`).join('')}</select></label>
  <label>${t('insights.city')} <select name="city" required>!${tax.cities
    .filter((c) => c.localities.length)
    .map((c) => html`<option value="${c.slug}">${placeName(ctx, c)}</option>`)
    .join('')}</select></label>
  <div class="row"><label>${t('employer.salaryMin')} <input type="number" name="salary_min" min="1000" max="500000" step="500" inputmode="numeric" required></label>
  <label>${t('employer.salaryMax')} <input type="number" name="salary_max" min="1000" max="500000" step="500" inputmode="numeric" required></label></div>
  <button type="submit" class="secondary">${t('insights.offerCheck')}</button>
</form></details>`;
}

export function offerResultPage(
  ctx: PageContext,
  check: OfferCheck,
  roleName: string,
  cityName: string,
): string {
  const { t } = ctx;
  const m = check.market;
  const body = html`<section class="narrow">
<h1>${t('insights.offerTitle')}</h1>
<p>${roleName} · ${cityName}</p>
!${
    m && check.percentile !== null && check.verdict
      ? html`<p role="status"><strong>${t(`insights.verdict.${check.verdict}`)}</strong> ${t('insights.offerResult', { mid: formatNumber(check.offer_mid, ctx.lang), pct: check.percentile })}</p>
<p>${t('insights.offerMarket', { median: formatNumber(m.median, ctx.lang), p25: formatNumber(m.p25, ctx.lang), p75: formatNumber(m.p75, ctx.lang), count: check.postings })}</p>`
      : notEnough(ctx)
  }
<p><a href="/employer/jobs/new">${t('nav.postJob')}</a></p>
</section>`;
  return layout(ctx, { title: t('insights.offerTitle'), body, noindex: true });
}
