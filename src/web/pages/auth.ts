// Register and sign-in pages.
import { html } from 'ghtml';
import type { PageContext } from '../context.ts';
import { csrfField, type FieldErrors, input, select } from '../forms.ts';
import { layout } from '../layout.ts';
import type { CodeRoute } from './reach.ts';

/** Sign-in and sign-up pages pass `next` (where the visitor was going) to each other. */
const withNext = (path: string, next: string | undefined) =>
  next && next !== '/' ? `${path}?next=${encodeURIComponent(next)}` : path;

export function registerPage(
  ctx: PageContext,
  values: Record<string, string | undefined>,
  errors: FieldErrors,
  /** Where a new seeker goes once the account exists (e.g. the apply step of the job they tapped). */
  next = '/',
  /** No code can reach a phone (no SMS provider): the password is how the account signs in. */
  passwordRequired = false,
  /** The number already has an account: offer its sign-in (and a code, when one can be sent). */
  phoneTaken = false,
  /** `why`: the visitor came from a job's Save, Call or Apply (sign-in-why.ts); `passwordCleared`:
   * a typed password is never sent back, so the box says it was emptied. */
  more: { why?: string; passwordCleared?: boolean } = {},
): string {
  const { t } = ctx;
  const passwordHint = (hint: string) =>
    more.passwordCleared && !errors.password ? `${t('web.form.passwordRetype')} ${hint}` : hint;
  const phone = values.phone ?? '';
  const withPhone = (path: string, key: string) => {
    const q = new URLSearchParams({ [key]: phone });
    if (next !== '/') q.set('next', next);
    return `${path}?${q}`;
  };
  const takenLinks = phoneTaken
    ? html`<p class="tap-links field-links"><a href="${withPhone('/login', 'login')}">${t('auth.phoneTakenSignIn')}</a>!${
        passwordRequired
          ? ''
          : html` <a href="${withPhone('/login/code', 'phone')}">${t('auth.phoneTakenCode')}</a>`
      }</p>`
    : '';
  const body = html`<section class="narrow">
<h1>${t('auth.registerTitle')}</h1>
!${more.why ?? ''}
!${errors._form ? html`<p class="errors" role="alert">${errors._form}</p>` : ''}
<form method="post" action="/register" novalidate>
  !${csrfField(ctx.csrf)}
  !${next !== '/' ? html`<input type="hidden" name="next" value="${next}">` : ''}
  !${select({
    name: 'role',
    label: t('auth.iAm'),
    value: values.role ?? 'seeker',
    errors,
    options: [
      { value: 'seeker', label: t('auth.seeker') },
      { value: 'employer', label: t('auth.employer') },
    ],
  })}
  !${input({ name: 'name', label: t('auth.name'), value: values.name, errors, required: true, attrs: 'autocomplete="name" maxlength="100"' })}
  !${input({ name: 'phone', label: t('auth.phone'), value: values.phone, errors, type: 'tel', hint: t('auth.phoneHint'), required: true, attrs: 'autocomplete="tel" inputmode="tel"', after: takenLinks })}
  !${input({ name: 'email', label: t('auth.email'), value: values.email, errors, type: 'email', attrs: 'autocomplete="email"' })}
  !${
    passwordRequired
      ? input({
          name: 'password',
          label: t('auth.password'),
          errors,
          type: 'password',
          hint: passwordHint(t('auth.passwordRequiredHint')),
          required: true,
          attrs: 'autocomplete="new-password" minlength="8"',
        })
      : input({
          name: 'password',
          label: t('auth.passwordOptional'),
          errors,
          type: 'password',
          hint: passwordHint(t('auth.passwordOptionalHint')),
          attrs: 'autocomplete="new-password" minlength="8"',
        })
  }
  <label class="check"><input type="checkbox" name="whatsapp_opt_in" value="1"> ${t('authCode.whatsapp')}</label>
  <button type="submit">${t('auth.create')}</button>
</form>
<p><a href="${withNext('/login', next)}">${t('auth.haveAccount')}</a></p>
</section>`;
  return layout(ctx, { title: t('auth.registerTitle'), body, noindex: true });
}

