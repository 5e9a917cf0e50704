export { ScoreBreakdown } from './ScoreBreakdown';
