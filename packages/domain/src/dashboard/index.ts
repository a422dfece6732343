export * from './merit-indicators.js';
