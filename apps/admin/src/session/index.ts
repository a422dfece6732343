export * from './session.js';
export * from './session-context.js';
export * from './viewer-api.js';
