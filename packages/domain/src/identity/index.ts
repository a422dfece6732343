export * from './education.js';
