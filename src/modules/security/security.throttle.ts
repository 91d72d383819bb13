// How hard sign-in slows down, after OWASP's Authentication Cheat Sheet ("Login Throttling" and
// "Account Lockout": delays that grow with each failure instead of a lockout an attacker can
// trigger) and its device-cookie technique: a browser the owner already signed in from is throttled
// on its own, so failures sent from elsewhere never slow the owner down there.
export const THROTTLE = {
  /** Per account name (phone or email) from browsers it has not seen: 5 free tries, then 1 s, 2 s, 4 s ... up to 5 minutes. */
  account: { free: 5, capSeconds: 300 },
  /** Per known device and account: the owner's own typos. */
  device: { free: 5, capSeconds: 300 },
  /** Per client address: offices and colleges share one, so it starts late; up to an hour. */
  ip: { free: 30, capSeconds: 3600 },
} as const;
