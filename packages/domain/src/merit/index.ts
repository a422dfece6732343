export * from './annual-predikats.js';
export * from './jabatan.js';
export * from './pangkat.js';
export * from './position-eligibility.js';
export * from './rank-promotion.js';
export * from './succession.js';
export * from './talent-box.js';
export * from './vacancy.js';
