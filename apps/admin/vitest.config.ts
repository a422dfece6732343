import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Component tests only (fast); the browser run lives in e2e/ and is not part of `test`. */
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Timing only: under a loaded CI machine a component test may take several seconds; none asserts speed.
    testTimeout: 20_000,
  },
});
