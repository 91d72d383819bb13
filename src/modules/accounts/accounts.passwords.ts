// The password rules: long enough, not on the list of passwords attackers try first, and not the
// person's own phone number or name. Returns a translated message for the field; never logs or
// stores the password it is given.
import { dictionary } from '@zxcvbn-ts/language-common';
import { type Lang, translator } from '../../shared/i18n/index.ts';

export const PASSWORD_MIN = 8;
export const ADMIN_PASSWORD_MIN = 12;

// ~49,000 passwords most often found in breaches, ranked (zxcvbn-ts's common list, maintained with
// the zxcvbn-ts estimator). Loaded once; lowercase, so the check is case-insensitive.
const COMMON = new Set(dictionary['passwords-common'] as string[]);

/** Why this password is refused, in `lang`; null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { phone?: string | null; name?: string | null; admin?: boolean; lang?: Lang },
): string | null {
  const t = translator(context.lang ?? 'en');
  const min = context.admin ? ADMIN_PASSWORD_MIN : PASSWORD_MIN;
  // Characters, not UTF-16 units: a Devanagari passphrase counts what the person typed.
  if ([...password].length < min) return t('security.password.tooShort', { min });
  const folded = password.trim().toLowerCase();
  // Breach lists are mostly Latin; "Password1" and "password1!" are the same guess.
  const stem = folded.replace(/[^a-z0-9]+$/, '');
  if (COMMON.has(folded) || COMMON.has(stem) || /^(.)\1+$/.test(folded) || isSequence(folded))
    return t('security.password.common');
  const digits = folded.replace(/\D/g, '');
  const phone = context.phone?.replace(/\D/g, '').slice(-10);
  if (phone && digits.length >= 8 && phone.includes(digits.slice(-10)))
    return t('security.password.personal');
  const name = context.name?.trim().toLowerCase().replace(/\s+/g, '');
  if (name && name.length >= 3 && folded.replace(/[\s\d]+/g, '') === name)
    return t('security.password.personal');
  return null;
}

/** 12345678, 87654321, abcdefgh: one step up or down the whole way. */
function isSequence(s: string): boolean {
  if (s.length < 4) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < s.length; i += 1) if (s.charCodeAt(i) - s.charCodeAt(i - 1) !== step) return false;
  return true;
}
