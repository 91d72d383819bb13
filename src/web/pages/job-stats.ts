// The employer's figures for one job on a phone: totals, applicants by stage and a daily trend of
// views and applies, each chart (the shared SVG helpers in ../charts.ts) with its data table.
import { html } from 'ghtml';
import { EMPLOYER_STAGES } from '../../modules/applications/index.ts';
import { type JobStats, TREND_DAYS } from '../../modules/hiring/index.ts';
import type { JobOut } from '../../modules/jobs/index.ts';
import { formatNumber, intlLocale } from '../../shared/i18n/index.ts';
import { barChart, columnChart } from '../charts.ts';
import type { PageContext } from '../context.ts';
import { layout } from '../layout.ts';
import { dashboardTab } from './employer-dashboard.ts';
import { figure } from './insights.ts';

export function jobStatsPage(ctx: PageContext, job: JobOut, stats: JobStats): string {
  const { t } = ctx;
  const n = (x: number) => formatNumber(x, ctx.lang);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(ctx.lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const stages = [...EMPLOYER_STAGES, 'withdrawn' as const];
  const shortlist = stats.time_to_shortlist;
  const shortlistText =
    shortlist.median_hours === null
      ? t('hiring.stats.noShortlist')
      : t('hiring.stats.hours', { hours: n(shortlist.median_hours), count: shortlist.shortlisted });
  const trend = (key: 'views' | 'applies', title: string) => {
    const total = stats.daily.reduce((s, d) => s + d[key], 0);
    return columnChart({
      title,
      desc: t('hiring.stats.trendDesc', { total: n(total), days: stats.days }),
      bars: stats.daily.map((d) => ({ label: day(d.date), value: d[key], text: n(d[key]) })),
    });
  };
  const base = `/employer/jobs/${job.id}/stats`;
  const body = html`<section>
<h1>${t('hiring.stats.title', { job: job.title })}</h1>
<p class="tap-links"><a href="/employer?tab=${dashboardTab(job)}#job-${job.id}">${t('hiring.stats.back')}</a> · <a href="/employer/jobs/${job.id}/applicants">${t('hiring.applicants')}</a></p>
<h2>${t('hiring.stats.totals')}</h2>
<table class="totals"><tbody>
  <tr><th scope="row">${t('hiring.stats.views')}</th><td>${n(stats.views)}</td></tr>
  <tr><th scope="row">${t('hiring.stats.applies')}</th><td>${n(stats.applies)}</td></tr>
  <tr><th scope="row">${t('hiring.stats.calls')}</th><td>${n(stats.calls)}</td></tr>
  <tr><th scope="row">${t('hiring.stats.timeToShortlist')}</th><td>${shortlistText}</td></tr>
</tbody></table>
<h2>${t('hiring.stats.stagesTitle')}</h2>
!${figure(
    ctx,
    barChart({
      title: t('hiring.stats.stagesTitle'),
      desc: t('hiring.stats.stagesDesc', { count: stats.applies }),
      bars: stages.map((s) => ({
        label: t(`hiring.stage.${s}`),
        value: stats.stages[s],
        text: n(stats.stages[s]),
      })),
    }),
    [t('hiring.stats.stage'), t('hiring.stats.count')],
    stages.map((s) => [t(`hiring.stage.${s}`), n(stats.stages[s])]),
  )}
<h2>${t('hiring.stats.trendTitle', { days: stats.days })}</h2>
<nav class="filters tap-links" aria-label="${t('hiring.stats.range')}">!${TREND_DAYS.map(
    (d) =>
      html`<a href="${base}?days=${d}"!${stats.days === d ? ' aria-current="page"' : ''}>${t('hiring.stats.days', { days: d })}</a>`,
  ).join(' ')}</nav>
!${figure(
    ctx,
    html`<div><h3>${t('hiring.stats.viewsPerDay')}</h3>!${trend('views', t('hiring.stats.viewsPerDay'))}<h3>${t('hiring.stats.appliesPerDay')}</h3>!${trend('applies', t('hiring.stats.appliesPerDay'))}</div>`,
    [t('hiring.stats.date'), t('hiring.stats.views'), t('hiring.stats.applies')],
    [...stats.daily].reverse().map((d) => [day(d.date), n(d.views), n(d.applies)]),
  )}
</section>`;
  return layout(ctx, { title: t('hiring.stats.title', { job: job.title }), body, noindex: true });
}
