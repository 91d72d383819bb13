// Trust: signals about the account behind a posting that generalise beyond its words: a new account
// posting many jobs fast, contact details shared with other companies, seekers reporting its jobs, and
// what screening and moderators said before (so an edit that only rewrites the words is not waved
// through). Pure: the numbers come from account-signals.repo.ts; a verified badge halves the weights.

export interface AccountSignals {
  companyAgeDays: number;
  /** Other jobs this company created in the last 24 hours. */
  jobsLastDay: number;
  /** Other, unverified companies whose phone, email, UPI or bank account this posting also carries. */
  sharedContactCompanies: number;
  /** Seekers' reports on all of this company's jobs in the last 7 days. */
  reportsLastWeek: number;
  /** This company's jobs a moderator rejected. */
  rejectedJobs: number;
  /** This job was held when last screened (an edit is being re-screened). */
  heldBefore: boolean;
}

export type AccountRuleId = 'burst-new-account' | 'shared-contact' | 'report-velocity' | 'account-history';

export interface AccountFinding {
  rule: AccountRuleId;
  weight: number;
  evidence: string;
}

const NEW_ACCOUNT_DAYS = 7;
const BURST_JOBS = 12;
const SHARED_COMPANIES = 2;
const REPORTS_A_WEEK = 3;

export function accountFindings(signals: AccountSignals, verified: boolean): AccountFinding[] {
  const weigh = (weight: number) => (verified ? Math.round(weight / 2) : weight);
  const found: AccountFinding[] = [];
  if (signals.companyAgeDays < NEW_ACCOUNT_DAYS && signals.jobsLastDay + 1 >= BURST_JOBS)
    found.push({
      rule: 'burst-new-account',
      weight: weigh(30),
      evidence: `${signals.jobsLastDay + 1} jobs in 24 hours from an account ${Math.floor(signals.companyAgeDays)} days old`,
    });
  if (signals.sharedContactCompanies >= SHARED_COMPANIES)
    found.push({
      rule: 'shared-contact',
      weight: weigh(30),
      evidence: `contact details also used by ${signals.sharedContactCompanies} other companies`,
    });
  if (signals.reportsLastWeek >= REPORTS_A_WEEK)
    found.push({
      rule: 'report-velocity',
      weight: weigh(30),
      evidence: `${signals.reportsLastWeek} seeker reports on this company's jobs in 7 days`,
    });
  if (signals.rejectedJobs > 0 || signals.heldBefore)
    found.push({
      rule: 'account-history',
      weight: weigh(30),
      evidence: signals.heldBefore
        ? 'this job was held before this edit'
        : `${signals.rejectedJobs} of this company's jobs were rejected by a moderator`,
    });
  return found;
}

export const ACCOUNT_REASONS: Readonly<Record<AccountRuleId, string>> = {
  'burst-new-account': 'A new account posting many jobs within a day, as scam operations do.',
  'shared-contact': 'Its phone, email or payment details are also used by other, unrelated companies.',
  'report-velocity': "Seekers have reported this company's jobs several times this week.",
  'account-history':
    'This job or company was held or rejected before; an edit that only changes the words is checked again.',
};
