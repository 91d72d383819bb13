// Delivery providers, one interface per channel: the dev outbox (keeps the message, marks it sent),
// SMTP through nodemailer, and request builders for SMS/WhatsApp gateways. A provider receives the
// address only for the call; it must never log it or store it.
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';

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
export interface TextMessage {
  to: string | null;
  text: string;
}
export interface Delivery {
  providerMessageId: string;
}

export interface EmailProvider {
  readonly name: string;
  send(message: EmailMessage): Promise<Delivery>;
}
export interface SmsProvider {
  readonly name: string;
  send(message: TextMessage): Promise<Delivery>;
}
export interface WhatsAppProvider {
  readonly name: string;
  send(message: TextMessage): Promise<Delivery>;
}

export interface Providers {
  email: EmailProvider;
  sms: SmsProvider;
  whatsapp: WhatsAppProvider;
}

/** A provider refused for good (no address, invalid number): retrying will not help. */
export class PermanentDeliveryError extends Error {}

/** Development: "delivery" is keeping the message in the outbox (/dev/outbox) and calling it sent. */
export function devProvider(channel: string): EmailProvider & SmsProvider & WhatsAppProvider {
  return {
    name: `dev-${channel}`,
    async send() {
      return { providerMessageId: `dev-${randomUUID()}` };
    },
  };
}

export function smtpEmailProvider(smtpUrl: string, from: string): EmailProvider {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
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

/** What a gateway adapter sends: built here, posted by an injected transport (no live calls here). */
export interface GatewayRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
}
export type GatewayTransport = (req: GatewayRequest) => Promise<{ status: number; body: string }>;

/** MSG91 Flow API (SMS by DLT-approved template): https://docs.msg91.com */
export function msg91SmsRequest(
  opts: { authKey: string; templateId: string },
  to: string,
  text: string,
): GatewayRequest {
  return {
    method: 'POST',
    url: 'https://control.msg91.com/api/v5/flow/',
    headers: { authkey: opts.authKey, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      template_id: opts.templateId,
      short_url: '0',
      recipients: [{ mobiles: to.replace(/^\+/, ''), message: text }],
    }),
  };
}

/** Gupshup WhatsApp message API: https://docs.gupshup.io */
export function gupshupWhatsAppRequest(
  opts: { apiKey: string; source: string; appName: string },
  to: string,
  text: string,
): GatewayRequest {
  const form = new URLSearchParams({
    channel: 'whatsapp',
    source: opts.source,
    destination: to.replace(/^\+/, ''),
    'src.name': opts.appName,
    message: JSON.stringify({ type: 'text', text }),
  });
  return {
    method: 'POST',
    url: 'https://api.gupshup.io/wa/api/v1/msg',
    headers: { apikey: opts.apiKey, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  };
}

/** Wraps a request builder and a transport into a channel provider (SMS or WhatsApp). */
export function gatewayProvider(
  name: string,
  build: (to: string, text: string) => GatewayRequest,
  transport: GatewayTransport,
): SmsProvider & WhatsAppProvider {
  return {
    name,
    async send(m) {
      if (!m.to) throw new PermanentDeliveryError('the account has no phone number');
      const res = await transport(build(m.to, m.text));
      // 4xx: the gateway refused this message (bad number, template); 5xx: try again later.
      if (res.status >= 400 && res.status < 500)
        throw new PermanentDeliveryError(`${name} refused the message (${res.status})`);
      if (res.status >= 500) throw new Error(`${name} unavailable (${res.status})`);
      const id = /"(?:request_id|messageId|message_id)"\s*:\s*"([^"]+)"/.exec(res.body)?.[1];
      return { providerMessageId: id ?? `${name}-${randomUUID()}` };
    },
  };
}

/** Email goes over SMTP when SMTP_URL is set; everything else stays in the dev outbox. */
export function providersFor(config: { smtpUrl?: string; mailFrom: string }): Providers {
  return {
    email: config.smtpUrl ? smtpEmailProvider(config.smtpUrl, config.mailFrom) : devProvider('email'),
    sms: devProvider('sms'),
    whatsapp: devProvider('whatsapp'),
  };
}
