export * from './types';
export * from './dates';
export * from './date-expressions';
export * from './dataset-index';
export * from './arabic';
export * from './diff';
export * from './claims';
export * from './segments';
