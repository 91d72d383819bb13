// Delivery reports from the SMS and WhatsApp providers. Each route checks the provider's proof
// first (MSG91: the shared secret in the URL it was given; WhatsApp Cloud API: X-Hub-Signature-256,
// an HMAC of the raw body with the app secret), then records the report. Idempotent: a repeated or
// older report changes nothing. Providers are not API clients, so these stay out of the OpenAPI doc.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { Forbidden, NotFound } from '../../shared/errors.ts';
import type { NotificationsService } from './notifications.service.ts';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** MSG91 report status codes (https://msg91.com/help/how-can-i-get-the-delivery-reports-on-my-webhook-url). */
function msg91Status(code: string): 'delivered' | 'failed' | null {
  if (code === '1') return 'delivered';
  if (['2', '9', '16', '17', '25'].includes(code)) return 'failed';
  return null; // 8 (awaiting report) and the like: nothing final yet
}

interface Msg91Report {
  requestId?: string;
  status?: string;
  desc?: string;
  report?: { status?: string; desc?: string }[];
}

/** v2 posts form field `data` (a JSON string of an array); v3 posts one JSON object. */
function msg91Reports(body: unknown): Msg91Report[] {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.data === 'string') {
    try {
      const parsed = JSON.parse(b.data) as unknown;
      return Array.isArray(parsed) ? (parsed as Msg91Report[]) : [];
    } catch {
      return [];
    }
  }
  if (Array.isArray(body)) return body as Msg91Report[];
  return typeof b.requestId === 'string' ? [b as Msg91Report] : [];
}

interface MetaStatus {
  id: string;
  status: string;
  errors?: { title?: string; message?: string }[];
}

export const notificationWebhooks: FastifyPluginAsync<{
  notifications: NotificationsService;
  msg91Secret: string | undefined;
  whatsappAppSecret: string | undefined;
  whatsappVerifyToken: string | undefined;
}> = async (app, opts) => {
  const { notifications } = opts;
  // The WhatsApp signature is over the exact bytes sent: keep them beside the parsed body.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    (req as unknown as { rawBody: string }).rawBody = body as string;
    try {
      done(null, body ? JSON.parse(body as string) : {});
    } catch (err) {
      (err as { statusCode?: number }).statusCode = 400;
      done(err as Error, undefined);
    }
  });

  app.post<{ Querystring: { token?: string } }>(
    '/webhooks/msg91',
    { schema: { hide: true } },
    async (req) => {
      if (!opts.msg91Secret) throw new NotFound('Webhook');
      if (!same(req.query.token ?? '', opts.msg91Secret)) throw new Forbidden('Wrong webhook token');
      let changed = 0;
      let received = 0;
      for (const r of msg91Reports(req.body)) {
        if (!r.requestId) continue;
        const entry = r.report?.[0] ?? r;
        const status = msg91Status(String(entry.status ?? ''));
        received++;
        if (status && (await notifications.recordDelivery('msg91', r.requestId, status, entry.desc ?? null)))
          changed++;
      }
      return { received, changed };
    },
  );

  // Meta's subscription check: echo the challenge when the verify token matches.
  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/webhooks/whatsapp',
    { schema: { hide: true } },
    async (req, reply) => {
      const q = req.query;
      if (!opts.whatsappVerifyToken) throw new NotFound('Webhook');
      if (q['hub.mode'] !== 'subscribe' || !same(q['hub.verify_token'] ?? '', opts.whatsappVerifyToken))
        throw new Forbidden('Wrong verify token');
      return reply.type('text/plain').send(q['hub.challenge'] ?? '');
    },
  );

  app.post('/webhooks/whatsapp', { schema: { hide: true } }, async (req) => {
    if (!opts.whatsappAppSecret) throw new NotFound('Webhook');
    const raw = (req as unknown as { rawBody?: string }).rawBody ?? '';
    const given = String(req.headers['x-hub-signature-256'] ?? '');
    const expected = `sha256=${createHmac('sha256', opts.whatsappAppSecret).update(raw).digest('hex')}`;
    if (!same(given, expected)) throw new Forbidden('Bad signature');
    const body = req.body as { entry?: { changes?: { value?: { statuses?: MetaStatus[] } }[] }[] };
    let received = 0;
    let changed = 0;
    for (const entry of body.entry ?? [])
      for (const change of entry.changes ?? [])
        for (const s of change.value?.statuses ?? []) {
          received++;
          const status =
            s.status === 'delivered' || s.status === 'read' || s.status === 'failed' ? s.status : null;
          const error = s.errors?.[0]?.title ?? s.errors?.[0]?.message ?? null;
          if (status && (await notifications.recordDelivery('whatsapp-cloud', s.id, status, error)))
            changed++;
        }
    return { received, changed };
  });
};
