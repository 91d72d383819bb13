// What every page needs to render: the language and its translator, the signed-in user and a
// CSRF token for forms. Built once per request by the web plugin's onRequest hook (`req.page`);
// holds nothing between requests. `?lang=` renders the page in that language and remembers it in
// a cookie; it never changes the account's message language (that is POST /lang).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../modules/accounts/index.ts';
import { type Lang, pickLang, type Translate, translator } from '../shared/i18n/index.ts';

export interface PageContext {
  lang: Lang;
  t: Translate;
  user: AuthUser | null;
  /** Made on first read, so a page without a form sets no CSRF cookie. */
  readonly csrf: string;
  path: string;
  /** The current URL's query string without `lang`, for the language switcher. */
  query: URLSearchParams;
  /** A one-time message set by the request before (a redirect), shown once by the layout. */
  flash?: Flash;
}

/**
 * One-time messages a redirect leaves for the next page: `welcome` (an account was just created; the
 * layout says so), `phoneConfirmed` (the sign-up code was right; the layout says so) and
 * `applied:<job id>` (the Apply button's place on that job's card says so; `appliedThin:` when the
 * profile is near-empty, so the note says what the employer sees and offers to complete it);
 * `saved:<job id>` (a results card's Save: that card says "Saved · Undo"); `signedIn` / `signedOut`
 * (a sign-in or sign-out just happened; the layout says so).
 */
export type Flash =
  | 'welcome'
  | 'phoneConfirmed'
  | 'signedIn'
  | 'signedOut'
  | `applied:${number}`
  | `appliedThin:${number}`
  | `saved:${number}`;
const FLASH = /^(?:welcome|phoneConfirmed|signedIn|signedOut|(?:applied|appliedThin|saved):\d{1,15})$/;
const FLASH_COOKIE = 'flash';

/**
 * Leaves `flash` for the page this redirect leads to, whatever its URL (a `next` page keeps its
 * own query and anchor). A cookie, not a query parameter: a shared link cannot make a page claim
 * that something happened.
 */
export const flashNext = (reply: FastifyReply, flash: Flash, secure: boolean) =>
  reply.setCookie(FLASH_COOKIE, flash, { path: '/', maxAge: 120, httpOnly: true, sameSite: 'lax', secure });

/** The flash left for this page, read once: the cookie is cleared with this response. */
function takeFlash(req: FastifyRequest, reply: FastifyReply): Flash | undefined {
  const value = req.cookies[FLASH_COOKIE];
  if (value === undefined || req.method !== 'GET' || req.url.startsWith('/static/')) return undefined;
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  // "You are signed out" is said only to a signed-out page; every other message only to a signed-in one.
  return FLASH.test(value) && (value === 'signedOut' ? !req.user : Boolean(req.user))
    ? (value as Flash)
    : undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The page context of a web route (set by `pageHook`); null on API routes. */
    page: PageContext;
  }
}

export const LANG_COOKIE = 'lang';
export const rememberLang = (reply: FastifyReply, lang: Lang) =>
  reply.setCookie(LANG_COOKIE, lang, { path: '/', maxAge: 365 * 86400, sameSite: 'lax' });

export function pageContext(req: FastifyRequest, reply: FastifyReply): PageContext {
  const query = new URLSearchParams((req.url.split('?')[1] ?? '').slice(0, 2000));
  const lang = pickLang(query.get('lang'), req.cookies[LANG_COOKIE], req.headers['accept-language']);
  if (query.has('lang') && req.cookies[LANG_COOKIE] !== lang) rememberLang(reply, lang);
  query.delete('lang');
  let csrf: string | undefined;
  return {
    lang,
    t: translator(lang),
    user: req.user,
    get csrf() {
      csrf ??= reply.generateCsrf();
      return csrf;
    },
    path: req.url.split('?')[0] ?? '/',
    query,
    flash: takeFlash(req, reply),
  };
}

/** Decorates every request of the web plugin with its page context, built once in onRequest. */
export function pageHook(app: FastifyInstance): void {
  app.decorateRequest('page', null as unknown as PageContext);
  app.addHook('onRequest', async (req, reply) => {
    req.page = pageContext(req, reply);
  });
}
