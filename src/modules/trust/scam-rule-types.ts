// Trust: the shape of a scam rule (what a moderator sees: id, weight, reason) and the helpers that
// build whole-word patterns over folded text. Types and pattern builders only: no rule lives here.

import type { AccountRuleId } from './account-signals.ts';

export type RuleId =
  | 'fee-or-deposit'
  | 'pay-far-above-market'
  | 'off-platform-contact'
  | 'brand-on-personal-contact'
  | 'free-mail-contact'
  | 'no-interview'
  | 'per-unit-typing-work'
  | 'guaranteed-income'
  | 'urgency-pressure'
  | 'easy-money-from-home'
  | 'asks-sensitive-data'
  | 'copied-posting'
  | 'unnamed-employer'
  | 'website-email-mismatch'
  | 'impersonates-brand'
  | 'task-or-money-mule'
  | 'work-defrauds-others'
  | 'identity-misuse'
  | 'recruit-to-earn'
  | 'reads-like-known-scams'
  | AccountRuleId;

/** One way of saying a scam signal, matched inside a single folded clause. */
export interface Phrase {
  readonly pattern: RegExp;
  /** The clause must also contain this, e.g. an amount next to a bare "fee". */
  readonly needs?: RegExp;
  /** Look for `needs` in the whole sentence ("money arrives in your account, send it on, keep commission"). */
  readonly needsInSentence?: boolean;
  /** The sentence is about something else when it contains this, e.g. fees explained to customers. */
  readonly unless?: RegExp;
  /** Capture group 1 or 2 is an amount; above this it is a salary being quoted, not a fee being asked. */
  readonly maxAmount?: number;
}

interface RuleBase {
  readonly id: RuleId;
  readonly weight: number;
  /** Shown to the moderator next to the evidence. */
  readonly reason: string;
}

export interface TextRule extends RuleBase {
  readonly kind: 'text';
  readonly phrases: readonly Phrase[];
  /** "we never charge any fee" must not count as asking for one. */
  readonly negatable: boolean;
  /** Letter-only spellings tried on the squashed text when "r e g . fee" defeats the phrases. */
  readonly squashed?: readonly string[];
}

export type PayPeriod = 'day' | 'week' | 'month';

export interface PayClaim {
  /** Groups 1 and 2: the amount, or the two ends of a range. */
  readonly pattern: RegExp;
  readonly period: PayPeriod;
}

export interface PayRule extends RuleBase {
  readonly kind: 'pay';
  /** salary_max (or a claim) above this many times the market p90 for role x city. */
  readonly bandMultiple: number;
  /** Without a market band: monthly salary_max that no entry role in this market pays. */
  readonly entryMonthlyCeiling: number;
  readonly seniorMonthlyCeiling: number;
  /** Without a band: a monthly figure written in the text ("earn 1,50,000 per month"). */
  readonly entryTextMonthlyCeiling: number;
  /** Daily / weekly earnings are how typing-work scams advertise; honest office jobs quote monthly pay. */
  readonly periodicBandMultiple: number;
  readonly periodicMonthlyCeiling: number;
  readonly monthsPer: Readonly<Record<PayPeriod, number>>;
  readonly seniorRoles: ReadonlySet<string>;
  readonly claims: readonly PayClaim[];
  /** A fresher (entry) role offered this many times the market median is flagged ... */
  readonly fresherMedianMultiple: number;
  /** ... and held at this many times (a weight of HOLD_AT). */
  readonly fresherHoldMultiple: number;
  /** A claim in a clause like this is a variable-pay ceiling ("earn up to 40,000 with incentives"). */
  readonly variablePay: RegExp;
  /** The weight when the pay is so far out it holds on its own. */
  readonly holdWeight: number;
}

export interface BrandRule extends RuleBase {
  readonly kind: 'brand';
  readonly brands: RegExp;
  readonly personalChannel: RegExp;
  /** A brand named in the text counts only when the poster does not give its own company name. */
  readonly anonymousPoster: RegExp;
}

export interface FreeMailRule extends RuleBase {
  readonly kind: 'free-mail';
}

export interface CopiesRule extends RuleBase {
  readonly kind: 'copies';
  readonly minOtherCompanies: number;
}

export interface UnnamedEmployerRule extends RuleBase {
  readonly kind: 'unnamed-employer';
  readonly genericNames: RegExp;
}

export interface WebsiteMismatchRule extends RuleBase {
  readonly kind: 'website-mismatch';
}

/** A known brand named as the employer (or in the text) by an unverified company that is not that brand. */
export interface ImpersonationRule extends RuleBase {
  readonly kind: 'impersonation';
}

/**
 * The learned model (scam-model.ts) as one more signal: it adds `weight` (a flag, never a hold on its own)
 * when its probability reaches `flagAt` and a rule found something independent of it, or on its own at
 * `aloneAt`; its evidence is the clauses that pushed the probability up. The shipped model file carries
 * both thresholds, calibrated by cross-validation on development data; these are the fallbacks.
 */
export interface ModelRule extends RuleBase {
  readonly kind: 'model';
  readonly flagAt: number;
  readonly aloneAt: number;
  /** Signals about the contact channel or name only: they do not count as a second piece of evidence. */
  readonly notIndependent: ReadonlySet<RuleId>;
  /** How many of the most incriminating clauses the moderator is shown. */
  readonly clausesShown: number;
}

export type ScamRule =
  | ModelRule
  | ImpersonationRule
  | TextRule
  | PayRule
  | BrandRule
  | FreeMailRule
  | CopiesRule
  | UnnamedEmployerRule
  | WebsiteMismatchRule;

const WORD = '\\p{L}\\p{M}\\p{N}';

/** A whole-word pattern over folded text; \b does not understand Devanagari, so the edges are spelled out. */
export function words(source: string): RegExp {
  return new RegExp(`(?<![${WORD}])(?:${source})(?![${WORD}])`, 'gu');
}
/** The same, for a yes/no test of a whole clause or sentence (not global, so no lastIndex state). */
export function anywhere(source: string): RegExp {
  return new RegExp(`(?<![${WORD}])(?:${source})(?![${WORD}])`, 'u');
}
