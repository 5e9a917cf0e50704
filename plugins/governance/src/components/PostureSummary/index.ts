export { PostureSummary, policyText, retirementText } from './PostureSummary';
