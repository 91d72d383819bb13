// "Your account": the mobile number and how to change it (a code to the new number), the email and
// its confirmation link, the password (change, or set a first one), WhatsApp consent, and "sign
// out everywhere"; plus forgot-password and the email-confirmation page. Every page works without
// JavaScript and says what really happened to a code or a link ("not sent" and why).
import { html } from 'ghtml';
import type { PageContext } from '../context.ts';
import { csrfField, type FieldErrors, input } from '../forms.ts';
import { layout } from '../layout.ts';
import type { CodeRoute } from './reach.ts';

/** What became of a code or a link: the page says exactly this. */
export interface Delivery {
  status: 'sent' | 'not_sent' | 'failed' | 'unknown';
  /** Where it went, masked. */
  to?: string;
}

export interface AccountView {
  phone: string;
  email: string | null;
  pendingEmail: string | null;
  hasPassword: boolean;
  whatsappOptIn: boolean;
  /** How job alerts and other messages reach this person now, and whether that channel can send. */
  channel: { name: 'sms' | 'whatsapp' | 'email'; configured: boolean };
  /** Whether a code by SMS / a link by email can leave the site: the hints say only what is so. */
  smsConfigured?: boolean;
  emailConfigured?: boolean;
  flash?: { kind: 'ok' | 'error'; text: string };
  errors?: FieldErrors;
  values?: Record<string, string | undefined>;
}

const flashOf = (flash?: { kind: 'ok' | 'error'; text: string }) =>
  flash
    ? flash.kind === 'ok'
      ? html`<p class="notice" role="status">${flash.text}</p>`
      : html`<p class="errors" role="alert">${flash.text}</p>`
    : '';

/** The line under a form that asked for a code or a link: sent, or not sent and why. */
export function deliveryLine(ctx: PageContext, d: Delivery, channel: 'sms' | 'email'): string {
  const { t } = ctx;
  if (d.status === 'sent')
    return html`<p class="notice" role="status">${t(`account.sent.${channel}`, { to: d.to ?? '' })}</p>`;
  if (d.status === 'unknown') return html`<p class="notice" role="status">${t('account.sent.ifKnown')}</p>`;
  const reason = t(
    d.status === 'not_sent' ? `account.notConfigured.${channel}` : `account.providerFailed.${channel}`,
  );
  return html`<p class="errors" role="alert">${t('account.notSent', { reason })}</p>`;
}

export function accountPage(ctx: PageContext, view: AccountView): string {
  const { t } = ctx;
  const errors = view.errors ?? {};
  const v = view.values ?? {};
  const channelText = t(`account.channel.${view.channel.name}`);
  const body = html`<section class="narrow account">
<h1>${t('account.title')}</h1>
!${flashOf(view.flash)}
<section class="card" id="account-phone">
  <h2>${t('account.phone.title')}</h2>
  <p>${t('account.phone.current', { phone: view.phone })}</p>
  <form method="post" action="/me/account/phone" novalidate>
    !${csrfField(ctx.csrf)}
    !${input({ name: 'phone', label: t('account.phone.new'), value: v.phone, errors, type: 'tel', hint: t(view.smsConfigured === false ? 'account.phone.hintNoSms' : 'account.phone.hint'), attrs: 'autocomplete="tel" inputmode="tel"' })}
    <button type="submit">${t('account.phone.send')}</button>
  </form>
</section>
<section class="card" id="account-email">
  <h2>${t('account.email.title')}</h2>
  <p>${view.email ? t('account.email.current', { email: view.email }) : t('account.email.none')}</p>
  !${
    view.pendingEmail
      ? html`<p class="notice">${t(view.emailConfigured === false ? 'account.email.pendingNoEmail' : 'account.email.pending', { email: view.pendingEmail })}</p>
  <form method="post" action="/me/account/email/resend">!${csrfField(ctx.csrf)}<button type="submit" class="secondary">${t('account.email.resend')}</button></form>`
      : ''
  }
  <form method="post" action="/me/account/email" novalidate>
    !${csrfField(ctx.csrf)}
    !${input({ name: 'email', label: view.email ? t('account.email.change') : t('account.email.add'), value: v.email, errors, type: 'email', hint: t(view.emailConfigured === false ? 'account.email.hintNoEmail' : 'account.email.hint'), attrs: 'autocomplete="email" maxlength="254"' })}
    <button type="submit">${t('account.email.send')}</button>
  </form>
</section>
<section class="card" id="account-password">
  <h2>${t('account.password.title')}</h2>
  <p>${t(`account.password.${view.hasPassword ? 'has' : 'none'}${view.smsConfigured === false ? 'NoSms' : ''}`)}</p>
  <form method="post" action="/me/account/password" novalidate>
    !${csrfField(ctx.csrf)}
    !${view.hasPassword ? input({ name: 'current_password', label: t('account.password.current'), errors, type: 'password', required: true, attrs: 'autocomplete="current-password"' }) : ''}
    !${input({ name: 'password', label: t('account.password.new'), errors, type: 'password', hint: t('auth.passwordHint'), required: true, attrs: 'autocomplete="new-password" minlength="8"' })}
    <button type="submit">${view.hasPassword ? t('account.password.change') : t('account.password.set')}</button>
  </form>
</section>
<section class="card" id="messages">
  <h2>${t('account.messages.title')}</h2>
  <p>${t('account.messages.channel', { channel: channelText })}</p>
  !${view.channel.configured ? '' : html`<p class="errors">${t('account.messages.notConfigured', { channel: channelText })}</p>`}
  <form method="post" action="/me/account/whatsapp">
    !${csrfField(ctx.csrf)}
    <input type="hidden" name="whatsapp_opt_in" value="${view.whatsappOptIn ? '0' : '1'}">
    <button type="submit" class="secondary">${view.whatsappOptIn ? t('account.messages.whatsappOff') : t('account.messages.whatsappOn')}</button>
  </form>
</section>
<section class="card" id="sessions">
  <h2>${t('account.everywhere.title')}</h2>
  <p>${t('account.everywhere.about')}</p>
  <form method="post" action="/me/account/sign-out-everywhere">
    !${csrfField(ctx.csrf)}
    <button type="submit" class="secondary">${t('account.everywhere.button')}</button>
  </form>
</section>
<p><a href="/me/data">${t('account.myData')}</a></p>
</section>`;
  return layout(ctx, { title: t('account.title'), body, noindex: true });
}

