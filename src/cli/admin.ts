// `deskhire admin create`: appoints an admin on a server without SQL. The password comes from
// standard input (`--password-stdin`) or is generated and printed once; it never goes in argv,
// where `ps` and shell history would keep it.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAccountsService, maskPhone, normalizePhone } from '../modules/accounts/index.ts';
import type { Db } from '../shared/db/db.ts';

export interface AdminCreated {
  id: string;
  name: string;
  /** Set when the command generated the password: the only time anyone sees it. */
  generatedPassword?: string;
}

export async function createAdmin(
  db: Db,
  input: { name: string; phone: string; email?: string; password?: string },
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
  return { id: user.id, name: user.name, ...(generatedPassword ? { generatedPassword } : {}) };
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
  if (sub !== 'create')
    throw new Error('usage: deskhire admin create --phone P --name N [--email E] [--password-stdin]');
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
  } finally {
    await db.close();
  }
}
