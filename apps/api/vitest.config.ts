import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql instance: Vite would pick graphql's ESM build for test files while Pothos loads the CommonJS one.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Each file seeds a database of its own; seeding is the slow part, not the assertions.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
