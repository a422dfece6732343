export * from './education.js';
export * from './employment.js';
export * from './gender.js';
export * from './nip.js';