/** Step two of a new number: the code that went to it. */
export function phoneCodePage(
  ctx: PageContext,
  step: { phone: string; delivery?: Delivery; flash?: string },
  errors: FieldErrors,
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('account.phone.codeTitle')}</h1>
!${step.delivery ? deliveryLine(ctx, step.delivery, 'sms') : ''}
!${step.flash ? html`<p class="errors" role="alert">${step.flash}</p>` : ''}
!${errors._form ? html`<p class="errors" role="alert">${errors._form}</p>` : ''}
<form method="post" action="/me/account/phone/verify" novalidate>
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="phone" value="${step.phone}">
  !${input({ name: 'code', label: t('authCode.code'), errors, required: true, attrs: 'inputmode="numeric" autocomplete="one-time-code" maxlength="6"' })}
  <button type="submit">${t('account.phone.confirm')}</button>
</form>
<p>${t('account.phone.oldNotice')}</p>
<p><a href="/me/account">${t('account.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('account.phone.codeTitle'), body, noindex: true });
}

/** Forgot password, step one: the number. */
export function forgotPage(
  ctx: PageContext,
  values: { phone?: string },
  errors: FieldErrors,
  /** Where a code can go from this site: "we send a code by SMS" only with a provider. */
  sms: CodeRoute = 'provider',
): string {
  const { t } = ctx;
  const lead =
    sms === 'provider'
      ? html`<p>${t('account.forgot.lead')}</p>`
      : sms === 'devOutbox'
        ? html`<p class="notice" role="status">${t('account.forgot.leadDevOutbox')} <a href="/dev/outbox">/dev/outbox</a></p>`
        : html`<p class="notice" role="status">${t('account.forgot.leadNoSms')}</p>`;
  const body = html`<section class="narrow">
<h1>${t('account.forgot.title')}</h1>
!${lead}
<form method="post" action="/login/forgot" novalidate>
  !${csrfField(ctx.csrf)}
  !${input({ name: 'phone', label: t('auth.phone'), value: values.phone, errors, type: 'tel', hint: t('auth.phoneHint'), required: true, attrs: 'autocomplete="tel" inputmode="tel"' })}
  <button type="submit">${t('authCode.send')}</button>
</form>
<p><a href="/login">${t('account.forgot.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('account.forgot.title'), body, noindex: true });
}

/** Forgot password, step two: the code and a new password. */
export function resetPage(
  ctx: PageContext,
  step: { phone: string; delivery?: Delivery; flash?: string },
  errors: FieldErrors,
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('account.forgot.resetTitle')}</h1>
!${step.delivery ? deliveryLine(ctx, step.delivery, 'sms') : ''}
!${step.flash ? html`<p class="errors" role="alert">${step.flash}</p>` : ''}
<form method="post" action="/login/forgot/reset" novalidate>
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="phone" value="${step.phone}">
  !${input({ name: 'code', label: t('authCode.code'), errors, required: true, attrs: 'inputmode="numeric" autocomplete="one-time-code" maxlength="6"' })}
  !${input({ name: 'password', label: t('account.password.new'), errors, type: 'password', hint: t('auth.passwordHint'), required: true, attrs: 'autocomplete="new-password" minlength="8"' })}
  <button type="submit">${t('account.forgot.save')}</button>
</form>
<form method="post" action="/login/forgot">
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="phone" value="${step.phone}">
  <button type="submit" class="secondary">${t('authCode.resend')}</button>
</form>
</section>`;
  return layout(ctx, { title: t('account.forgot.resetTitle'), body, noindex: true });
}

/** The page the emailed link opens: one button, so a mail scanner's prefetch confirms nothing. */
export function emailConfirmPage(
  ctx: PageContext,
  state: { token: string; done?: string; error?: string },
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('account.email.confirmTitle')}</h1>
!${
    state.done
      ? html`<p class="notice" role="status">${t('account.email.confirmed', { email: state.done })}</p>
<p><a href="${ctx.user ? '/me/account' : '/login'}">${ctx.user ? t('account.back') : t('nav.signIn')}</a></p>`
      : state.error
        ? html`<p class="errors" role="alert">${state.error}</p><p><a href="/me/account">${t('account.back')}</a></p>`
        : html`<p>${t('account.email.confirmLead')}</p>
<form method="post" action="/account/email/confirm">
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="token" value="${state.token}">
  <button type="submit">${t('account.email.confirmButton')}</button>
</form>`
  }
</section>`;
  return layout(ctx, { title: t('account.email.confirmTitle'), body, noindex: true });
}
