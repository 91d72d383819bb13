import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_APP_SECRET, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults for a newcomer', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      demoData: true,
    });
  });
  it('stops with one clear line on a broken value', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://nope', PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://nope' })).toThrow(/DATABASE_URL/);
  });
  it('DEMO_DATA=0 starts empty', () => {
    expect(loadConfig({ DEMO_DATA: '0' }).demoData).toBe(false);
  });
  it('scale-out settings: a read replica, a direct URL, and an S3 bucket only with its keys', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://app@pgbouncer:6432/deskhire',
      DATABASE_DIRECT_URL: 'postgres://app@db:5432/deskhire',
      DATABASE_READ_URL: 'postgres://app@replica:5432/deskhire',
      S3_BUCKET: 'deskhire-resumes',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_ENDPOINT: 'http://127.0.0.1:9000/',
    });
    expect(c).toMatchObject({
      databaseDirectUrl: 'postgres://app@db:5432/deskhire',
      databaseReadUrl: 'postgres://app@replica:5432/deskhire',
      readYourWritesSeconds: 15,
      s3: { bucket: 'deskhire-resumes', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1' },
    });
    expect(loadConfig({}).s3).toBeUndefined();
    expect(() => loadConfig({ S3_BUCKET: 'deskhire-resumes' })).toThrow(/S3_BUCKET needs S3_ACCESS_KEY_ID/);
    expect(() => loadConfig({ DATABASE_READ_URL: 'replica:5432' })).toThrow(/DATABASE_READ_URL/);
  });
});

describe('production guardrails', () => {
  const safe = {
    NODE_ENV: 'production',
    APP_SECRET: 'a-long-random-secret-for-production-0123456789',
    PUBLIC_URL: 'https://jobs.deskhire.example',
  };

  it('starts with a secret, an https public URL and no demo data, and loads no demo data by default', () => {
    const c = loadConfig(safe);
    expect(c).toMatchObject({ production: true, demoData: false, devOutbox: false, secureCookies: true });
  });

  it.each([
    ['the default APP_SECRET', { APP_SECRET: undefined }, /APP_SECRET/],
    ['the development APP_SECRET spelled out', { APP_SECRET: DEV_APP_SECRET }, /APP_SECRET/],
    ['an http:// PUBLIC_URL', { PUBLIC_URL: 'http://jobs.deskhire.example' }, /PUBLIC_URL must be https/],
    ['DEMO_DATA=1', { DEMO_DATA: '1' }, /DEMO_DATA=1/],
    ['DEV_OUTBOX=1', { DEV_OUTBOX: '1' }, /DEV_OUTBOX=1/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => loadConfig({ ...safe, ...change })).toThrow(ConfigError);
    expect(() => loadConfig({ ...safe, ...change })).toThrow(message);
  });

  it('accepts only development, test and production as NODE_ENV', () => {
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
  });

  it('/dev/outbox is off unless DEV_OUTBOX=1', () => {
    expect(loadConfig({}).devOutbox).toBe(false);
    expect(loadConfig({ DEV_OUTBOX: '1' }).devOutbox).toBe(true);
  });
});

describe('TRUST_PROXY', () => {
  it('is a hop count or a list of proxy addresses and CIDRs, never "trust everyone"', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });
});
