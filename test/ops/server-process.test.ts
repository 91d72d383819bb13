// The server as an operator runs it: `npm start` passes SIGTERM to the server (no orphan left on the
// port), and a second server on the same embedded DATA_DIR refuses to start with one clear line.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'deskhire-proc-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function run(command: string, args: string[], port: number) {
  const child = spawn(command, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (d: Buffer) => {
    out.stdout += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out.stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, out, exited };
}

async function healthy(port: number, out: { stdout: string; stderr: string }): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no /health on ${port}:\n${out.stdout}\n${out.stderr}`);
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('the server process', () => {
  it('SIGTERM to `npm start` stops the server and frees the port; a second server on the DATA_DIR refuses', async () => {
    const port = await freePort();
    const npm = run('npm', ['start', '--silent'], port);
    await healthy(port, npm.out);
    const serverPid = Number(/"pid":(\d+)/.exec(npm.out.stdout)?.[1]);
    expect(serverPid).toBeGreaterThan(0);

    const second = run(process.execPath, ['--import', 'tsx', 'src/server.ts'], await freePort());
    expect(await second.exited).toBe(1);
    const lines = second.out.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `deskhire: DATA_DIR ${dataDir} is in use by another deskhire process (pid ${serverPid} on ${hostname()}); stop it first, or delete ${dataDir}/deskhire.lock if that process is gone`,
    );

    npm.child.kill('SIGTERM');
    expect(await until(() => !alive(serverPid), 20_000)).toBe(true);
    expect(await npm.exited).not.toBeNull();
    expect(await portOpen(port)).toBe(false);
    expect(npm.out.stdout).toContain('shutting down');
    expect(existsSync(path.join(dataDir, 'deskhire.lock'))).toBe(false);
  }, 240_000);

  it('a lock left by a process that died is taken over', async () => {
    writeFileSync(
      path.join(dataDir, 'deskhire.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname() }),
    );
    const port = await freePort();
    const server = run(process.execPath, ['--import', 'tsx', 'src/server.ts'], port);
    await healthy(port, server.out);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 180_000);
});
