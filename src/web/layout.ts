// The page shell: head, header with navigation and language switcher, footer. Every value is
// escaped by ghtml's `html` tag; only other `html` output is inserted raw (with `!${}`).
import { html } from 'ghtml';
import type { PageContext } from './context.ts';
import { LANGUAGE_NAMES, LANGUAGES } from './i18n/index.ts';
import { seekerNav } from './pages/seeker.ts';

export interface PageOptions {
  title: string;
  body: string;
  description?: string;
  canonical?: string;
  /** Extra trusted markup for <head> (JSON-LD), already escaped by its builder. */
  head?: string;
  noindex?: boolean;
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
  const nav = user
    ? html`!${user.role === 'employer' ? html`<a href="/employer">${t('nav.myJobs')}</a><a href="/employer/jobs/new">${t('nav.postJob')}</a>` : seekerNav(ctx)}
        !${user.role === 'seeker' ? html`<a href="/me/saved-jobs">${t('alerts.nav.savedJobs')}</a><a href="/me/saved-searches">${t('alerts.nav.savedSearches')}</a>` : ''}
        !${user.role === 'admin' ? html`<a href="/admin/moderation">${t('trust.nav.moderation')}</a>` : ''}
        <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit" class="link">${t('nav.signOut')}</button></form>`
    : html`<a href="/login">${t('nav.signIn')}</a><a href="/register" class="button small">${t('nav.register')}</a>`;
  return `<!doctype html>${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t('brand')}</title>
<meta name="description" content="${page.description ?? t('tagline')}">
!${page.canonical ? html`<link rel="canonical" href="${page.canonical}">` : ''}
!${page.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="stylesheet" href="/static/app.css">
<link rel="alternate" type="application/rss+xml" title="Deskhire jobs" href="/jobs.rss">
!${page.head ?? ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">${t('brand')}</a>
  <nav aria-label="Main"><a href="/jobs">${t('nav.findJobs')}</a>!${nav}</nav>
</header>
<main id="main">!${page.body}</main>
<footer>
  <p>${t('footer.privacy')}</p>
  <p class="langs" aria-label="${t('nav.language')}">!${langLinks}</p>
  <p><a href="/api/docs">${t('nav.apiDocs')}</a> · © ${t('footer.rights')}</p>
</footer>
</body>
</html>`}`;
}
