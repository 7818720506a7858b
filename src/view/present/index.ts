export { PresentView, type PresentViewProps } from './PresentView';
export { Handout } from './Handout';
export { ShareBar } from './ShareBar';
export { presentKeyFor, type PresentCommand } from './keys';
export * from './slides';
export * from './walk';
export { TimelinePicture } from './TimelinePicture';
