export * from './draft';
export * from './commands';
export * from './source-commands';
export * from './event-from-date';
export * from './history';
export * from './persist';
export * from './export';
export * from './check';
export type { Problem } from '../data';
