// The page shell: head, header with navigation and language switcher, footer. Every value is
// escaped by ghtml's `html` tag; only other `html` output is inserted raw (with `!${}`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { html } from 'ghtml';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../shared/i18n/index.ts';
import type { PageContext } from './context.ts';
import { seekerNav } from './pages/seeker.ts';

/**
 * The stylesheet is inlined in every page: on a slow phone network a separate render-blocking
 * request costs a round trip before anything shows (Lighthouse's FCP/LCP). It is ~2.5 KB compressed.
 * The CSP allows exactly this text by its hash (`STYLE_HASH`, used in app.ts); no other inline style.
 */
const STYLE = readFileSync(new URL('./static/app.css', import.meta.url), 'utf8');
export const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

export interface PageOptions {
  title: string;
  body: string;
  description?: string;
  canonical?: string;
  /** Extra trusted markup for <head> (JSON-LD), already escaped by its builder. */
  head?: string;
  noindex?: boolean;
}

/** The same page in another language: `?lang=` on the canonical URL (English has none). */
export function withLang(url: string, lang: Lang): string {
  const u = new URL(url);
  u.searchParams.delete('lang');
  if (lang !== 'en') u.searchParams.set('lang', lang);
  return u.toString();
}

/** Search engines learn that the page exists in three languages, and which one this is. */
function alternates(ctx: PageContext, canonical: string | undefined): string {
  if (!canonical) return '';
  return html`<link rel="canonical" href="${withLang(canonical, ctx.lang)}">
!${LANGUAGES.map((l) => html`<link rel="alternate" hreflang="${l}-IN" href="${withLang(canonical, l)}">`).join('\n')}
<link rel="alternate" hreflang="x-default" href="${withLang(canonical, 'en')}">`;
}

/**
 * The language switcher: one small POST form with a button a language, so it works without
 * JavaScript and from the keyboard, and comes back to this page (its query kept, `lang` dropped).
 * A signed-in user's choice also becomes their message language; like every form, it is CSRF-checked.
 */
function languagePicker(ctx: PageContext): string {
  const query = new URLSearchParams(ctx.query);
  query.delete('cursor');
  const here = query.size ? `${ctx.path}?${query.toString()}` : ctx.path;
  return html`<form class="lang-pick" method="post" action="/lang" aria-label="${ctx.t('nav.language')}">
    <input type="hidden" name="_csrf" value="${ctx.csrf}">
    <input type="hidden" name="next" value="${here}">
    !${LANGUAGES.map(
      (l) =>
        html`<button type="submit" name="lang" value="${l}" lang="${l}" class="link"!${l === ctx.lang ? ' aria-current="true"' : ''}>${LANGUAGE_NAMES[l]}</button>`,
    ).join('')}
  </form>`;
}

/** On the sign-in page, Register keeps where the visitor was going (a job's apply step). */
function registerHref(ctx: PageContext): string {
  const next = ctx.path === '/login' ? ctx.query.get('next') : null;
  return next ? `/register?next=${encodeURIComponent(next)}` : '/register';
}

export function layout(ctx: PageContext, page: PageOptions): string {
  const { t, user } = ctx;
  const langLinks = LANGUAGES.map((l) => {
    const q = new URLSearchParams(ctx.query);
    q.set('lang', l);
    return l === ctx.lang
      ? html`<strong aria-current="true" lang="${l}">${LANGUAGE_NAMES[l]}</strong>`
      : html`<a href="${ctx.path}?${q.toString()}" lang="${l}" hreflang="${l}">${LANGUAGE_NAMES[l]}</a>`;
  }).join(' · ');
  // Signed in, a role has up to eight links: on a 360 px phone they do not fit one row, and a row
  // that scrolls sideways hides most of them. They fold under one "Menu" (a <details>: no script).
  const nav = user
    ? html`<details class="menu"><summary>${t('journeys.nav.menu')}</summary><div class="menu-list">!${user.role === 'employer' ? html`<a href="/employer">${t('nav.myJobs')}</a><a href="/employer/jobs/new">${t('nav.postJob')}</a>` : seekerNav(ctx)}
        !${user.role === 'seeker' ? html`<a href="/me/saved-jobs">${t('alerts.nav.savedJobs')}</a><a href="/me/saved-searches">${t('alerts.nav.savedSearches')}</a>` : ''}
        !${user.role === 'admin' ? html`<a href="/admin/moderation">${t('trust.nav.moderation')}</a>` : ''}
        <a href="/insights">${t('seekerPhone.nav.insights')}</a><a href="/careers">${t('seekerPhone.nav.careers')}</a>
        <a href="/me/account">${t('account.nav')}</a>
        <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit" class="link">${t('nav.signOut')}</button></form></div></details>`
    : html`<a href="/login">${t('nav.signIn')}</a><a href="${registerHref(ctx)}" class="button small">${t('nav.register')}</a>`;
  return `<!doctype html>${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t('brand')}</title>
<meta name="description" content="${page.description ?? t('tagline')}">
<meta name="theme-color" content="#0b6e4f">
!${page.noindex ? html`<meta name="robots" content="noindex">` : alternates(ctx, page.canonical)}
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<style>!${STYLE}</style>
<script src="/static/app.js" defer></script>
<link rel="alternate" type="application/rss+xml" title="${t('web.rssTitle')}" href="/jobs.rss">
!${page.head ?? ''}
</head>
<body>
<a class="skip" href="#main">${t('web.skip')}</a>
<header class="top">
  <a class="brand" href="/">${t('brand')}</a>
  !${languagePicker(ctx)}
  <nav aria-label="${t('nav.menu')}"><a href="/jobs">${t('nav.findJobs')}</a>!${nav}</nav>
</header>
<main id="main">!${ctx.flash === 'welcome' || ctx.flash === 'phoneConfirmed' || ctx.flash === 'signedIn' || ctx.flash === 'signedOut' ? html`<p class="notice" role="status" id="flash">${t(`seekerWalk.${ctx.flash}`)}</p>` : ''}!${page.body}</main>
<footer>
  <p>${t('footer.privacy')}</p>
  <nav class="langs" aria-label="${t('nav.language')}">!${langLinks}</nav>
  <p><a href="/api/docs">${t('nav.apiDocs')}</a> · © ${t('footer.rights')}</p>
</footer>
</body>
</html>`}`;
}
