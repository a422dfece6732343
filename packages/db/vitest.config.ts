import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file opens its own database (PGlite starts in ~2 s; the seed tests load thousands of rows).
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
