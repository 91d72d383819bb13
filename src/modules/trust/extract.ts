// Pulls the contact identifiers a posting carries (mobile numbers, emails, UPI handles, bank account
// numbers) out of free text, in canonical form, so postings by different companies can be linked.
// Pure: never touches the database, never judges whether an identifier is bad.
import { emailsInText, normalizeIndianMobile } from '../../shared/identifiers.ts';
import { foldCharacters } from './normalize.ts';
import type { Identifier } from './trust.repo.ts';

// "+91 98765 43210", "098765-43210", "9876543210": up to 3 separators inside the 10 digits.
const PHONE = /(?<!\d)(?:\+?\s?91[\s-]?|0)?[6-9](?:[\s-]?\d){9}(?!\d)/g;
// name@okaxis, 98765@ybl: a handle whose provider has no dot (an email's domain always has one).
const UPI = /(?<![\w.@])([a-z0-9][a-z0-9._-]{1,63})@([a-z]{2,20})(?![\w@-]|\.\w)/g;
// "A/c no 123456789012", "account number: 0123 4567 8901".
const BANK = /(?:a\/c|acc(?:oun)?t|account)\s*(?:no\.?|number|num)?\s*[:#-]?\s*((?:\d[\s-]?){9,18})(?!\d)/g;

export function identifiersInText(raw: string): Identifier[] {
  const text = foldCharacters(raw);
  const found = new Map<string, Identifier>();
  const add = (kind: Identifier['kind'], value: string) => found.set(`${kind}:${value}`, { kind, value });
  for (const match of text.matchAll(PHONE)) {
    const phone = normalizeIndianMobile(match[0].replace(/\s/g, ''));
    if (phone) add('phone', phone);
  }
  for (const email of emailsInText(text)) add('email', email);
  for (const match of text.matchAll(UPI)) add('upi', `${match[1]}@${match[2]}`);
  for (const match of text.matchAll(BANK)) add('bank', match[1]!.replace(/\D/g, ''));
  return [...found.values()];
}
