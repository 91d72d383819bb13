// `deskhire import` / `export` through their functions on both engines: bad rows are reported by
// line and never written, good rows land, and an export can be imported back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany } from '../../test/support/app.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { COLUMNS, exportJobs, importJobs } from './jobs-io.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-io-'));
const good = (i: number) =>
  [
    `Data Entry Operator ${i}`,
    '"Type invoices into the billing system, check totals, keep records, report daily."',
    '',
    'data-entry-operator',
    'operations',
    'bpo-kpo',
    'thane',
    'wagle-estate',
    'onsite',
    'day',
    '11000',
    '14000',
    '0',
    '1',
    '12th',
    'english:fluent|marathi',
    'typing|data-entry',
    'pf',
    '2',
    'published',
  ].join(',');

forEachEngine('deskhire import and export', ({ db }) => {
  let app: FastifyInstance;
  let companyId: string;
  beforeAll(async () => {
    app = await buildTestApp(db());
    companyId = (await employerWithCompany(app)).companyId;
  });
  afterAll(() => app?.close());

  it('an import with broken rows reports their line numbers and imports the good rows', async () => {
    const lines = [
      COLUMNS.join(','), // line 1
      good(1), // 2
      good(2).replace('thane', 'atlantis'), // 3: unknown city
      good(3), // 4
      good(4).replace(',14000,', ',9000,'), // 5: min above max
      'too,short', // 6: missing fields
      good(5), // 7
    ];
    const file = path.join(dir, 'jobs.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    let progressed = 0;
    const report = await importJobs(app.services, {
      file,
      format: 'csv',
      companyId,
      batch: 2,
      onProgress: (bytes) => {
        progressed = bytes;
      },
    });
    expect(report.imported).toBe(3);
    expect(report.bad.map((b) => b.line)).toEqual([3, 5, 6]);
    expect(report.bad[0]!.errors.join()).toMatch(/city: is not a known city/);
    expect(report.bad[1]!.errors.join()).toMatch(/salary_min/);
    expect(progressed).toBe(readFileSync(file).length);
    const found = (await app.inject({ url: '/api/v1/jobs?city=thane&role=data-entry-operator' })).json();
    expect(found.total).toBe(3);
  });

  it('an import for an unknown company writes nothing', async () => {
    const file = path.join(dir, 'one.csv');
    writeFileSync(file, `${COLUMNS.join(',')}\n${good(9)}\n`);
    await expect(
      importJobs(app.services, { file, format: 'csv', companyId: '00000000-0000-4000-a000-000000000000' }),
    ).rejects.toThrow(/not found/i);
  });

  it('exports every job as CSV that imports back, and as JSON-LD JobPostings', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const n = await exportJobs(app.services, { format: 'csv', out, publicUrl: 'http://localhost:3000' });
    expect(n).toBe(3);
    const file = path.join(dir, 'export.csv');
    writeFileSync(file, Buffer.concat(chunks));
    const again = await importJobs(app.services, { file, format: 'csv', companyId });
    expect(again).toMatchObject({ imported: 3, bad: [] });

    const ld = new PassThrough();
    const parts: Buffer[] = [];
    ld.on('data', (c: Buffer) => parts.push(c));
    await exportJobs(app.services, { format: 'jsonld', out: ld, publicUrl: 'http://localhost:3000' });
    const docs = JSON.parse(Buffer.concat(parts).toString('utf8'));
    expect(docs).toHaveLength(6);
    expect(docs[0]).toMatchObject({ '@type': 'JobPosting', baseSalary: { currency: 'INR' } });
  });
  it('a scam row in an import is screened like a posting and held, not published', async () => {
    const scam = good(77)
      .replace('Data Entry Operator 77', 'Data entry work from home')
      .replace(
        '"Type invoices into the billing system, check totals, keep records, report daily."',
        '"Earn 40,000 weekly typing from home. Registration fee Rs 499, WhatsApp only 9876543210."',
      );
    const file = path.join(dir, 'scam.csv');
    writeFileSync(file, `${COLUMNS.join(',')}\n${scam}\n`);
    const report = await importJobs(app.services, { file, format: 'csv', companyId });
    expect(report.imported).toBe(1);
    const { rows } = await db().query<{ status: string; moderation_state: string }>(
      "SELECT status, moderation_state FROM jobs WHERE title = 'Data entry work from home'",
    );
    expect(rows).toEqual([{ status: 'held', moderation_state: 'held' }]);
  });
});
