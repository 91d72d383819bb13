// The employer's verification page: what we checked (GSTIN, CIN, Udyam, company email confirmed by a
// link, website proven by DNS or a file, company phone by OTP), how the badge was earned, whether only
// a moderator may give it, and the forms for each step. Renders only; the verification service decides.
import { html } from 'ghtml';
import type { VerificationOut } from '../../modules/trust/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField, type FieldErrors, input } from '../forms.ts';
import { layout } from '../layout.ts';
import type { CodeRoute } from './reach.ts';

export interface VerificationView {
  company: { id: string; name: string; gstin: string | null };
  status: VerificationOut;
  /** What the owner typed, kept when the form comes back with errors. */
  values?: Record<string, string | undefined>;
  errors?: FieldErrors;
  /** A one-line outcome: the code was sent, the phone was confirmed, or what went wrong. */
  flash?: { kind: 'ok' | 'error'; text: string };
  codeSentTo?: string;
  /** False when no email provider is configured: no confirmation link can have gone out. */
  emailConfigured?: boolean;
  /** Where a code to the company phone can go: the hint says "we send a code" only with a provider. */
  sms?: CodeRoute;
}

function check(ctx: PageContext, ok: boolean | null, label: string, note?: string | null): string {
  const state = ok === true ? 'ok' : ok === false ? 'failed' : 'missing';
  return html`<li class="check check-${state}"><span class="check-mark" aria-hidden="true">${ok === true ? '✔' : ok === false ? '✖' : '–'}</span>
  <span>${label}: <strong>${ctx.t(`verification.state.${state}`)}</strong>!${note ? html`<br><span class="muted">${note}</span>` : ''}</span></li>`;
}

/** "Verified by: GSTIN checked, company email confirmed, phone confirmed" in the page language. */
export function badgeHow(ctx: PageContext, how: string[] | null): string {
  if (!how?.length) return '';
  const list = how.map((p) => ctx.t(`verification.how.${p}`, { defaultValue: p })).join(', ');
  return ctx.t('verification.how.lead', { list });
}

function domainSection(ctx: PageContext, s: VerificationOut, errors: FieldErrors): string {
  const { t } = ctx;
  const d = s.checks.domain;
  if (d.proven) return '';
  if (!d.host)
    return html`<h2>${t('verification.domain')}</h2><p class="hint">${t('verification.domainNeedsWebsite')} <a href="/employer/company">${t('verification.gstinWhere')}</a></p>`;
  return html`<h2>${t('verification.domainTitle', { host: d.host })}</h2>
<p class="hint">${t('verification.domainLead')}</p>
!${errors.domain ? html`<p class="field-error" id="domain-error" role="alert">${errors.domain}</p>` : ''}
<p>${t('verification.domainDnsHow', { host: d.host })}</p>
<pre class="proof"><code>${d.txt_record}</code></pre>
<form method="post" action="/employer/verification/domain">
  !${csrfField(ctx.csrf)}<input type="hidden" name="method" value="dns">
  <button type="submit" class="secondary">${t('verification.checkDns')}</button>
</form>
<p>${t('verification.domainFileHow')}</p>
<pre class="proof"><code>${d.file_url}
${d.token}</code></pre>
<form method="post" action="/employer/verification/domain">
  !${csrfField(ctx.csrf)}<input type="hidden" name="method" value="file">
  <button type="submit" class="secondary">${t('verification.checkFile')}</button>
</form>`;
}

