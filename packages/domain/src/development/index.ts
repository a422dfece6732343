export * from './enrolment.js';
export * from './training-kinds.js';
export * from './training-status.js';
