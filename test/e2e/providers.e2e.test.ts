// Messages and calls that really reach people, in real Chromium on a phone, against local fakes of
// the providers (MSG91, Exotel, WhatsApp Cloud API) that the real adapters call over HTTP:
// a seeker signs up with phone + code, reading the code from the fake SMS inbox (not the database);
// the employer presses "Call" and the fake Exotel receives the bridged call; its status callback
// says answered, 95 s, and the call trail and "last responded" show it; a WhatsApp alert is
// delivered and its signed delivery report recorded.
// Runs its own app in this process (PGlite in memory) so it can point it at the fakes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jobPayload, uniquePhone } from '../support/app.ts';
import { FakeExotel } from '../support/fakes/fake-exotel.ts';
import { FakeMsg91 } from '../support/fakes/fake-msg91.ts';
import { FakeWhatsApp } from '../support/fakes/fake-whatsapp.ts';
import { APP_SECRET, applyFromVashi, WHATSAPP_APP_SECRET } from '../support/providers-app.ts';
import { type PhonePage, phone, screenshot, useBrowser, useOwnApp } from './browser.ts';

const PASSWORD = 'calls-from-vashi';
const sms = new FakeMsg91();
const exotel = new FakeExotel();
const wa = new FakeWhatsApp();

beforeAll(async () => {
  await Promise.all([sms.start(), exotel.start(), wa.start()]);
});
afterAll(async () => {
  await Promise.all([sms.stop(), exotel.stop(), wa.stop()]);
});
const browser = useBrowser();
const { base, app } = useOwnApp('providers', {
  env: () => ({
    APP_SECRET,
    MSG91_AUTH_KEY: 'e2e-auth-key-123',
    MSG91_TEMPLATES: 'otpCode=65f0e2eotp;alertDigest=65f0e2ealr',
    MSG91_BASE_URL: sms.url,
    WHATSAPP_TOKEN: 'EAAG-e2e-token',
    WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
    WHATSAPP_TEMPLATES: 'alertDigest=deskhire_job_alert',
    WHATSAPP_BASE_URL: wa.url,
    WHATSAPP_APP_SECRET,
    EXOTEL_SID: 'deskhire1',
    EXOTEL_API_KEY: 'exotel-key',
    EXOTEL_API_TOKEN: 'exotel-token',
    EXOTEL_CALLER_ID: '02248904500',
    EXOTEL_BASE_URL: exotel.url,
  }),
});

