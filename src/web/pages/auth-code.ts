// Sign in (or sign up) with a code by SMS: step one asks the number, step two the code (and, for a
// new number, name and role; for a long-silent account, its password or a fresh start). The page
// says "code sent" only when the SMS provider accepted it.
import { html } from 'ghtml';
import { CodeCooldown } from '../../modules/accounts/index.ts';
import type { TooManyRequests } from '../../shared/errors.ts';
import type { Translate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField, type FieldErrors, input, select } from '../forms.ts';
import { layout } from '../layout.ts';
import { deliveryLine } from './account.ts';
import type { CodeRoute } from './reach.ts';

export interface CodeStep {
  phone?: string;
  /** What happened to the SMS: sent, not_sent (no provider), failed. */
  delivery?: 'sent' | 'not_sent' | 'failed';
  /** Development only (DEV_OUTBOX=1): a code that could not be sent is readable at /dev/outbox. */
  devOutbox?: boolean;
  sentTo?: string;
  /** The number's account was unused for over 6 months: ask one more proof. */
  recycled?: boolean;
  /** A code went (or did not go) to the old account's confirmed email: where, masked, and how it went. */
  emailProof?: { status: 'sent' | 'not_sent' | 'failed' | 'unknown'; to: string };
  values?: Record<string, string | undefined>;
  flash?: string;
  /**
   * The code was right and the number has no account: now (and only now, so a stranger never learns
   * whether a number has an account) the page asks for a name and a role.
   */
  newcomer?: boolean;
}

/**
 * The register page with the number kept. Offered to every number alike (no SMS provider, or a
 * code that never came), so the page never tells whether a number already has an account.
 */
function registerHref(phone: string | undefined, next: string): string {
  const q = new URLSearchParams();
  if (phone) q.set('phone', phone);
  if (next && next !== '/') q.set('next', next);
  const qs = q.toString();
  return qs ? `/register?${qs}` : '/register';
}

/** The password sign-in, going on to the same step (a job's Save, Call or Apply) as this page. */
const loginHref = (next: string) =>
  next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';

/**
 * Why a code cannot be asked for now, in the page language: during the 30 s after one was asked,
 * only how long to wait (whether or not the last one could be sent); after too many codes or wrong
 * guesses, that too.
 */
export function codeWaitText(t: Translate, err: TooManyRequests): string {
  const seconds = err.retryAfterSeconds;
  return err instanceof CodeCooldown ? t('authCode.cooldown', { seconds }) : t('authCode.wait', { seconds });
}

export function codePhonePage(
  ctx: PageContext,
  values: { phone?: string; next: string },
  errors: FieldErrors,
  /** Where a code can go (a provider, the dev outbox, nowhere): the page says so up front. */
  sms: CodeRoute = 'provider',
  /** The visitor came from a job's Save, Call or Apply: what happens after (sign-in-why.ts). */
  why = '',
): string {
  const { t } = ctx;
  const lead =
    sms === 'provider'
      ? html`<p>${t('authCode.lead')}</p>`
      : sms === 'devOutbox'
        ? html`<p class="notice" role="status">${t('authCode.leadDevOutbox')} <a href="/dev/outbox">/dev/outbox</a></p>`
        : html`<p class="notice" role="status">${t('authCode.leadNoSms')}</p>`;
  const body = html`<section class="narrow">
<h1>${t('authCode.title')}</h1>
!${why}
!${lead}
!${errors._form ? html`<p class="errors" role="alert">${errors._form}</p>` : ''}
<form method="post" action="/login/code" novalidate>
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${values.next}">
  !${input({ name: 'phone', label: t('auth.phone'), value: values.phone, errors, type: 'tel', hint: t('auth.phoneHint'), required: true, attrs: 'autocomplete="tel" inputmode="tel"' })}
  <button type="submit">${t('authCode.send')}</button>
</form>
<p><a href="${loginHref(values.next)}">${t('authCode.withPassword')}</a></p>
</section>`;
  return layout(ctx, { title: t('authCode.title'), body, noindex: true });
}

