// Explanations the app writes about a job or an applicant (moderation reasons, applicant match
// reasons), said in the page's language from their codes. The English stored beside them stays the
// API's text; what has no code (a moderator's own words, a ban) is shown as written.
import { html } from 'ghtml';
import type { Match } from '../modules/applications/index.ts';
import type { JobHint, JobOut } from '../modules/jobs/index.ts';
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import type { PageContext } from './context.ts';
import { enumLabel, placeName, skillLabel } from './format.ts';

/**
 * One moderation reason. A screened reason is the rule's English sentence then " [evidence]": the
 * evidence is words quoted from the posting, so it stays as it was written.
 */
export function moderationReasonText(
  ctx: PageContext,
  reason: string,
  code: string | null | undefined,
): string {
  if (!code || ctx.lang === 'en') return reason;
  const said = ctx.t(`moderationReasons.${code}`, { defaultValue: '' });
  if (!said) return reason;
  const evidence = reason.indexOf(' [');
  return evidence >= 0 ? `${said}${reason.slice(evidence)}` : said;
}

/** Every reason of a job's (or queue item's) moderation, in the page's language. */
export const moderationReasons = (
  ctx: PageContext,
  m: { reasons: string[]; codes?: (string | null)[] | undefined },
): string[] => m.reasons.map((r, i) => moderationReasonText(ctx, r, m.codes?.[i]));

/** One applicant match reason from its code and params; the English `text` when the code is unknown. */
export function matchReasonText(
  ctx: PageContext,
  r: Match['reasons'][number],
  job: Pick<JobOut, 'city' | 'city_name' | 'locality' | 'locality_name'>,
  tax?: TaxonomyView,
): string {
  const { t } = ctx;
  const p = r.params ?? {};
  const city = tax?.cities.find((c) => c.slug === job.city);
  switch (r.code) {
    case 'no_profile':
      return t('matchReasons.no_profile');
    case 'education':
      return p.education
        ? t('matchReasons.education', { education: enumLabel(ctx, 'education', p.education) })
        : r.text;
    case 'experience':
      if (p.years === undefined) return r.text;
      return p.years === 0 ? t('matchReasons.fresher') : t('matchReasons.experience', { count: p.years });
    case 'languages': {
      if (!p.languages) return r.text;
      const name = (slug: string) =>
        t(`ref.language.${slug}`, {
          defaultValue: tax?.languages.find((l) => l.slug === slug)?.name ?? slug,
        });
      return t('matchReasons.languages', { languages: p.languages.map(name).join(', ') });
    }
    case 'skills':
      return p.skills
        ? t('matchReasons.skills', { skills: p.skills.map((s) => skillLabel(ctx, s)).join(', ') })
        : r.text;
    case 'near': {
      const locality = city?.localities.find((l) => l.slug === (p.place ?? job.locality));
      return t('matchReasons.near', { place: placeName(ctx, locality, job.locality_name) });
    }
    case 'city':
      return t('matchReasons.city', { place: placeName(ctx, city, job.city_name) });
    default:
      return r.text;
  }
}

/** "Your title reads as KYC executive; you picked Back office executive": for the posting's owner. */
export function titleHints(ctx: PageContext, hints: JobHint[] | undefined): string {
  if (!hints?.length) return '';
  return hints
    .map((h) => {
      // The role names come from the API's English params: say them in the page's language.
      const role = (slug: string | undefined, english: string | undefined) =>
        slug ? ctx.t(`landing.role.${slug}`, { defaultValue: english ?? slug }) : (english ?? '');
      const params = {
        ...h.params,
        read_as_name: role(h.params.read_as, h.params.read_as_name),
        picked_name: role(h.params.picked, h.params.picked_name),
      };
      return html`<p class="notice hint" role="status">${ctx.t('employer.titleReadsAs', params)}</p>`;
    })
    .join('');
}
