// "Your data": download everything we hold, see who saw your contact details, delete the account
// (a confirmation page with a required checkbox; the POST is CSRF-checked). Any signed-in role.
import { html } from 'ghtml';
import type { SeenEntry } from '../../modules/privacy/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField } from '../forms.ts';
import { layout } from '../layout.ts';

export function myDataPage(ctx: PageContext): string {
  const { t } = ctx;
  const body = html`<h1>${t('myData.title')}</h1>
<p>${t('myData.lead')}</p>
<ul class="cards">
  <li class="card"><h2><a href="/me/data/export" download>${t('myData.export.link')}</a></h2><p>${t('myData.export.about')}</p></li>
  <li class="card"><h2><a href="/me/data/contact-views">${t('myData.seen.link')}</a></h2><p>${t('myData.seen.about')}</p></li>
  <li class="card"><h2><a href="/me/data/delete">${t('myData.erase.link')}</a></h2><p>${t('myData.erase.about')}</p></li>
</ul>`;
  return layout(ctx, { title: t('myData.title'), body, noindex: true });
}

/** The time of a view in India, with the hour (a date alone hides repeated views). */
function when(iso: string, ctx: PageContext): string {
  return formatDateTime(iso, ctx.lang);
}

export function contactViewsPage(ctx: PageContext, items: SeenEntry[]): string {
  const { t } = ctx;
  const rows = items
    .map(
      (v) => html`<tr>
  <td>${v.company?.name ?? t('myData.seen.unknownCompany')}</td>
  <td>${v.viewer_name ?? t('myData.seen.unknownViewer')}</td>
  <td>${t(`myData.seen.field.${v.field}`, { defaultValue: v.field })}</td>
  <td>${t(`myData.seen.purpose.${v.purpose}`, { defaultValue: v.purpose })}${v.job_title ? html` – ${v.job_title}` : ''}</td>
  <td><time datetime="${v.viewed_at}">${when(v.viewed_at, ctx)}</time></td>
</tr>`,
    )
    .join('');
  const body = html`<h1>${t('myData.seen.title')}</h1>
<p>${t('myData.seen.lead')}</p>
!${
    items.length
      ? html`<table class="seen">
  <thead><tr><th scope="col">${t('myData.seen.company')}</th><th scope="col">${t('myData.seen.viewer')}</th><th scope="col">${t('myData.seen.what')}</th><th scope="col">${t('myData.seen.why')}</th><th scope="col">${t('myData.seen.when')}</th></tr></thead>
  <tbody>!${rows}</tbody>
</table>`
      : html`<p>${t('myData.seen.none')}</p>`
  }
<p><a href="/me/data">${t('myData.back')}</a></p>`;
  return layout(ctx, { title: t('myData.seen.title'), body, noindex: true });
}

export function deletePage(ctx: PageContext, error = false): string {
  const { t } = ctx;
  const role = ctx.user?.role === 'employer' ? 'employer' : 'seeker';
  const body = html`<h1>${t('myData.erase.title')}</h1>
<p>${t('myData.erase.what')}</p>
<ul>
  <li>${t(`myData.erase.${role}Gone`)}</li>
  <li>${t('myData.erase.kept')}</li>
  <li>${t('myData.erase.final')}</li>
</ul>
<p><a href="/me/data/export" download>${t('myData.erase.exportFirst')}</a></p>
<form method="post" action="/me/data/delete" class="stack">!${csrfField(ctx.csrf)}
  !${error ? html`<p class="error" role="alert">${t('myData.erase.confirmMissing')}</p>` : ''}
  <label><input type="checkbox" name="confirm" value="yes" required> ${t('myData.erase.confirm')}</label>
  <button type="submit" class="danger">${t('myData.erase.button')}</button>
</form>
<p><a href="/me/data">${t('myData.erase.cancel')}</a></p>`;
  return layout(ctx, { title: t('myData.erase.title'), body, noindex: true });
}

export function deletedPage(ctx: PageContext): string {
  const { t } = ctx;
  const body = html`<h1>${t('myData.erase.doneTitle')}</h1><p>${t('myData.erase.done')}</p><p><a href="/jobs">${t('myData.erase.toJobs')}</a></p>`;
  return layout(ctx, { title: t('myData.erase.doneTitle'), body, noindex: true });
}
