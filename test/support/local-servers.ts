// Private servers for the scale tests: a PgBouncer in front of the shared test PostgreSQL, and a
// primary + streaming replica pair of our own, each in a temp folder on a spare local port and
// stopped by the test. Never touches the shared server's data. The binaries come from Debian
// (scripts/ensure-pgbouncer.sh, postgresql-15); outside CI a missing one skips with a reason.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const isRoot = process.getuid?.() === 0;

/** A port nobody listens on right now. */
export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** As the postgres user when we are root (initdb, postgres and pgbouncer refuse root). */
function owner(): { uid?: number; gid?: number } {
  if (!isRoot) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

function ownedTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  return dir;
}

function run(bin: string, args: string[]): void {
  execFileSync(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], ...owner() });
}

async function waitForPort(port: number, child: ChildProcess, what: string): Promise<void> {
  const { Socket } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    const up = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
      s.connect(port, '127.0.0.1');
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not listen on ${port}`);
}

/** Why a server binary cannot be had here (undefined when it can); under CI=true it must be. */
export function missing(what: 'pgbouncer' | 'postgres'): string | undefined {
  if (what === 'pgbouncer') {
    try {
      execFileSync('sh', [path.resolve('scripts/ensure-pgbouncer.sh')], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (err) {
      return `pgbouncer is not installed and scripts/ensure-pgbouncer.sh could not install it: ${(err as Error).message.split('\n')[0]}`;
    }
    return undefined;
  }
  return existsSync(`${PG_BIN}/initdb`)
    ? undefined
    : `${PG_BIN}/initdb not found (apt-get install postgresql-15)`;
}

export interface Running {
  port: number;
  stop(): Promise<void>;
}

/** PgBouncer: SIGTERM is its immediate shutdown; PostgreSQL: SIGINT is its fast shutdown. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await done;
}

/** PgBouncer in transaction mode on a spare port, in front of the server at `target` (trust auth). */
export async function startPgBouncer(target: { host: string; port: number; user: string }): Promise<Running> {
  const dir = ownedTempDir('deskhire-pgbouncer-');
  const port = await sparePort();
  const users = path.join(dir, 'userlist.txt');
  const ini = path.join(dir, 'pgbouncer.ini');
  writeFileSync(users, `"${target.user}" ""\n`);
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${target.host} port=${target.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      "unix_socket_dir = ''",
      'auth_type = trust',
      `auth_file = ${users}`,
      'pool_mode = transaction',
      'max_client_conn = 200',
      'default_pool_size = 20',
      // What PgBouncer would refuse otherwise is exactly what this test is about: nothing ignored.
      'ignore_startup_parameters = ',
      '',
    ].join('\n'),
  );
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const child = spawn('/usr/sbin/pgbouncer', [ini], { stdio: ['ignore', 'ignore', 'pipe'], ...owner() });
  await waitForPort(port, child, 'pgbouncer');
  return {
    port,
    stop: async () => {
      await stopChild(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ReplicaPair {
  primaryPort: number;
  replicaPort: number;
  stop(): Promise<void>;
}

function postgresOn(dataDir: string, port: number): ChildProcess {
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dataDir}`,
    '-c',
    'fsync=off',
    '-c',
    'shared_buffers=16MB',
    '-c',
    'max_connections=60',
  ];
  return spawn(`${PG_BIN}/postgres`, args, { stdio: ['ignore', 'ignore', 'pipe'], ...owner() });
}

/** A private primary and a streaming replica (initdb, pg_basebackup -R), trust auth on 127.0.0.1. */
export async function startReplicaPair(): Promise<ReplicaPair> {
  const dir = ownedTempDir('deskhire-replica-');
  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  run(`${PG_BIN}/initdb`, ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const primaryPort = await sparePort();
  const primary = postgresOn(primaryDir, primaryPort);
  const children = [primary];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child, 'SIGINT');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(primaryPort, primary, 'primary postgres');
    await new Promise((r) => setTimeout(r, 300));
    run(`${PG_BIN}/pg_basebackup`, [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '--checkpoint=fast',
      '--wal-method=stream',
    ]);
    const replicaPort = await sparePort();
    const replica = postgresOn(replicaDir, replicaPort);
    children.push(replica);
    await waitForPort(replicaPort, replica, 'replica postgres');
    return { primaryPort, replicaPort, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Resolves once `url` answers a query (a server that listens may still be starting up). */
export async function waitForSql(url: string): Promise<void> {
  const { default: pg } = await import('pg');
  let last: unknown;
  for (let i = 0; i < 100; i++) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await c.end().catch(() => {});
    }
  }
  throw new Error(`${url} never answered: ${(last as Error).message}`);
}
