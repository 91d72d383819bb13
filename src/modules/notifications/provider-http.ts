// The one way a provider adapter calls out: fetch with a deadline. A timeout or a network error
// is worth retrying (the queue backs off); the adapter decides what a status code means.
export interface ProviderResponse {
  status: number;
  body: string;
}

export async function callProvider(
  name: string,
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
  timeoutMs: number,
): Promise<ProviderResponse> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: await res.text() };
  } catch (err) {
    const e = err as Error;
    const why = e.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : 'unreachable';
    throw new Error(`${name} ${why}`);
  }
}

export function parseJson(body: string): Record<string, unknown> {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
