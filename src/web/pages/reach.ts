// How a seeker hears of an employer's move, said as it really is on this site: they always see it
// under My applications; a message goes out only when its channel has a provider and they have an
// address on it. Employer pages use this instead of "they will be told".
import type { PageContext } from '../context.ts';

export interface Reach {
  name: string;
  configured: boolean;
  /** They have an address on that channel (an email-only message needs an email on file). */
  addressed?: boolean;
}

/** True when a message can really leave for this person. */
export const reachSends = (r: Reach): boolean => r.configured && r.addressed !== false;

/** "Priya sees it under My applications. No email goes out: this site cannot send email yet." */
export function reachSentence(ctx: PageContext, reach: Reach, name?: string): string {
  const { t } = ctx;
  const who = name || t('employerTruth.reach.someone');
  const channel = t(`employerPhone.channel.${reach.name}`, { defaultValue: reach.name });
  if (reachSends(reach)) return t('employerTruth.reach.sent', { name: who, channel });
  if (!reach.configured) return t('employerTruth.reach.noProvider', { name: who, channel });
  return t('employerTruth.reach.noAddress', { name: who, channel });
}

/** A reach as a short query value (`sent.email`, `noProvider.sms`, `noAddress.email`) for a redirect. */
export function reachCode(r: Reach): string {
  const kind = reachSends(r) ? 'sent' : !r.configured ? 'noProvider' : 'noAddress';
  return `${kind}.${r.name}`;
}

/** The reach a `reachCode` names; undefined for anything else (a hand-made URL says nothing). */
export function reachOfCode(code: string | undefined): Reach | undefined {
  const m = /^(sent|noProvider|noAddress)\.(sms|email|whatsapp)$/.exec(code ?? '');
  if (!m) return undefined;
  return { name: m[2]!, configured: m[1] !== 'noProvider', addressed: m[1] !== 'noAddress' };
}

/**
 * How a one-time code can leave this site by SMS: through a real provider, into the developer's outbox
 * (DEV_OUTBOX=1, refused in production: readable at /dev/outbox), or not at all. A page promises
 * "we send a code" only for the first, and says plainly what happens instead for the others.
 */
export type CodeRoute = 'provider' | 'devOutbox' | 'none';

export const codeRoute = (smsConfigured: boolean, devOutbox: boolean): CodeRoute =>
  smsConfigured ? 'provider' : devOutbox ? 'devOutbox' : 'none';
