export { Header } from './controls/Header';
export { Toolbar } from './controls/Toolbar';
export { Splitter } from './controls/Splitter';
export { Legend } from './controls/Legend';
export { DetailPanel } from './panels/DetailPanel';
export { StartHere } from './panels/StartHere';
export { EventList } from './panels/EventList';
export { EventSteps, EventViewBar } from './panels/EventViewBar';
export { TimelinePane, preloadTimeline } from './TimelinePane';
export { Announcer } from './Announcer';
export { commandFor, deskCommandFor, type TimelineCommand, type KeyPress, type DeskCommand } from './keys';
export { ShortcutsDialog } from './controls/ShortcutsDialog';
export { EmptyStretch } from './controls/EmptyStretch';
export { LeftOut } from './controls/LeftOut';
// The timeline's pure model (items, windows, density) is part of the view's public door.
export * from './timeline';
export {
  Accounts,
  ArticleReader,
  ClaimsView,
  QuoteView,
  SourcePanel,
  WordDiffView,
  type AccountsProps,
} from './compare';
export { ExploreBar, SearchResults, EntityProfile, Highlighted, snippet } from './explore';
export * from './present';
export { DatasetMenu, type DatasetMenuProps } from './controls/DatasetMenu';
export { LoadAlert, type ProblemView } from './controls/LoadAlert';
export { ForeignData } from './controls/ForeignData';
export { DataText } from './DataText';
export { RegionBoundary, RegionLoading, type Region, type RegionBoundaryProps } from './RegionBoundary';
export { SavedDraftExport, type SavedDraftExportProps } from './SavedDraftExport';
export { holdWhileSettling } from './hold-place';
export { lazyPart, type LazyPart } from './lazy-part';
export { currentLink } from './share';
export { matchesNow, PHONE, PHONE_UPRIGHT, TABLET, useMedia, WIDTHS } from './media';
export { CorpusAlert, type CorpusProblemView } from './controls/CorpusAlert';
// The workbench's components load with it (app/author.tsx imports view/author itself).
export * from './brief';
export * from './lane-colours';
