// SMS through MSG91's Flow API with DLT-registered templates (https://docs.msg91.com, "Send SMS"
// / flow; https://msg91.com/help/dlt-registration-in-india/map-sms-content-template-on-msg91-api-panel).
// POST {base}/api/v5/flow with header `authkey` and JSON { template_id, sender, short_url,
// recipients: [{ mobiles: "91XXXXXXXXXX", <var>: value }] }; success is
// { "type": "success", "message": "<request id>" }, which delivery reports quote as requestId.
import {
  PermanentDeliveryError,
  parseTemplateIds,
  type TemplateProvider,
} from './notifications.providers.ts';
import { callProvider, parseJson } from './provider-http.ts';

export function msg91SmsProvider(opts: {
  authKey: string;
  sender: string;
  templates: string;
  baseUrl: string;
  timeoutMs: number;
}): TemplateProvider {
  const templateId = parseTemplateIds(opts.templates);
  return {
    name: 'msg91',
    configured: true,
    hasTemplate: (template, lang) => templateId(template, lang) !== undefined,
    async send(m) {
      if (!m.to) throw new PermanentDeliveryError('the account has no phone number');
      const id = templateId(m.template, m.lang);
      if (!id) throw new PermanentDeliveryError(`no MSG91 template id for ${m.template} (MSG91_TEMPLATES)`);
      const res = await callProvider(
        'MSG91',
        `${opts.baseUrl.replace(/\/$/, '')}/api/v5/flow`,
        {
          method: 'POST',
          headers: { authkey: opts.authKey, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            template_id: id,
            sender: opts.sender,
            short_url: '0',
            recipients: [{ mobiles: m.to.replace(/^\+/, ''), ...m.vars }],
          }),
        },
        opts.timeoutMs,
      );
      const body = parseJson(res.body);
      // 4xx, or a 200 that says "error" (bad template, DND, auth): the message failed for good.
      if (res.status >= 500) throw new Error(`MSG91 unavailable (${res.status})`);
      if (res.status >= 400 || body.type !== 'success' || typeof body.message !== 'string')
        throw new PermanentDeliveryError(
          `MSG91 refused the message (${res.status}${typeof body.message === 'string' ? `: ${body.message}` : ''})`,
        );
      return { providerMessageId: body.message };
    },
  };
}
