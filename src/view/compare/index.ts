export { Accounts, type AccountsProps } from './Accounts';
export { ArticleReader } from './ArticleReader';
export { ClaimsView } from './ClaimsView';
export { QuoteView } from './Quote';
export { SourcePanel } from './SourcePanel';
export { WordDiffView } from './WordDiffView';
