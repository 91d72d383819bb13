// The environment, validated once into a typed object. Nothing else in the tree reads process.env:
// a bad value stops start-up here with one clear line instead of failing later.
import { isIP } from 'node:net';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

export class ConfigError extends Error {}

const Flag = Type.Union([Type.Literal('0'), Type.Literal('1')]);

const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://.+' })),
  DATABASE_DIRECT_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://.+' })),
  DATABASE_READ_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://.+' })),
  READ_YOUR_WRITES_SECONDS: Type.Integer({ minimum: 1, maximum: 3600, default: 15 }),
  S3_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://.+' })),
  S3_BUCKET: Type.Optional(Type.String({ minLength: 3, maxLength: 63 })),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  S3_REGION: Type.String({ minLength: 1, default: 'us-east-1' }),
  DEMO_DATA: Type.Optional(Flag),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  PUBLIC_URL: Type.String({ pattern: '^https?://', default: 'http://localhost:3000' }),
  // A hop count (0 = no proxy) or a comma-separated list of proxy addresses/CIDRs, as Fastify's
  // trustProxy takes them; never `true`, which would believe the leftmost X-Forwarded-For.
  TRUST_PROXY: Type.String({ default: '0' }),
  SESSION_DAYS: Type.Integer({ minimum: 1, maximum: 365, default: 30 }),
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('test'), Type.Literal('production')], {
    default: 'development',
  }),
  APP_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://.+' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'Deskhire <alerts@localhost>' }),
  RATE_LIMIT_SCALE: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  SHUTDOWN_DRAIN_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 0 }),
  DEV_OUTBOX: Type.Optional(Flag),
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  METRICS_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://.+' })),
  OTEL_SERVICE_NAME: Type.String({ minLength: 1, default: 'deskhire' }),
  // Providers (docs/operations.md, "Providers"): each is on when its credentials are set.
  MSG91_AUTH_KEY: Type.Optional(Type.String({ minLength: 8 })),
  MSG91_SENDER: Type.String({ pattern: '^[A-Z]{6}$', default: 'DSKHIR' }),
  MSG91_TEMPLATES: Type.String({ default: '' }),
  MSG91_BASE_URL: Type.String({ pattern: '^https?://', default: 'https://control.msg91.com' }),
  MSG91_WEBHOOK_SECRET: Type.Optional(Type.String({ minLength: 16 })),
  WHATSAPP_TOKEN: Type.Optional(Type.String({ minLength: 8 })),
  WHATSAPP_PHONE_NUMBER_ID: Type.Optional(Type.String({ pattern: '^[0-9]+$' })),
  WHATSAPP_TEMPLATES: Type.String({ default: '' }),
  WHATSAPP_BASE_URL: Type.String({ pattern: '^https?://', default: 'https://graph.facebook.com' }),
  WHATSAPP_APP_SECRET: Type.Optional(Type.String({ minLength: 8 })),
  WHATSAPP_VERIFY_TOKEN: Type.Optional(Type.String({ minLength: 8 })),
  EXOTEL_SID: Type.Optional(Type.String({ minLength: 1 })),
  EXOTEL_API_KEY: Type.Optional(Type.String({ minLength: 1 })),
  EXOTEL_API_TOKEN: Type.Optional(Type.String({ minLength: 1 })),
  EXOTEL_CALLER_ID: Type.Optional(Type.String({ minLength: 5 })),
  EXOTEL_SUBDOMAIN: Type.String({ minLength: 3, default: 'api.in.exotel.com' }),
  EXOTEL_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  PROVIDER_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 60_000, default: 10_000 }),
});

