// Trust: scores one job posting against the scam rules and decides clear / flagged / held.
// Pure and synchronous: the caller supplies market pay and duplicate counts; this file never touches the
// database, the network or the clock, and never changes a posting — it only explains its score.

import {
  emailDomain,
  emailsInText,
  isFreeMailDomain,
  websiteMatchesEmail,
} from '../../shared/identifiers.ts';
import { ACCOUNT_REASONS, type AccountSignals, accountFindings } from './account-signals.ts';
import { brandIn, brandInFolded, ownsBrand } from './brands.ts';
import { isPayStatement, type MoneyShape, moneyFromSeeker } from './money-flow.ts';
import { isNegated } from './negation.ts';
import { type FoldedText, foldPosting } from './normalize.ts';
import { readWithModel, type ScamModel } from './scam-model.ts';
import { SHIPPED_SCAM_MODEL } from './scam-model-shipped.ts';
import type { BrandRule, ModelRule, PayRule, Phrase, RuleId, ScamRule, TextRule } from './scam-rule-types.ts';
import { anywhere } from './scam-rule-types.ts';
import { SCAM_RULES } from './scam-rules.ts';

/** Scores at or above this keep the job off the site until a moderator clears it. */
export const HOLD_AT = 60;
/** Scores at or above this publish the job but queue it for a moderator. */
export const FLAG_AT = 30;

export interface JobPosting {
  title: string;
  description: string;
  /** Monthly, whole rupees. */
  salary_min?: number | null;
  salary_max?: number | null;
  role?: string | null;
  city?: string | null;
  /** Years; 0 (or absent) is a fresher role. */
  experience_min?: number | null;
  company_name?: string | null;
  contact_phone?: string | null;
  contact_email?: string | null;
  website?: string | null;
  perks?: readonly string[] | null;
}

export interface MarketBand {
  /** Monthly INR for this role in this city, from live postings. */
  p50: number;
  p90: number;
}

export interface PostingContext {
  marketBand?: MarketBand | null;
  /** How many other companies posted near-identical text. */
  duplicateCompanies?: number;
  employerVerified?: boolean;
  knownBrand?: boolean;
  /** What the account behind the posting did before (live screening only). */
  account?: AccountSignals | null;
}

export type ScamDecision = 'clear' | 'flagged' | 'held';

export interface ScamHit {
  rule: RuleId;
  weight: number;
  reason: string;
  /** What in the posting triggered the rule, in folded form, for the moderator. */
  evidence: string;
}

export interface ScamScore {
  score: number;
  decision: ScamDecision;
  hits: ScamHit[];
}

interface Evidence {
  posting: JobPosting;
  context: PostingContext;
  folded: FoldedText;
  emails: readonly string[];
  model: ScamModel | null;
}

const EVIDENCE_LENGTH = 140;

const clip = (text: string): string =>
  text.length > EVIDENCE_LENGTH ? `${text.slice(0, EVIDENCE_LENGTH - 1)}…` : text;

const inr = (amount: number): string => `₹${Math.round(amount).toLocaleString('en-IN')}`;

function amountOf(match: RegExpMatchArray): number | null {
  const text = match[1] ?? match[2];
  return text === undefined ? null : Number(text);
}

type PhraseOutcome = { evidence: string } | 'negated' | null;

function matchPhrase(rule: TextRule, phrase: Phrase, clause: string, sentence: string): PhraseOutcome {
  if (phrase.unless?.test(sentence)) return null;
  if (phrase.needs && !phrase.needs.test(phrase.needsInSentence ? sentence : clause)) return null;
  let outcome: PhraseOutcome = null;
  for (const match of clause.matchAll(phrase.pattern)) {
    const amount = amountOf(match);
    if (phrase.maxAmount !== undefined && amount !== null && amount > phrase.maxAmount) continue;
    const start = match.index ?? 0;
    if (rule.negatable && isNegated(clause, start, start + match[0].length)) {
      outcome = 'negated';
      continue;
    }
    return { evidence: clip(clause) };
  }
  return outcome;
}

function checkText(rule: TextRule, { folded }: Evidence): string | null {
  let negated = false;
  const fee = rule.id === 'fee-or-deposit';
  for (const [index, clauses] of folded.sentences.entries()) {
    // An FAQ's question ("Do I have to pay anything?") asks the seeker for nothing.
    if (rule.negatable && folded.questions[index]) continue;
    const sentence = clauses.join(' ');
    for (const clause of clauses) {
      // Pay, incentives and bonus are money to the seeker: "salary 9,000-12,000" is never a fee.
      if (fee && isPayStatement(clause)) continue;
      for (const phrase of rule.phrases) {
        const outcome = matchPhrase(rule, phrase, clause, sentence);
        if (outcome === 'negated') negated = true;
        else if (outcome) return outcome.evidence;
      }
    }
  }
  // Only when nothing readable was said about it: honest text has no reason to hide "fee" in "f.e.e".
  if (negated) return null;
  const hidden = rule.squashed?.find(
    (spelling) => folded.squashed.includes(spelling) && !writtenAsWords(spelling, folded.clauses),
  );
  return hidden ? `disguised spelling of "${hidden}"` : null;
}

