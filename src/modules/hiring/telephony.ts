// The telephony provider interface behind "Call candidate": connect the recruiter to the seeker
// without showing either number. The dev provider only records; a click-to-call / number-masking
// service plugs in through the same shape. Never logs a phone number.
export interface CallRequest {
  /** The recruiter's phone, called first by a click-to-call service. */
  from: string;
  /** The seeker's phone; a masking service bridges it without revealing it. */
  to: string;
  /** Our call id, echoed back in the provider's status callbacks. */
  reference: string;
}
export interface TelephonyProvider {
  name: string;
  connect(call: CallRequest): Promise<{ ref: string }>;
}

export const devTelephony: TelephonyProvider = {
  name: 'dev',
  async connect(call) {
    return { ref: `dev-${call.reference}` };
  },
};

/**
 * The adapter shape for a click-to-call service (Exotel, Knowlarity and the like take an account
 * key, a caller-id number and the two legs, and return a call id). Not wired by default.
 */
export function clickToCallTelephony(opts: {
  endpoint: string;
  apiKey: string;
  callerId: string;
  fetch?: typeof fetch;
}): TelephonyProvider {
  const send = opts.fetch ?? fetch;
  return {
    name: 'click-to-call',
    async connect(call) {
      const res = await send(opts.endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${opts.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          from: call.from,
          to: call.to,
          caller_id: opts.callerId,
          custom_field: call.reference,
        }),
      });
      if (!res.ok) throw new Error(`Telephony provider answered ${res.status}`);
      const body = (await res.json()) as { call_id?: string; sid?: string };
      return { ref: body.call_id ?? body.sid ?? call.reference };
    },
  };
}
