// Moderation reasons in the reader's language: the API keeps the English reasons and adds their codes;
// the employer's dashboard, the job page and the moderator queue say them in Hindi or Marathi.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Actor,
  buildTestApp,
  employerWithCompany,
  postJob,
  registerAdmin,
} from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';
import en from '../../shared/i18n/en/moderation-reasons.json' with { type: 'json' };
import hi from '../../shared/i18n/hi/moderation-reasons.json' with { type: 'json' };
import mr from '../../shared/i18n/mr/moderation-reasons.json' with { type: 'json' };
import { ACCOUNT_REASONS } from './account-signals.ts';
import { REJECT_CODES, REJECT_REASONS } from './reject-codes.ts';
import { SCAM_RULES } from './scam-rules.ts';
import { CHARGES_SEEKERS } from './screening.service.ts';

const SCAM = 'Data entry work from home, earn 40,000 weekly, registration fee Rs 499, WhatsApp only';
const FEE_EN = SCAM_RULES.find((r) => r.id === 'fee-or-deposit')!.reason;

interface Moderation {
  state: string;
  reasons: string[];
  codes: (string | null)[];
}

describe('the moderation reason catalogue', () => {
  it('says every rule, in English exactly as the rule does', () => {
    const codes = [
      ...SCAM_RULES.map((r) => r.id),
      ...Object.keys(ACCOUNT_REASONS),
      ...REJECT_CODES.map((c) => `rejected-${c}`),
      CHARGES_SEEKERS.code,
    ].sort();
    expect(Object.keys(en.moderationReasons).sort()).toEqual(codes);
    for (const rule of SCAM_RULES)
      expect(en.moderationReasons[rule.id as keyof typeof en.moderationReasons]).toBe(rule.reason);
    for (const code of REJECT_CODES)
      expect(en.moderationReasons[`rejected-${code}` as keyof typeof en.moderationReasons]).toBe(
        REJECT_REASONS[code],
      );
    for (const [code, reason] of Object.entries(ACCOUNT_REASONS))
      expect(en.moderationReasons[code as keyof typeof en.moderationReasons]).toBe(reason);
    expect(en.moderationReasons['charges-seekers']).toBe(CHARGES_SEEKERS.reason);
    // Written in Devanagari, not left in English.
    for (const said of [...Object.values(hi.moderationReasons), ...Object.values(mr.moderationReasons)])
      expect(said).toMatch(/[\u0900-\u097f]{3}/);
  });
});

