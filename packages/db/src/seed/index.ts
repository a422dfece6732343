export {
  DEFAULT_SEED_EMPLOYEES,
  DEFAULT_SEED_TODAY,
  type SeedOptions,
  type SeedSummary,
  seed,
  seedIfEmpty,
} from './seed.js';
export { DEMO_USERS, type DemoUser } from './users.js';
