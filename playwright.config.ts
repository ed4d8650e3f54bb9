import { defineConfig } from '@playwright/test';

// Persistent contexts with an extension are heavy on a 2-core machine: one worker, no parallelism.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  // Builds tests/fixtures/dist (the chat-site pages served at the real URLs) before any test.
  globalSetup: './tests/e2e/fixtures-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
