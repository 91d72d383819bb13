// Owns the shape of a vocabulary concept (what a seeker's words mean: terms to OR in, role slugs, implied
// filters) and the full list of concepts, gathered from the vocabulary-*.ts files.
// Must never hold code paths or SQL: it is data, reviewed by people who know the job market, not the parser.

import { BACK_OFFICE_CONCEPTS } from './vocabulary-back-office.ts';
import { CUSTOMER_SERVICE_CONCEPTS } from './vocabulary-customer-service.ts';
import { DOMAIN_CONCEPTS } from './vocabulary-domain.ts';
import { SEEKER_CONCEPTS } from './vocabulary-seeker.ts';

// These unions mirror src/shared/reference/taxonomy.json; a test fails if they drift apart.
export type CategorySlug = 'customer_service' | 'back_office';
export type RoleSlug =
  | 'customer-service-representative'
  | 'call-centre-agent'
  | 'international-voice-agent'
  | 'chat-support-executive'
  | 'email-support-executive'
  | 'technical-support-specialist'
  | 'help-desk-technician'
  | 'customer-success-manager'
  | 'team-lead'
  | 'quality-analyst'
  | 'training-specialist'
  | 'telecaller'
  | 'operations-manager'
  | 'customer-experience-manager'
  | 'back-office-executive'
  | 'data-entry-operator'
  | 'mis-executive'
  | 'accounts-assistant'
  | 'reconciliation-executive'
  | 'hr-operations-executive'
  | 'kyc-compliance-executive'
  | 'operations-executive'
  | 'admin-executive'
  | 'documentation-executive';
export type EducationSlug = 'below_10th' | '10th' | '12th' | 'diploma' | 'graduate' | 'postgraduate';
export type WorkModeSlug = 'onsite' | 'hybrid' | 'remote';
export type ShiftSlug = 'day' | 'night' | 'rotational' | 'uk' | 'us';
export type LanguageSlug =
  | 'english'
  | 'hindi'
  | 'marathi'
  | 'gujarati'
  | 'tamil'
  | 'telugu'
  | 'kannada'
  | 'bengali';
export type LanguageLevel = 'basic' | 'conversational' | 'fluent';

export interface LanguageRequirement {
  readonly slug: LanguageSlug;
  readonly level: LanguageLevel;
}

export const EDUCATION_RANK: Readonly<Record<EducationSlug, number>> = {
  below_10th: 0,
  '10th': 1,
  '12th': 2,
  diploma: 3,
  graduate: 4,
  postgraduate: 5,
};

export const SHIFT_ORDER: readonly ShiftSlug[] = ['day', 'night', 'rotational', 'uk', 'us'];
export const LANGUAGE_LEVEL_RANK: Readonly<Record<LanguageLevel, number>> = {
  basic: 0,
  conversational: 1,
  fluent: 2,
};

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
}

// Split by what the words are about, so a reviewer who knows one corner of the market reads one file.
export const CONCEPTS: readonly Concept[] = [
  ...CUSTOMER_SERVICE_CONCEPTS,
  ...BACK_OFFICE_CONCEPTS,
  ...DOMAIN_CONCEPTS,
  ...SEEKER_CONCEPTS,
];
