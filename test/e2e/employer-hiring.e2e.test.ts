// The hiring pipeline in real Chromium on a phone: with a published job and two applicants
// prepared through the API, the employer sees the applicants with match reasons, shortlists both,
// logs a call outcome with the one-tap form, schedules an interview (the seeker's outbox gets a
// valid .ics, parsed with ical.js) and hires one, which fills the job's only opening; the seeker
// sees every stage and the job's "last responded" date; the figures page at 390 px.
// Runs its own app in this process (PGlite in memory) so it can read the outbox it asserts on.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/shared/i18n/index.ts';
import { jobPayload, uniquePhone } from '../support/app.ts';
import { type PhonePage, phone, screenshot, seriousViolations, useBrowser, useOwnApp } from './browser.ts';

const t = translator('en');
const PASSWORD = 'hiring-in-thane';

interface Person {
  id: string;
  phone: string;
  auth: { authorization: string };
}

async function person(role: 'seeker' | 'employer', name: string): Promise<Person> {
  const phoneNo = uniquePhone();
  const res = await app().inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role, name, phone: phoneNo, password: PASSWORD },
  });
  const body = res.json<{ token: string; user: { id: string } }>();
  return { id: body.user.id, phone: phoneNo, auth: { authorization: `Bearer ${body.token}` } };
}

async function signIn(p: PhonePage, who: Person, next: string) {
  await p.page.goto(`${base()}/login?next=${encodeURIComponent(next)}`);
  await p.page.fill('#login', who.phone);
  await p.page.fill('#password', PASSWORD);
  await Promise.all([
    p.page.waitForURL(`${base()}${next}`),
    p.page.locator('main button[type=submit]').click(),
  ]);
}

const browser = useBrowser();
const { base, app, db } = useOwnApp('hiring');