export function loginPage(
  ctx: PageContext,
  values: Record<string, string | undefined>,
  failed: boolean,
  next: string,
  notice?: string,
  /** Why the sign-in did not go through, when it is more than "wrong details" (a wait, a second
   * factor); `askTotp` shows the admin's authenticator-code field. */
  extra: { message?: string; askTotp?: boolean; totpError?: string; why?: string } = {},
): string {
  const { t } = ctx;
  const errors: FieldErrors = extra.totpError ? { totp: extra.totpError } : {};
  const alert = extra.message ?? (failed ? t('auth.failed') : '');
  const body = html`<section class="narrow">
<h1>${t('auth.loginTitle')}</h1>
!${extra.why ?? ''}
!${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
!${alert ? html`<p class="errors" role="alert">${alert}</p>` : ''}
<form method="post" action="/login" novalidate>
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${next}">
  !${input({ name: 'login', label: t('auth.emailOrPhone'), value: values.login, errors, required: true, attrs: 'autocomplete="username"' })}
  !${input({ name: 'password', label: t('auth.password'), errors, type: 'password', required: true, attrs: 'autocomplete="current-password"' })}
  !${extra.askTotp ? input({ name: 'totp', label: t('security.totp.label'), errors, hint: t('security.totp.hint'), required: true, attrs: 'autocomplete="one-time-code" inputmode="numeric" maxlength="32"' }) : ''}
  <button type="submit">${t('auth.signIn')}</button>
</form>
<p><a href="/login/code?next=${encodeURIComponent(next)}">${t('auth.withCode')}</a></p>
<p><a href="/login/forgot">${t('account.forgotLink')}</a></p>
<p><a href="${withNext('/register', next)}">${t('auth.noAccount')}</a></p>
</section>`;
  return layout(ctx, { title: t('auth.loginTitle'), body, noindex: true });
}

/**
 * The step after /register: the code sent to the number proves it is the registrant's. `delivery`:
 * what happened to the SMS (the page never says "sent" when it was not).
 */
export function confirmPhonePage(
  ctx: PageContext,
  v: {
    next: string;
    delivery?: string;
    devOutbox: boolean;
    error?: string;
    sentTo?: string;
    /** Where a code can go from this site: the lead says "we send it by SMS" only with a provider. */
    sms?: CodeRoute;
  },
): string {
  const { t } = ctx;
  const sms = v.sms ?? 'provider';
  const lead =
    sms === 'provider'
      ? html`<p>${t('authConfirm.lead')}</p>`
      : sms === 'devOutbox'
        ? html`<p class="notice" role="status">${t('authConfirm.leadDevOutbox')} <a href="/dev/outbox">/dev/outbox</a></p>`
        : html`<p class="notice" role="status">${t('authConfirm.leadNoSms')}</p>`;
  // With no provider the lead already says that no SMS went and what to do; "not sent" would repeat it.
  const status =
    v.delivery === 'sentTo' && v.sentTo
      ? html`<p class="notice" role="status">${t('authCode.sentTo', { phone: v.sentTo })}</p>`
      : v.delivery === 'sent'
        ? html`<p class="notice" role="status">${t('authConfirm.sent')}</p>`
        : v.delivery === 'failed' || (v.delivery === 'not_sent' && sms === 'provider')
          ? html`<p class="errors" role="alert">${t('authCode.notSent', { reason: t(v.delivery === 'failed' ? 'sms.failed' : 'sms.notConfigured') })} ${t('authConfirm.notSentWhatNow')}</p>!${
              v.devOutbox && v.delivery === 'not_sent'
                ? html`<p class="notice">${t('authCode.devOutbox')} <a href="/dev/outbox">/dev/outbox</a></p>`
                : ''
            }`
          : '';
  const errors: FieldErrors = v.error ? { code: v.error } : {};
  const body = html`<section class="narrow">
<h1>${t('authConfirm.title')}</h1>
!${lead}
!${status}
!${
    sms === 'none'
      ? // No code can reach anyone: no box to type one into, no "Send a new code"; "Do it later" leads on.
        html`<p><a class="button" href="${v.next}">${t('authConfirm.later')}</a></p>`
      : html`<form method="post" action="/register/confirm" novalidate>
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${v.next}">
  !${input({ name: 'code', label: t('authCode.code'), errors, required: true, attrs: 'inputmode="numeric" autocomplete="one-time-code" maxlength="6"' })}
  <button type="submit">${t('authConfirm.confirm')}</button>
</form>
<form method="post" action="/register/confirm/resend">
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${v.next}">
  <button type="submit" class="secondary">${t('authCode.resend')}</button>
</form>
<p><a href="${v.next}">${t('authConfirm.later')}</a></p>`
  }
</section>`;
  return layout(ctx, { title: t('authConfirm.title'), body, noindex: true });
}