/**
 * True when the spelling appears as ordinary words ("security deposits"), which the phrases have already
 * judged (perhaps as being about customers); only a disguised spelling is left for the squashed check.
 */
function writtenAsWords(spelling: string, clauses: readonly string[]): boolean {
  for (const clause of clauses) {
    const tokens = clause.split(' ');
    for (let first = 0; first < tokens.length; first++) {
      let joined = tokens[first] ?? '';
      for (let next = first + 1; next < tokens.length && joined.length < spelling.length; next++) {
        joined += tokens[next];
        if (joined.startsWith(spelling)) return true;
      }
    }
  }
  return false;
}

function isSenior(rule: PayRule, role: string | null | undefined): boolean {
  return role ? rule.seniorRoles.has(role) : false;
}

type Found = { evidence: string; weight?: number };

function checkPay(rule: PayRule, { posting, context, folded }: Evidence): Found | null {
  const band = context.marketBand ?? null;
  const senior = isSenior(rule, posting.role);
  const bandCeiling = band ? rule.bandMultiple * band.p90 : null;
  const quoted = posting.salary_max ?? posting.salary_min ?? null;
  // The largest monthly pay the text itself claims ("earn 45,000 a month", "1,500 daily").
  let claimed: { monthly: number; clause: string; periodic: boolean; variable: boolean } | null = null;
  for (const clause of folded.clauses) {
    for (const claim of rule.claims) {
      for (const match of clause.matchAll(claim.pattern)) {
        const amounts = [match[1], match[2]].filter((a): a is string => a !== undefined).map(Number);
        const monthly = Math.max(...amounts) * rule.monthsPer[claim.period];
        if (!claimed || monthly > claimed.monthly)
          claimed = {
            monthly,
            clause,
            periodic: claim.period !== 'month',
            variable: rule.variablePay.test(clause),
          };
      }
    }
  }
  if (quoted !== null) {
    const ceiling = bandCeiling ?? (senior ? rule.seniorMonthlyCeiling : rule.entryMonthlyCeiling);
    if (quoted > ceiling) {
      const basis = band
        ? `${rule.bandMultiple}× the market p90 of ${inr(band.p90)}`
        : `${inr(ceiling)} for this role`;
      return { evidence: `salary up to ${inr(quoted)} a month, above ${basis}`, weight: rule.holdWeight };
    }
  }
  if (claimed) {
    const { monthly, clause, periodic } = claimed;
    let ceiling: number;
    if (!periodic)
      ceiling = bandCeiling ?? (senior ? rule.seniorMonthlyCeiling : rule.entryTextMonthlyCeiling);
    else if (senior) ceiling = bandCeiling ?? rule.seniorMonthlyCeiling;
    else
      ceiling = Math.min(
        band ? rule.periodicBandMultiple * band.p90 : Number.POSITIVE_INFINITY,
        rule.periodicMonthlyCeiling,
      );
    if (monthly > ceiling) return { evidence: `"${clip(clause)}" = about ${inr(monthly)} a month` };
  }
  // A fresher role offered about twice what the market pays its median hire: the lure of a fake job.
  const fresher = !senior && (posting.experience_min ?? 0) === 0;
  // Incentive-led "earn up to" figures are a sales job's ceiling, not its pay.
  const offered = Math.max(quoted ?? 0, claimed && !claimed.variable ? claimed.monthly : 0);
  if (band && fresher && offered > 0) {
    const times = offered / band.p50;
    if (times >= rule.fresherMedianMultiple && offered > band.p90) {
      const evidence = `${inr(offered)} a month for a fresher, ${times.toFixed(1)}× the market median of ${inr(band.p50)}`;
      return times >= rule.fresherHoldMultiple ? { evidence, weight: rule.holdWeight } : { evidence };
    }
  }
  return null;
}

function freeMails(emails: readonly string[]): string[] {
  return emails.filter((email) => {
    const domain = emailDomain(email);
    return domain !== null && isFreeMailDomain(domain);
  });
}

const AS_EMPLOYER = anywhere(
  'hiring|hires|recruit\\p{L}*|vacanc\\p{L}*|openings?|jobs?|naukri|bharti|join|joining|work (?:for|with|at|in)|payroll|' +
    'employees?|official|direct|offer letter|नोकरी|नौकरी|भर्ती|भरती|जॉब|रिक्त|जागा',
);
const AS_CLIENT = anywhere(
  'process|account|client\\p{L}*|campaign|project|trained|certified|experience|customers|sellers|partners?|vendor|outsourc\\p{L}*|' +
    'प्रोसेस|क्लायंट|क्लाइंट',
);

