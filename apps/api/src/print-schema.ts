import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './schema/index.js';

/** Prints the schema to apps/api/schema.graphql: the contract the admin app generates its types from. */
export const printedSchema = () => `${printSchema(schema)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../schema.graphql', import.meta.url), printedSchema());
}
