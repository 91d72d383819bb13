import { defineConfig } from 'vitest/config';

// Browser tests: the real server and Debian's Chromium. Run by `npm test` after the unit suite.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 360_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
