import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/network/**/*.test.ts', 'tests/disk/**/*.test.ts'],
    // Argon2id at its floor (64 MiB) runs in every vault test; two cores, so two workers.
    pool: 'forks',
    maxWorkers: 2,
    // A hang guard, not a speed limit: every test waits for a state, and its real work (Argon2id,
    // CLI processes, SQLCipher) takes several times longer on a loaded machine. At 30 s the
    // bench's small run (8 s alone) timed out in a fresh-clone run beside other test runs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
