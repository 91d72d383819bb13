// Delivery providers, one interface per channel: the dev outbox (keeps the message and says "not
// sent": nothing left the machine), SMTP through nodemailer, MSG91 for SMS and the WhatsApp Cloud
// API, chosen by configuration. SMS and WhatsApp go only as registered templates with variables,
// never free text. A provider receives the address only for the call; it never logs or stores it.
import nodemailer from 'nodemailer';
import type { Lang } from '../../shared/i18n/index.ts';
import { msg91SmsProvider } from './provider-msg91.ts';
import { metaWhatsAppProvider } from './provider-whatsapp.ts';

export interface Attachment {
  filename: string;
  content_type: string;
  /** Text content (an .ics invite, a CSV). */
  content: string;
}

export interface EmailMessage {
  to: string | null;
  subject: string;
  text: string;
  attachments: Attachment[];
  headers: Record<string, string>;
}
/** A registered template (DLT for SMS, approved for WhatsApp) and its variables, in `lang`. */
export interface TemplateMessage {
  to: string | null;
  template: string;
  vars: Record<string, string>;
  lang: Lang;
}
export interface Delivery {
  providerMessageId: string;
}

export interface EmailProvider {
  readonly name: string;
  /** False for the dev outbox: the message is kept, nothing is sent, and the row says so. */
  readonly configured: boolean;
  send(message: EmailMessage): Promise<Delivery>;
}
export interface TemplateProvider {
  readonly name: string;
  readonly configured: boolean;
  /** Whether a template is registered with this provider (unset: any template may be sent). */
  hasTemplate?(template: string, lang: string): boolean;
  send(message: TemplateMessage): Promise<Delivery>;
}
export type SmsProvider = TemplateProvider;
export type WhatsAppProvider = TemplateProvider;

export interface Providers {
  email: EmailProvider;
  sms: SmsProvider;
  whatsapp: WhatsAppProvider;
}

/** A provider refused for good (no address, invalid number, unknown template): retrying will not help. */
export class PermanentDeliveryError extends Error {}

/** Development: the message stays in the outbox (/dev/outbox) and is marked "not sent". */
export function devProvider(channel: string): EmailProvider & TemplateProvider {
  return {
    name: `dev-${channel}`,
    configured: false,
    async send() {
      throw new PermanentDeliveryError(`no ${channel} provider is configured`);
    },
  };
}

export function smtpEmailProvider(smtpUrl: string, from: string): EmailProvider {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    configured: true,
    async send(m) {
      if (!m.to) throw new PermanentDeliveryError('the account has no email address');
      const info = await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        headers: m.headers,
        attachments: m.attachments.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.content_type,
        })),
      });
      return { providerMessageId: info.messageId };
    },
  };
}

/** `name=id;name.hi=id2` -> lookup by template and language, then template alone. */
export function parseTemplateIds(
  spec: string | undefined,
): (template: string, lang: string) => string | undefined {
  const map = new Map<string, string>();
  for (const pair of (spec ?? '').split(/[;,]/)) {
    const [k, v] = pair.split('=').map((s) => s.trim());
    if (k && v) map.set(k, v);
  }
  return (template, lang) => map.get(`${template}.${lang}`) ?? map.get(template);
}

export interface ProviderConfig {
  smtpUrl?: string;
  mailFrom: string;
  msg91?: { authKey: string; sender: string; templates: string; baseUrl: string; timeoutMs: number };
  whatsapp?: {
    token: string;
    phoneNumberId: string;
    templates: string;
    baseUrl: string;
    timeoutMs: number;
  };
}

/** Each channel goes out through its provider when configured; otherwise it stays in the dev outbox. */
export function providersFor(config: ProviderConfig): Providers {
  return {
    email: config.smtpUrl ? smtpEmailProvider(config.smtpUrl, config.mailFrom) : devProvider('email'),
    sms: config.msg91 ? msg91SmsProvider(config.msg91) : devProvider('SMS'),
    whatsapp: config.whatsapp ? metaWhatsAppProvider(config.whatsapp) : devProvider('WhatsApp'),
  };
}
