/**
 * @kinerja/domain: the rules of ../shared/domain-spec.md as pure functions over plain typed data.
 * One public entry; each folder is a concept and exports through its own index.
 */
export * from './core/check.js';
export * from './core/date.js';
export * from './core/enum.js';
export * from './core/result.js';
export * from './dashboard/index.js';
export * from './development/index.js';
export * from './discipline/index.js';
export * from './evaluation/index.js';
export * from './facts/index.js';
export * from './identity/index.js';
export * from './merit/index.js';
export * from './policy/policy.js';
export * from './recommendations/index.js';
