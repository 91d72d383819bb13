// An app whose SMS, WhatsApp and telephony providers are the local fakes (test/support/fakes):
// the real adapters speak HTTP to 127.0.0.1, so a test reads a code from the fake SMS inbox, never
// from the database.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type AppOptions, buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/shared/db/db.ts';
import type { FakeExotel } from './fakes/fake-exotel.ts';
import { FakeMsg91 } from './fakes/fake-msg91.ts';
import type { FakeWhatsApp } from './fakes/fake-whatsapp.ts';

export const MSG91_WEBHOOK_SECRET = 'msg91-webhook-secret-for-tests';
export const WHATSAPP_APP_SECRET = 'whatsapp-app-secret-for-tests';
export const APP_SECRET = 'a-test-app-secret-of-at-least-32-characters';

export async function buildProvidersApp(
  db: Db,
  fakes: { msg91?: FakeMsg91; whatsapp?: FakeWhatsApp; exotel?: FakeExotel },
  env: Record<string, string> = {},
  /** More of buildApp's options: a logger to read warnings, a fake network for website proofs. */
  options: Omit<AppOptions, 'db' | 'config'> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({
    PUBLIC_URL: 'http://localhost:3000',
    DEMO_DATA: '0',
    PROVIDER_TIMEOUT_MS: '500',
    APP_SECRET,
    ...(fakes.msg91
      ? {
          MSG91_AUTH_KEY: 'test-auth-key-123',
          MSG91_SENDER: 'DSKHIR',
          MSG91_TEMPLATES:
            'otpCode=6571a0d1d6fc05otp;phoneChanged=6571a0d1d6fc05chg;alertDigest=6571a0d1d6fc05alr',
          MSG91_BASE_URL: fakes.msg91.url,
          MSG91_WEBHOOK_SECRET,
        }
      : {}),
    ...(fakes.whatsapp
      ? {
          WHATSAPP_TOKEN: 'EAAG-test-token',
          WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
          WHATSAPP_TEMPLATES: 'alertDigest=deskhire_job_alert',
          WHATSAPP_BASE_URL: fakes.whatsapp.url,
          WHATSAPP_APP_SECRET,
          WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
        }
      : {}),
    ...(fakes.exotel
      ? {
          EXOTEL_SID: 'deskhire1',
          EXOTEL_API_KEY: 'exotel-key',
          EXOTEL_API_TOKEN: 'exotel-token',
          EXOTEL_CALLER_ID: '02248904500',
          EXOTEL_BASE_URL: fakes.exotel.url,
        }
      : {}),
    ...env,
  });
  const app = await buildApp({ db, config, ...options });
  await app.ready();
  return app;
}

/**
 * A seeker in Vashi (12th pass, Hindi, consent to calls) applies to `jobId`: the setup the
 * provider walks share before the employer calls. Returns the application id.
 */
export async function applyFromVashi(
  app: FastifyInstance,
  seekerAuth: { authorization: string },
  jobId: number,
): Promise<number> {
  const profile = await app.inject({
    method: 'PUT',
    url: '/api/v1/me/profile',
    headers: seekerAuth,
    payload: {
      city: 'navi-mumbai',
      localities: ['vashi'],
      travel_km: 10,
      education: '12th',
      experience_years: 0,
      languages: [{ language: 'hindi', level: 'fluent' }],
      skills: ['communication'],
      contact_consent: true,
    },
  });
  if (profile.statusCode !== 200) throw new Error(`profile failed: ${profile.body}`);
  const applied = await app.inject({
    method: 'POST',
    url: `/api/v1/jobs/${jobId}/applications`,
    headers: seekerAuth,
  });
  if (applied.statusCode !== 201) throw new Error(`apply failed: ${applied.body}`);
  return applied.json<{ id: number }>().id;
}

/**
 * Inside a suite (forEachEngine): a fake MSG91 started before an app that sends its SMS there, both
 * stopped after. `use` receives the app once it is built; the fake's inbox is the return value.
 */
export function withFakeSms(db: () => Db, use: (app: FastifyInstance) => void): FakeMsg91 {
  const sms = new FakeMsg91();
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    await sms.start();
    app = await buildProvidersApp(db(), { msg91: sms });
    use(app);
  });
  afterAll(async () => {
    await app?.close();
    await sms.stop();
  });
  return sms;
}
