// The seeker's own profile extras: "Your next step" (from the careers service: next roles, pay
// step, missing skills and checks, live jobs near them) and their verified skill badges.
import { html } from 'ghtml';
import type { MyNextStep } from '../../modules/careers/index.ts';
import type { BadgeOut } from '../../modules/skills/index.ts';
import { formatNumber } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { salaryText, skillLabel } from '../format.ts';
import { badgeList } from './badges.ts';

const rupees = (ctx: PageContext, n: number | null) =>
  n === null ? ctx.t('insights.careers.notEnough') : `₹${formatNumber(n, ctx.lang)}`;
const signed = (ctx: PageContext, n: number | null) =>
  n === null
    ? ctx.t('insights.careers.notEnough')
    : `${n >= 0 ? '+' : '−'}₹${formatNumber(Math.abs(n), ctx.lang)}`;

export function nextStepSection(
  ctx: PageContext,
  view: MyNextStep,
  names: { role: (slug: string) => string; city: (slug: string) => string },
): string {
  const { t } = ctx;
  if (view.status !== 'ok' || !view.role)
    return html`<section class="next-step card" id="next-step"><h2>${t('insights.nextStep.title')}</h2><p>${t(view.status === 'no_path' ? 'insights.nextStep.noPath' : 'insights.nextStep.noRole')}</p><p><a href="/careers">${t('insights.nextStep.path')}</a></p></section>`;
  const steps = view.next.filter((n) => !n.off_platform);
  const step = (n: MyNextStep['next'][number]) => html`<li class="card">
<h3>${names.role(n.role)} <small>(${t(`insights.careers.${n.move}`)})</small></h3>
<p>${t('insights.careers.pay')}: ${rupees(ctx, n.median_pay)} · ${t('insights.careers.payStep')}: <strong>${signed(ctx, n.pay_step)}</strong></p>
!${
    n.missing_skills.length
      ? html`<p><strong>${t('insights.nextStep.missing')}:</strong></p><ul class="missing-skills">!${n.missing_skills.map((s) => html`<li>${skillLabel(ctx, s)}</li>`).join('')}</ul>`
      : html`<p>${t('insights.nextStep.noneMissing')}</p>`
  }
!${n.missing_checks.length ? html`<p>${t('insights.nextStep.checks')}: !${n.missing_checks.map((c) => html`<a href="/skills">${t(`insights.skills.${c}`)}</a>`).join(', ')}</p>` : ''}
!${
    n.jobs.length
      ? html`<p>${t('insights.nextStep.jobs')}:</p><ul class="next-jobs">!${n.jobs
          .map(
            (j) =>
              html`<li><a href="/jobs/${j.id}">${j.title}</a> <span class="muted">${names.city(j.city)} · ${salaryText(ctx, j.salary_min, j.salary_max).monthly}</span></li>`,
          )
          .join('')}</ul>`
      : html`<p>${t('insights.careers.noJobs')}</p>`
  }
<p><a href="/jobs?role=${n.role}${view.city ? `&city=${view.city}` : ''}">${t('insights.nextStep.allJobs')}</a></p>
</li>`;
  return html`<section class="next-step" id="next-step">
<h2>${t('insights.nextStep.title')}</h2>
<p>${t('insights.nextStep.from', { role: view.name ? names.role(view.role) : view.role })} ${t('insights.nextStep.payHere', { pay: rupees(ctx, view.median_pay) })}</p>
<p class="muted">${view.pay_city ? t('insights.nextStep.payIn', { city: names.city(view.pay_city) }) : t('insights.nextStep.payState')}</p>
<ol class="cards">!${steps
    .filter((n) => n.move === 'up')
    .map(step)
    .join('')}</ol>
!${
    steps.some((n) => n.move === 'side')
      ? html`<details><summary>${t('insights.nextStep.side', { count: steps.filter((n) => n.move === 'side').length })}</summary><ol class="cards">!${steps
          .filter((n) => n.move === 'side')
          .map(step)
          .join('')}</ol></details>`
      : ''
  }
<p><a href="/careers/${view.role}">${t('insights.nextStep.path')}</a></p>
</section>`;
}

export function myBadgesSection(ctx: PageContext, badges: BadgeOut[]): string {
  const { t } = ctx;
  return html`<section id="badges"><h2>${t('insights.badges.title')}</h2>!${
    badges.length ? badgeList(ctx, badges, { withExpiry: true }) : html`<p>${t('insights.badges.none')}</p>`
  }<p><a href="/skills">${t('insights.badges.take')}</a></p></section>`;
}