export function codeVerifyPage(ctx: PageContext, step: CodeStep, errors: FieldErrors, next: string): string {
  const { t } = ctx;
  const v = step.values ?? {};
  const status =
    step.delivery === 'sent'
      ? html`<p class="notice" role="status">${t('authCode.sentTo', { phone: step.sentTo ?? '' })}</p>`
      : step.delivery === 'not_sent'
        ? html`<p class="errors" role="alert">${t('authCode.notSent', { reason: t('sms.notConfigured') })} ${t('authCode.notSentWhatNow')}</p>!${
            step.devOutbox
              ? html`<p class="notice">${t('authCode.devOutbox')} <a href="/dev/outbox">/dev/outbox</a></p>`
              : ''
          }`
        : step.delivery === 'failed'
          ? html`<p class="errors" role="alert">${t('authCode.notSent', { reason: t('sms.failed') })} ${t('authCode.notSentWhatNow')}</p>`
          : '';
  const body = html`<section class="narrow">
<h1>${t('authCode.enterTitle')}</h1>
!${status}
!${step.flash ? html`<p class="errors" role="alert">${step.flash}</p>` : ''}
!${errors._form ? html`<p class="errors" role="alert">${errors._form}</p>` : ''}
<form method="post" action="/login/code/verify" novalidate>
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${next}">
  <input type="hidden" name="phone" value="${step.phone ?? ''}">
  !${
    step.newcomer
      ? html`<p class="notice" role="status">${t('seekerSteps.code.newNumber')}</p><input type="hidden" name="code" value="${v.code ?? ''}"><input type="hidden" name="newcomer" value="1">`
      : input({
          name: 'code',
          label: t('authCode.code'),
          value: v.code,
          errors,
          required: true,
          attrs: 'inputmode="numeric" autocomplete="one-time-code" maxlength="6"',
        })
  }
  !${
    step.recycled
      ? html`<p>${t('authCode.recycled')}</p>
  !${input({ name: 'password', label: t('auth.password'), errors, type: 'password', attrs: 'autocomplete="current-password"' })}
  !${step.emailProof ? deliveryLine(ctx, step.emailProof, 'email') : ''}
  !${step.emailProof?.status === 'sent' ? input({ name: 'email_code', label: t('account.recycled.emailCode'), errors, attrs: 'inputmode="numeric" autocomplete="one-time-code" maxlength="6"' }) : ''}
  <label><input type="checkbox" name="fresh" value="1"> ${t('authCode.fresh')}</label>`
      : ''
  }
  !${
    step.newcomer || step.recycled
      ? html`<fieldset>
    <legend>${t(step.newcomer ? 'seekerSteps.code.aboutYou' : 'authCode.newHere')}</legend>
    !${select({
      name: 'role',
      label: t('auth.iAm'),
      value: v.role ?? 'seeker',
      errors,
      options: [
        { value: 'seeker', label: t('auth.seeker') },
        { value: 'employer', label: t('auth.employer') },
      ],
    })}
    !${input({ name: 'name', label: t('auth.name'), value: v.name, errors, attrs: 'autocomplete="name" maxlength="100"' })}
    <label class="check"><input type="checkbox" name="whatsapp_opt_in" value="1"${v.whatsapp_opt_in ? ' checked' : ''}> ${t('authCode.whatsapp')}</label>
  </fieldset>`
      : ''
  }
  <button type="submit">${t(step.newcomer ? 'seekerSteps.code.create' : 'authCode.verify')}</button>
</form>
!${
    step.recycled && !step.emailProof
      ? html`<form method="post" action="/login/code/email">
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${next}">
  <input type="hidden" name="phone" value="${step.phone ?? ''}">
  <input type="hidden" name="code" value="${v.code ?? ''}">
  <p>${t('account.recycled.emailProof')}</p>
  <button type="submit" class="secondary">${t('account.recycled.emailButton')}</button>
</form>`
      : ''
  }
<form method="post" action="/login/code">
  !${csrfField(ctx.csrf)}
  <input type="hidden" name="next" value="${next}">
  <input type="hidden" name="phone" value="${step.phone ?? ''}">
  <button type="submit" class="secondary">${t('authCode.resend')}</button>
</form>
<p>${t('authCode.otherWays')} <a href="${loginHref(next)}">${t('authCode.withPassword')}</a> · <a href="${registerHref(step.phone, next)}">${t('authCode.register')}</a></p>
</section>`;
  return layout(ctx, { title: t('authCode.enterTitle'), body, noindex: true });
}
