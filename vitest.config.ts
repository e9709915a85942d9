import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/network/**/*.test.ts', 'tests/disk/**/*.test.ts'],
    // Argon2id at its floor (64 MiB) runs in every vault test; two cores, so two workers.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
