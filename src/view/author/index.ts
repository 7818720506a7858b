export { Workbench, type WorkbenchProps } from './Workbench';
export { toRuns, aliasMentions, selectionOffsets, type Mark, type Run } from './highlights';
