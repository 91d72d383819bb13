// The report-reason list is written once: the API schema offers exactly it, and every reason reads
// in English, Hindi and Marathi on the report form.
import { describe, expect, it } from 'vitest';
import { catalogue, LANGUAGES } from '../../shared/i18n/index.ts';
import { isReportReason, REPORT_REASONS } from './report-reasons.ts';
import { ReportBody } from './trust.schema.ts';

describe('report reasons', () => {
  it('the API enum is the one list', () => {
    expect((ReportBody.properties.reason as { enum?: unknown }).enum).toEqual([...REPORT_REASONS]);
    expect(isReportReason('fee_asked')).toBe(true);
    expect(isReportReason('bored')).toBe(false);
  });

  it('every reason has a label in every language', () => {
    for (const lang of LANGUAGES) {
      const labels = (catalogue(lang) as { trust: { report: { reasons: Record<string, string> } } }).trust
        .report.reasons;
      for (const r of REPORT_REASONS) expect(labels[r], `${lang} trust.report.reasons.${r}`).toBeTruthy();
    }
  });
});
