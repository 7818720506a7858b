// PresentView, Handout and TimelinePicture load when used: the app imports their files itself.
export type { PresentViewProps } from './PresentView';
export type { PresenterViewProps } from './PresenterView';
export { ShareBar } from './ShareBar';
export { presentKeyFor, touchCommand, type PresentCommand, type TouchGesture } from './keys';
export * from './slides';
export * from './walk';
export * from './deck';
export * from './sync';
export { layoutStrip, stripWindow, fitLabel, type StripLayout, type StripItem } from './strip';
