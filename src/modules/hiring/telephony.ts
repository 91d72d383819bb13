// The telephony provider behind "Call": connect two people without showing either number. Exotel's
// "connect two numbers" API (https://developer.exotel.com/docs/voice-v1/api-reference/connect-two-numbers):
// POST {base}/v1/Accounts/{sid}/Calls/connect.json, HTTP Basic auth (API key, token), form fields
// From (called first), To, CallerId (the ExoPhone both see), CallType=trans, StatusCallback,
// StatusCallbackEvents[0]=terminal, StatusCallbackContentType=application/json, CustomField; the
// answer is { Call: { Sid, Status, ... } }. With none configured, no call is placed and the pages
// say so. Never logs a phone number.
export interface CallRequest {
  /** Called first (the one who pressed "Call"). */
  from: string;
  /** Called once `from` answers; a masking service bridges it without revealing it. */
  to: string;
  /** Our call id, echoed back in the provider's status callbacks. */
  reference: string;
  /** Where the provider reports how the call ended (signed; see calls.webhooks.ts). */
  statusCallback: string;
}
export interface TelephonyProvider {
  readonly name: string;
  /** False: nothing can be dialled; the call is recorded as "not placed". */
  readonly configured: boolean;
  connect(call: CallRequest): Promise<{ ref: string }>;
}

/** The provider said no for good (a bad number, a blocked caller id): another try will not help. */
export class CallRefused extends Error {}

export const devTelephony: TelephonyProvider = {
  name: 'dev',
  configured: false,
  async connect() {
    throw new CallRefused('no telephony provider is configured');
  },
};

export function exotelTelephony(opts: {
  sid: string;
  apiKey: string;
  apiToken: string;
  callerId: string;
  baseUrl: string;
  timeoutMs: number;
}): TelephonyProvider {
  return {
    name: 'exotel',
    configured: true,
    async connect(call) {
      const form = new URLSearchParams({
        From: call.from,
        To: call.to,
        CallerId: opts.callerId,
        CallType: 'trans',
        StatusCallback: call.statusCallback,
        'StatusCallbackEvents[0]': 'terminal',
        StatusCallbackContentType: 'application/json',
        CustomField: call.reference,
      });
      const auth = Buffer.from(`${opts.apiKey}:${opts.apiToken}`).toString('base64');
      let res: Response;
      try {
        res = await fetch(
          `${opts.baseUrl.replace(/\/$/, '')}/v1/Accounts/${encodeURIComponent(opts.sid)}/Calls/connect.json`,
          {
            method: 'POST',
            headers: { authorization: `Basic ${auth}`, 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            signal: AbortSignal.timeout(opts.timeoutMs),
          },
        );
      } catch (err) {
        throw new Error(
          (err as Error).name === 'TimeoutError'
            ? `Exotel timed out after ${opts.timeoutMs} ms`
            : 'Exotel unreachable',
        );
      }
      const text = await res.text();
      if (res.status >= 500) throw new Error(`Exotel unavailable (${res.status})`);
      let sid: string | undefined;
      try {
        sid = (JSON.parse(text) as { Call?: { Sid?: string } }).Call?.Sid;
      } catch {
        sid = undefined;
      }
      if (res.status >= 400 || !sid) throw new CallRefused(`Exotel refused the call (${res.status})`);
      return { ref: sid };
    },
  };
}
