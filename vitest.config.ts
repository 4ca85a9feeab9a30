import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // each test file's temporary folders live in one scratch folder, removed when the file ends
    globalSetup: ['test/helpers/scratch-root.ts'],
    setupFiles: ['test/helpers/scratch.ts'],
  },
});
