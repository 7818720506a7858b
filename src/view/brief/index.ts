// The builder itself loads when first opened (app/parts.ts); only its types are named from here.
export type { BriefingPanelProps, OfferedBriefing } from './BriefingPanel';
