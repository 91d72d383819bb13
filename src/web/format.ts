// Shared display helpers for job facts: salary the Indian way, experience, labels of enums.
import type { PageContext } from './context.ts';
import { formatLpa, formatNumber } from './i18n/index.ts';

export function salaryText(
  ctx: PageContext,
  min: number | null,
  max: number | null,
): { monthly: string; annual: string } {
  if (min === null || max === null) return { monthly: ctx.t('job.notDisclosed'), annual: '' };
  return {
    monthly: ctx.t('job.salaryMonthly', {
      min: formatNumber(min, ctx.lang),
      max: formatNumber(max, ctx.lang),
    }),
    annual: ctx.t('job.salaryAnnual', { min: formatLpa(min).replace(' LPA', ''), max: formatLpa(max) }),
  };
}

export function experienceText(ctx: PageContext, min: number, max: number | null): string {
  if (min === 0 && (max === null || max <= 1)) return ctx.t('job.fresher');
  return max === null ? ctx.t('job.yearsPlus', { min }) : ctx.t('job.years', { min, max });
}

export const enumLabel = (ctx: PageContext, kind: string, value: string) =>
  ctx.t(`enum.${kind}.${value}`, { defaultValue: value });