it('a seeker signs up by SMS code, an employer’s call is bridged and answered, and a WhatsApp alert is delivered', async () => {
  // --- The seeker signs up with phone + code, on a phone ---
  const seekerPhone = uniquePhone();
  const s: PhonePage = await phone(browser());
  await s.page.goto(`${base()}/login`);
  await s.page.locator('a[href^="/login/code"]').click();
  await s.page.fill('#phone', seekerPhone.slice(3));
  await s.page.locator('main form[action="/login/code"] button[type=submit]').click();
  await expect.poll(() => s.page.locator('[role=status]').textContent()).toContain('Code sent by SMS');
  const code = sms.codeFor(seekerPhone); // from the fake SMS provider's inbox, not the database
  await s.page.fill('#code', code);
  // The right code for a new number: only then the page asks the name.
  await s.page.locator('main form[action="/login/code/verify"] button[type=submit]').click();
  await s.page.waitForSelector('#name');
  await s.page.fill('#name', 'Sneha Patil');
  await s.page.check('input[name=whatsapp_opt_in]');
  await Promise.all([
    s.page.waitForURL(`${base()}/jobs`),
    s.page.locator('main form[action="/login/code/verify"] button[type=submit]').click(),
  ]);
  await screenshot(s.page, 'en', 'providers-seeker-signed-up');
  const sid = (await s.page.context().cookies()).find((c) => c.name === 'sid')!.value;
  const seekerAuth = { authorization: `Bearer ${sid}` };
  const me = (await app().inject({ url: '/api/v1/me', headers: seekerAuth })).json();
  expect(me).toMatchObject({ name: 'Sneha Patil', phone: seekerPhone, whatsapp_opt_in: true });

  // --- An employer with a live job; the seeker applies and agrees to be called ---
  const employerPhone = uniquePhone();
  const reg = await app().inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role: 'employer', name: 'Kavita Shinde', phone: employerPhone, password: PASSWORD },
  });
  const employerAuth = { authorization: `Bearer ${reg.json().token}` };
  await app().inject({
    method: 'POST',
    url: '/api/v1/companies',
    headers: employerAuth,
    payload: { name: 'Vashi Voice Services', industry: 'bpo-kpo', city: 'navi-mumbai' },
  });
  const job = await app().inject({
    method: 'POST',
    url: '/api/v1/jobs',
    headers: employerAuth,
    payload: jobPayload({ city: 'navi-mumbai', locality: 'vashi' }),
  });
  const jobId = job.json<{ id: number }>().id;
  const applicationId = await applyFromVashi(app(), seekerAuth, jobId);
  // --- The employer presses "Call"; the fake Exotel receives the bridged call ---
  const emp = await phone(browser());
  const applicants = `/employer/jobs/${jobId}/applicants`;
  await emp.page.goto(`${base()}/login?next=${encodeURIComponent(applicants)}`);
  await emp.page.fill('#login', employerPhone);
  await emp.page.fill('#password', PASSWORD);
  await Promise.all([
    emp.page.waitForURL(`${base()}${applicants}`),
    emp.page.locator('main button[type=submit]').click(),
  ]);
  const card = emp.page.locator(`#application-${applicationId}`);
  await Promise.all([
    emp.page.waitForURL(/done=called/),
    card.locator(`form[action$="/call"] button`).click(),
  ]);
  const bridged = exotel.calls.at(-1)!;
  expect(bridged).toMatchObject({ from: employerPhone, to: seekerPhone, callerId: '02248904500' });
  expect(await card.locator('.calls').textContent()).toContain('ringing');
  // Nobody answered yet: no "last responded" for the seeker.
  expect((await app().inject({ url: `/api/v1/jobs/${jobId}/last-responded` })).json()).toEqual({
    last_responded_at: null,
  });

  // --- Exotel's status callback: answered, 95 s ---
  const callback = new URL(bridged.statusCallback);
  const status = await fetch(`${base()}${callback.pathname}${callback.search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(FakeExotel.terminal(bridged, 'completed', 95)),
  });
  expect(await status.json()).toEqual({ changed: true, status: 'answered' });
  await emp.page.reload();
  expect(await card.locator('.calls').textContent()).toContain('answered, 95 s');
  expect(await emp.page.locator('main').textContent()).toMatch(/Last responded/i);
  await screenshot(emp.page, 'en', 'providers-call-answered');
  await s.page.goto(`${base()}/jobs/${jobId}`);
  expect(await s.page.locator('main').textContent()).toMatch(/responded/i);
  expect(await s.page.locator('main').textContent()).not.toMatch(/not responded yet/i);

  // --- A WhatsApp alert is delivered and its delivery report recorded ---
  const alertId = await app().services.notifications.notify(me.id, 'alertDigest', {
    search: 'call centre vashi',
    items: [
      {
        title: 'Customer Support Executive',
        company: 'Vashi Voice Services',
        place: 'Vashi',
        salary: '₹22,000',
        url: `${base()}/jobs/${jobId}`,
      },
    ],
    search_url: `${base()}/jobs?q=call+centre+vashi`,
  });
  expect(await app().services.notifications.deliver(alertId)).toBe('sent');
  const message = wa.inbox.at(-1)!;
  expect(message).toMatchObject({ to: seekerPhone.slice(1), template: 'deskhire_job_alert' });
  const report = FakeWhatsApp.statusEvent(message, 'delivered', WHATSAPP_APP_SECRET);
  const hook = await fetch(`${base()}/api/v1/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': report.signature },
    body: report.body,
  });
  expect(await hook.json()).toEqual({ received: 1, changed: 1 });
  expect(await app().services.notifications.get(alertId)).toMatchObject({
    channel: 'whatsapp',
    status: 'sent',
    delivery_status: 'delivered',
  });
  expect(s.problems).toEqual([]);
  expect(emp.problems).toEqual([]);
});
