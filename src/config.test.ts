import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
