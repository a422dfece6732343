// `pnpm generate`: operation types from ../api/schema.graphql with graphql-codegen (codegen.ts). Until the API
// commits its printed schema, there is nothing to generate from: say so and succeed, so the turbo graph runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = join(root, '..', 'api', 'schema.graphql');

if (!existsSync(schema)) {
  console.log('generate: apps/api/schema.graphql does not exist yet; graphql-codegen skipped');
  process.exit(0);
}
const bin = join(root, 'node_modules', '.bin', 'graphql-codegen');
const run = spawnSync(bin, ['--config', 'codegen.ts'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
