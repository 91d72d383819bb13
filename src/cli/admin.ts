// `deskhire admin create`: appoints an admin on a server without SQL. The password comes from
// standard input (`--password-stdin`) or is generated and printed once; it never goes in argv,
// where `ps` and shell history would keep it. Admins sign in with a second factor, so the command
// also enrols an authenticator app (QR, otpauth URI, manual key) and prints ten recovery codes
// once; `deskhire admin totp --phone P` re-enrols one (a lost phone, an admin from before #19).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createAccountsService, maskPhone, normalizePhone } from '../modules/accounts/index.ts';
import { createServices } from '../services.ts';
import type { Db } from '../shared/db/db.ts';

export interface AdminCreated {
  id: string;
  name: string;
  /** Set when the command generated the password: the only time anyone sees it. */
  generatedPassword?: string;
  /** The authenticator enrolment, shown once. */
  totp: TotpEnrolled;
}

export interface TotpEnrolled {
  uri: string;
  key: string;
  qr_text: string;
  recovery_codes: string[];
}

/** Enrols a fresh authenticator for an admin (confirmed: the operator hands it over). */
export async function enrolAdminTotp(
  db: Db,
  admin: { id: string; name: string },
  appSecret = loadConfig().appSecret,
): Promise<TotpEnrolled> {
  const { security } = createServices(db, { sessionDays: 1, appSecret });
  const out = await security.enrolTotp(
    { id: admin.id, name: admin.name, role: 'admin' },
    { confirmed: true, label: admin.name },
  );
  return { uri: out.uri, key: out.key, qr_text: out.qr_text, recovery_codes: out.recovery_codes };
}

function printTotp(totp: TotpEnrolled): void {
  console.log('second factor: scan this QR code with an authenticator app (or type the key):');
  console.log(totp.qr_text);
  console.log(`key: ${totp.key}`);
  console.log(`uri: ${totp.uri}`);
  console.log(
    `recovery codes (each signs in once without the app; shown once): ${totp.recovery_codes.join(' ')}`,
  );
}

export async function createAdmin(
  db: Db,
  input: { name: string; phone: string; email?: string; password?: string },
  appSecret?: string,
): Promise<AdminCreated> {
  const generatedPassword = input.password ? undefined : randomBytes(18).toString('base64url');
  const password = input.password ?? generatedPassword!;
  const user = await createAccountsService(db, { sessionDays: 1 })
    .createAdmin({ ...input, password })
    .catch((err: Error & { errors?: { field: string; message: string }[] }) => {
      // The operator reads one line naming the option, as the API would name the field.
      if (!err.errors?.length) throw err;
      throw new Error(err.errors.map((e) => `--${e.field} ${e.message}`).join('; '));
    });
  const totp = await enrolAdminTotp(db, user, appSecret);
  return { id: user.id, name: user.name, totp, ...(generatedPassword ? { generatedPassword } : {}) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function adminCommand(args: string[], open: (values: object) => Promise<Db>): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create' && sub !== 'totp')
    throw new Error(
      'usage: deskhire admin create --phone P --name N [--email E] [--password-stdin] | deskhire admin totp --phone P',
    );
  const { values } = parseArgs({
    args: rest,
    options: {
      phone: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  if (sub === 'totp') {
    if (!values.phone) throw new Error('--phone is required');
    const db = await open(values);
    try {
      const user = await createAccountsService(db, { sessionDays: 1 }).byPhone(values.phone);
      if (user?.role !== 'admin') throw new Error('--phone is not an admin account');
      console.log(
        `new authenticator for ${user.name} (${maskPhone(normalizePhone(values.phone) ?? '')}); the old one stops working`,
      );
      printTotp(await enrolAdminTotp(db, user));
    } finally {
      await db.close();
    }
    return;
  }
  if (!values.phone || !values.name) throw new Error('--phone and --name are required');
  const password = values['password-stdin'] ? await readStdin() : undefined;
  const db = await open(values);
  try {
    const admin = await createAdmin(db, {
      name: values.name,
      phone: values.phone,
      ...(values.email ? { email: values.email } : {}),
      ...(password !== undefined ? { password } : {}),
    });
    console.log(
      `admin created: ${admin.name} (${maskPhone(normalizePhone(values.phone) ?? values.phone)}), id ${admin.id}`,
    );
    if (admin.generatedPassword)
      console.log(`password (shown once, store it now): ${admin.generatedPassword}`);
    printTotp(admin.totp);
  } finally {
    await db.close();
  }
}