describe('an employer hires through the pipeline on a phone; the seeker follows every step', () => {
  let employer: Person;
  let seekers: Person[];
  let jobId: number;
  let appIds: number[];
  let emp: PhonePage;
  const expectHealthy = async (p: PhonePage, name: string) => {
    await screenshot(p.page, 'en', name);
    expect(await seriousViolations(p.page), `${name}: axe`).toEqual([]);
    expect(p.problems, `${name}: console`).toEqual([]);
  };

  beforeAll(async () => {
    employer = await person('employer', 'Kavita Shinde');
    await app().inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: employer.auth,
      payload: { name: 'Thane Care Services', industry: 'bpo-kpo', city: 'thane' },
    });
    const job = await app().inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: employer.auth,
      payload: jobPayload({
        title: 'Data Entry Operator (Marathi)',
        category: 'back_office',
        role: 'data-entry-operator',
        city: 'thane',
        locality: 'wagle-estate',
        languages: ['marathi', 'hindi'],
        skills: ['typing', 'data-entry'],
        openings: 1,
      }),
    });
    jobId = job.json<{ id: number }>().id;
    seekers = [await person('seeker', 'Sneha Patil'), await person('seeker', 'Rahul Jadhav')];
    appIds = [];
    for (const s of seekers) {
      await app().inject({
        method: 'PUT',
        url: '/api/v1/me/profile',
        headers: s.auth,
        payload: {
          city: 'thane',
          localities: ['wagle-estate'],
          travel_km: 10,
          education: '12th',
          experience_years: 1,
          languages: [{ language: 'marathi', level: 'fluent' }],
          skills: ['typing', 'data-entry'],
          contact_consent: true,
        },
      });
      const applied = await app().inject({
        method: 'POST',
        url: `/api/v1/jobs/${jobId}/applications`,
        headers: s.auth,
      });
      appIds.push(applied.json<{ id: number }>().id);
    }
    emp = await phone(browser());
  });
  afterAll(async () => {
    await emp?.page.context().close();
  });

  const card = (i: number) => emp.page.locator(`#application-${appIds[i]}`);
  const applicants = () => `/employer/jobs/${jobId}/applicants`;

  it('sees both applicants with their match reasons and shortlists them', async () => {
    await signIn(emp, employer, applicants());
    const api = (
      await app().inject({ method: 'GET', url: `/api/v1/jobs/${jobId}/applications`, headers: employer.auth })
    ).json<{ items: { id: number; match: { reasons: { text: string }[] } }[] }>();
    for (const [i] of appIds.entries()) {
      const reasons = api.items.find((a) => a.id === appIds[i])!.match.reasons;
      expect(reasons.length).toBeGreaterThan(0);
      await expect(card(i).locator('.facts').textContent()).resolves.toContain(reasons[0]!.text);
    }
    await expectHealthy(emp, 'hiring-applicants');
    for (const i of [0, 1]) {
      await Promise.all([
        emp.page.waitForURL(/done=moved/),
        card(i)
          .getByRole('button', { name: t('hiring.stage.shortlisted'), exact: true })
          .click(),
      ]);
      await expect(card(i).locator('h2 .status').textContent()).resolves.toBe(t('hiring.stage.shortlisted'));
    }
  });

  // No telephony provider runs here: the card offers the consented number to dial from the employer's
  // own phone, never a "Call candidate" button that could only record a call not placed (the bridged
  // call and its outcome are walked against the fake Exotel in providers.e2e).
  it('with no telephony provider, the first applicant is called from the employer’s own phone', async () => {
    await expect(
      card(0)
        .getByRole('button', { name: t('hiring.call') })
        .count(),
    ).resolves.toBe(0);
    const dial = card(0).locator('a[href^="tel:+91"]').first();
    await expect(dial.isVisible()).resolves.toBe(true);
    await expect(dial.textContent()).resolves.toMatch(/\+91 \d{5} \d{5}/);
    await expectHealthy(emp, 'hiring-call-yourself');
  });

  it('schedules an interview: the seeker’s outbox holds an invite with a valid .ics', async () => {
    // Tomorrow, 11:00 India time, as the datetime-local field takes it.
    const day = new Date(Date.now() + 5.5 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    await card(0).locator('summary').click();
    await card(0).locator('input[name=starts_at]').fill(`${day}T11:00`);
    await card(0).locator('input[name=place]').fill('Wagle Estate office, Road 16');
    await Promise.all([
      emp.page.waitForURL(/done=scheduled/),
      card(0)
        .getByRole('button', { name: t('hiring.schedule') })
        .click(),
    ]);
    const { rows } = await db().query<{ attachments: { filename: string; content: string }[] }>(
      `SELECT attachments FROM notifications WHERE user_id = $1 AND template = 'interviewInvite'`,
      [seekers[0]!.id],
    );
    expect(rows).toHaveLength(1);
    const ics = rows[0]!.attachments.find((a) => a.filename.endsWith('.ics'))!.content;
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toContain('Data Entry Operator (Marathi)');
    expect(event.location).toBe('Wagle Estate office, Road 16');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(`${day}T11:00:00+05:30`).toISOString());
    expect(event.duration.toSeconds()).toBe(30 * 60);
  });

  it('hires the first applicant: the only opening is filled and the job closes', async () => {
    // Hired asks first (told at once, never undone): the card's link opens the question.
    await Promise.all([
      emp.page.waitForURL(/\/hire$/),
      card(0)
        .getByRole('link', { name: t('hiring.stage.hired'), exact: true })
        .click(),
    ]);
    await Promise.all([
      emp.page.waitForURL(/done=moved/),
      emp.page.getByRole('button', { name: t('hiringUndo.hireConfirm'), exact: true }).click(),
    ]);
    await expect(card(0).locator('h2 .status').textContent()).resolves.toBe(t('hiring.stage.hired'));
    await expectHealthy(emp, 'hiring-hired');
    // A filled job is closed: it sits under the dashboard's Closed tab.
    await emp.page.goto(`${base()}/employer?tab=closed`);
    await expect(emp.page.locator(`#job-${jobId}`).textContent()).resolves.toContain(
      t('hiring.dash.closedReason.filled'),
    );
    await expectHealthy(emp, 'hiring-dashboard');
  });

  it("the seeker sees each stage (not the recruiters' call note) and when the employer last responded", async () => {
    const s = await phone(browser());
    try {
      await signIn(s, seekers[0]!, '/me/applications');
      const history = s.page.locator('.history');
      await s.page.locator('details summary').first().click();
      const text = (await history.first().textContent()) ?? '';
      for (const stage of ['applied', 'shortlisted', 'interview', 'hired'])
        expect(text).toContain(t(`seeker.stage.${stage}`));
      // The call outcome is the recruiters' note: never on the seeker's page.
      expect(text).not.toContain(t('hiring.outcome.codes.interested'));
      await expectHealthy(s, 'hiring-seeker-applications');
      await s.page.goto(`${base()}/jobs/${jobId}`);
      await expect(s.page.locator('main').textContent()).resolves.toMatch(
        new RegExp(t('hiring.lastResponded', { date: '\\d{1,2} \\w{3} \\d{4}' })),
      );
      await expectHealthy(s, 'hiring-seeker-job');
    } finally {
      await s.page.context().close();
    }
  });

  it('the figures page works at 390 px: charts, their tables and no sideways scroll', async () => {
    await emp.page.setViewportSize({ width: 390, height: 844 });
    await emp.page.goto(`${base()}/employer/jobs/${jobId}/stats`);
    await expect(emp.page.locator('svg.chart').count()).resolves.toBe(3);
    await expect(emp.page.locator('.figure table').count()).resolves.toBe(2);
    const widths = await emp.page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      view: window.innerWidth,
      charts: [...document.querySelectorAll('svg.chart')].map((c) => c.getBoundingClientRect().right),
    }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    for (const right of widths.charts) expect(right).toBeLessThanOrEqual(widths.view);
    await expectHealthy(emp, 'hiring-figures-390');
  });
});
