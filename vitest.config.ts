import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native addons (nodejieba, better-sqlite3) are safest in child processes rather than worker threads.
    pool: 'forks',
    // Generous: a test must pass on a busy machine (CI shares two cores); a hang still ends, after 5 minutes.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
