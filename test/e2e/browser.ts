// Drives Debian's Chromium through playwright-core: a phone-sized page, axe-core checks, and
// screenshots saved under test-artifacts/screenshots/<lang>/ (gitignored).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Db, openPglite } from '../../src/shared/db/db.ts';
import { migrate } from '../../src/shared/db/migrate.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** playwright-core gives each launch a fresh temporary --user-data-dir and adds --headless. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

export interface PhonePage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

/** A low-end Android phone: 360 px wide, touch, Indian English locale. */
export async function phone(browser: Browser): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // A form re-rendered with its errors is a 400 document: that is the page working. Failed
    // sub-resources are caught below by their response instead.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document')
      problems.push(`${r.status()} ${r.request().resourceType()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

/**
 * Saves a screenshot under test-artifacts/screenshots/<lang>/<name>.png for a person to look at.
 * A screenshot is evidence, not an assertion: Chromium now and then answers "Unable to capture
 * screenshot" while a page is still painting, so it is tried three times, and if it still fails the
 * test goes on with a warning instead of failing on a capture the behaviour under test never needed.
 */
export async function screenshot(
  page: Page,
  lang: string,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  return screenshotTo(page, path.join(root, 'test-artifacts', 'screenshots', lang), name, options);
}

/** As `screenshot`, into any folder (a walk that keeps its pictures elsewhere). */
export async function screenshotTo(
  page: Page,
  dir: string,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  const fullPage = options.fullPage ?? true;
  for (let attempt = 1; ; attempt++) {
    try {
      await page.screenshot({ path: file, fullPage });
      return file;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!/Unable to capture screenshot|Target closed|frame was detached/i.test(message)) throw e;
      if (attempt >= 3) {
        console.warn(`screenshot ${file} not saved after ${attempt} tries: ${message.split('\n')[0]}`);
        return file;
      }
      await page.waitForTimeout(250 * attempt);
    }
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the current page (WCAG 2.1 A/AA rules and best practice). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page's CSP (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Presses Tab until the element matching `selector` has focus; fails after `max` presses.
 * `eachStep` runs after every press (e.g. to check the focus ring).
 */
export async function tabTo(
  page: Page,
  selector: string,
  max = 25,
  eachStep?: () => Promise<void>,
): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    await eachStep?.();
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Whether the focused element can be seen to have focus: it is on screen with a size, it matches
 * :focus-visible, and the stylesheet draws an outline or a box shadow for it.
 */
export async function focusIsVisible(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      visible: box.width > 0 && box.height > 0 && el.matches(':focus-visible') && ring,
    };
  });
}

/** Launches Chromium before the file's tests and closes it after; call at the top of a test file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error('useBrowser: the browser is not launched yet (use it inside a test or hook)');
    return browser;
  };
}

export interface OwnApp {
  /** The app's address, e.g. http://127.0.0.1:41234 */
  base(): string;
  app(): FastifyInstance;
  db(): Db;
}

/**
 * An app of this file's own, in this process: PGlite in memory, migrated, no demo data, a fresh
 * DATA_DIR (deskhire-e2e-<name>-*), listening on a free port. `env` adds to or overrides the
 * configuration (a function when it needs values known only once other set-up ran, e.g. a fake's
 * URL). `beforeBuild` runs on the migrated database, `afterBuild` on the built app before it listens.
 */
export function useOwnApp(
  name: string,
  options: {
    env?: Record<string, string> | (() => Record<string, string>);
    beforeBuild?: (db: Db) => Promise<unknown>;
    afterBuild?: (app: FastifyInstance) => Promise<unknown>;
  } = {},
): OwnApp {
  let db: Db | undefined;
  let app: FastifyInstance | undefined;
  let base: string | undefined;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await options.beforeBuild?.(db);
    const env = typeof options.env === 'function' ? options.env() : (options.env ?? {});
    const config = loadConfig({
      PUBLIC_URL: 'http://127.0.0.1',
      DEMO_DATA: '0',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), `deskhire-e2e-${name}-`)),
      ...env,
    });
    app = await buildApp({ db, config });
    await options.afterBuild?.(app);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error(`useOwnApp(${name}): the app is not started yet`);
    return v;
  };
  return { base: () => ready(base), app: () => ready(app), db: () => ready(db) };
}

/** Context options of a low-end Android phone: 360 x 740, touch, Indian English, India's time. */
export function phoneOptions(
  options: { javaScriptEnabled?: boolean; deviceScaleFactor?: number } = {},
): BrowserContextOptions {
  return {
    viewport: { width: 360, height: 740 },
    ...(options.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: options.deviceScaleFactor }),
    isMobile: true,
    hasTouch: true,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
    ...(options.javaScriptEnabled === undefined ? {} : { javaScriptEnabled: options.javaScriptEnabled }),
  };
}

/** A new browser context as `phoneOptions` describes. */
export function phoneContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; deviceScaleFactor?: number } = {},
): Promise<BrowserContext> {
  return browser.newContext(phoneOptions(options));
}

/** How far the page sticks out past the window's right edge (0 or less: it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The document's scroll width in CSS px (wider than the viewport: the page scrolls sideways). */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}
