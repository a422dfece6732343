import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin app: a static single-page build in dist/, served later by the API at `/`. */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // The API (apps/api) answers /graphql and serves GraphiQL's files; in development the Vite server forwards to it.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/graphiql': 'http://127.0.0.1:4000' } },
});
