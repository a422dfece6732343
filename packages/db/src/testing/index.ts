/** Test support for packages that test against a real database: a migrated database of its own per test file. */
export { openTestDb, testDrivers } from './test-db.js';
