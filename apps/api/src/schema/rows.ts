import type { Database } from '@kinerja/db';
import type { Selectable } from 'kysely';

/** A row of a table as the database returns it: the shapes GraphQL objects are backed by. */
export type DbRow<T extends keyof Database> = Selectable<Database[T]>;
