export * from './scales.js';
