export { PresentView } from './PresentView';
export { Handout } from './Handout';
export { ShareBar } from './ShareBar';
export { TimelinePicture } from './TimelinePicture';
