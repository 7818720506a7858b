export * from './types';
export * from './dates';
export * from './date-expressions';
export * from './dataset-index';
