// Explanations the app writes about a job or an applicant (moderation reasons, applicant match
// reasons), said in the page's language from their codes. The English stored beside them stays the
// API's text; what has no code is read back by its fixed shape (report holds, bans) or, like a
// moderator's own words, shown as written.
import { html } from 'ghtml';
import type { Match } from '../modules/applications/index.ts';
import type { JobHint, JobOut } from '../modules/jobs/index.ts';
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import { markSentences, postingWords } from '../modules/trust/index.ts';
import type { PageContext } from './context.ts';
import { enumLabel, placeName, skillLabel } from './format.ts';

/**
 * Reasons the screen and the report hold write as English prose with names and counts in them and
 * no code (`trust.service` report hold, `screening.service` hard reasons): read back by their fixed
 * shape so a Hindi or Marathi page says them in its own words. Anything else is shown as written.
 */
const PROSE_REASONS: { re: RegExp; say: (ctx: PageContext, m: RegExpMatchArray) => string }[] = [
  {
    re: /^Paused after (\d+) seeker reports(?: \((.+)\))?\.$/,
    say: (ctx, m) =>
      ctx.t(m[2] ? 'trust.moderation.held.reportsWhy' : 'trust.moderation.held.reports', {
        count: Number(m[1]),
        reasons: m[2] ? reportSummary(ctx, m[2]) : '',
      }),
  },
  {
    re: /^Shares (phone|email|upi|bank) (.+) with banned employer "(.+)"\.$/,
    say: (ctx, m) =>
      ctx.t('trust.moderation.held.sharesBanned', {
        kind: ctx.t(`trust.moderation.identifier.${m[1]}`),
        value: m[2],
        name: m[3],
      }),
  },
  {
    re: /^Employer is banned: (.*)$/s,
    say: (ctx, m) => ctx.t('trust.moderation.held.employerBanned', { reason: m[1] }),
  },
];

/** "fee_asked ×3, other ×1" (the report hold's summary) in the page's language. */
export function reportSummary(ctx: PageContext, summary: string): string {
  return summary
    .split(', ')
    .map((part) => {
      const m = /^(\w+) ×(\d+)$/.exec(part);
      if (!m) return part;
      const reason = ctx.t(`trust.report.reasons.${m[1]}`, { defaultValue: m[1] });
      return ctx.t('trust.moderation.reportCount', { reason, count: Number(m[2]) });
    })
    .join(', ');
}

/**
 * One moderation reason. A screened reason is the rule's English sentence then " [evidence]": the
 * evidence of a text rule is words quoted from the posting: it stays as written, shown as a quote
 * ("the posting says: “no interview”") rather than a bracketed label that reads like a rule name.
 */
export function moderationReasonText(
  ctx: PageContext,
  reason: string,
  code: string | null | undefined,
  /** The posting as the employer wrote it (title and description): quotes come from it, cased as typed. */
  posting?: string,
): string {
  if (!code) {
    for (const p of PROSE_REASONS) {
      const m = reason.match(p.re);
      if (m) return p.say(ctx, m);
    }
    return reason;
  }
  const bracket = reason.indexOf(' [');
  const english = bracket >= 0 ? reason.slice(0, bracket) : reason;
  const said =
    ctx.lang === 'en' ? english : ctx.t(`moderationReasons.${code}`, { defaultValue: '' }) || english;
  if (bracket < 0 || !reason.endsWith(']')) return said;
  const evidence = reason.slice(bracket + 2, -1);
  const words = postingWords(code, evidence);
  if (words) {
    const own = posting ? ownWords(posting, code, words) : undefined;
    return `${said} ${ctx.t('trust.moderation.evidence', { words: own ?? words })}`;
  }
  // The learned model quotes the clauses that drove it ("…" · "…" (model: 0.93)): shown to the
  // employer as the sentences they wrote, when the posting is at hand.
  const clauses = [...evidence.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/…$/, ''));
  if (posting && clauses.length) {
    const own = [...new Set(clauses.map((c) => ownWords(posting, code, c)).filter(Boolean))];
    if (own.length === clauses.length)
      return `${said} ${ctx.t('trust.moderation.evidence', { words: own.join('” · “') })}`;
  }
  // Other evidence is a sentence the screen wrote in English (figures, names): kept on English pages
  // in brackets as before; a Hindi or Marathi page says the reason alone.
  return ctx.lang === 'en' ? `${said} (${evidence})` : said;
}

/** Every reason of a job's (or queue item's) moderation, in the page's language. */
export const moderationReasons = (
  ctx: PageContext,
  m: { reasons: string[]; codes?: (string | null)[] | undefined },
  posting?: { title: string; description: string },
): string[] =>
  m.reasons.map((r, i) =>
    moderationReasonText(
      ctx,
      r,
      m.codes?.[i],
      posting ? `${posting.title}\n${posting.description}` : undefined,
    ),
  );

/** Longest quote shown: a sentence longer than this is cut at a word, with an ellipsis. */
const QUOTE_CHARS = 160;

/**
 * The sentence of the posting behind a reason, as the employer typed it (case, ₹, punctuation), not
 * the screen's lower-cased, folded text; undefined when no sentence of the posting matches.
 */
function ownWords(posting: string, code: string, folded: string): string | undefined {
  const sentence = markSentences(posting, [{ rule: code, evidence: folded }]).find((x) =>
    x.rules.includes(code),
  )?.text;
  if (!sentence) return undefined;
  if (sentence.length <= QUOTE_CHARS) return sentence;
  const cut = sentence.slice(0, QUOTE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_CHARS / 2))}…`;
}

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