export function verificationPage(ctx: PageContext, v: VerificationView): string {
  const { t } = ctx;
  const s = v.status;
  const errors = v.errors ?? {};
  const values = v.values ?? {};
  const phoneOnFile = s.contact_phone;
  const email = s.checks.email;
  const emailNote = email.reason
    ? t(
        email.reason === 'not_confirmed' && v.emailConfigured === false
          ? 'verification.emailState.not_confirmed_noEmail'
          : `verification.emailState.${email.reason}`,
      )
    : null;
  const body = html`<section class="narrow">
<h1>${t('verification.title')}</h1>
<p class="tap-links"><a href="/companies/${v.company.id}">${v.company.name}</a></p>
<p class="notice" role="status">!${
    s.verified
      ? html`<span class="badge">✔ ${t('job.verified')}</span> ${badgeHow(ctx, s.verified_how)}. ${t('verification.verifiedLead')}`
      : html`${t('verification.unverifiedLead')}`
  }</p>
!${v.flash ? html`<p class="${v.flash.kind === 'ok' ? 'notice' : 'errors'}" role="${v.flash.kind === 'ok' ? 'status' : 'alert'}">${v.flash.text}</p>` : ''}
!${
    s.review.required && s.review.reason && !s.verified
      ? html`<div class="notice" role="note"><strong>${t('verification.review.title')}</strong><p>${t(`verification.review.${s.review.reason}`)}</p></div>`
      : ''
  }
<h2>${t('verification.checks')}</h2>
<ul class="checks-list">
  !${check(ctx, s.checks.gstin.ok, t('verification.gstin'), s.checks.gstin.note ?? (v.company.gstin ? null : t('verification.gstinWhere')))}
  !${check(ctx, s.checks.cin.ok, t('verification.cin'), s.checks.cin.note)}
  !${s.udyam ? check(ctx, s.checks.udyam.ok, t('verification.udyam'), s.checks.udyam.note) : ''}
  !${check(ctx, email.given ? email.confirmed && !email.reason : null, t('verification.email'), emailNote)}
  !${check(ctx, s.checks.domain.proven ? true : null, t('verification.domain'), s.checks.domain.method ? t(`verification.how.domain_${s.checks.domain.method}`) : null)}
  !${check(ctx, s.checks.phone_verified ? true : phoneOnFile ? false : null, t('verification.phone'))}
</ul>
!${
    email.reason === 'not_confirmed'
      ? html`<form method="post" action="/employer/verification/email">
  !${csrfField(ctx.csrf)}
  <button type="submit" class="secondary">${t('verification.sendEmailLink')}</button>
</form>`
      : ''
  }
<p class="hint">${t('verification.howDecided')}</p>
<h2>${t('verification.details')}</h2>
!${Object.keys(errors).filter((k) => k !== 'domain' && k !== 'code').length ? html`<p class="errors" role="alert">${t('employer.fixErrors')}</p>` : ''}
<form method="post" action="/employer/verification" novalidate>
  !${csrfField(ctx.csrf)}
  !${input({ name: 'cin', label: t('verification.cin'), value: values.cin ?? s.cin, errors, hint: t('verification.cinHint'), attrs: 'autocomplete="off" maxlength="25"' })}
  !${input({ name: 'udyam', label: t('verification.udyam'), value: values.udyam ?? s.udyam, errors, hint: t('verification.udyamHint'), attrs: 'autocomplete="off" maxlength="25"' })}
  !${input({ name: 'contact_email', label: t('verification.contactEmail'), value: values.contact_email ?? s.contact_email, errors: errors.contact_email ? errors : emailNote && email.reason !== 'not_confirmed' ? { contact_email: emailNote } : errors, type: 'email', hint: t('verification.emailHint'), attrs: 'autocomplete="email" maxlength="200"' })}
  !${input({ name: 'contact_phone', label: t('verification.contactPhone'), value: values.contact_phone ?? s.contact_phone, errors, type: 'tel', hint: t(v.sms === 'devOutbox' ? 'verification.phoneHintDevOutbox' : v.sms === 'none' ? 'verification.phoneHintNoSms' : 'verification.phoneHint'), attrs: 'inputmode="tel" autocomplete="tel" maxlength="20"' })}
  <button type="submit">${t('verification.save')}</button>
</form>
!${domainSection(ctx, s, errors)}
!${
    phoneOnFile && !s.checks.phone_verified
      ? html`<h2>${t('verification.confirmPhone')}</h2>
<form method="post" action="/employer/verification/send">
  !${csrfField(ctx.csrf)}
  <button type="submit" class="secondary">${t('verification.sendCode')}</button>
</form>
<form method="post" action="/employer/verification/confirm">
  !${csrfField(ctx.csrf)}
  !${input({ name: 'code', label: v.codeSentTo ? t('verification.codeSentTo', { phone: v.codeSentTo }) : t('verification.code'), errors, attrs: 'inputmode="numeric" autocomplete="one-time-code" maxlength="8"' })}
  <button type="submit">${t('verification.confirm')}</button>
</form>`
      : ''
  }
<p class="tap-links"><a href="/employer">${t('verification.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('verification.title'), body, noindex: true });
}

/** The page a company email's link opens: a button that confirms (a GET alone never does). */
export function emailConfirmPage(
  ctx: PageContext,
  token: string,
  outcome?: 'done' | 'expired' | 'unknown',
): string {
  const { t } = ctx;
  const body = html`<section class="narrow">
<h1>${t('verification.emailConfirm.title')}</h1>
!${
    outcome
      ? html`<p class="${outcome === 'done' ? 'notice' : 'errors'}" role="${outcome === 'done' ? 'status' : 'alert'}">${t(`verification.emailConfirm.${outcome}`)}</p>`
      : html`<p>${t('verification.emailConfirm.lead')}</p>
<form method="post" action="/verify/company-email/${token}">
  !${csrfField(ctx.csrf)}
  <button type="submit">${t('verification.emailConfirm.button')}</button>
</form>`
  }
</section>`;
  return layout(ctx, { title: t('verification.emailConfirm.title'), body, noindex: true });
}
