export * from './behaviour-rating.js';
export * from './periods.js';
export * from './predikat.js';
export * from './results-rating.js';
export * from './scales.js';
export * from './skp.js';
export * from './unit-leader.js';
