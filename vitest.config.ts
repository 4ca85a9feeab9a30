import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // each test file's temporary folders live in a scratch folder of its own, removed when the file
    // ends, inside one scratch root removed when the run ends
    globalSetup: ['test/helpers/scratch-root.ts'],
    setupFiles: ['test/helpers/scratch.ts'],
  },
});
