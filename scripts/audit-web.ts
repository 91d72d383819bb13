// `npm run audit:web`: Lighthouse (mobile emulation, its default) in Debian's Chromium against the
// real server with demo data, for the home, results and job pages. Prints the four category scores;
// `-- --check` exits 1 when any is below the target of 95.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/support/chromium.ts';
import { startServer } from '../test/support/server.ts';

const TARGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Chromium with a DevTools port for Lighthouse; resolves once it prints the port it listens on. */
function startChromium(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'deskhire-lh-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...CHROMIUM_FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), child, profile });
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${err}`)));
  });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  execFileSync('sh', [path.join(root, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  console.log('Starting the app with demo data…');
  const server = await startServer();
  const chrome = await startChromium();
  let failed = false;
  try {
    const results = await (await fetch(`${server.url}/jobs?q=customer+support`)).text();
    const jobPath = /href="(\/jobs\/\d+)"/.exec(results)?.[1];
    if (!jobPath) throw new Error('no job found on the results page');
    const pages: [string, string][] = [
      ['home', '/'],
      ['results', '/jobs?q=customer+support&city=pune'],
      ['job', jobPath],
    ];
    const rows: string[] = [];
    for (const [name, url] of pages) {
      const run = await lighthouse(`${server.url}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const scores = CATEGORIES.map((c) => Math.round((run.lhr.categories[c]?.score ?? 0) * 100));
      if (scores.some((s) => s < TARGET)) failed = true;
      rows.push(`| ${name.padEnd(7)} | ${scores.map((s) => String(s).padStart(3)).join(' | ')} |`);
      // What to fix: every scored audit that did not pass, with its title.
      for (const c of CATEGORIES) {
        for (const ref of run.lhr.categories[c]?.auditRefs ?? []) {
          const audit = run.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
            console.log(
              `  ${name} · ${c} · ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`,
            );
        }
      }
    }
    console.log(`\nLighthouse ${'mobile'} scores (target ≥ ${TARGET})\n`);
    console.log('| page    | performance | accessibility | best practices | SEO |'.replace(/ +\|/g, ' |'));
    console.log('| ------- | --- | --- | --- | --- |');
    for (const r of rows) console.log(r);
  } finally {
    chrome.child.kill('SIGTERM');
    rmSync(chrome.profile, { recursive: true, force: true });
    await server.stop();
  }
  if (check && failed) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
