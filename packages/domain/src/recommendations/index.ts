export * from './recommend.js';
export * from './status.js';
