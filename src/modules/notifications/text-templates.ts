// The SMS / WhatsApp templates: each is registered with the operator (a DLT template for SMS, an
// approved WhatsApp template) and carries only these variables, in this order. The outbox keeps the
// text as the person reads it (catalogue `texts.<template>`), with a one-time code masked.
import { isLang, translator } from '../../shared/i18n/index.ts';
import type { TemplateData } from './notifications.templates.ts';

const VARS: Record<string, string[]> = {
  otpCode: ['code', 'minutes'],
  phoneChanged: ['masked'],
  alertDigest: ['count', 'search', 'url'],
  // The same alert with its quickest stored trip: "nearest 26 min from Dombivli" (issue #21).
  alertDigestCommute: ['count', 'search', 'minutes', 'from', 'url'],
  // Account alerts (security module): a new device, a changed password, phone or email.
  securityNewSignIn: ['device'],
  securityPasswordChanged: [],
  securityContactChanged: ['what'],
};

/**
 * A richer registered form of a template, taken when the message carries its extra variables and
 * the provider holds that form (an operator who has not registered it keeps the plain one).
 */
const VARIANTS: Record<string, { template: string; needs: string[] }> = {
  alertDigest: { template: 'alertDigestCommute', needs: ['minutes', 'from'] },
};

export function textTemplateFor(
  template: string,
  data: TemplateData,
  providerHas: (template: string) => boolean,
): string {
  const variant = VARIANTS[template];
  if (!variant?.needs.every((k) => data[k] !== undefined && data[k] !== null && data[k] !== ''))
    return template;
  return providerHas(variant.template) ? variant.template : template;
}

/** Variables never written to the outbox (a one-time code). */
const SECRET_VARS = new Set(['code']);

export const hasTextTemplate = (template: string): boolean => template in VARS;
export const templateVarOrder = (template: string): string[] => VARS[template] ?? [];

/** The template's variables from a notify() data object (all text, as the providers take them). */
export function textVars(template: string, data: TemplateData): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const k of templateVarOrder(template)) {
    if (k === 'count' && data.items) vars.count = String(data.items.length);
    else if (k === 'url' && typeof data.search_url === 'string') vars.url = data.search_url;
    else if (data[k] !== undefined && data[k] !== null) vars[k] = String(data[k]);
  }
  return vars;
}

/** The text kept in the outbox for a template message (codes masked). */
export function renderText(
  template: string,
  vars: Record<string, string>,
  lang: string,
  /** Development only: keep codes readable (an SMS that no provider sent, shown at /dev/outbox). */
  reveal = false,
): string {
  const shown = Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, SECRET_VARS.has(k) && !reveal ? '••••••' : v]),
  );
  return translator(isLang(lang) ? lang : 'en')(`texts.${template}`, {
    ...shown,
    interpolation: { escapeValue: false },
  });
}
