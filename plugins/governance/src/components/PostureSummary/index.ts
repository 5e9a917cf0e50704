export { PostureSummary, retirementText } from './PostureSummary';
