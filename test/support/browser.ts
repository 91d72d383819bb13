// A browser-like client over app.inject: keeps cookies, asks for HTML, and reads the CSRF token out
// of the page a form lives on before posting it, as a real browser session would.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class InjectBrowser {
  cookies = new Map<string, string>();
  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
  ) {}
  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies) this.cookies.set(c.name, c.value);
    return res;
  }
  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async get(url: string, headers: Record<string, string> = {}) {
    return this.keep(
      await this.app.inject({
        method: 'GET',
        url,
        headers: { cookie: this.cookieHeader, accept: 'text/html', ...this.headers, ...headers },
      }),
    );
  }
  /** The CSRF token of the form on the page at `from`. */
  async csrf(from: string): Promise<string> {
    const page = await this.get(from);
    return /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  }
  async post(url: string, form: Record<string, string | string[]>, csrfFrom?: string) {
    const csrf = csrfFrom ? await this.csrf(csrfFrom) : '';
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(csrfFrom ? { ...form, _csrf: csrf } : form))
      for (const x of [v].flat()) body.append(k, x);
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: {
          cookie: this.cookieHeader,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
          ...this.headers,
        },
        payload: body.toString(),
      }),
    );
  }
}

/** Every <form method="post"> on a page: its action and whether it carries a CSRF token. */
export function postForms(page: string): { action: string; hasCsrf: boolean }[] {
  return [...page.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)]
    .filter(([, attrs]) => /method="post"/i.test(attrs ?? ''))
    .map(([, attrs, inner]) => ({
      action: /action="([^"]*)"/.exec(attrs ?? '')?.[1] ?? '',
      hasCsrf: /<input type="hidden" name="_csrf" value="[^"]+">/.test(inner ?? ''),
    }));
}
