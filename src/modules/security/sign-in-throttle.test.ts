// Sign-in that nobody else can lock (issue #19): wrong passwords from anywhere slow down strangers'
// tries with growing delays, never the owner on a device they signed in from before; delays are kept
// in PostgreSQL, so a second app instance sees them; a burst of parallel guesses gets no more tries.
import { createHash } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, uniquePhone } from '../../../test/support/app.ts';
import { InjectBrowser } from '../../../test/support/browser.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import { THROTTLE } from './security.throttle.ts';

const PASSWORD = 'correct horse battery';
let ipCounter = 0;
/** A fresh client address per caller, so one test's failures never slow another's. */
const freshIp = () => {
  ipCounter += 1;
  return `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};

forEachEngine('sign-in throttling', ({ db }) => {
  let app: FastifyInstance;
  let second: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(db());
    second = await buildTestApp(db());
  });
  afterAll(async () => {
    await app.close();
    await second.close();
  });

  const deviceOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'did')?.value;

  /** Registers through the API; returns the phone and the device cookie the owner's browser got. */
  async function owner() {
    const phone = uniquePhone();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      remoteAddress: freshIp(),
      payload: { role: 'seeker', name: 'Sneha Patil', phone, password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    return { phone, device: deviceOf(res)! };
  }

  const login = (
    phone: string,
    password: string,
    opts: { ip?: string; device?: string; on?: FastifyInstance } = {},
  ) =>
    (opts.on ?? app).inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: opts.ip ?? freshIp(),
      ...(opts.device ? { cookies: { did: opts.device } } : {}),
      payload: { phone, password },
    });

  /** Ends the current wait on every key, as the passing of time would. */
  const waitOut = () => db().query('UPDATE login_throttle SET blocked_until = now()');

  it('wrong passwords from many addresses never stop the owner on their own device', async () => {
    const { phone, device } = await owner();
    const codes: number[] = [];
    // An attacker spreads 60 guesses over 60 addresses, spelling the phone three ways.
    for (let i = 0; i < 60; i += 1) {
      const spelled = [phone, phone.replace('+91', '0'), phone.slice(3)][i % 3]!;
      codes.push((await login(spelled, `wrong-${i}`)).statusCode);
    }
    // The owner, on the phone they registered with, signs in at once with the right password.
    const mine = await login(phone, PASSWORD, { device });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().token).toEqual(expect.any(String));
    // The guesses themselves were slowed down (a few more get through when a slow machine lets the
    // 2 s, 4 s waits pass between two of them).
    expect(codes.filter((c) => c === 401).length).toBeLessThan(THROTTLE.account.free + 6);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(45);
    // The owner's success did not wipe the strangers' count on the account.
    const key = `account:${createHash('sha256').update(phone.slice(-10)).digest('hex')}`;
    const { rows } = await db().query<{ failures: number }>(
      'SELECT failures FROM login_throttle WHERE key = $1',
      [key],
    );
    expect(rows[0]!.failures).toBeGreaterThan(THROTTLE.account.free);
  });

  it('on a new device the wait is short and says so: Retry-After, then the right password works', async () => {
    const { phone } = await owner();
    for (let i = 0; i <= THROTTLE.account.free; i += 1) await login(phone, `wrong-${i}`);
    const waiting = await login(phone, PASSWORD);
    expect(waiting.statusCode).toBe(429);
    const retry = Number(waiting.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(THROTTLE.account.capSeconds);
    expect(waiting.json().detail).toMatch(
      /try again in \d+ seconds? \(a device you signed in from before is not slowed down\)/,
    );
    await waitOut();
    expect((await login(phone, PASSWORD)).statusCode).toBe(200);
    // A success clears the count: the next typo is free again.
    expect((await login(phone, 'typo')).statusCode).toBe(401);
    expect((await login(phone, PASSWORD)).statusCode).toBe(200);
  });

  it('each failure past the free ones doubles the wait, up to the cap', async () => {
    const { phone } = await owner();
    for (let i = 0; i < THROTTLE.account.free; i += 1)
      expect((await login(phone, `wrong-${i}`)).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      expect((await login(phone, `late-${i}`)).statusCode).toBe(401);
      const next = await login(phone, `late-${i}-again`);
      expect(next.statusCode).toBe(429);
      waits.push(Number(next.headers['retry-after']));
      await waitOut();
    }
    expect(waits.slice(0, 5)).toEqual([2, 4, 8, 16, 32]);
    expect(Math.max(...waits)).toBe(THROTTLE.account.capSeconds);
  });

  it('a burst of parallel guesses gets no more tries than one at a time', async () => {
    const { phone } = await owner();
    const ip = freshIp();
    const codes = (
      await Promise.all(Array.from({ length: 25 }, (_, i) => login(phone, `burst-${i}`, { ip })))
    ).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(THROTTLE.account.free + 1);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(25 - THROTTLE.account.free - 1);
  });

  it("the owner's own typos count on their device, not on the account", async () => {
    const { phone, device } = await owner();
    for (let i = 0; i <= THROTTLE.device.free; i += 1) await login(phone, `typo-${i}`, { device });
    expect((await login(phone, PASSWORD, { device })).statusCode).toBe(429);
    // Another browser of the owner (or anyone's) is not slowed by them.
    expect((await login(phone, PASSWORD)).statusCode).toBe(200);
  });

  it('one address guessing many accounts waits, whatever account it names; others do not', async () => {
    const ip = freshIp();
    const codes: number[] = [];
    for (let i = 0; i <= THROTTLE.ip.free + 1; i += 1)
      codes.push((await login(uniquePhone(), 'guess', { ip })).statusCode);
    expect(codes.slice(0, THROTTLE.ip.free + 1).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    const { phone } = await owner();
    expect((await login(phone, PASSWORD, { ip })).statusCode).toBe(429);
    expect((await login(phone, PASSWORD)).statusCode).toBe(200);
  });

  it('the delays live in the database: a second app instance sees them', async () => {
    const { phone } = await owner();
    for (let i = 0; i <= THROTTLE.account.free; i += 1) await login(phone, `wrong-${i}`);
    expect((await login(phone, PASSWORD, { on: second })).statusCode).toBe(429);
  });

  it('the web sign-in form says how long to wait and offers no lockout either', async () => {
    const { phone, device } = await owner();
    for (let i = 0; i <= THROTTLE.account.free; i += 1) await login(phone, `wrong-${i}`);
    const form = async (device?: string) => {
      const browser = new InjectBrowser(app);
      if (device) browser.cookies.set('did', device);
      return browser.post('/login?lang=hi', { login: phone.slice(3), password: PASSWORD }, '/login?lang=hi');
    };
    const stranger = await form();
    expect(stranger.statusCode).toBe(429);
    expect(stranger.body).toContain('सेकंड रुककर फिर कोशिश करें');
    expect(stranger.headers['retry-after']).toMatch(/^\d+$/);
    const mine = await form(device);
    expect(mine.statusCode).toBe(303);
  });
});
