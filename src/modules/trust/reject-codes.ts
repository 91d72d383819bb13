// Trust: the fixed list of reasons a moderator rejects a job for. The code travels with the job's
// moderation reasons, so the employer reads it in their language (moderation-reasons.json, "rejected-*").
export const REJECT_REASONS = {
  'charges-seekers': 'Rejected by a moderator: it asks job seekers for money.',
  impersonation: 'Rejected by a moderator: it hires in the name of a company it does not belong to.',
  'task-or-money-mule':
    'Rejected by a moderator: paid online tasks or moving money through seekers’ accounts.',
  'fake-pay': 'Rejected by a moderator: the pay promised is not real for this job.',
  'fake-company': 'Rejected by a moderator: the employer could not be verified as a real company.',
  'asks-personal-data': 'Rejected by a moderator: it asks for OTPs, bank, card or identity details up front.',
  'defrauds-others':
    'Rejected by a moderator: the work itself defrauds the people called (posing as officials, threats, gift cards, OTPs).',
  'identity-misuse':
    'Rejected by a moderator: it wants the seeker’s identity or bank access (accounts, SIM cards or firms in their name).',
  pyramid: 'Rejected by a moderator: it pays for recruiting others under you (a pyramid), not for a job.',
  'copied-spam': 'Rejected by a moderator: copied or repeated posting.',
  other: 'Rejected by a moderator: it breaks Deskhire’s rules for job postings.',
} as const;

export type RejectCode = keyof typeof REJECT_REASONS;
export const REJECT_CODES = Object.keys(REJECT_REASONS) as RejectCode[];
export const isRejectCode = (value: unknown): value is RejectCode =>
  typeof value === 'string' && Object.hasOwn(REJECT_REASONS, value);
