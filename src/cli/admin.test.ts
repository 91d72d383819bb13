import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, uniquePhone } from '../../test/support/app.ts';
import { openPglite } from '../shared/db/db.ts';
import { createTestDatabase } from '../shared/db/testing.ts';
import { createAdmin } from './admin.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('deskhire admin create', () => {
  let app: FastifyInstance;
  let test: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    test = await createTestDatabase('pglite');
    app = await buildTestApp(test.db);
  });
  afterAll(async () => {
    await app.close();
    await test.drop();
  });
  /** Signs in through the API (with the code the new authenticator shows now) and returns who the
   * server says this is. */
  const signIn = async (phone: string, password: string, totp?: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password, ...(totp ? { totp } : {}) },
    });
    if (res.statusCode !== 200) return { status: res.statusCode };
    const me = await app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${res.json<{ token: string }>().token}` },
    });
    return { status: res.statusCode, me: me.json() };
  };

  it('a generated password is returned once and signs the new admin in', async () => {
    const phone = uniquePhone();
    const admin = await createAdmin(test.db, { name: 'Asha Moderator', phone });
    expect(admin.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(admin.totp.uri).toMatch(/^otpauth:\/\/totp\/Deskhire:Asha%20Moderator\?/);
    expect(admin.totp.recovery_codes).toHaveLength(10);
    // The password alone is not enough for an admin.
    expect(await signIn(phone, admin.generatedPassword!)).toEqual({ status: 401 });
    const code = await app.services.security.codeFor(admin.id);
    expect(await signIn(phone, admin.generatedPassword!, code!)).toMatchObject({
      status: 200,
      me: { id: admin.id, role: 'admin', name: 'Asha Moderator' },
    });
  });

  it('a given password is used and not echoed; a short one or a taken phone is refused naming the option', async () => {
    const phone = uniquePhone();
    const admin = await createAdmin(test.db, { name: 'Ravi', phone, password: 'a long admin passphrase' });
    expect(admin.generatedPassword).toBeUndefined();
    expect(await signIn(phone, 'a long admin passphrase', admin.totp.recovery_codes[0])).toMatchObject({
      me: { role: 'admin' },
    });
    expect(await signIn(phone, 'wrong passphrase!!')).toEqual({ status: 401 });
    await expect(
      createAdmin(test.db, { name: 'X', phone: uniquePhone(), password: 'short' }),
    ).rejects.toThrow('--password Use at least 12 characters.');
    await expect(
      createAdmin(test.db, { name: 'X', phone: uniquePhone(), password: 'password1234' }),
    ).rejects.toThrow('--password This password is one of the first that attackers try');
    await expect(
      createAdmin(test.db, { name: 'Again', phone, password: 'another long passphrase' }),
    ).rejects.toThrow('--phone is already registered');
  });

  it('the command reads the password from stdin and never prints it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'deskhire-admin-'));
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/deskhire.ts',
          'admin',
          'create',
          '--phone',
          '9822012345',
          '--name',
          'Ops Lead',
          '--password-stdin',
        ],
        { cwd: root, env: { PATH: process.env.PATH, DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.stdin.end('stdin admin passphrase\n');
      expect(await new Promise((r) => child.once('exit', r))).toBe(0);
      expect(out).toMatch(/^admin created: Ops Lead \(\+91•••••345\), id [0-9a-f-]{36}\n/);
      expect(out).toContain('key: ');
      expect(out).toMatch(/uri: otpauth:\/\/totp\/Deskhire:Ops%20Lead\?.*secret=/);
      expect(out).toMatch(/recovery codes .*: ([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4} ?){10}\n/);
      expect(out).not.toContain('stdin admin passphrase');
      const db = await openPglite(dataDir);
      const { rows } = await db.query<{ role: string; name: string }>('SELECT role, name FROM users');
      await db.close();
      expect(rows).toEqual([{ role: 'admin', name: 'Ops Lead' }]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
