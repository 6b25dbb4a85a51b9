import { defineConfig } from 'vitest/config';

// Browser tests: drive the built app (dist/) in Debian's Chromium through playwright-core.
// One worker: a single shared browser and server keep the 2-core machine from thrashing.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 90000,
    hookTimeout: 120000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
