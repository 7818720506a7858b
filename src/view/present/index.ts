// PresentView, Handout and TimelinePicture load when used: the app imports their files itself.
export type { PresentViewProps } from './PresentView';
export { ShareBar } from './ShareBar';
export { presentKeyFor, type PresentCommand } from './keys';
export * from './slides';
export * from './walk';