/** The hiring brand: named as the employer, or in the text, by an unverified company that is not it. */
function checkImpersonation({ posting, context, folded }: Evidence): string | null {
  if (context.employerVerified) return null;
  const company = { website: posting.website, contact_email: posting.contact_email };
  const named = brandIn(posting.company_name);
  if (named && !ownsBrand(named, company)) return `company "${posting.company_name}" is not ${named}`;
  if (context.knownBrand) return `company "${posting.company_name}" borrows a verified company's name`;
  // In the text, a brand counts when it is put forward as the employer ("Amazon is hiring", "job in
  // HDFC"), not when an outsourcer names its client's process ("for the Airtel process").
  if (!brandInFolded(folded.clauses.join(' '))) return null;
  for (const clause of folded.clauses) {
    const inText = brandInFolded(clause);
    if (!inText || inText === named || ownsBrand(inText, company)) continue;
    if (!AS_EMPLOYER.test(clause) || AS_CLIENT.test(clause)) continue;
    return `names ${inText} as the employer but "${posting.company_name ?? 'the poster'}" is not ${inText}`;
  }
  return null;
}

function checkBrand(rule: BrandRule, { posting, context, folded, emails }: Evidence): string | null {
  if (context.employerVerified) return null;
  const named = foldPosting(posting.company_name ?? '').clauses.join(' ');
  const inText = rule.anonymousPoster.test(named)
    ? rule.brands.exec(folded.clauses.join(' '))?.[0]
    : undefined;
  const brand =
    rule.brands.exec(named)?.[0] ??
    inText ??
    (context.knownBrand ? posting.company_name || 'a known brand' : null);
  if (!brand) return null;
  const free = freeMails(emails);
  const corporate = emails.length > free.length;
  if (corporate) return null;
  const channel = rule.personalChannel.exec(folded.clauses.join(' '))?.[0];
  if (free.length > 0) return `"${brand}" with contact ${free[0]}`;
  if (channel) return `"${brand}" with contact over ${channel}`;
  return null;
}

function checkFee(rule: TextRule, evidence: Evidence): string | null {
  // Money moving from the seeker, read by structure, first; the phrase list catches disguised spellings.
  const flow = moneyFromSeeker(evidence.folded)[0];
  if (flow) return `${flow.shape}: ${clip(flow.clause)}`;
  return checkText(rule, evidence);
}

/**
 * The learned model flags only with the clauses that drove it, shown as the evidence: beside a rule's own
 * finding at flagAt, alone only at aloneAt (the shipped model carries both, calibrated by cross-validation).
 */
function checkModel(
  rule: ModelRule,
  { folded, model }: Evidence,
  found: readonly { rule: RuleId }[],
): Found | null {
  if (!model) return null;
  const reading = readWithModel(model, folded);
  const corroborated = independentOfModel(found);
  const threshold = corroborated ? (model.flagAt ?? rule.flagAt) : (model.aloneAt ?? rule.aloneAt);
  if (reading.probability < threshold) return null;
  const drivers = reading.clauses
    .filter((c) => c.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, rule.clausesShown);
  if (!drivers.length) return null;
  const quoted = drivers.map((c) => `"${clip(c.clause)}"`).join(' · ');
  const said = `${quoted} (model: ${reading.probability.toFixed(2)})`;
  return { evidence: said };
}

function checkRule(
  rule: ScamRule,
  evidence: Evidence,
  found: readonly { rule: RuleId }[],
): string | Found | null {
  const { posting, context, emails } = evidence;
  switch (rule.kind) {
    case 'model':
      return checkModel(rule, evidence, found);
    case 'text':
      return rule.id === 'fee-or-deposit' ? checkFee(rule, evidence) : checkText(rule, evidence);
    case 'impersonation':
      return checkImpersonation(evidence);
    case 'pay':
      return checkPay(rule, evidence);
    case 'brand':
      return checkBrand(rule, evidence);
    case 'free-mail': {
      const free = freeMails(emails);
      return !context.employerVerified && free.length > 0 ? `contact ${free[0]}` : null;
    }
    case 'copies': {
      const copies = context.duplicateCompanies ?? 0;
      return copies >= rule.minOtherCompanies ? `same text posted by ${copies} other companies` : null;
    }
    case 'unnamed-employer': {
      if (context.employerVerified) return null;
      const name = foldPosting(posting.company_name ?? '').clauses.join(' ');
      return rule.genericNames.test(name) ? `company name "${posting.company_name ?? ''}"` : null;
    }
    case 'website-mismatch': {
      const website = posting.website?.trim();
      const email = posting.contact_email?.trim();
      if (!website || !email || context.employerVerified) return null;
      const domain = emailDomain(email);
      if (!domain || isFreeMailDomain(domain)) return null;
      return websiteMatchesEmail(website, email) ? null : `${email} is not on ${website}`;
    }
  }
}

