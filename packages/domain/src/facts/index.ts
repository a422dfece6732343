export * from './year-facts.js';
