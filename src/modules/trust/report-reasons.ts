// Why a seeker reports a job: the one list from which the TypeScript union, the API enum (and so
// the OpenAPI document) and the report form's options all derive. Each reason's label lives in the
// catalogues under trust.report.reasons.<reason> (a test checks every language has each one).
import Type from 'typebox';

export const REPORT_REASONS = ['fee_asked', 'fake_company', 'wrong_salary', 'spam_calls', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The API and form schema for a reason: exactly the list above. */
export const ReportReasonSchema = Type.Enum(REPORT_REASONS);

export const isReportReason = (value: unknown): value is ReportReason =>
  (REPORT_REASONS as readonly unknown[]).includes(value);
