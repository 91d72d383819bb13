// Trust: format checks for the identifiers an employer gives us (GSTIN, CIN, mobile, email, website).
// Pure functions over strings: they say whether an identifier is well formed, never whether it is
// registered to this employer (that needs the GST / MCA registries, which live outside this module).

export type IdentifierCheck = { ok: true } | { ok: false; reason: string };

const fail = (reason: string): IdentifierCheck => ({ ok: false, reason });
const OK: IdentifierCheck = { ok: true };

/** GST state / union-territory codes (first two digits of a GSTIN). */
export const GSTIN_STATE_CODES: Readonly<Record<string, string>> = {
  '01': 'Jammu and Kashmir',
  '02': 'Himachal Pradesh',
  '03': 'Punjab',
  '04': 'Chandigarh',
  '05': 'Uttarakhand',
  '06': 'Haryana',
  '07': 'Delhi',
  '08': 'Rajasthan',
  '09': 'Uttar Pradesh',
  '10': 'Bihar',
  '11': 'Sikkim',
  '12': 'Arunachal Pradesh',
  '13': 'Nagaland',
  '14': 'Manipur',
  '15': 'Mizoram',
  '16': 'Tripura',
  '17': 'Meghalaya',
  '18': 'Assam',
  '19': 'West Bengal',
  '20': 'Jharkhand',
  '21': 'Odisha',
  '22': 'Chhattisgarh',
  '23': 'Madhya Pradesh',
  '24': 'Gujarat',
  '25': 'Daman and Diu',
  '26': 'Dadra and Nagar Haveli and Daman and Diu',
  '27': 'Maharashtra',
  '28': 'Andhra Pradesh (old)',
  '29': 'Karnataka',
  '30': 'Goa',
  '31': 'Lakshadweep',
  '32': 'Kerala',
  '33': 'Tamil Nadu',
  '34': 'Puducherry',
  '35': 'Andaman and Nicobar Islands',
  '36': 'Telangana',
  '37': 'Andhra Pradesh',
  '38': 'Ladakh',
};

/** Fourth character of a PAN: the kind of holder. */
const PAN_HOLDER_KINDS = 'ABCFGHJLPT';
const GSTIN_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The GSTN check character: alternate weights 1,2 over base-36 values, digits of each product summed in base 36. */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = GSTIN_ALPHABET.indexOf(first14.charAt(i));
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GSTIN_ALPHABET.charAt((36 - (sum % 36)) % 36);
}

export function validateGstin(input: string): IdentifierCheck {
  const gstin = input.replace(/\s+/g, '').toUpperCase();
  if (gstin.length !== 15) return fail(`A GSTIN has 15 characters; this one has ${gstin.length}.`);
  if (!/^[0-9A-Z]{15}$/.test(gstin)) return fail('A GSTIN has only letters A-Z and digits 0-9.');
  const state = gstin.slice(0, 2);
  if (!(state in GSTIN_STATE_CODES)) {
    return fail(`"${state}" is not a GST state code (01 to 38; Maharashtra is 27).`);
  }
  const pan = gstin.slice(2, 12);
  if (!/^[A-Z]{5}[0-9]{4}[A-Z]$/.test(pan)) {
    return fail(`Characters 3-12 must be the business PAN (5 letters, 4 digits, 1 letter); got "${pan}".`);
  }
  if (!PAN_HOLDER_KINDS.includes(pan.charAt(3))) {
    return fail(
      `The PAN's 4th character "${pan.charAt(3)}" is not a valid holder type (e.g. C company, F firm).`,
    );
  }
  if (!/^[1-9A-Z]$/.test(gstin.charAt(12))) {
    return fail('Character 13 (registration number within the state) must be 1-9 or A-Z.');
  }
  if (gstin.charAt(13) !== 'Z') return fail('Character 14 of a GSTIN is always "Z".');
  const expected = gstinCheckCharacter(gstin.slice(0, 14));
  if (gstin.charAt(14) !== expected) {
    return fail(
      `The check character is "${gstin.charAt(14)}" but should be "${expected}"; the GSTIN has a typo.`,
    );
  }
  return OK;
}

/** State / UT codes used in the CIN (the MCA's ROC codes, including older spellings still seen on old CINs). */
export const CIN_STATE_CODES: ReadonlySet<string> = new Set([
  'AN',
  'AP',
  'AR',
  'AS',
  'BR',
  'CH',
  'CT',
  'CG',
  'DD',
  'DL',
  'DN',
  'GA',
  'GJ',
  'HP',
  'HR',
  'JH',
  'JK',
  'KA',
  'KL',
  'LA',
  'LD',
  'MH',
  'ML',
  'MN',
  'MP',
  'MZ',
  'NL',
  'OR',
  'OD',
  'PB',
  'PY',
  'RJ',
  'SK',
  'TG',
  'TS',
  'TN',
  'TR',
  'UP',
  'UR',
  'UT',
  'WB',
]);

/** CIN company classes (MCA). */
export const CIN_COMPANY_TYPES: Readonly<Record<string, string>> = {
  PLC: 'public limited company',
  PTC: 'private limited company',
  FLC: 'financial lease company',
  FTC: 'subsidiary of a foreign company',
  GOI: 'company owned by the Government of India',
  SGC: 'company owned by a state government',
  GAP: 'public company limited by guarantee',
  GAT: 'private company limited by guarantee',
  NPL: 'not-for-profit (section 8) company',
  ULL: 'public unlimited company',
  ULT: 'private unlimited company',
  OPC: 'one person company',
};

/** Year the first Indian companies act came into force; no CIN can be older. */
const EARLIEST_INCORPORATION_YEAR = 1850;

