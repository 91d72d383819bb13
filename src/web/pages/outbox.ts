// The development outbox: every message the app "sent" while no real provider is configured.
// Shown only outside production or to admins (the route decides).
import { html } from 'ghtml';
import type { OutboxMessage } from '../../modules/notifications/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { layout } from '../layout.ts';

const NO_PROVIDER = /^no (SMS|email|WhatsApp) provider is configured$/;

export function outboxPage(ctx: PageContext, messages: OutboxMessage[], nextBefore: number | null): string {
  const { t } = ctx;
  // The chrome reads in the page language; each message body stays exactly as it was written.
  const when = (iso: string) => formatDateTime(iso, ctx.lang);
  const channel = (m: OutboxMessage) => t(`employerPhone.channel.${m.channel}`, { defaultValue: m.channel });
  const state = (m: OutboxMessage) =>
    m.status === 'not_sent' ? t('outbox.notSent') : t(`outbox.state.${m.status}`, { defaultValue: m.status });
  // The service records why in English (operators grep the logs for it); the page says it in its own.
  const reason = (m: OutboxMessage) =>
    m.last_error && NO_PROVIDER.test(m.last_error)
      ? t(`outbox.noProvider.${m.channel}`, { defaultValue: m.last_error })
      : m.last_error;
  const rows = messages.map(
    (m) => html`<article class="card outbox-message" id="message-${m.id}">
  <h2>${m.subject ?? t('outbox.heading', { channel: channel(m) })}</h2>
  <p class="facts">#${m.id} · ${t('outbox.channel')}: ${channel(m)} · ${t('outbox.to')}: ${m.user_id ?? '–'} · ${t('outbox.status')}: <strong>${state(m)}</strong> · ${t('outbox.attempts')}: ${m.attempts} · ${t('outbox.when')}: ${when(m.created_at)}</p>
  !${m.last_error ? html`<p class="notice">${reason(m)}</p>` : ''}
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
