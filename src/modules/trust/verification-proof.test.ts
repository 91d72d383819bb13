// The verified badge must prove something: each attack on it, tried through the API as an employer
// would, and the moderators' part (known brands, sole proprietors, shared identifiers).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type Actor,
  employerWithCompany,
  problemOf,
  registerAdmin,
  uniquePhone,
} from '../../../test/support/app.ts';
import { FakeMsg91 } from '../../../test/support/fakes/fake-msg91.ts';
import { gstinFor, uniqueGstin, uniquePan } from '../../../test/support/identity.ts';
import { buildProvidersApp } from '../../../test/support/providers-app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

const PUBLIC = '93.184.216.34';

forEachEngine('verification that proves something', ({ db }) => {
  let app: FastifyInstance;
  let admin: Actor;
  let site: Server;
  const sms = new FakeMsg91();
  /** What the fake company websites serve at the well-known path, by host. */
  const files = new Map<string, string>();
  beforeAll(async () => {
    site = createServer((req, res) => {
      const body = files.get(req.headers.host ?? '');
      if (req.url === '/.well-known/deskhire-verification.txt' && body) return res.end(body);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const port = (site.address() as AddressInfo).port;
    await sms.start();
    // Phone codes go out by SMS through a local fake MSG91; email links stay in the outbox.
    app = await buildProvidersApp(
      db(),
      { msg91: sms },
      {},
      {
        domainProof: {
          resolver: { lookup: async () => [PUBLIC], resolveTxt: async () => [] },
          timeoutMs: 2000,
          dial: (address, p) =>
            address === PUBLIC ? { host: '127.0.0.1', port } : { host: address, port: p },
        },
      },
    );
    admin = await registerAdmin(app, db());
  });
  afterAll(async () => {
    await app.close();
    await sms.stop();
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  const call = (method: 'GET' | 'PUT' | 'POST' | 'PATCH', url: string, auth: object, payload?: object) =>
    app.inject({ method, url, headers: auth as Record<string, string>, ...(payload ? { payload } : {}) });
  const status = async (e: Actor & { companyId: string }) =>
    (await call('GET', `/api/v1/companies/${e.companyId}/verification`, e.auth)).json();

  async function confirmPhone(e: Actor & { companyId: string }) {
    const sent = await call('POST', `/api/v1/companies/${e.companyId}/verification/phone/send`, e.auth);
    expect(sent.json()).toMatchObject({ delivery: 'sent' });
    // The code as the company phone received it, from the SMS provider (a local fake).
    const code = sms.codeFor((await status(e)).contact_phone);
    const ok = await call('POST', `/api/v1/companies/${e.companyId}/verification/phone/confirm`, e.auth, {
      code,
    });
    expect(ok.statusCode).toBe(200);
  }
  async function lastEmailToken(): Promise<string> {
    const mail = (await call('GET', '/api/v1/admin/outbox', admin.auth))
      .json<{ items: { template: string; body: string }[] }>()
      .items.find((m) => m.template === 'companyEmailConfirm');
    return /\/verify\/company-email\/([A-Za-z0-9_-]+)/.exec(mail!.body)![1]!;
  }

  it('impersonation: a firm name, its website, a valid GSTIN, an unconfirmed email on its domain and your own phone do not verify', async () => {
    const e = await employerWithCompany(app, {
      name: 'Ridgeway Tele Services',
      website: 'https://ridgewaytele.in',
      gstin: uniqueGstin(),
    });
    const put = await call('PUT', `/api/v1/companies/${e.companyId}/verification`, e.auth, {
      contact_email: 'hr@ridgewaytele.in',
      contact_phone: uniquePhone(),
    });
    expect(put.statusCode).toBe(200);
    await confirmPhone(e);
    expect(await status(e)).toMatchObject({
      verified: false,
      verified_how: null,
      checks: {
        gstin: { ok: true },
        phone_verified: true,
        email: { confirmed: false, reason: 'not_confirmed' },
      },
    });
    const company = await call('GET', `/api/v1/companies/${e.companyId}`, {});
    expect(company.json()).toMatchObject({ verified: false, verified_how: null });
  });

  it('the email link: unknown is 404, expired is 410, a click confirms once and a second click changes nothing', async () => {
    expect(
      (await call('POST', '/api/v1/company-email-confirmations', {}, { token: 'x'.repeat(43) })).statusCode,
    ).toBe(404);
    const e = await employerWithCompany(app, {
      name: 'Linkline Support',
      website: 'https://linkline.in',
      gstin: uniqueGstin(),
    });
    await call('PUT', `/api/v1/companies/${e.companyId}/verification`, e.auth, {
      contact_email: 'hr@linkline.in',
    });
    const token = await lastEmailToken();
    await db().query(
      `UPDATE company_email_confirmations SET expires_at = now() - interval '1 minute' WHERE company_id = $1`,
      [e.companyId],
    );
    const expired = await call('POST', '/api/v1/company-email-confirmations', {}, { token });
    expect(expired.statusCode).toBe(410);
    expect((await status(e)).checks.email.confirmed).toBe(false);

    const resent = await call('POST', `/api/v1/companies/${e.companyId}/verification/email/send`, e.auth);
    expect(resent.statusCode).toBe(200);
    expect(resent.json().sent_to).toBe('hr•••@linkline.in');
    const fresh = await lastEmailToken();
    expect(fresh).not.toBe(token);
    // The token is stored only as a hash.
    const { rows } = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM company_email_confirmations WHERE token_hash = $1',
      [fresh],
    );
    expect(rows[0]!.n).toBe(0);
    for (let i = 0; i < 2; i++)
      expect(
        (await call('POST', '/api/v1/company-email-confirmations', {}, { token: fresh })).statusCode,
      ).toBe(200);
    expect((await status(e)).checks.email).toEqual({ given: true, confirmed: true, reason: null });

    // A free mailbox is refused a link, with the reason.
    await call('PUT', `/api/v1/companies/${e.companyId}/verification`, e.auth, {
      contact_email: 'linkline@gmail.com',
    });
    const gmail = await call('POST', `/api/v1/companies/${e.companyId}/verification/email/send`, e.auth);
    expect(gmail.statusCode).toBe(400);
    expect(problemOf(gmail).errors).toEqual([
      { field: 'contact_email', message: expect.stringContaining('free mailbox') },
    ]);
    expect((await status(e)).checks.email.reason).toBe('free_mail');
  });

  it('the website proven by the file at the well-known path verifies with the registration and phone, and says so', async () => {
    const e = await employerWithCompany(app, {
      name: 'Harbour Line BPO',
      website: 'http://harbourline.in',
      gstin: uniqueGstin(),
    });
    await call('PUT', `/api/v1/companies/${e.companyId}/verification`, e.auth, {
      contact_phone: uniquePhone(),
    });
    await confirmPhone(e);
    const before = await status(e);
    expect(before.verified).toBe(false);
    const missing = await call('POST', `/api/v1/companies/${e.companyId}/verification/domain`, e.auth, {
      method: 'file',
    });
    expect(missing.statusCode).toBe(400);
    expect(problemOf(missing).errors?.[0]).toMatchObject({
      field: 'domain',
      message: expect.stringContaining('404'),
    });
    files.set('harbourline.in', `${before.checks.domain.token}\n`);
    const proven = await call('POST', `/api/v1/companies/${e.companyId}/verification/domain`, e.auth, {
      method: 'file',
    });
    expect(proven.statusCode).toBe(200);
    expect(proven.json()).toMatchObject({
      verified: true,
      verified_by: 'checks',
      verified_how: ['gstin', 'domain_file', 'phone'],
      checks: { domain: { proven: true, method: 'file', host: 'harbourline.in' } },
    });
    // A new website takes the proof (and the badge) with it.
    const moved = await call('PATCH', `/api/v1/companies/${e.companyId}`, e.auth, {
      website: 'https://elsewhere.in',
    });
    expect(moved.json()).toMatchObject({ verified: false });
    expect((await status(e)).checks.domain.proven).toBe(false);
  });

  it('GSTIN and CIN are one company each, and the GSTIN must carry the PAN given and the Maharashtra code', async () => {
    const pan = uniquePan();
    const gstin = gstinFor(pan);
    const first = await employerWithCompany(app, { name: 'Original Voice', gstin, pan });
    const copier = await call('POST', '/api/v1/companies', (await employerWithCompany(app)).auth, {
      name: 'Copied Voice',
      industry: 'bpo-kpo',
      city: 'mumbai',
      gstin: gstin.toLowerCase(),
    });
    expect(copier.statusCode).toBe(409);
    expect(problemOf(copier).errors).toEqual([
      { field: 'gstin', message: expect.stringContaining('another company') },
    ]);
    const other = await employerWithCompany(app, { name: 'Other Voice' });
    const patched = await call('PATCH', `/api/v1/companies/${other.companyId}`, other.auth, { gstin });
    expect(patched.statusCode).toBe(409);

    const wrongPan = await call('PATCH', `/api/v1/companies/${other.companyId}`, other.auth, {
      gstin: uniqueGstin(),
      pan: uniquePan(),
    });
    expect(wrongPan.statusCode).toBe(400);
    expect(problemOf(wrongPan).errors?.[0]).toMatchObject({
      field: 'gstin',
      message: expect.stringContaining('not the PAN given'),
    });
    const karnataka = await call('PATCH', `/api/v1/companies/${other.companyId}`, other.auth, {
      gstin: gstinFor(uniquePan(), '29'),
    });
    expect(karnataka.statusCode).toBe(400);
    expect(problemOf(karnataka).errors?.[0]).toMatchObject({
      field: 'gstin',
      message: expect.stringContaining('Karnataka'),
    });

    const cin = 'U74999MH2015PTC765432';
    expect(
      (await call('PUT', `/api/v1/companies/${first.companyId}/verification`, first.auth, { cin }))
        .statusCode,
    ).toBe(200);
    const cinCopy = await call('PUT', `/api/v1/companies/${other.companyId}/verification`, other.auth, {
      cin,
    });
    expect(cinCopy.statusCode).toBe(409);
    expect(problemOf(cinCopy).errors).toEqual([
      { field: 'cin', message: expect.stringContaining('another company') },
    ]);
  });

  it('a known brand and a sole proprietor are verified only by a moderator, who finds them in the queue', async () => {
    const brand = await employerWithCompany(app, {
      name: 'Amazon Customer Care',
      website: 'http://amazonjobs.in',
      gstin: uniqueGstin(),
    });
    await call('PUT', `/api/v1/companies/${brand.companyId}/verification`, brand.auth, {
      contact_phone: uniquePhone(),
    });
    await confirmPhone(brand);
    files.set('amazonjobs.in', `${(await status(brand)).checks.domain.token}\n`);
    const proven = await call(
      'POST',
      `/api/v1/companies/${brand.companyId}/verification/domain`,
      brand.auth,
      { method: 'file' },
    );
    expect(proven.json()).toMatchObject({
      verified: false,
      review: { required: true, reason: 'known_brand' },
      checks: { domain: { proven: true }, phone_verified: true, gstin: { ok: true } },
    });

    const sole = await employerWithCompany(app, { name: 'Sai Typing Centre', gstin: uniqueGstin('P') });
    expect((await status(sole)).review).toEqual({ required: true, reason: 'sole_proprietor' });
    const udyamOnly = await employerWithCompany(app, { name: 'Shree Data Services' });
    const udyam = await call('PUT', `/api/v1/companies/${udyamOnly.companyId}/verification`, udyamOnly.auth, {
      udyam: 'UDYAM-MH-33-0012345',
    });
    expect(udyam.json()).toMatchObject({
      udyam: 'UDYAM-MH-33-0012345',
      checks: { udyam: { ok: true } },
      review: { reason: 'sole_proprietor' },
    });
    const badUdyam = await call(
      'PUT',
      `/api/v1/companies/${udyamOnly.companyId}/verification`,
      udyamOnly.auth,
      { udyam: 'UDYAM-12' },
    );
    expect(problemOf(badUdyam).errors?.[0]?.field).toBe('udyam');

    const queue = (await call('GET', '/api/v1/admin/moderation/companies', admin.auth)).json<{
      items: { company_id: string; review_reason: string }[];
    }>();
    const reasons = Object.fromEntries(queue.items.map((i) => [i.company_id, i.review_reason]));
    expect(reasons[brand.companyId]).toBe('known_brand');
    expect(reasons[sole.companyId]).toBe('sole_proprietor');
    expect(reasons[udyamOnly.companyId]).toBe('sole_proprietor');
    expect((await call('GET', '/api/v1/admin/moderation/companies', brand.auth)).statusCode).toBe(403);

    const decided = await call(
      'POST',
      `/api/v1/admin/moderation/companies/${brand.companyId}/verification`,
      admin.auth,
      {
        verified: true,
        reason: 'Checked the brand hiring desk',
      },
    );
    expect(decided.json()).toMatchObject({
      verified: true,
      verified_by: 'moderator',
      verified_how: ['moderator', 'gstin', 'domain_file', 'phone'],
    });
    const after = (await call('GET', '/api/v1/admin/moderation/companies', admin.auth)).json<{
      items: { company_id: string }[];
    }>();
    expect(after.items.map((i) => i.company_id)).not.toContain(brand.companyId);
  });
});
