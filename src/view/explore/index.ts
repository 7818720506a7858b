export { ExploreBar, type ExploreBarProps } from './ExploreBar';
export { SearchResults } from './SearchResults';
export { EntityProfile } from './EntityProfile';
export { Highlighted, snippet } from './Highlighted';
