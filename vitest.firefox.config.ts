import { defineConfig } from 'vitest/config';

// Firefox ESR via puppeteer-core (WebDriver BiDi): one browser at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    globalSetup: ['tests/firefox/fixtures-setup.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
});
