// Signed unsubscribe tokens: `<saved search id>.<HMAC-SHA256>` keyed by APP_SECRET, so the link in
// an email works without sign-in and cannot be forged for someone else's search.
import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (secret: string, id: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${id}`).digest('base64url').slice(0, 32);

export function unsubscribeToken(secret: string, savedSearchId: string): string {
  return `${savedSearchId}.${mac(secret, savedSearchId)}`;
}

/** The saved search id the token was signed for, or null for anything forged or mangled. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [id, sig, ...rest] = token.split('.');
  if (!id || !sig || rest.length || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const want = Buffer.from(mac(secret, id));
  const got = Buffer.from(sig);
  return got.length === want.length && timingSafeEqual(got, want) ? id : null;
}
