export { createStore, type Store } from './store';
export { sameWindow, type TimeWindow, type ViewState } from './view-state';
export { readUrl, writeUrl, formatWindowEdge, type UrlView } from './url';
export { useStore } from './react';
export { initialLang, savedLang, saveLang } from './preferences';
