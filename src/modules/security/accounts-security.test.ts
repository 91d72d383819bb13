// Accounts nobody else can take (issue #19): passwords attackers try first are refused (API and
// form, in the person's language), sessions end when left unused, a new device or a changed
// password is told to the owner, admins need a second factor, and admins' reads of people's phones
// and resumes are on an audit trail only admins can read.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  employerWithCompany,
  postJob,
  problemOf,
  register,
  registerAdmin,
  uniquePhone,
} from '../../../test/support/app.ts';
import { InjectBrowser } from '../../../test/support/browser.ts';
import {
  buildSeekerTestApp,
  multipartBody,
  seekerWithProfile,
  tinyPdf,
} from '../../../test/support/seekers.ts';
import { createAdmin } from '../../cli/admin.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

const PASSWORD = 'correct horse battery';

forEachEngine('account security', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  const registerWith = (password: string, extra: Record<string, unknown> = {}, headers = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers,
      payload: { role: 'seeker', name: 'Sneha Patil', phone: uniquePhone(), password, ...extra },
    });
  const outbox = async (userId: string) => app.services.notifications.mine(userId);

  it.each([
    ['12345678', /first that attackers try/],
    ['password', /first that attackers try/],
    ['Password1!', /first that attackers try/],
    ['qwerty123', /first that attackers try/],
    ['11111111', /first that attackers try/],
    ['abcdefgh', /first that attackers try/],
    ['iloveyou', /first that attackers try/],
  ])('the API refuses the common password %s with a field error', async (password, message) => {
    const res = await registerWith(password);
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
  });

  it("the API refuses a password that is the person's phone number, in the language asked for", async () => {
    const phone = uniquePhone();
    const res = await registerWith(phone.slice(3), { phone, lang: 'mr' });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors).toEqual([
      { field: 'password', message: 'तुमचा फोन नंबर किंवा नाव पासवर्ड म्हणून वापरू नका.' },
    ]);
    const hindi = await registerWith('12345678', {}, { 'accept-language': 'hi-IN,hi;q=0.9' });
    expect(problemOf(hindi).errors?.[0]?.message).toMatch(/हमलावर सबसे पहले/);
    // Nothing half-written: the phone is still free.
    expect((await registerWith(PASSWORD, { phone })).statusCode).toBe(201);
  });

  it('the sign-up form keeps what was typed and says, in Hindi, why 12345678 is refused', async () => {
    const browser = new InjectBrowser(app);
    const phone = uniquePhone().slice(3);
    const res = await browser.post(
      '/register?lang=hi',
      { role: 'seeker', name: 'Sneha Patil', phone, password: '12345678' },
      '/register?lang=hi',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('हमलावर सबसे पहले आज़माते हैं');
    expect(res.body).toContain(`value="${phone}"`);
    expect(res.body).not.toContain('12345678');
  });

  it('a session left unused past its idle time signs in no more, though its absolute end is far', async () => {
    const seeker = await register(app, 'seeker');
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(200);
    await db().query(`UPDATE sessions SET idle_expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      seeker.id,
    ]);
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(401);
  });

  it('each use pushes the idle end forward (written at most once a minute)', async () => {
    const seeker = await register(app, 'seeker');
    await db().query(
      `UPDATE sessions SET idle_expires_at = now() + interval '5 minutes', last_seen_at = now() - interval '2 hours'
        WHERE user_id = $1`,
      [seeker.id],
    );
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(200);
    const { rows } = await db().query<{ hours: number; idle: number }>(
      `SELECT extract(epoch FROM idle_expires_at - now()) / 3600 AS hours, idle_seconds AS idle
         FROM sessions WHERE user_id = $1`,
      [seeker.id],
    );
    expect(rows[0]!.idle).toBe(72 * 3600);
    expect(Number(rows[0]!.hours)).toBeGreaterThan(71);
  });

  it('an admin needs a code from their authenticator; a code works once, a recovery code once', async () => {
    const phone = uniquePhone();
    const password = 'a long admin passphrase';
    const admin = await createAdmin(db(), { name: 'Asha Moderator', phone, password });
    const login = (totp?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '198.19.0.1',
        payload: { phone, password, ...(totp ? { totp } : {}) },
      });
    const bare = await login();
    expect(bare.statusCode).toBe(401);
    expect(problemOf(bare).errors).toEqual([
      { field: 'totp', message: expect.stringMatching(/6-digit code/) },
    ]);
    expect((await login('000000')).statusCode).toBe(401);
    const code = (await app.services.security.codeFor(admin.id))!;
    expect((await login(code)).statusCode).toBe(200);
    // The same code again (a shoulder-surfed or phished one) is refused.
    expect((await login(code)).statusCode).toBe(401);
    const recovery = admin.totp.recovery_codes[3]!;
    expect((await login(recovery.toUpperCase())).statusCode).toBe(200);
    expect((await login(recovery)).statusCode).toBe(401);
    // The secret is sealed and the recovery codes are hashed: a database copy holds neither.
    const stored = JSON.stringify(
      (
        await db().query(
          'SELECT * FROM admin_totp t JOIN admin_recovery_codes c USING (user_id) WHERE user_id = $1',
          [admin.id],
        )
      ).rows,
    );
    expect(stored).not.toContain(admin.totp.key.replace(/ /g, ''));
    expect(stored).not.toContain(recovery.replace(/-/g, ''));
    expect(stored).not.toContain(recovery);
    // Admin sessions are short: 12 hours at most, 30 minutes idle.
    const { rows } = await db().query<{ hours: number; idle: number }>(
      `SELECT max(extract(epoch FROM expires_at - now()) / 3600) AS hours, max(idle_seconds) AS idle
         FROM sessions WHERE user_id = $1`,
      [admin.id],
    );
    expect(Number(rows[0]!.hours)).toBeLessThanOrEqual(12);
    expect(rows[0]!.idle).toBe(1800);
  });

  it('an admin without an authenticator is told how to get one, not let in', async () => {
    const phone = uniquePhone();
    const seeker = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Old Admin', phone, password: PASSWORD },
    });
    await db().query(`UPDATE users SET role = 'admin' WHERE id = $1`, [seeker.json().user.id]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(problemOf(res).detail).toContain('deskhire admin totp');
  });

  it('a signed-in admin enrols a new authenticator with a QR, an otpauth URI and a manual key, confirmed by a code', async () => {
    const admin = await registerAdmin(app, db());
    const start = await app.inject({ method: 'POST', url: '/api/v1/admin/totp', headers: admin.auth });
    expect(start.statusCode).toBe(201);
    const enrolment = start.json();
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Deskhire:Moderator\?.*secret=[A-Z2-7]+/);
    expect(enrolment.key.replace(/ /g, '')).toBe(/secret=([A-Z2-7]+)/.exec(enrolment.uri)?.[1]);
    expect(enrolment.qr_svg).toMatch(/^<svg /);
    expect(enrolment.recovery_codes).toHaveLength(10);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/totp/confirm',
      headers: admin.auth,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const code = await app.services.security.codeFor(admin.id);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/totp/confirm',
      headers: admin.auth,
      payload: { code },
    });
    expect(ok.statusCode).toBe(204);
    // Seekers and employers have no authenticator to enrol.
    const seeker = await register(app, 'seeker');
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/admin/totp', headers: seeker.auth })).statusCode,
    ).toBe(403);
  });

  it('the web sign-in asks an admin for the code, then lets them in', async () => {
    const phone = uniquePhone();
    const password = 'a long admin passphrase';
    const admin = await createAdmin(db(), { name: 'Ravi Admin', phone, password });
    const browser = new InjectBrowser(app);
    const first = await browser.post('/login?lang=mr', { login: phone.slice(3), password }, '/login?lang=mr');
    expect(first.statusCode).toBe(401);
    expect(first.body).toContain('name="totp"');
    expect(first.body).toContain('ऑथेंटिकेटर');
    const code = (await app.services.security.codeFor(admin.id))!;
    const second = await browser.post('/login', { login: phone.slice(3), password, totp: code }, '/login');
    expect(second.statusCode).toBe(303);
  });

  it('a sign-in from a new device is told to the owner in their language; the same device again is not', async () => {
    const phone = uniquePhone();
    const email = `${phone.slice(3)}@example.in`;
    const reg = await registerWith(PASSWORD, { phone, lang: 'hi', email });
    const userId = reg.json().user.id;
    // Alerts use an email only once it is confirmed: the owner opens the link mailed to them.
    const confirmed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/email/confirm',
      payload: { token: app.services.emailConfirm.tokenFor(userId, email) },
    });
    expect(confirmed.statusCode).toBe(200);
    const regDevice = reg.cookies.find((c) => c.name === 'did')!.value;
    const login = (device?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: {
          'user-agent':
            'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
        },
        ...(device ? { cookies: { did: device } } : {}),
        payload: { phone, password: PASSWORD },
      });
    // The phone they signed up on is theirs: no alert.
    expect((await login(regDevice)).statusCode).toBe(200);
    expect((await outbox(userId)).filter((m) => m.template === 'securityNewSignIn')).toHaveLength(0);
    const elsewhere = await login();
    const newDevice = elsewhere.cookies.find((c) => c.name === 'did')!.value;
    expect(newDevice).not.toBe(regDevice);
    const alerts = (await outbox(userId)).filter((m) => m.template === 'securityNewSignIn');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ channel: 'email', subject: 'आपके Deskhire खाते में नया साइन-इन' });
    expect(alerts[0]!.body).toContain('Chrome, Android');
    await login(newDevice);
    expect((await outbox(userId)).filter((m) => m.template === 'securityNewSignIn')).toHaveLength(1);
  });

  it('a changed password ends every other session, is told to the owner, and follows the same rules', async () => {
    const seeker = await register(app, 'seeker');
    const other = await app.services.accounts.login({
      phone: (await app.services.accounts.me(seeker.id)).phone,
      password: PASSWORD,
    });
    const change = (current: string, next: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        headers: seeker.auth,
        payload: { current_password: current, password: next },
      });
    const weak = await change(PASSWORD, '12345678');
    expect(weak.statusCode).toBe(400);
    expect(problemOf(weak).errors?.[0]?.field).toBe('password');
    const wrong = await change('not my password', 'a brand new passphrase');
    expect(problemOf(wrong).errors?.[0]?.field).toBe('current_password');
    expect((await change(PASSWORD, 'a brand new passphrase')).statusCode).toBe(204);
    // This session goes on; the other one (a thief's, say) has ended.
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(200);
    const stale = await app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(stale.statusCode).toBe(401);
    const told = (await outbox(seeker.id)).filter((m) => m.template === 'securityPasswordChanged');
    expect(told).toHaveLength(1);
    // No email on file: the alert goes by SMS.
    expect(told[0]!.channel).toBe('sms');
  });

  it('a changed phone or email is told to the owner on their channel, in their language', async () => {
    const seeker = await register(app, 'seeker');
    await app.services.accounts.setLang(seeker.id, 'mr');
    await app.services.security.contactChanged(seeker.id, 'phone');
    const [told] = (await outbox(seeker.id)).filter((m) => m.template === 'securityContactChanged');
    expect(told!.body).toContain('फोन नंबर');
  });

  it("every admin read of an applicant's phone or resume is on the audit trail, which only admins see", async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const upload = multipartBody({
      field: 'resume',
      filename: 'cv.pdf',
      type: 'application/pdf',
      bytes: tinyPdf(),
    });
    await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile/resume',
      headers: { ...seeker.auth, ...upload.headers },
      payload: upload.payload,
    });
    const applied = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: seeker.auth,
    });
    const admin = await registerAdmin(app, db());
    for (let i = 0; i < 2; i += 1)
      expect(
        (await app.inject({ url: `/api/v1/jobs/${job.id}/applications`, headers: admin.auth })).statusCode,
      ).toBe(200);
    const cv = await app.inject({
      url: `/api/v1/applications/${applied.json().id}/resume`,
      headers: admin.auth,
    });
    expect(cv.statusCode).toBe(200);
    // The employer's own reads are theirs to answer for (contact views), not the admin trail.
    await app.inject({ url: `/api/v1/jobs/${job.id}/applications`, headers: employer.auth });

    const trail = await app.inject({
      url: `/api/v1/admin/audit/reads?person=${seeker.id}`,
      headers: admin.auth,
    });
    expect(trail.statusCode).toBe(200);
    const items = trail.json().items as { admin_id: string; field: string; subject_user_id: string }[];
    expect(items.map((r) => r.field).sort()).toEqual(['phone', 'phone', 'resume']);
    expect(items.every((r) => r.admin_id === admin.id && r.subject_user_id === seeker.id)).toBe(true);
    expect(trail.json().items[0]).toMatchObject({ admin_name: 'Moderator', read_at: expect.any(String) });
    for (const who of [employer, seeker])
      expect((await app.inject({ url: '/api/v1/admin/audit/reads', headers: who.auth })).statusCode).toBe(
        403,
      );
  });
});
