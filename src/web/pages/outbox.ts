// The development outbox: every message the app "sent" while no real provider is configured.
// Shown only outside production or to admins (the route decides).
import { html } from 'ghtml';
import type { OutboxMessage } from '../../modules/notifications/index.ts';
import type { PageContext } from '../context.ts';
import { layout } from '../layout.ts';

export function outboxPage(ctx: PageContext, messages: OutboxMessage[], nextBefore: number | null): string {
  const { t } = ctx;
  const when = (iso: string) =>
    new Intl.DateTimeFormat('en-IN', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Kolkata',
    }).format(new Date(iso));
  const rows = messages.map(
    (m) => html`<article class="card outbox-message" id="message-${m.id}">
  <h2>${m.subject ?? m.template}</h2>
  <p class="facts">#${m.id} · ${t('outbox.channel')}: ${m.channel} · ${t('outbox.to')}: ${m.user_id ?? '–'} · ${t('outbox.status')}: <strong>${m.status === 'not_sent' ? `${t('outbox.notSent')}: ${m.last_error ?? ''}` : m.status}</strong> · ${t('outbox.attempts')}: ${m.attempts} · ${t('outbox.when')}: ${when(m.created_at)}</p>
  !${m.last_error ? html`<p class="notice">${m.last_error}</p>` : ''}
  <pre class="message-body">${m.body}</pre>
  !${m.attachments.length ? html`<p>${t('outbox.attachments')}: ${m.attachments.map((a) => a.filename).join(', ')}</p>` : ''}
</article>`,
  );
  const body = html`<section>
<h1>${t('outbox.title')}</h1>
<p>${t('outbox.lead')}</p>
!${messages.length ? rows.join('') : html`<p>${t('outbox.empty')}</p>`}
!${nextBefore ? html`<nav class="pager"><a class="button" href="/dev/outbox?before=${nextBefore}">${t('outbox.older')}</a></nav>` : ''}
</section>`;
  return layout(ctx, { title: t('outbox.title'), body, noindex: true });
}
