// What every page needs to render: the language and its translator, the signed-in user and a
// CSRF token for forms. Built per request; holds nothing between requests.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../modules/accounts/index.ts';
import { type Lang, pickLang, type Translate, translator } from '../shared/i18n/index.ts';

export interface PageContext {
  lang: Lang;
  t: Translate;
  user: AuthUser | null;
  csrf: string;
  path: string;
  /** The current URL's query string without `lang`, for the language switcher. */
  query: URLSearchParams;
}

export function pageContext(req: FastifyRequest, reply: FastifyReply): PageContext {
  const query = new URLSearchParams((req.url.split('?')[1] ?? '').slice(0, 2000));
  const lang = pickLang(query.get('lang'), req.cookies.lang, req.headers['accept-language']);
  if (query.has('lang') && req.cookies.lang !== lang) {
    reply.setCookie('lang', lang, { path: '/', maxAge: 365 * 86400, sameSite: 'lax' });
  }
  query.delete('lang');
  return {
    lang,
    t: translator(lang),
    user: req.user,
    csrf: reply.generateCsrf(),
    path: req.url.split('?')[0] ?? '/',
    query,
  };
}