forEachEngine('moderation reasons in the page language', ({ db }) => {
  let app: FastifyInstance;
  let admin: Actor;
  let employer: Actor;
  let job: { id: number; moderation: Moderation };
  beforeAll(async () => {
    app = await buildTestApp(db());
    admin = await registerAdmin(app, db());
    employer = await employerWithCompany(app, { name: 'Online Data Services' });
    job = (await postJob(app, employer, {
      title: 'Data Entry Work From Home',
      description: SCAM,
      category: 'back_office',
      role: 'data-entry-operator',
      work_mode: 'remote',
      salary_min: null,
      salary_max: null,
    })) as unknown as typeof job;
  });
  afterAll(() => app.close());

  const page = (url: string, who: Actor) =>
    app.inject({ method: 'GET', url, headers: { ...who.auth, accept: 'text/html' } });

  it('the API keeps the English reasons and adds a code for each, null where no rule wrote it', async () => {
    const m = job.moderation;
    expect(m.state).toBe('held');
    expect(m.codes).toHaveLength(m.reasons.length);
    expect(m.codes[0]).toBe('charges-seekers');
    expect(m.reasons[0]).toBe(CHARGES_SEEKERS.reason);
    const fee = m.codes.indexOf('fee-or-deposit');
    expect(m.reasons[fee]).toMatch(
      new RegExp(`^${FEE_EN.replace(/[.()]/g, '\\$&')} \\[.*registration fee inr 499`),
    );
    expect(m.codes).toEqual(expect.arrayContaining(['off-platform-contact', 'pay-far-above-market']));

    const queue = await app.inject({ method: 'GET', url: '/api/v1/admin/moderation', headers: admin.auth });
    const item = queue
      .json<{ items: { job: { id: number }; moderation: Moderation }[] }>()
      .items.find((i) => i.job.id === job.id);
    expect(item?.moderation).toEqual({ state: 'held', reasons: m.reasons, codes: m.codes });
  });

  it("the employer's dashboard (its In review tab) says the reasons in Hindi with the quoted words, and in English as before", async () => {
    const hiPage = (await page('/employer?tab=review&lang=hi', employer)).body;
    // The posting's own words are quoted as the employer typed them (not the screen's lower-cased,
    // normalised reading), not put in brackets like a rule's label.
    expect(hiPage).toContain(`${hi.moderationReasons['fee-or-deposit']} (पोस्टिंग में लिखा है: “`);
    expect(hiPage).toContain('registration fee Rs 499');
    expect(hiPage).not.toContain('registration fee inr 499');
    expect(hiPage).toContain(hi.moderationReasons['charges-seekers']);
    expect(hiPage).not.toContain(FEE_EN);

    const enPage = (await page('/employer?tab=review&lang=en', employer)).body;
    expect(enPage).toContain(FEE_EN);
    expect(enPage).not.toContain(hi.moderationReasons['fee-or-deposit']);
  });

  it('the job page says them in Marathi to its owner', async () => {
    const body = (await page(`/jobs/${job.id}?lang=mr`, employer)).body;
    expect(body).toContain(mr.moderationReasons['off-platform-contact']);
    expect(body).toContain(mr.moderationStates.held);
    expect(body).not.toContain(FEE_EN);
  });

  it("the moderator queue says them in Hindi; a moderator's own words stay as written", async () => {
    const queue = (await page('/admin/moderation?lang=hi', admin)).body;
    expect(queue).toContain(hi.moderationReasons['fee-or-deposit']);
    expect(queue).not.toContain(FEE_EN);

    const rejected = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/moderation/jobs/${job.id}/reject`,
      headers: admin.auth,
      payload: { code: 'charges-seekers', reason: 'fake company, asks for fees' },
    });
    const m = rejected.json<{ moderation: Moderation }>().moderation;
    expect(m.reasons.slice(0, 2)).toEqual([
      en.moderationReasons['rejected-charges-seekers'],
      'fake company, asks for fees',
    ]);
    expect(m.codes).toEqual(['rejected-charges-seekers', null, ...job.moderation.codes]);
    // The employer reads the rejection's code in their language; the moderator's note as written.
    // A rejected job is closed by moderation: it sits under the dashboard's Closed tab.
    const dash = (await page('/employer?tab=closed&lang=hi', employer)).body;
    expect(dash).toContain(hi.moderationReasons['rejected-charges-seekers']);
    expect(dash).toContain('fake company, asks for fees');
    expect(dash).toContain(hi.moderationReasons['fee-or-deposit']);
    const mrDash = (await page('/employer?tab=closed&lang=mr', employer)).body;
    expect(mrDash).toContain(mr.moderationReasons['rejected-charges-seekers']);
  });

  it('a moderator rejects for the newer hold reasons by code; the employer reads each in Hindi and Marathi', async () => {
    const newer = {
      'defrauds-others': 'work-defrauds-others',
      'identity-misuse': 'identity-misuse',
      pyramid: 'recruit-to-earn',
    } as const;
    for (const [code, rule] of Object.entries(newer)) {
      const other = await postJob(app, employer, { title: `Back office executive (${code})` });
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/admin/moderation/jobs/${other.id}/reject`,
        headers: admin.auth,
        payload: { code },
      });
      expect(res.statusCode, code).toBe(200);
      const m = res.json<{ moderation: Moderation }>().moderation;
      expect(m.codes[0]).toBe(`rejected-${code}`);
      // The rejection names the same harm as the rule that holds such a job.
      const said = en.moderationReasons[`rejected-${code}` as keyof typeof en.moderationReasons];
      expect(said, rule).toBeTruthy();
      for (const catalogue of [hi, mr]) {
        const dash = (await page(`/employer?tab=closed&lang=${catalogue === hi ? 'hi' : 'mr'}`, employer))
          .body;
        const local = catalogue.moderationReasons[`rejected-${code}` as keyof typeof hi.moderationReasons];
        expect(local, code).toMatch(/[\u0900-\u097f]{3}/);
        expect(dash).toContain(local);
      }
    }
    // The moderator's form offers them, in the moderator's language.
    await postJob(app, employer, { title: 'Data Entry Work From Home', description: SCAM });
    const queue = (await page('/admin/moderation?lang=mr', admin)).body;
    for (const code of Object.keys(newer)) expect(queue).toContain(`<option value="${code}">`);
  });

  it('a rejection without a reason code is refused, naming the field', async () => {
    const other = await postJob(app, employer, { title: 'Telecaller, Andheri' });
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/moderation/jobs/${other.id}/reject`,
      headers: admin.auth,
      payload: { reason: 'looks wrong' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.json())).toContain('code');
  });

  it('the queue shows the posting with the sentence behind each reason marked', async () => {
    await postJob(app, employer, {
      title: 'Chat support, Airoli',
      description:
        'Chat support for an e-commerce client. Pay ₹1,750 for the training kit before joining. Day shift.',
    });
    const queue = (await page('/admin/moderation', admin)).body;
    expect(queue).toMatch(/<mark title="[^"]+">Pay ₹1,750 for the training kit before joining\.<\/mark>/);
    expect(queue).toContain('Chat support for an e-commerce client.');
    expect(queue).not.toMatch(/<mark[^>]*>Chat support for/);
  });

  it('the migration gives reasons stored before it their codes by their English text', async () => {
    const other = await postJob(app, employer, { title: 'Back office executive' });
    const stored = [
      'Employer is banned: fake offers',
      `${FEE_EN} [registration fee inr 499]`,
      "The contact email is not on the company's own website domain. [x@y.com]",
    ];
    await db().query(
      `UPDATE jobs SET moderation_state = 'held', moderation_reasons = $2, moderation_rules = '{}' WHERE id = $1`,
      [other.id, stored],
    );
    const sql = readFileSync(
      new URL('../../shared/db/migrations/0850_moderation_rules.sql', import.meta.url),
      'utf8',
    );
    // The backfill alone: the column exists already in a migrated test database.
    await db().exec(sql.slice(sql.indexOf('UPDATE jobs')));
    const res = await app.inject({ method: 'GET', url: `/api/v1/jobs/${other.id}`, headers: employer.auth });
    const m = res.json<{ moderation: Moderation }>().moderation;
    expect(m.reasons).toEqual(stored);
    expect(m.codes).toEqual([null, 'fee-or-deposit', 'website-email-mismatch']);
  });
});
