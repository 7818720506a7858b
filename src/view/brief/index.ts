export { BriefingPanel, type BriefingPanelProps, type OfferedBriefing } from './BriefingPanel';
