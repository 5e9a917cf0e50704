export { TierChip, RiskLevelChip } from './TierChip';
export type { TierChipProps } from './TierChip';
