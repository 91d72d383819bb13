// The SMS / WhatsApp form of a message: a registered richer variant (an alert with its quickest
// trip) is taken only when the message carries its variables and the provider holds it.
import { describe, expect, it } from 'vitest';
import { textTemplateFor } from './text-templates.ts';

describe('the SMS form of an alert', () => {
  it('takes the commute form only with a trip and when the provider holds that template', () => {
    const data = { items: [{}], search: 'bpo', minutes: 26, from: 'Dombivli' };
    expect(textTemplateFor('alertDigest', data, () => true)).toBe('alertDigestCommute');
    expect(textTemplateFor('alertDigest', data, (t) => t === 'alertDigest')).toBe('alertDigest');
    expect(textTemplateFor('alertDigest', { items: [{}], search: 'bpo' }, () => true)).toBe('alertDigest');
    expect(textTemplateFor('otpCode', data, () => true)).toBe('otpCode');
  });
});
