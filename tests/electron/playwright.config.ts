import { defineConfig } from '@playwright/test';

// The Electron smoke test: launches the real app where the Electron binary exists, and skips
// (with a printed reason) where it does not, as on the CI machines without network.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  reporter: 'list',
  workers: 1,
  timeout: 60_000,
});
