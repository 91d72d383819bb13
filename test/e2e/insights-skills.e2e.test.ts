// Issue #5 as a new user would try it, in Chromium on a 390 px phone against the real server with
// demo data: the insights page for customer service in Pune shows a chart and a table of demo
// figures; a seeker with a CSR profile sees their next step (missing skills, matching jobs); a
// typing test taken in the browser earns a badge, and the employer's applicant list filtered by
// that badge shows the seeker. Screenshots go to test-artifacts/screenshots/en/.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { translator } from '../../src/shared/i18n/index.ts';
import { screenshot, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const t = translator('en');

const browser = useBrowser();

async function newPhone(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser().newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}

/** Nothing wider than the phone: no sideways scrolling. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= 390);

async function signIn(page: Page, login: string, password: string, next: string) {
  await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
  await page.fill('#login', login);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === next),
    page.locator('main button[type=submit]').click(),
  ]);
}

describe('insights, next step and skill badges', () => {
  let seeker: { page: Page; problems: string[] };
  const name = `Kavya Insights ${Date.now() % 100000}`;

  it('the insights page for customer service in Pune shows charts and tables from the demo data', async () => {
    const { page, problems } = await newPhone();
    await page.goto(`${base}/insights/customer-service/pune`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Pune');
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(4);
    // The salary table: a median in rupees and a posting count, both real numbers.
    const median = await page
      .locator('.figure table tr', { hasText: t('insights.median') })
      .first()
      .textContent();
    expect(median).toMatch(/₹\d{1,3}(,\d{2,3})+/);
    const postings = await page
      .locator('.figure table tr', { hasText: t('insights.postings') })
      .first()
      .textContent();
    expect(Number(postings?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(100);
    // Time to fill comes from the demo's history of filled postings.
    await expect(page.locator('body').textContent()).resolves.toMatch(/closed within [\d.]+ days/);
    expect(await fitsWidth(page)).toBe(true);
    expect(problems).toEqual([]);
    await screenshot(page, 'en', 'insights-customer-service-pune');
    await page.context().close();
  });

  it('a new seeker with a CSR profile in Pune sees the next step, the skills to add and jobs', async () => {
    seeker = await newPhone();
    const { page } = seeker;
    await page.goto(`${base}/register`);
    await page.selectOption('#role', 'seeker');
    await page.fill('#name', name);
    await page.fill('#phone', `8${String(Date.now()).slice(-9)}`);
    await page.fill('#password', 'next-step-in-pune');
    await Promise.all([
      page.waitForURL((u) => u.pathname !== '/register'),
      page.locator('main button[type=submit]').click(),
    ]);
    await page.goto(`${base}/me/profile`);
    await expect(page.locator('#next-step').textContent()).resolves.toContain(t('insights.nextStep.noRole'));
    // The profile is in sections, each opened and saved on its own.
    const saveSection = async (id: string, fill: () => Promise<void>) => {
      await page.goto(`${base}/me/profile`);
      await page.locator(`#section-${id} summary`).click();
      await fill();
      await Promise.all([
        page.waitForURL(/done=saved/),
        page.locator(`#section-${id} form button[type=submit]:not([name=step])`).last().click(),
      ]);
    };
    await saveSection('place', () => page.selectOption('#city', 'pune').then(() => undefined));
    await saveSection('work', () => page.check('input[name=roles][value=customer-service-representative]'));
    await saveSection('skills', () => page.check('input[name=skills][value=communication]'));
    const next = page.locator('#next-step');
    await expect(next.locator('h3').first().textContent()).resolves.toContain('Team Lead');
    const missing = await next.locator('.missing-skills').first().locator('li').allTextContents();
    // Skills show by name, not slug.
    const lower = missing.map((m) => m.toLowerCase());
    expect(lower).toContain('coaching');
    expect(lower.some((m) => m.startsWith('communication'))).toBe(false);
    expect(await next.locator('.next-jobs a[href^="/jobs/"]').count()).toBeGreaterThanOrEqual(1);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'en', 'profile-next-step');
  });

  it('a typing test taken in the browser earns a badge the employer can filter applicants by', async () => {
    const { page, problems } = seeker;
    await page.goto(`${base}/skills`);
    await Promise.all([
      page.waitForURL(/\/skills\/tests\//),
      page.locator('button[name=kind][value=typing]').click(),
    ]);
    const shown = Date.now();
    const passage = (await page.locator('.typing-target').textContent()) ?? '';
    // Type the start of the passage key by key, as a person would; the server needs 10 s at least.
    await page.locator('textarea[name=typed]').pressSequentially(passage.trim().slice(0, 70), { delay: 15 });
    await page.waitForTimeout(Math.max(0, 11_000 - (Date.now() - shown)));
    await Promise.all([
      page.waitForURL(/\/skills\/tests\//),
      page.locator('#skill-test button[type=submit]').click(),
    ]);
    await expect(page.locator('[role=status]').textContent()).resolves.toMatch(
      /^Passed: Typing test: \d+ words a minute/,
    );
    await page.goto(`${base}/me/profile`);
    await expect(page.locator('#badges .badge').textContent()).resolves.toContain(
      t('insights.skills.typing'),
    );
    await screenshot(page, 'en', 'profile-badges');

    // The seeker applies to a live job of the demo employer.
    const employer = await newPhone();
    await signIn(employer.page, '9000000002', 'deskhire-demo', '/employer');
    const jobHref = await employer.page
      .locator('.card', { has: employer.page.locator('.status-published') })
      .first()
      .locator('h2 a')
      .getAttribute('href');
    expect(jobHref).toMatch(/^\/jobs\/\d+$/);
    await page.goto(`${base}${jobHref}`);
    await Promise.all([
      page.waitForURL((u) => u.pathname !== jobHref),
      page.locator('form.apply button').click(),
    ]);
    // A job asking for more experience or education than the new profile gives asks "Apply anyway?".
    if (!new URL(page.url()).pathname.startsWith('/me/applications'))
      await Promise.all([
        page.waitForURL(/\/me\/applications/),
        page.locator('main form button[type=submit]').first().click(),
      ]);

    // The employer filters the applicants by the typing badge: the seeker is there, with the badge.
    const ep = employer.page;
    await ep.goto(`${base}/employer${jobHref}/applicants`);
    await ep.selectOption('select[name=badge]', 'typing');
    await Promise.all([ep.waitForURL(/badge=typing/), ep.locator('form.badge-filter button').click()]);
    const card = ep.locator('.card', { hasText: name });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.locator('.badge').textContent()).resolves.toContain(t('insights.skills.typing'));
    expect(await fitsWidth(ep)).toBe(true);
    await screenshot(ep, 'en', 'applicants-badge-filter');
    // With a badge the seeker does not hold, they are filtered out.
    await ep.goto(`${base}/employer${jobHref}/applicants?badge=english`);
    await expect(ep.locator('.card', { hasText: name }).count()).resolves.toBe(0);
    expect([...problems, ...employer.problems]).toEqual([]);
    await employer.page.context().close();
    await page.context().close();
  });
});
