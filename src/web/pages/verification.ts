// The employer's verification page: what we checked (GSTIN, CIN, company email against the website,
// company phone by OTP), the form to give those details, and the code form. Renders only; the
// verification service decides everything.
import { html } from 'ghtml';
import type { VerificationOut } from '../../modules/trust/index.ts';
import type { PageContext } from '../context.ts';
import { csrfField, type FieldErrors, input } from '../forms.ts';
import { layout } from '../layout.ts';

export interface VerificationView {
  company: { id: string; name: string; gstin: string | null };
  status: VerificationOut;
  values?: Record<string, string | undefined>;
  errors?: FieldErrors;
  /** A one-line outcome: the code was sent, the phone was confirmed, or what went wrong. */
  flash?: { kind: 'ok' | 'error'; text: string };
  codeSentTo?: string;
}

function check(ctx: PageContext, ok: boolean | null, label: string, note?: string | null): string {
  const state = ok === true ? 'ok' : ok === false ? 'failed' : 'missing';
  return html`<li class="check check-${state}"><span class="check-mark" aria-hidden="true">${ok === true ? '✔' : ok === false ? '✖' : '–'}</span>
  <span>${label}: <strong>${ctx.t(`verification.state.${state}`)}</strong>!${note ? html` <span class="muted">(${note})</span>` : ''}</span></li>`;
}

export function verificationPage(ctx: PageContext, v: VerificationView): string {
  const { t } = ctx;
  const s = v.status;
  const errors = v.errors ?? {};
  const values = v.values ?? {};
  const phoneOnFile = s.contact_phone;
  const body = html`<section class="narrow">
<h1>${t('verification.title')}</h1>
<p><a href="/companies/${v.company.id}">${v.company.name}</a></p>
<p class="notice" role="status">!${
    s.verified
      ? html`<span class="badge">✔ ${t('job.verified')}</span> ${t('verification.verifiedLead')}`
      : html`${t('verification.unverifiedLead')}`
  }</p>
!${v.flash ? html`<p class="${v.flash.kind === 'ok' ? 'notice' : 'errors'}" role="${v.flash.kind === 'ok' ? 'status' : 'alert'}">${v.flash.text}</p>` : ''}
<h2>${t('verification.checks')}</h2>
<ul class="checks-list">
  !${check(ctx, s.checks.gstin.ok, t('verification.gstin'), s.checks.gstin.note ?? (v.company.gstin ? null : t('verification.gstinWhere')))}
  !${check(ctx, s.checks.cin.ok, t('verification.cin'), s.checks.cin.note)}
  !${check(ctx, s.checks.email_matches_website, t('verification.email'))}
  !${check(ctx, s.checks.phone_verified ? true : phoneOnFile ? false : null, t('verification.phone'))}
</ul>
<p class="hint">${t('verification.howDecided')}</p>
<h2>${t('verification.details')}</h2>
!${Object.keys(errors).length ? html`<p class="errors" role="alert">${t('employer.fixErrors')}</p>` : ''}
<form method="post" action="/employer/verification">
  !${csrfField(ctx.csrf)}
  !${input({ name: 'cin', label: t('verification.cin'), value: values.cin ?? s.cin, errors, hint: t('verification.cinHint'), attrs: 'autocomplete="off" maxlength="25"' })}
  !${input({ name: 'contact_email', label: t('verification.contactEmail'), value: values.contact_email ?? s.contact_email, errors, type: 'email', hint: t('verification.emailHint'), attrs: 'autocomplete="email" maxlength="200"' })}
  !${input({ name: 'contact_phone', label: t('verification.contactPhone'), value: values.contact_phone ?? s.contact_phone, errors, type: 'tel', hint: t('verification.phoneHint'), attrs: 'inputmode="tel" autocomplete="tel" maxlength="20"' })}
  <button type="submit">${t('verification.save')}</button>
</form>
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
<p><a href="/employer">${t('verification.back')}</a></p>
</section>`;
  return layout(ctx, { title: t('verification.title'), body, noindex: true });
}
