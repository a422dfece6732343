export * from './jabatan.js';
export * from './pangkat.js';
