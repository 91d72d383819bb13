// Trust: builds the pure part of a posting's screening context (reference pay band, impersonated brand)
// from the posting and its company, the same way for the live screen, the evaluation sets and the bench.
// No database: live market bands and copy counts are added by screening.service.ts.
import { brandIn, ownsBrand } from './brands.ts';
import { referenceBand } from './market-reference.ts';
import type { MarketBand } from './scam-score.ts';

export interface CompanyFacts {
  name: string | null | undefined;
  website?: string | null;
  contact_email?: string | null;
}

/** The brand the company's own name claims when the company is not that brand (its domains say so). */
export function impersonatedBrand(company: CompanyFacts): string | null {
  const brand = brandIn(company.name);
  return brand && !ownsBrand(brand, company) ? brand : null;
}

export type { MarketBand };
export { referenceBand };
