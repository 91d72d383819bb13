// WhatsApp template messages through Meta's WhatsApp Cloud API
// (https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates):
// POST {base}/{version}/{phone-number-id}/messages, `Authorization: Bearer <token>`, JSON
// { messaging_product: "whatsapp", to, type: "template", template: { name, language: { code },
// components: [{ type: "body", parameters: [{ type: "text", text }] }] } }; success is
// { messages: [{ id: "wamid..." }] }, the id that status webhooks quote.
import {
  PermanentDeliveryError,
  parseTemplateIds,
  type TemplateProvider,
} from './notifications.providers.ts';
import { callProvider, parseJson } from './provider-http.ts';
import { templateVarOrder } from './text-templates.ts';

export function metaWhatsAppProvider(opts: {
  token: string;
  phoneNumberId: string;
  templates: string;
  baseUrl: string;
  timeoutMs: number;
}): TemplateProvider {
  const templateName = parseTemplateIds(opts.templates);
  return {
    name: 'whatsapp-cloud',
    configured: true,
    hasTemplate: (template, lang) => templateName(template, lang) !== undefined,
    async send(m) {
      if (!m.to) throw new PermanentDeliveryError('the account has no phone number');
      const name = templateName(m.template, m.lang);
      if (!name)
        throw new PermanentDeliveryError(`no WhatsApp template for ${m.template} (WHATSAPP_TEMPLATES)`);
      const parameters = templateVarOrder(m.template).map((k) => ({ type: 'text', text: m.vars[k] ?? '' }));
      const res = await callProvider(
        'WhatsApp',
        `${opts.baseUrl.replace(/\/$/, '')}/v21.0/${encodeURIComponent(opts.phoneNumberId)}/messages`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            messaging_product: 'whatsapp',
            to: m.to.replace(/^\+/, ''),
            type: 'template',
            template: {
              name,
              language: { code: m.lang },
              components: parameters.length ? [{ type: 'body', parameters }] : [],
            },
          }),
        },
        opts.timeoutMs,
      );
      if (res.status >= 500 || res.status === 429) throw new Error(`WhatsApp unavailable (${res.status})`);
      const body = parseJson(res.body);
      const id = (body.messages as { id?: string }[] | undefined)?.[0]?.id;
      if (res.status >= 400 || !id) {
        const err = (body.error as { message?: string } | undefined)?.message;
        throw new PermanentDeliveryError(
          `WhatsApp refused the message (${res.status}${err ? `: ${err}` : ''})`,
        );
      }
      return { providerMessageId: id };
    },
  };
}