const MODEL_RULE = SCAM_RULES.find((rule): rule is ModelRule => rule.kind === 'model');

/**
 * True when the rules found something of their own, beyond the contact channel or the name (a free-mail
 * address, a website mismatch, a vague company name): a second piece of evidence beside the model.
 */
export function independentOfModel(found: readonly { rule: RuleId }[]): boolean {
  return found.some(
    (hit) => hit.rule !== MODEL_RULE?.id && !(MODEL_RULE?.notIndependent.has(hit.rule) ?? false),
  );
}

/** The model reads last: whether it may flag depends on what the rules found without it. */
const RULES_MODEL_LAST: readonly ScamRule[] = [
  ...SCAM_RULES.filter((rule) => rule.kind !== 'model'),
  ...SCAM_RULES.filter((rule) => rule.kind === 'model'),
];

const FULL_WEIGHT_WHEN_VERIFIED: ReadonlySet<RuleId> = new Set([
  'fee-or-deposit',
  'task-or-money-mule',
  'work-defrauds-others',
  'identity-misuse',
  'asks-sensitive-data',
  'copied-posting',
]);

export function decide(score: number): ScamDecision {
  if (score >= HOLD_AT) return 'held';
  if (score >= FLAG_AT) return 'flagged';
  return 'clear';
}

/**
 * `model` is the shipped learned model; evaluation passes a model trained without the postings it scores
 * (cross-validation), or null for the rules alone.
 */
export function scoreJob(
  posting: JobPosting,
  context: PostingContext = {},
  model: ScamModel | null = SHIPPED_SCAM_MODEL,
): ScamScore {
  const text = [posting.title, posting.description, ...(posting.perks ?? [])].join('\n');
  const emails = [
    ...new Set([
      ...(posting.contact_email ? [posting.contact_email.trim().toLowerCase()] : []),
      ...emailsInText(text),
    ]),
  ];
  const evidence: Evidence = { posting, context, folded: foldPosting(text), emails, model };
  const hits: ScamHit[] = [];
  for (const rule of RULES_MODEL_LAST) {
    const found = checkRule(rule, evidence, hits);
    if (found === null) continue;
    const { evidence: said, weight } =
      typeof found === 'string' ? { evidence: found, weight: rule.weight } : found;
    // A verified badge halves the softer signals; money and data moving from the seeker keep their weight.
    const full = weight ?? rule.weight;
    const weighed =
      context.employerVerified && !FULL_WEIGHT_WHEN_VERIFIED.has(rule.id) ? Math.round(full / 2) : full;
    hits.push({ rule: rule.id, weight: weighed, reason: rule.reason, evidence: said });
  }
  if (context.account)
    for (const found of accountFindings(context.account, context.employerVerified ?? false))
      hits.push({ ...found, reason: ACCOUNT_REASONS[found.rule] });
  const score = Math.min(
    100,
    hits.reduce((sum, hit) => sum + hit.weight, 0),
  );
  return { score, decision: decide(score), hits };
}

// Every money flow shape (a Record, so a new shape is a type error here until it is listed).
const MONEY_SHAPES: ReadonlySet<string> = new Set(
  Object.keys({
    charge: 1,
    payment: 1,
    deduction: 1,
    'salary-share': 1,
    'advance-tax': 1,
    'cash-on-delivery': 1,
    crypto: 1,
    'held-valuables': 1,
    'vendor-purchase': 1,
    'cheque-to-pass-on': 1,
  } satisfies Record<MoneyShape, 1>),
);
const QUOTES_POSTING: ReadonlySet<string> = new Set(
  SCAM_RULES.filter((r) => r.kind === 'text').map((r) => r.id),
);

/**
 * The posting's own words in a hit's evidence, fit to quote on a page in any language; null when the
 * rule's evidence is a sentence the screen wrote in English (pay figures, brand and account facts).
 * A text rule quotes the clause it matched; the fee rule may prefix the money flow's shape
 * (`charge: registration fee inr 499`), which is not the employer's wording.
 */
export function postingWords(rule: string, evidence: string): string | null {
  if (!QUOTES_POSTING.has(rule)) return null;
  if (rule !== 'fee-or-deposit') return evidence;
  const flow = /^([a-z-]+): (.+)$/s.exec(evidence);
  return flow && MONEY_SHAPES.has(flow[1]!) ? flow[2]! : evidence;
}
