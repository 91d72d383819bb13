// Verified skill-check badges as pages show them: the check, the score and when it was earned,
// in the reader's language (the stored label is English, so it is only the fallback).
import { html } from 'ghtml';
import type { BadgeOut } from '../../modules/skills/index.ts';
import { formatDate } from '../../shared/i18n/index.ts';
import type { PageContext } from '../context.ts';

export function badgeText(ctx: PageContext, b: BadgeOut): string {
  return ctx.t(`insights.badges.score.${b.kind}`, {
    score: b.score,
    accuracy: b.accuracy ?? '',
    defaultValue: b.label,
  });
}

/** A list of badges; `withExpiry` adds "valid until" (the owner's view). */
export function badgeList(ctx: PageContext, badges: BadgeOut[], opts: { withExpiry?: boolean } = {}): string {
  return html`<ul class="badges">!${badges
    .map(
      (b) =>
        html`<li><span class="badge" data-kind="${b.kind}">✔ ${ctx.t(`insights.skills.${b.kind}`)}: ${badgeText(ctx, b)}</span> <span class="muted">${ctx.t('insights.badges.issued', { date: formatDate(b.issued_at, ctx.lang) })}${opts.withExpiry ? ` · ${ctx.t('insights.skills.expires', { date: formatDate(b.expires_at, ctx.lang) })}` : ''}</span></li>`,
    )
    .join('')}</ul>`;
}
