export * from './active-sanction.js';
export * from './sanctions.js';
