// Where a form may send the browser afterwards (`next` on sign-in and the language switcher). Only a
// path on this site: anything a browser could read as another host, or that would split the Location
// header, is refused with a 400 rather than quietly replaced, so a crafted link fails loudly.
import { Invalid } from '../shared/errors.ts';

const FALLBACK_ORIGIN = 'http://localhost';

/**
 * Characters that make a path mean something else to some browser or proxy: control characters
 * (CR/LF split headers, TAB/LF are stripped by URL parsers so `/\t/evil` becomes `//evil`) and
 * backslashes (read as `/` by browsers).
 */
const hasUnsafeCharacter = (text: string): boolean =>
  [...text].some((ch) => ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
/**
 * In the path part, slashes, backslashes and control characters still percent-encoded after the query
 * was decoded: a second decode downstream turns `/%2F/evil` into `//evil`. The query part may hold
 * them (the language switcher sends back `/jobs?q=a%2Fb`).
 */
const UNSAFE_IN_PATH = /%(?:2f|5c|0[0-9a-f]|1[0-9a-f]|7f)/i;

/**
 * The same-origin path (with its query and fragment) that `next` names, `/` when it is missing or empty.
 * Throws Invalid (400, field `next`) for anything else: another origin, a scheme, `//host`, a backslash,
 * an encoded slash or a control character.
 */
export function safeNext(next: string | undefined | null, origin: string = FALLBACK_ORIGIN): string {
  if (next === undefined || next === null || next === '') return '/';
  const refuse = (reason: string) => new Invalid([{ field: 'next', message: reason }]);
  const path = next.split(/[?#]/, 1)[0] ?? '';
  if (hasUnsafeCharacter(next) || UNSAFE_IN_PATH.test(path))
    throw refuse('must not hold backslashes, encoded slashes or control characters');
  if (!next.startsWith('/') || next.startsWith('//')) throw refuse('must be a path on this site');
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    throw refuse('must be a path on this site');
  }
  if (url.origin !== new URL(origin).origin) throw refuse('must be a path on this site');
  // Dot segments are resolved by the parse: `/..//evil` comes out as `//evil`, another host again.
  if (url.pathname.startsWith('//')) throw refuse('must be a path on this site');
  return `${url.pathname}${url.search}${url.hash}`;
}
