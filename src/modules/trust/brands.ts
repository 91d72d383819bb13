// Trust: the known-brands list (banks, telecoms, e-commerce, IT/BPO firms that scammers borrow) and the
// two questions screening asks of it: which brand does a name or text mention, and is a company that
// brand (its name, website or email on the brand's own domains). Pure lookups over a checked-in file.
import { readFileSync } from 'node:fs';
import { foldPosting } from './normalize.ts';
import { anywhere } from './scam-rule-types.ts';

interface Brand {
  name: string;
  aliases: string[];
  domains: string[];
}

const file = JSON.parse(readFileSync(new URL('./known-brands.json', import.meta.url), 'utf8')) as {
  brands: Brand[];
};
const fold = (text: string): string => foldPosting(text).clauses.join(' ');
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BRANDS = file.brands.map((brand) => ({
  ...brand,
  pattern: anywhere(brand.aliases.map((alias) => escapeRegExp(fold(alias))).join('|')),
}));

/** Any brand at all: one pass over the text before asking which. */
const ANY_BRAND = anywhere(
  file.brands.flatMap((brand) => brand.aliases.map((alias) => escapeRegExp(fold(alias)))).join('|'),
);

/** The known brand a piece of text names, if any (folded matching, whole words). */
export function brandIn(text: string | null | undefined): string | null {
  return text ? brandInFolded(fold(text)) : null;
}

/** The same, for text already folded by normalize.ts (screening folds a posting once). */
export function brandInFolded(folded: string): string | null {
  if (!ANY_BRAND.test(folded)) return null;
  return BRANDS.find((brand) => brand.pattern.test(folded))?.name ?? null;
}

const hostOf = (value: string): string =>
  value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^[^@]*@/, '')
    .replace(/^www\./, '')
    .split(/[/:?#]/)[0] ?? '';

/** True when the company's website or email sits on one of the brand's own domains. */
export function ownsBrand(
  brandName: string,
  company: { website?: string | null; contact_email?: string | null },
): boolean {
  const brand = BRANDS.find((b) => b.name === brandName);
  if (!brand) return false;
  const hosts = [company.website, company.contact_email].filter((v): v is string => !!v).map(hostOf);
  return hosts.some((host) => brand.domains.some((domain) => host === domain || host.endsWith(`.${domain}`)));
}
