/**
 * The parts of the app that are not needed for the first view, loaded when first used: the first load
 * stays within its budget (`scripts/bundle-budget.ts`, run by `npm test`). Each is shown inside a
 * `RegionBoundary`, which says "Loading…" meanwhile and catches a load that fails.
 */
import { lazyPart } from '../view';
import type * as Exports from './export-dataset';

export const presentView = lazyPart(() => import('../view/present/PresentView').then((m) => m.PresentView));

/** The handout and the picture are preloaded once the screen is up: printing cannot wait for code. */
export const handout = lazyPart(() => import('../view/present/Handout').then((m) => m.Handout));
export const timelinePicture = lazyPart(() =>
  import('../view/present/TimelinePicture').then((m) => m.TimelinePicture),
);

/** The briefing builder's dialog, when a briefer opens it. */
export const briefingPanel = lazyPart(() =>
  import('../view/brief/BriefingPanel').then((m) => m.BriefingPanel),
);

export const authorApp = lazyPart(() => import('./author').then((m) => m.AuthorApp));

/** Writing the dataset on screen as a file (see export-dataset.ts). */
export const loadExports = (): Promise<typeof Exports> => import('./export-dataset');
