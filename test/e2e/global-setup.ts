// Once per e2e run: make sure Debian's Chromium is installed (scripts/ensure-chromium.sh, never a
// browser download), then start the real server with demo data and hand its URL to the tests.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync('sh', [path.join(root, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  // E2E_PORT pins the port (engineers sharing a machine each keep to their own range); else a free one.
  const server = await startServer(process.env.E2E_PORT ? { port: Number(process.env.E2E_PORT) } : {});
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
