// A fake of Meta's WhatsApp Cloud API (template messages) and its signed status webhook, in the
// shapes of https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates
// and .../webhooks/payload-examples (X-Hub-Signature-256: sha256=HMAC of the raw body).
import { createHmac, randomBytes } from 'node:crypto';
import { FakeServer } from './fake-server.ts';

export interface WhatsAppMessage {
  id: string;
  phoneNumberId: string;
  bearer: string | undefined;
  to: string;
  template: string;
  language: string;
  params: string[];
}

export class FakeWhatsApp extends FakeServer {
  readonly inbox: WhatsAppMessage[] = [];
  constructor() {
    super((req) => {
      const m = /^\/v[0-9.]+\/([0-9]+)\/messages$/.exec(req.path);
      if (req.method !== 'POST' || !m) return { status: 404, body: { error: { message: 'Unknown path' } } };
      const body = JSON.parse(req.body) as {
        to: string;
        type: string;
        template?: {
          name: string;
          language: { code: string };
          components?: { parameters?: { text: string }[] }[];
        };
      };
      if (body.type !== 'template' || !body.template)
        return {
          status: 400,
          body: { error: { message: 'Only template messages outside the 24h window', code: 131047 } },
        };
      const id = `wamid.${randomBytes(12).toString('base64url')}`;
      this.inbox.push({
        id,
        phoneNumberId: m[1]!,
        bearer: req.headers.authorization,
        to: body.to,
        template: body.template.name,
        language: body.template.language.code,
        params: (body.template.components?.[0]?.parameters ?? []).map((p) => p.text),
      });
      return {
        status: 200,
        body: {
          messaging_product: 'whatsapp',
          contacts: [{ input: body.to, wa_id: body.to }],
          messages: [{ id }],
        },
      };
    });
  }

  /** A status webhook for one message, and its signature header with `appSecret`. */
  static statusEvent(
    msg: WhatsAppMessage,
    status: 'sent' | 'delivered' | 'read' | 'failed',
    appSecret: string,
  ) {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550783881', phone_number_id: msg.phoneNumberId },
                statuses: [
                  {
                    id: msg.id,
                    status,
                    timestamp: '1765101000',
                    recipient_id: msg.to,
                    ...(status === 'failed'
                      ? { errors: [{ code: 131026, title: 'Message undeliverable' }] }
                      : {}),
                  },
                ],
              },
              field: 'messages',
            },
          ],
        },
      ],
    });
    const signature = `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
    return { body, signature };
  }
}
