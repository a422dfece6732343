import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Each file seeds a database of its own; seeding is the slow part, not the assertions.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