/** A proxy entry Fastify (proxy-addr) understands: an address, a CIDR, or a named range. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

function parseTrustProxy(raw: string): number | string[] {
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= 10) return hops;
  }
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (!entries.length || bad.length)
    throw new ConfigError(
      `Invalid configuration: TRUST_PROXY must be a hop count (0-10) or a comma-separated list of proxy addresses or CIDRs (not: ${bad.join(', ') || raw})`,
    );
  return entries;
}

/** Signs unsubscribe links when APP_SECRET is unset: fine on a laptop, never in production. */
export const DEV_APP_SECRET = 'deskhire-dev-secret-not-for-production-use';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Start-up locks (migrations) connect here when DATABASE_URL is a transaction pooler. */
  databaseDirectUrl: string | undefined;
  /** A streaming replica for search, insights and recommendations reads. */
  databaseReadUrl: string | undefined;
  /** After a write, that browser reads from the primary for this long (replica lag cover). */
  readYourWritesSeconds: number;
  /** Resume files in an S3-compatible bucket; unset keeps them in the database. */
  s3: S3Config | undefined;
  demoData: boolean;
  logLevel: string;
  publicUrl: string;
  /** Hops of proxies to believe in X-Forwarded-For (0: none), or the proxies' addresses/CIDRs. */
  trustProxy: number | string[];
  sessionDays: number;
  /** Cookies get `Secure` when the public URL is https. */
  secureCookies: boolean;
  /** NODE_ENV=production: refuses unsafe settings at start (see `productionProblems`). */
  production: boolean;
  /** Serve /dev/outbox (message bodies, to anyone): only when DEV_OUTBOX=1, never in production. */
  devOutbox: boolean;
  /** Bearer token for /metrics; without it (and without a metrics port) /metrics is open. */
  metricsToken: string | undefined;
  /** Serve /metrics on this port only (a separate listener), not on the public one. */
  metricsPort: number | undefined;
  /** OTLP/HTTP endpoint for traces (e.g. http://collector:4318); unset: tracing off. */
  otlpEndpoint: string | undefined;
  serviceName: string;
  /** HMAC key for signed links (unsubscribe); `appSecretIsDefault` makes server.ts warn. */
  appSecret: string;
  appSecretIsDefault: boolean;
  /** SMTP server for email (`smtp://user:pass@host:587`); unset keeps mail in the dev outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Multiplies every abuse limit; 1 in production, raised by the load test (all load is one IP). */
  rateLimitScale: number;
  /** On SIGTERM, how long /health/ready answers 503 before the server stops accepting requests. */
  shutdownDrainMs: number;
  /** SMS through MSG91 (Flow API, DLT template ids per message); unset keeps SMS in the dev outbox. */
  msg91?: { authKey: string; sender: string; templates: string; baseUrl: string; timeoutMs: number };
  msg91WebhookSecret?: string;
  /** WhatsApp Cloud API template messages; unset keeps WhatsApp in the dev outbox. */
  whatsapp?: { token: string; phoneNumberId: string; templates: string; baseUrl: string; timeoutMs: number };
  /** Verifies X-Hub-Signature-256 of WhatsApp webhooks; the verify token answers Meta's GET check. */
  whatsappAppSecret?: string;
  whatsappVerifyToken?: string;
  /** Exotel click-to-call (connect two numbers); unset: no call is placed and the page says so. */
  exotel?: {
    sid: string;
    apiKey: string;
    apiToken: string;
    callerId: string;
    baseUrl: string;
    timeoutMs: number;
  };
}

