// Test helpers for the seeker side: an app with a throwaway DATA_DIR (resumes live in the database), a
// seeker with a saved profile, multipart bodies, and a browser-like session (cookies + CSRF).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/shared/db/db.ts';
import { type Actor, register } from './app.ts';
import { buildProvidersApp } from './providers-app.ts';

/** An app with a resume folder of its own; `fakes` point its providers at local fakes. */
export async function buildSeekerTestApp(
  db: Db,
  env: Record<string, string> = {},
  fakes: Parameters<typeof buildProvidersApp>[1] = {},
): Promise<FastifyInstance> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'deskhire-test-'));
  if (Object.keys(fakes).length) return buildProvidersApp(db, fakes, { DATA_DIR: dataDir, ...env });
  const config = loadConfig({
    PUBLIC_URL: 'http://localhost:3000',
    DEMO_DATA: '0',
    DATA_DIR: dataDir,
    ...env,
  });
  const app = await buildApp({ db, config });
  await app.ready();
  return app;
}

export async function seekerWithProfile(
  app: FastifyInstance,
  profile: Record<string, unknown> = {},
): Promise<Actor> {
  const seeker = await register(app, 'seeker', 'Priya Patil');
  const res = await app.inject({
    method: 'PUT',
    url: '/api/v1/me/profile',
    headers: seeker.auth,
    payload: {
      city: 'thane',
      localities: ['wagle-estate'],
      travel_km: 15,
      education: '12th',
      experience_years: 0,
      languages: [
        { language: 'hindi', level: 'fluent' },
        { language: 'marathi', level: 'fluent' },
      ],
      skills: ['typing', 'data-entry'],
      salary_min: 12000,
      salary_max: 18000,
      ...profile,
    },
  });
  if (res.statusCode !== 200) throw new Error(`profile failed: ${res.body}`);
  return seeker;
}

/** A multipart/form-data body with one file and optional text fields. */
export function multipartBody(
  file: { field: string; filename: string; type: string; bytes: Buffer },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----deskhire${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const tinyPdf = (): Buffer =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
/** Starts like a PDF (so a magic-number check passes) but is an HTML page. */
export const htmlPosingAsPdf = (): Buffer =>
  Buffer.from('%PDF-1.7\n<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n');
/** The first bytes of a Windows executable, named like a PDF by the test. */
export const fakeExe = (): Buffer =>
  Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

/** The shared inject-based browser (test/support/browser.ts), under the name these suites use. */
export { InjectBrowser as Browser } from './browser.ts';
