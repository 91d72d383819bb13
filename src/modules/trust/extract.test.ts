import { describe, expect, it } from 'vitest';
import { identifiersInText } from './extract.ts';

describe('identifiers in posting text', () => {
  it('finds phones in any spelling, emails, UPI handles and bank accounts, in canonical form', () => {
    const found = identifiersInText(
      'Call +91 98765 43210 or 098765-43210. Mail hr@acme.co.in. Pay 99 to rahul.k@okaxis. A/c no: 1234 5678 9012.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'phone', value: '+919876543210' },
        { kind: 'email', value: 'hr@acme.co.in' },
        { kind: 'upi', value: 'rahul.k@okaxis' },
        { kind: 'bank', value: '123456789012' },
      ]),
    );
    expect(found.filter((i) => i.kind === 'phone')).toHaveLength(1);
    expect(found.some((i) => i.kind === 'upi' && i.value.startsWith('hr@'))).toBe(false);
  });

  it('reads Devanagari digits and ignores salaries and pincodes', () => {
    expect(identifiersInText('संपर्क ९८७६५४३२१० करें')).toEqual([{ kind: 'phone', value: '+919876543210' }]);
    expect(identifiersInText('Salary 15000-22000, Powai 400076, 12th pass')).toEqual([]);
  });
});
