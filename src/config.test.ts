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
});
