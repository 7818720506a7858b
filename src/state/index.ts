export { createStore, type Store } from './store';
export {
  sameWindow,
  WINDOW_TOLERANCE_MS,
  type LaneGrouping,
  type TimeWindow,
  type ViewState,
} from './view-state';
export {
  deckRoleIn,
  entryChange,
  historyPlace,
  readUrl,
  writeUrl,
  viewPatch,
  formatWindowEdge,
  viewFromUrl,
  type UrlView,
} from './url';
export {
  PARAMS,
  divergeFolded,
  readAddress,
  readParam,
  writeParams,
  type AddressPatch,
  type AddressValues,
  type Codec,
  type DivergeLink,
  type ParamName,
  type WindowEdge,
} from './address';
export { useStore } from './react';
export { modeAfterStep, opensWorkbench, runModeCommand, type Mode, type ModeCommand } from './mode';
export {
  PLAIN_SCREEN,
  beginPresenting,
  deckPosition,
  leavePresenting,
  receiveDeck,
  resolveStep,
  runDeckCommand,
  slideForNumber,
  stepEntry,
  stepIn,
  type Blank,
  type DeckCommand,
  type DeckOutcome,
  type DeckPosition,
  type DeckRole,
  type DeckScreen,
  type DeckWalk,
  type PresentCommand,
} from './presenting';
export {
  initialLang,
  savedDisplay,
  saveDisplay,
  savedLang,
  saveLang,
  savedTimelineSize,
  saveTimelineSize,
  savedReading,
  saveReading,
  chosenFold,
  savedFolds,
  saveFold,
  savedWorkbenchPlace,
  saveWorkbenchPlace,
  type WorkbenchPlace,
  type FoldPart,
  type Folds,
} from './preferences';
export { siteStorage, type SiteStorage } from './storage';
export { briefingShelf, isBriefingLike, savedBriefings, saveBriefings } from './briefings';
