// Seeds a running server (test/support/server.ts) through its public HTTP API, as a client would:
// accounts, a company, jobs, applications and stage moves. For the browser tests, where setting
// the stage up through the UI is not what is being tested. Mirrors the inject factories in app.ts.
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext } from 'playwright-core';
import { SESSION_COOKIE } from '../../src/http/auth.ts';
import { DEMO_LOGINS } from '../../src/modules/demo/index.ts';
import { jobPayload } from './app.ts';

export interface ApiActor {
  token: string;
  id: string;
}

export const DEMO_PASSWORD = 'deskhire-demo';
export const DEMO_ADMIN_PHONE = '9000000001';

let counter = 0;
/** A valid Indian mobile unique to this process and call (the e2e server outlives one file). */
export function freshPhone(): string {
  counter += 1;
  return `+918${String((process.pid % 10000) * 10000 + ((Date.now() + counter) % 10000))
    .padStart(9, '0')
    .slice(-9)}`;
}

export class HttpApi {
  constructor(readonly base: string) {}

  async call<T>(
    method: string,
    url: string,
    body?: unknown,
    actor?: ApiActor,
    expect = [200, 201],
  ): Promise<T> {
    const res = await fetch(`${this.base}/api/v1${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(actor ? { authorization: `Bearer ${actor.token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!expect.includes(res.status)) throw new Error(`${method} ${url} -> ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private actor(out: { token: string; user: { id: string } }): ApiActor {
    return { token: out.token, id: out.user.id };
  }

  async register(role: 'seeker' | 'employer', name: string): Promise<ApiActor> {
    const out = await this.call<{ token: string; user: { id: string } }>('POST', '/auth/register', {
      role,
      name,
      phone: freshPhone(),
      password: 'correct horse battery',
    });
    return this.actor(out);
  }

  async login(phone: string, password = DEMO_PASSWORD): Promise<ApiActor> {
    const { token } =
      phone === DEMO_ADMIN_PHONE
        ? await this.adminLogin(phone, password)
        : await this.call<{ token: string }>('POST', '/auth/login', { phone, password });
    const me = await this.call<{ id: string }>('GET', '/me', undefined, { token, id: '' });
    return { token, id: me.id };
  }

  /**
   * The demo moderator signs in with the code its published authenticator secret shows. A code is
   * good once, so a second sign-in in the same 30 seconds uses the next step's code (accepted for
   * clock drift), and a third waits for a new step.
   */
  private async adminLogin(phone: string, password: string): Promise<{ token: string }> {
    const totp = new TOTP({ secret: Secret.fromBase32(DEMO_LOGINS.adminTotpSecret), digits: 6, period: 30 });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const code = totp.generate({ timestamp: Date.now() + (attempt % 2) * 30_000 });
      const res = await fetch(`${this.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone, password, totp: code }),
      });
      if (res.ok) return (await res.json()) as { token: string };
      if (attempt === 1) await new Promise((r) => setTimeout(r, 30_000));
    }
    throw new Error('the demo moderator could not sign in with its authenticator code');
  }

  async employerWithCompany(name: string, company: Record<string, unknown> = {}) {
    const employer = await this.register('employer', 'Meera Joshi');
    const { id } = await this.call<{ id: string }>(
      'POST',
      '/companies',
      { name, industry: 'bpo-kpo', city: 'pune', ...company },
      employer,
    );
    return { ...employer, companyId: id };
  }

  async postJob(employer: ApiActor, overrides: Record<string, unknown> = {}) {
    return this.call<{ id: number; status: string }>('POST', '/jobs', jobPayload(overrides), employer);
  }

  async seekerWithProfile(name = 'Priya Patil'): Promise<ApiActor> {
    const seeker = await this.register('seeker', name);
    await this.call(
      'PUT',
      '/me/profile',
      {
        city: 'pune',
        localities: ['kharadi'],
        travel_km: 15,
        education: '12th',
        experience_years: 1,
        languages: [
          { language: 'hindi', level: 'fluent' },
          { language: 'marathi', level: 'fluent' },
          { language: 'english', level: 'conversational' },
        ],
        skills: ['communication', 'typing'],
        salary_min: 14000,
        salary_max: 20000,
      },
      seeker,
    );
    return seeker;
  }

  async apply(seeker: ApiActor, jobId: number): Promise<{ id: number }> {
    return this.call<{ id: number }>('POST', `/jobs/${jobId}/applications`, undefined, seeker);
  }

  async moveStage(employer: ApiActor, applicationId: number, stage: string): Promise<void> {
    await this.call('PATCH', `/applications/${applicationId}`, { stage }, employer);
  }

  async myApplications(seeker: ApiActor) {
    return this.call<{ items: { id: number; stage: string; job: { id: number } }[] }>(
      'GET',
      '/me/applications',
      undefined,
      seeker,
    );
  }
}

/** Signs a browser context in as `actor`: the API token is the session cookie's value. */
export async function signIn(context: BrowserContext, base: string, actor: ApiActor): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE, value: actor.token, url: base }]);
}
