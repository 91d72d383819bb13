import { describe, expect, it } from 'vitest';
import {
  emailDomain,
  gstinCheckCharacter,
  isFreeMailDomain,
  normalizeIndianMobile,
  validateCin,
  validateGstin,
  websiteMatchesEmail,
} from './identifiers.ts';

describe('GSTIN', () => {
  it('accepts real GSTINs, in any case and with stray spaces', () => {
    expect(validateGstin('27AAPFU0939F1ZV')).toEqual({ ok: true });
    expect(validateGstin('29AAGCB7383J1Z4')).toEqual({ ok: true });
    expect(validateGstin(' 24aaacc1206d1zm ')).toEqual({ ok: true });
  });

  it('computes the official mod-36 check character', () => {
    expect(gstinCheckCharacter('27AAPFU0939F1Z')).toBe('V');
  });

  it('rejects a typo in the check character and says which character is expected', () => {
    const check = validateGstin('27AAPFU0939F1ZX');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain('"V"');
  });

  it('rejects a single mistyped PAN digit through the checksum', () => {
    expect(validateGstin('27AAPFU0938F1ZV').ok).toBe(false);
  });

  it.each([
    ['27AAPFU0939F1Z', '15 characters'],
    ['45AAPFU0939F1ZV', 'state code'],
    ['00AAPFU0939F1ZV', 'state code'],
    ['271APFU0939F1ZV', 'PAN'],
    ['27AAPXU0939F1ZV', 'holder type'],
    ['27AAPFU0939F0ZV', 'Character 13'],
    ['27AAPFU0939F1YV', '"Z"'],
    ['27AAPFU0939F1Z-', 'letters'],
  ])('rejects %s with a reason about the %s', (gstin, words) => {
    const check = validateGstin(gstin);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(words);
  });
});

describe('CIN', () => {
  const today = new Date('2025-06-01T00:00:00Z');

  it('accepts listed and unlisted companies', () => {
    expect(validateCin('L85110KA1981PLC013115', today)).toEqual({ ok: true });
    expect(validateCin('L22210MH1995PLC084781', today)).toEqual({ ok: true });
    expect(validateCin('U74999MH2016PTC282713', today)).toEqual({ ok: true });
    expect(validateCin(' u72900mh2019opc123456 ', today)).toEqual({ ok: true });
  });

  it.each([
    ['X85110KA1981PLC013115', 'L (listed) or U'],
    ['L8511AKA1981PLC013115', 'NIC'],
    ['L85110XX1981PLC013115', 'state code'],
    ['U72200MH2030PTC123456', 'future'],
    ['U72200MH1700PTC123456', 'too early'],
    ['U72200MH2009ABC123456', 'company class'],
    ['L72900MH2019OPC123456', 'one person company'],
    ['U72200MH2009PTC12345X', 'registration number'],
    ['U72200MH2009PTC12345', '21 characters'],
  ])('rejects %s (%s)', (cin, words) => {
    const check = validateCin(cin, today);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(words);
  });
});

describe('Indian mobile numbers', () => {
  it.each([
    ['9876543210', '+919876543210'],
    ['+91 98765 43210', '+919876543210'],
    ['+91-98765-43210', '+919876543210'],
    ['919876543210', '+919876543210'],
    ['098765 43210', '+919876543210'],
    ['6000012345', '+916000012345'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeIndianMobile(input)).toBe(expected);
  });

  it.each(['5876543210', '98765 4321', '+1 415 555 0100', '022 2345 6789', 'call me', ''])(
    'rejects %s',
    (input) => {
      expect(normalizeIndianMobile(input)).toBeNull();
    },
  );
});

describe('email and website', () => {
  it('reads the domain of an address', () => {
    expect(emailDomain('HR@Careers.Acme.co.in')).toBe('careers.acme.co.in');
    expect(emailDomain('not an email')).toBeNull();
  });

  it('knows free mailboxes, including country variants', () => {
    for (const domain of [
      'gmail.com',
      'yahoo.co.in',
      'rediffmail.com',
      'outlook.com',
      'proton.me',
      'zohomail.in',
    ]) {
      expect(isFreeMailDomain(domain)).toBe(true);
    }
    expect(isFreeMailDomain('yahoo.co.uk')).toBe(true);
    expect(isFreeMailDomain('sahyadricx.in')).toBe(false);
    expect(isFreeMailDomain('zoho.in')).toBe(false);
  });

  it('matches a company email to its website, including sub-domains and .co.in', () => {
    expect(websiteMatchesEmail('https://www.acme.co.in/careers', 'hr@acme.co.in')).toBe(true);
    expect(websiteMatchesEmail('acme.co.in', 'jobs@careers.acme.co.in')).toBe(true);
    expect(websiteMatchesEmail('acme.co.in', 'hr@other.co.in')).toBe(false);
    expect(websiteMatchesEmail('acme.com', 'acme.hr@gmail.com')).toBe(false);
    expect(websiteMatchesEmail('not a url', 'hr@acme.com')).toBe(false);
  });
});
