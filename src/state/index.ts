export { createStore, type Store } from './store';
export { sameWindow, type LaneGrouping, type TimeWindow, type ViewState } from './view-state';
export { readUrl, writeUrl, formatWindowEdge, viewFromUrl, type UrlView } from './url';
export { useStore } from './react';
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
} from './preferences';
export { siteStorage, type SiteStorage } from './storage';
export { briefingShelf, isBriefingLike, savedBriefings, saveBriefings } from './briefings';
