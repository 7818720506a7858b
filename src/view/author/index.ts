export { Workbench, type WorkbenchProps } from './Workbench';
export { toRuns, selectionOffsets, type Mark, type Run } from './highlights';
export { Suggestions } from './Suggestions';
