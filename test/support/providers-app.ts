// An app whose SMS, WhatsApp and telephony providers are the local fakes (test/support/fakes):
// the real adapters speak HTTP to 127.0.0.1, so a test reads a code from the fake SMS inbox, never
// from the database.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/shared/db/db.ts';
import type { FakeMsg91 } from './fakes/fake-msg91.ts';

export const MSG91_WEBHOOK_SECRET = 'msg91-webhook-secret-for-tests';

export async function buildProvidersApp(
  db: Db,
  fakes: { msg91?: FakeMsg91 },
  env: Record<string, string> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({
    PUBLIC_URL: 'http://localhost:3000',
    DEMO_DATA: '0',
    PROVIDER_TIMEOUT_MS: '500',
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
    ...env,
  });
  const app = await buildApp({ db, config });
  await app.ready();
  return app;
}
