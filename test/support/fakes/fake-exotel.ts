// A fake of Exotel's "connect two numbers" API and its StatusCallback, in the shapes of the
// published docs (https://developer.exotel.com/docs/voice-v1/api-reference/connect-two-numbers and
// .../status-callback): a form POST with Basic auth answered by { Call: { Sid, Status, ... } }.
import { randomBytes } from 'node:crypto';
import { FakeServer } from './fake-server.ts';

export interface BridgedCall {
  sid: string;
  accountSid: string;
  basicAuth: string | undefined;
  from: string;
  to: string;
  callerId: string;
  statusCallback: string;
  customField: string;
}

export class FakeExotel extends FakeServer {
  readonly calls: BridgedCall[] = [];
  constructor() {
    super((req) => {
      const m = /^\/v1\/Accounts\/([^/]+)\/Calls\/connect(\.json)?$/.exec(req.path);
      if (req.method !== 'POST' || !m) return { status: 404, body: { RestException: { Status: 404 } } };
      if (!req.headers.authorization?.startsWith('Basic '))
        return {
          status: 401,
          body: { RestException: { Status: 401, Message: 'Authentication is required' } },
        };
      const form = new URLSearchParams(req.body);
      const sid = randomBytes(16).toString('hex');
      const call = {
        sid,
        accountSid: m[1]!,
        basicAuth: req.headers.authorization,
        from: form.get('From') ?? '',
        to: form.get('To') ?? '',
        callerId: form.get('CallerId') ?? '',
        statusCallback: form.get('StatusCallback') ?? '',
        customField: form.get('CustomField') ?? '',
      };
      this.calls.push(call);
      return {
        status: 200,
        body: {
          Call: {
            Sid: sid,
            ParentCallSid: null,
            DateCreated: '2026-12-07 10:00:00',
            AccountSid: call.accountSid,
            To: call.to,
            From: call.from,
            PhoneNumberSid: call.callerId,
            Status: 'in-progress',
            Direction: 'outbound-api',
            Uri: `/v1/Accounts/${call.accountSid}/Calls/${sid}.json`,
          },
        },
      };
    });
  }

  /** The terminal StatusCallback body (StatusCallbackContentType=application/json). */
  static terminal(call: BridgedCall, status: 'completed' | 'no-answer' | 'busy' | 'failed', seconds: number) {
    return {
      CallSid: call.sid,
      EventType: 'terminal',
      Status: status,
      DateCreated: '2026-12-07 10:00:00',
      DateUpdated: '2026-12-07 10:01:40',
      To: call.to,
      From: call.from,
      PhoneNumberSid: call.callerId,
      StartTime: '2026-12-07 10:00:01',
      EndTime: '2026-12-07 10:01:40',
      ConversationDuration: seconds,
      Direction: 'outbound-api',
      CustomField: call.customField,
      RecordingUrl: null,
      Legs: [
        { OnCallDuration: seconds + 4, Status: status === 'completed' ? 'completed' : status },
        { OnCallDuration: seconds, Status: status === 'completed' ? 'completed' : status },
      ],
    };
  }
}