export function validateCin(input: string, today: Date = new Date()): IdentifierCheck {
  const cin = input.replace(/\s+/g, '').toUpperCase();
  if (cin.length !== 21) return fail(`A CIN has 21 characters; this one has ${cin.length}.`);
  const listing = cin.charAt(0);
  if (listing !== 'L' && listing !== 'U') {
    return fail('A CIN starts with L (listed) or U (unlisted).');
  }
  if (!/^\d{5}$/.test(cin.slice(1, 6))) return fail('Characters 2-6 must be the 5-digit NIC industry code.');
  const state = cin.slice(6, 8);
  if (!CIN_STATE_CODES.has(state))
    return fail(`"${state}" is not an Indian state code used in CINs (e.g. MH).`);
  const yearText = cin.slice(8, 12);
  if (!/^\d{4}$/.test(yearText)) return fail('Characters 9-12 must be the year of incorporation.');
  const year = Number(yearText);
  if (year > today.getFullYear()) return fail(`The year of incorporation ${year} is in the future.`);
  if (year < EARLIEST_INCORPORATION_YEAR) return fail(`The year of incorporation ${year} is too early.`);
  const type = cin.slice(12, 15);
  if (!(type in CIN_COMPANY_TYPES)) {
    return fail(`"${type}" is not a company class used in CINs (e.g. PTC private, PLC public, OPC).`);
  }
  if (type === 'OPC' && listing === 'L') return fail('A one person company cannot be listed.');
  if (!/^\d{6}$/.test(cin.slice(15))) return fail('The last 6 characters must be the registration number.');
  return OK;
}

/** Udyam (MSME) registration number: UDYAM-<state>-<district 2 digits>-<7 digits>, e.g. UDYAM-MH-33-0012345. */
export function validateUdyam(input: string): IdentifierCheck {
  const udyam = input.replace(/\s+/g, '').toUpperCase();
  const m = /^UDYAM-([A-Z]{2})-(\d{2})-(\d{7})$/.exec(udyam);
  if (!m) return fail('A Udyam number reads UDYAM-MH-00-0000000 (state, district, 7 digits).');
  if (!CIN_STATE_CODES.has(m[1]!)) return fail(`"${m[1]}" is not an Indian state code (e.g. MH).`);
  return OK;
}

/** The PAN inside a GSTIN (characters 3-12). */
export const gstinPan = (gstin: string): string => gstin.replace(/\s+/g, '').toUpperCase().slice(2, 12);

/** A PAN's 4th character says who holds it; P is a person, so a GSTIN on it is a sole proprietor's. */
export const isPersonalPan = (pan: string): boolean => pan.charAt(3).toUpperCase() === 'P';

/** '+91XXXXXXXXXX' for a valid Indian mobile (10 digits starting 6-9), else null. */
export function normalizeIndianMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  const match = /^(?:\+91|0091|91|0)?([6-9]\d{9})$/.exec(compact);
  return match ? `+91${match[1]}` : null;
}

/** The lower-cased domain of an email address, or null when it is not an address. */
export function emailDomain(email: string): string | null {
  const match = /^[^\s@]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(email.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** Free mailbox providers: anyone can open an address there, so it says nothing about the company. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.in',
  'yahoo.in',
  'ymail.com',
  'rocketmail.com',
  'outlook.com',
  'outlook.in',
  'hotmail.com',
  'hotmail.co.in',
  'live.com',
  'live.in',
  'msn.com',
  'rediffmail.com',
  'rediff.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'aol.com',
  'zohomail.com',
  'zohomail.in',
  'zoho.com',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'tutanota.com',
  'tuta.io',
  'indiatimes.com',
  'sify.com',
  'inbox.com',
  'fastmail.com',
]);
/** Providers that also hand out free addresses under country domains (yahoo.co.uk, hotmail.fr ...). */
const FREE_MAIL_BRANDS: ReadonlySet<string> = new Set([
  'gmail',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'live',
  'rediffmail',
  'protonmail',
  'gmx',
  'yandex',
]);

export function isFreeMailDomain(domain: string): boolean {
  const host = domain.trim().toLowerCase().replace(/\.$/, '');
  if (FREE_MAIL_DOMAINS.has(host)) return true;
  const label = host.split('.')[0] ?? '';
  return FREE_MAIL_BRANDS.has(label) && host.split('.').length <= 3;
}

/** Second-level suffixes under which the registrable name is one label further left. */
const MULTI_PART_SUFFIXES: ReadonlySet<string> = new Set([
  'co.in',
  'net.in',
  'org.in',
  'firm.in',
  'gen.in',
  'ind.in',
  'ac.in',
  'edu.in',
  'gov.in',
  'res.in',
  'nic.in',
  'co.uk',
  'org.uk',
  'ac.uk',
  'com.au',
  'net.au',
  'co.nz',
  'com.sg',
  'co.jp',
  'com.br',
  'co.za',
  'com.my',
]);

function registrableDomain(host: string): string {
  const labels = host.split('.').filter(Boolean);
  const lastTwo = labels.slice(-2).join('.');
  const keep = MULTI_PART_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function websiteHost(website: string): string | null {
  const trimmed = website.trim().toLowerCase();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const host = new URL(withScheme).hostname.replace(/^www\./, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** True when the email is on the company's own website domain (careers.acme.co.in matches acme.co.in). */
export function websiteMatchesEmail(website: string, email: string): boolean {
  const domain = emailDomain(email);
  const host = websiteHost(website);
  if (!domain || !host || isFreeMailDomain(domain)) return false;
  return registrableDomain(domain) === registrableDomain(host);
}

/** Email addresses written inside free text (job descriptions often carry them). */
export function emailsInText(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi)].map(
    (match) => match[0].toLowerCase(),
  );
}
