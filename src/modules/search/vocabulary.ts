// Owns the shape of a vocabulary concept (what a seeker's words mean: terms to OR in, role slugs, implied
// filters) and the full list of concepts, gathered from the vocabulary-*.ts files.
// Must never hold code paths or SQL: it is data, reviewed by people who know the job market, not the parser.

import {
  type Category,
  EDUCATION_RANK,
  type Education,
  LANGUAGE_LEVELS,
  type Language,
  type LanguageLevel,
  type Role,
  SHIFTS,
  type Shift,
  type WorkMode,
} from '../../shared/reference/index.ts';
import { BACK_OFFICE_CONCEPTS } from './vocabulary-back-office.ts';
import { CUSTOMER_SERVICE_CONCEPTS } from './vocabulary-customer-service.ts';
import { DOMAIN_CONCEPTS } from './vocabulary-domain.ts';
import { HIRING_CONCEPTS, INDUSTRY_CONCEPTS } from './vocabulary-industries.ts';
import { SEEKER_CONCEPTS } from './vocabulary-seeker.ts';

// The slugs of the reference data come from the one as-const source (src/shared/reference/enums.ts,
// checked against taxonomy.json by its test).
export type CategorySlug = Category;
export type RoleSlug = Role;
export type EducationSlug = Education;
export type WorkModeSlug = WorkMode;
export type ShiftSlug = Shift;
export type LanguageSlug = Language;
export type { LanguageLevel };

export interface LanguageRequirement {
  readonly slug: LanguageSlug;
  readonly level: LanguageLevel;
}

export { EDUCATION_RANK };
export const SHIFT_ORDER: readonly ShiftSlug[] = SHIFTS;
export const LANGUAGE_LEVEL_RANK = Object.fromEntries(
  LANGUAGE_LEVELS.map((level, rank) => [level, rank]),
) as Readonly<Record<LanguageLevel, number>>;

/**
 * One thing a seeker can mean, however they spell it.
 * A concept with `terms` becomes a match group: (role IN roles) OR (text matches any term).
 * A concept without `terms` is consumed entirely by the filters it implies and leaves no required word.
 * Forms are matched after the query normaliser runs (NFKC, lower case, punctuation to spaces), and
 * multi-word forms also match with the spaces removed ("callcentre", "backoffice").
 * A term containing a space is a phrase: the SQL side should match its words next to each other.
 */
export interface Concept {
  readonly id: string;
  /** What the explanation line says this means to the seeker. */
  readonly label: string;
  readonly forms: readonly string[];
  readonly terms?: readonly string[];
  readonly roles?: readonly RoleSlug[];
  readonly category?: CategorySlug;
  readonly work_mode?: WorkModeSlug;
  readonly shifts?: readonly ShiftSlug[];
  readonly voice?: boolean;
  readonly experience_max?: number;
  /** The seeker's own level: jobs asking for at most this. */
  readonly education?: EducationSlug;
  readonly languages?: readonly LanguageRequirement[];
  readonly near_me?: boolean;
  /**
   * A workplace more than a job ("bpo", "kpo"): named beside a role whose roles it does not share
   * ("team lead bpo"), it says where that role works instead of asking for a second kind of job.
   */
  readonly context?: boolean;
  /**
   * The broader seat this one is a kind of ("reconciliation" within "accounts", an IT help desk within
   * tech support): a title that reads as this concept is title evidence for the broader one, never
   * the other way round (an "Accounts Executive" title is no reconciliation job).
   */
  readonly within?: string;
  /**
   * The taxonomy industry this concept names ("bank", "विमा"): alone it asks for jobs of that
   * industry (the job's field or its own words say so); beside a kind of job it ranks, never filters.
   */
  readonly industry?: string;
  /**
   * For an industry: the phrases that say it in a job's description. Fewer than its forms, since a
   * description names a bank as a landmark ("opp. HDFC Bank") or for the salary account, and
   * insurance as a perk ("health insurance").
   */
  readonly statedBy?: readonly string[];
  /**
   * For an industry: forms that name a product or a firm within it ("credit card", "hdfc", "lic").
   * Beside a kind of job they rank by those very words ("credit card collections": card desks
   * before loan desks), not by the whole industry.
   */
  readonly specific?: readonly string[];
  /**
   * A wish about how hiring happens ("walk in", "immediate joining"): no required word, it ranks the
   * jobs whose title or description say so (a '+@' token, job-description.ts).
   */
  readonly wish?: string;
}

// Split by what the words are about, so a reviewer who knows one corner of the market reads one file.
export const CONCEPTS: readonly Concept[] = [
  ...CUSTOMER_SERVICE_CONCEPTS,
  ...BACK_OFFICE_CONCEPTS,
  ...DOMAIN_CONCEPTS,
  ...INDUSTRY_CONCEPTS,
  ...HIRING_CONCEPTS,
  ...SEEKER_CONCEPTS,
];
