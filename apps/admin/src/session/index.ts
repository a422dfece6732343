export * from './session.js';
export * from './session-context.js';
export * from './stub-viewer.js';
