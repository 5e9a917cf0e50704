export { StandingChip } from './StandingChip';
export { standingOf } from './standingOf';
export type { Standing, StandingKind } from './standingOf';