export interface S3Config {
  endpoint: string | undefined;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

function s3From(v: Static<typeof EnvSchema>): S3Config | undefined {
  if (!v.S3_BUCKET) return undefined;
  if (!v.S3_ACCESS_KEY_ID || !v.S3_SECRET_ACCESS_KEY)
    throw new ConfigError('Invalid configuration: S3_BUCKET needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  return {
    endpoint: v.S3_ENDPOINT?.replace(/\/$/, ''),
    bucket: v.S3_BUCKET,
    accessKeyId: v.S3_ACCESS_KEY_ID,
    secretAccessKey: v.S3_SECRET_ACCESS_KEY,
    region: v.S3_REGION,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(EnvSchema.properties);
  const raw = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined && v !== ''),
  );
  const value = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  if (!Value.Check(EnvSchema, value)) {
    const lines = [...Value.Errors(EnvSchema, value)].map(
      (e) => `${e.instancePath.replace(/^\//, '') || 'environment'} ${e.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const v = value as Static<typeof EnvSchema>;
  const production = v.NODE_ENV === 'production';
  const problems = production ? productionProblems(v) : [];
  if (problems.length)
    throw new ConfigError(`Refusing to start with NODE_ENV=production: ${problems.join('; ')}`);
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir: v.DATA_DIR,
    databaseUrl: v.DATABASE_URL,
    databaseDirectUrl: v.DATABASE_DIRECT_URL,
    databaseReadUrl: v.DATABASE_READ_URL,
    readYourWritesSeconds: v.READ_YOUR_WRITES_SECONDS,
    s3: s3From(v),
    // Demo data (with its published moderator password) is opt-in in production, and refused there.
    demoData: production ? false : v.DEMO_DATA !== '0',
    logLevel: v.LOG_LEVEL,
    publicUrl: v.PUBLIC_URL.replace(/\/$/, ''),
    trustProxy: parseTrustProxy(v.TRUST_PROXY.trim()),
    sessionDays: v.SESSION_DAYS,
    secureCookies: v.PUBLIC_URL.startsWith('https://'),
    production,
    devOutbox: v.DEV_OUTBOX === '1',
    metricsToken: v.METRICS_TOKEN,
    metricsPort: v.METRICS_PORT,
    otlpEndpoint: v.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/$/, ''),
    serviceName: v.OTEL_SERVICE_NAME,
    appSecret: v.APP_SECRET ?? DEV_APP_SECRET,
    appSecretIsDefault: !v.APP_SECRET,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    rateLimitScale: v.RATE_LIMIT_SCALE,
    shutdownDrainMs: v.SHUTDOWN_DRAIN_MS,
    ...(v.MSG91_AUTH_KEY
      ? {
          msg91: {
            authKey: v.MSG91_AUTH_KEY,
            sender: v.MSG91_SENDER,
            templates: v.MSG91_TEMPLATES,
            baseUrl: v.MSG91_BASE_URL,
            timeoutMs: v.PROVIDER_TIMEOUT_MS,
          },
        }
      : {}),
    msg91WebhookSecret: v.MSG91_WEBHOOK_SECRET,
    ...(v.WHATSAPP_TOKEN && v.WHATSAPP_PHONE_NUMBER_ID
      ? {
          whatsapp: {
            token: v.WHATSAPP_TOKEN,
            phoneNumberId: v.WHATSAPP_PHONE_NUMBER_ID,
            templates: v.WHATSAPP_TEMPLATES,
            baseUrl: v.WHATSAPP_BASE_URL,
            timeoutMs: v.PROVIDER_TIMEOUT_MS,
          },
        }
      : {}),
    whatsappAppSecret: v.WHATSAPP_APP_SECRET,
    whatsappVerifyToken: v.WHATSAPP_VERIFY_TOKEN,
    ...(v.EXOTEL_SID && v.EXOTEL_API_KEY && v.EXOTEL_API_TOKEN && v.EXOTEL_CALLER_ID
      ? {
          exotel: {
            sid: v.EXOTEL_SID,
            apiKey: v.EXOTEL_API_KEY,
            apiToken: v.EXOTEL_API_TOKEN,
            callerId: v.EXOTEL_CALLER_ID,
            baseUrl: v.EXOTEL_BASE_URL ?? `https://${v.EXOTEL_SUBDOMAIN}`,
            timeoutMs: v.PROVIDER_TIMEOUT_MS,
          },
        }
      : {}),
  };
}

/** Each setting that is fine on a laptop and unsafe on the internet, as one phrase. */
function productionProblems(v: Static<typeof EnvSchema>): string[] {
  const problems: string[] = [];
  if (!v.APP_SECRET || v.APP_SECRET === DEV_APP_SECRET)
    problems.push('APP_SECRET must be set to a secret of at least 32 characters (not the development key)');
  if (!v.PUBLIC_URL.startsWith('https://'))
    problems.push(`PUBLIC_URL must be https:// (got ${v.PUBLIC_URL})`);
  if (v.DEMO_DATA === '1')
    problems.push('DEMO_DATA=1 is refused (it creates accounts with published passwords)');
  if (v.DEV_OUTBOX === '1') problems.push('DEV_OUTBOX=1 is refused (it shows message bodies to anyone)');
  return problems;
}
