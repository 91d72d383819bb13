// A fake of MSG91's Flow API (SMS by DLT template) and its delivery-report webhook, speaking the
// shapes of the published docs (fixtures under test/fixtures/providers/msg91-*.json name their URLs).
import { randomBytes } from 'node:crypto';
import { FakeServer } from './fake-server.ts';

export interface Sms {
  requestId: string;
  authkey: string | undefined;
  templateId: string;
  sender: string;
  /** 91XXXXXXXXXX, as MSG91 takes it. */
  mobiles: string;
  vars: Record<string, string>;
}

export class FakeMsg91 extends FakeServer {
  readonly inbox: Sms[] = [];
  constructor() {
    super((req) => {
      if (req.method !== 'POST' || req.path !== '/api/v5/flow')
        return { status: 404, body: { type: 'error', message: 'Not found' } };
      if (!req.headers.authkey)
        return { status: 401, body: { type: 'error', message: 'Authentication failure' } };
      const body = JSON.parse(req.body) as {
        template_id: string;
        sender: string;
        recipients: ({ mobiles: string } & Record<string, string>)[];
      };
      const requestId = randomBytes(12).toString('hex');
      for (const { mobiles, ...vars } of body.recipients)
        this.inbox.push({
          requestId,
          authkey: req.headers.authkey as string,
          templateId: body.template_id,
          sender: body.sender,
          mobiles,
          vars,
        });
      return { status: 200, body: { type: 'success', message: requestId } };
    });
  }

  /** The last SMS to a phone (+91XXXXXXXXXX or 91XXXXXXXXXX). */
  lastTo(phone: string): Sms | undefined {
    const mobiles = phone.replace(/^\+/, '');
    return this.inbox.filter((m) => m.mobiles === mobiles).at(-1);
  }

  /** The code in the last SMS to a phone, as the person would read it. */
  codeFor(phone: string): string {
    const code = this.lastTo(phone)?.vars.code;
    if (!code) throw new Error('no code was texted to this number');
    return code;
  }

  /** A delivery report as MSG91's webhook v2 posts it (form field `data`, a JSON string). */
  static deliveryReport(sms: Sms, status: '1' | '2' | '16' = '1'): string {
    const desc = status === '1' ? 'DELIVERED' : status === '2' ? 'FAILED' : 'REJECTED';
    const data = [
      {
        senderId: sms.sender,
        requestId: sms.requestId,
        report: [{ date: '2026-12-07 10:06:20', number: sms.mobiles, status, desc }],
        userId: '27XXXX',
        campaignName: 'API',
      },
    ];
    return new URLSearchParams({ data: JSON.stringify(data) }).toString();
  }
}
