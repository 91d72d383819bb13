// Career path pages (/careers, /careers/:role) and skill-check pages (/skills...). Pages render
// what the careers and skills services return; the skill pages never contain answers, and paste
// blocking lives in /static/skills.js (no inline script; the server rejects pasted text anyway).
import { html } from 'ghtml';
import type { CareersService, NextStep } from '../../modules/careers/index.ts';
import type { BadgeOut, TestOut, TestResultOut } from '../../modules/skills/index.ts';
import { formatNumber } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { enumLabel, skillLabel } from '../format.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';
import { badgeList } from './badges.ts';

const rupees = (ctx: PageContext, n: number | null) =>
  n === null
    ? ctx.t('insights.careers.notEnough')
    : ctx.t('insights.perMonth', { amount: formatNumber(n, ctx.lang) });

export function careersPage(ctx: PageContext, paths: ReturnType<CareersService['paths']>): string {
  const { t } = ctx;
  // Role names in the page's language (landing.role); steps off the taxonomy keep their English name.
  const names = new Map(paths.flatMap((p) => p.steps.map((s) => [s.role, s.name] as const)));
  const roleName = (slug: string) => t(`landing.role.${slug}`, { defaultValue: names.get(slug) ?? slug });
  const body = html`<section>
<h1>${t('insights.careers.title')}</h1>
<p>${t('insights.careers.lead')}</p>
!${paths
    .map(
      (p) =>
        html`<h2>${t(`enum.category.${p.id}`, { defaultValue: p.name })}</h2><ol>!${p.steps
          .filter((s) => !s.off_platform)
          .map(
            (s) =>
              html`<li><a href="/careers/${s.role}">${roleName(s.role)}</a>!${s.next.length ? html` → ${s.next.map(roleName).join(', ')}` : ''}</li>`,
          )
          .join('')}</ol>`,
    )
    .join('')}
</section>`;
  return layout(ctx, { title: t('insights.careers.title'), body });
}

export function careerNextPage(
  ctx: PageContext,
  view: { role: string; name: string; median_pay: number | null; next: NextStep[] },
  skills: string,
): string {
  const { t } = ctx;
  const roleName = t(`landing.role.${view.role}`, { defaultValue: view.name });
  const step = (n: NextStep) => html`<li class="card">
<h3>${t(`landing.role.${n.role}`, { defaultValue: n.name })} <small>(${t(`insights.careers.${n.move}`)})</small></h3>
!${
    n.off_platform
      ? html`<p>${t('insights.careers.offPlatform')}</p>`
      : html`<p>${t('insights.careers.pay')}: ${rupees(ctx, n.median_pay)} · ${t('insights.careers.payStep')}: ${n.pay_step === null ? t('insights.careers.notEnough') : `${n.pay_step >= 0 ? '+' : '−'}₹${formatNumber(Math.abs(n.pay_step), ctx.lang)}`}</p>`
  }
<p>${t('insights.careers.skills')}: ${n.skills.map((s) => skillLabel(ctx, s)).join(', ')}</p>
!${n.missing_skills.length ? html`<p><strong>${t('insights.careers.missing')}:</strong> ${n.missing_skills.map((s) => skillLabel(ctx, s)).join(', ')}</p>` : ''}
!${n.checks.length ? html`<p>${t('insights.careers.checks')}: !${n.checks.map((c) => html`<a href="/skills">${t(`insights.skills.${c}`)}</a>`).join(', ')}</p>` : ''}
!${
    n.off_platform
      ? ''
      : n.jobs.length
        ? html`<p>${t('insights.careers.jobs')}:</p><ul>!${n.jobs.map((j) => html`<li><a href="/jobs/${j.id}">${j.title}</a></li>`).join('')}</ul>`
        : html`<p>${t('insights.careers.noJobs')}</p>`
  }
</li>`;
  const body = html`<section>
<h1>${t('insights.careers.next', { role: roleName })}</h1>
<p>${t('insights.careers.pay')}: ${rupees(ctx, view.median_pay)}</p>
<form method="get" action="/careers/${view.role}"><label>${t('insights.careers.haveSkills')} <input name="skills" value="${skills}"></label> <button type="submit">${t('insights.show')}</button></form>
<ol class="cards">!${view.next.map(step).join('')}</ol>
<p><a href="/insights">${t('insights.title')}</a></p>
</section>`;
  return layout(ctx, { title: t('insights.careers.next', { role: roleName }), body });
}

export function skillsHomePage(ctx: PageContext, badges: BadgeOut[] | null): string {
  const { t } = ctx;
  const kinds = ['typing', 'data_entry', 'english'] as const;
  const body = html`<section class="narrow">
<h1>${t('insights.skills.title')}</h1>
<p>${t('insights.skills.lead')}</p>
!${
    badges === null
      ? html`<p><a href="/login?next=/skills">${t('insights.skills.signIn')}</a></p>`
      : html`<h2>${t('insights.skills.yourBadges')}</h2>!${
          badges.length
            ? badgeList(ctx, badges, { withExpiry: true })
            : html`<p>${t('insights.skills.noBadges')}</p>`
        }
!${kinds
          .map(
            (k) =>
              html`<form method="post" action="/skills/start" class="card">!${csrfField(ctx.csrf)}<h3>${t(`insights.skills.${k}`)}</h3><p>${t(`insights.skills.${k}Help`)}</p><button type="submit" name="kind" value="${k}">${t('insights.skills.start')}</button></form>`,
          )
          .join('')}`
  }
</section>`;
  return layout(ctx, { title: t('insights.skills.title'), body, noindex: true });
}

export function skillTestPage(ctx: PageContext, test: TestOut): string {
  const { t } = ctx;
  let task = '';
  if (test.kind === 'typing')
    task = html`<p class="typing-target" aria-label="passage">${test.passage ?? ''}</p>
<label>${t('insights.skills.typeHere')}<textarea name="typed" rows="8" data-nopaste autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"></textarea></label>`;
  else if (test.kind === 'data_entry')
    task = (test.records ?? [])
      .map(
        (
          r,
          i,
        ) => html`<fieldset><legend>${i + 1}. ${r.name} · ${r.phone} · ${r.pincode} · ${r.amount} · ${r.date} · ${r.reference}</legend>
!${(['name', 'phone', 'pincode', 'amount', 'date', 'reference'] as const).map((f) => html`<label>${t(`insights.skills.fields.${f}`)} <input name="r${i}_${f}" autocomplete="off" data-nopaste></label>`).join('')}</fieldset>`,
      )
      .join('');
  else
    task = (test.questions ?? [])
      .map(
        (
          q,
          i,
        ) => html`<fieldset>!${q.passage ? html`<p>${q.passage}</p>` : ''}<legend>${i + 1}. ${q.prompt}</legend>
!${q.options.map((o, j) => html`<label class="choice"><input type="radio" name="q_${q.id}" value="${j}"> ${o}</label>`).join('')}</fieldset>`,
      )
      .join('');
  const body = html`<section class="narrow">
<h1>${t(`insights.skills.${test.kind}`)}</h1>
<p>${t(`insights.skills.${test.kind}Help`)}</p>
<p>${t('insights.skills.timeLimit', { seconds: test.seconds })}</p>
<form method="post" action="/skills/tests/${test.id}" id="skill-test">
!${csrfField(ctx.csrf)}
<input type="hidden" name="pasted" value="0"><input type="hidden" name="keystrokes" value="">
!${task}
<button type="submit">${t('insights.skills.submit')}</button>
</form>
</section>`;
  return layout(ctx, {
    title: t(`insights.skills.${test.kind}`),
    body,
    noindex: true,
    head: html`<script src="/static/skills.js" defer></script>`,
  });
}

export function skillResultPage(ctx: PageContext, result: TestResultOut): string {
  const { t } = ctx;
  const line =
    result.outcome === 'passed'
      ? t('insights.skills.passed', {
          badge: `${t(`insights.skills.${result.kind}`)}: ${t(`insights.badges.score.${result.kind}`, { score: result.score, accuracy: result.accuracy ?? '', defaultValue: result.badge })}`,
        })
      : t(`insights.skills.${result.outcome}`, { reason: result.reason ?? '' });
  const body = html`<section class="narrow"><h1>${t(`insights.skills.${result.kind}`)}</h1><p role="status">${line}</p><p><a href="/skills">${t('insights.skills.again')}</a></p></section>`;
  return layout(ctx, { title: t(`insights.skills.${result.kind}`), body, noindex: true });
}
